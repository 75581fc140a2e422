"""Writing relations and the tables derived from them: remarks, article
coverage, speaker conflicts, stories (and, kept by triggers, closest_changes). The SQL of each derived table lives in
``derived``, apart from the canned queries shown in the UI."""

from __future__ import annotations

from typing import Iterable, Optional

import sqlite_utils

from ..matching import compare, stage
from ..model import REMARK_RELATIONS
from . import derived
from .groups import Groups
from .schema import SPEAKER_CONFLICTS_TRIGGER
from .stories import update_stories


def ids_in(db: sqlite_utils.Database, sql: str, ids: Iterable[int]) -> Iterable[tuple]:
    return stage.rows_in(db.conn, sql, ids)


def fill_speaker_conflicts(db: sqlite_utils.Database) -> None:
    db.conn.execute("delete from speaker_conflict_pairs")
    _update_speaker_conflicts(db, None)


def refresh_speaker_conflicts(db: sqlite_utils.Database) -> None:
    """Every speaker conflict found again, and the trigger that keeps them,
    with the current rule (see ``derived.SPEAKER_CONFLICT_PAIRS``)."""
    recreate_conflict_trigger(db)
    fill_speaker_conflicts(db)


def fill_closest_changes(db: sqlite_utils.Database) -> None:
    """Choose every quote's closest changed version again (closest_changes;
    triggers keep it from then on)."""
    db.conn.execute("delete from closest_changes")
    db.conn.execute(
        "insert into closest_changes (quote_id, other_quote_id, meaning, similarity) "
        + derived.CLOSEST_CHANGES.format(where="1")
    )


def fill_query_tables(db: sqlite_utils.Database) -> None:
    """A database from before closest_changes and story_summaries were kept:
    fill both (the stories are grouped again with their summaries)."""
    fill_closest_changes(db)
    update_stories(db)


def write_quote_relations(db, changed: set[int], relations: list) -> int:
    # The remarks these quotes belonged to may split or merge.
    touched = changed | {r[0] for r in ids_in(db, "select other_quote_id from quote_matches where quote_id in ({ids})", changed)}
    _delete_matches(db, "quote_matches", "quote_id", "other_quote_id", changed)
    dates = _published_by_quote(db, {i for r in relations for i in r[:2]})
    db.conn.executemany(
        "insert or replace into quote_matches (quote_id, other_quote_id, relation, similarity, differences) values (?, ?, ?, ?, ?)",
        (
            (a, b, rel.relation, round(rel.similarity, 4), _with_date_note(rel.differences, dates.get(a), dates.get(b)))
            for a, b, rel in relations
        ),
    )
    quotes = touched | {b for _, b, _ in relations}
    regrouped = _update_remarks(db, quotes)
    _update_speaker_conflicts(db, quotes)
    _update_coverage(db, _articles_of(db, "quotes", quotes))
    # a story's remarks change with the remarks of any of its quotes
    update_stories(db, _articles_of(db, "quotes", quotes | regrouped))
    return len(relations)


def write_claim_relations(db, changed: set[int], relations: list) -> int:
    touched = changed | {r[0] for r in ids_in(db, "select other_claim_id from claim_matches where claim_id in ({ids})", changed)}
    _delete_matches(db, "claim_matches", "claim_id", "other_claim_id", changed)
    db.conn.executemany(
        "insert or replace into claim_matches (claim_id, other_claim_id, relation, differences) values (?, ?, ?, ?)",
        relations,
    )
    _update_coverage(db, _articles_of(db, "claims", touched | {r[1] for r in relations}))
    return len(relations)


def refresh_remarks(db: sqlite_utils.Database) -> None:
    """Regroup every related quote into remarks and count every article's
    coverage again, e.g. after quote_matches or claim_matches was written by
    something other than the matcher."""
    with db.atomic():
        db.conn.execute("delete from remarks")
        db.conn.execute("delete from remark_versions")
        _update_remarks(db, set())
        db.conn.execute("delete from speaker_conflict_pairs")
        _update_speaker_conflicts(db, None)
        db.conn.execute("delete from article_coverage")
        _update_coverage(db, {r[0] for r in db.conn.execute("select id from articles")})
        fill_query_tables(db)


def _update_speaker_conflicts(db, quote_ids: Optional[set[int]]) -> None:
    """The rows of speaker_conflict_pairs for pairs with one of these quotes
    (every pair when None)."""
    insert = "insert or ignore into speaker_conflict_pairs (quote_id, other_quote_id) "
    if quote_ids is None:
        db.conn.execute(insert + derived.SPEAKER_CONFLICT_PAIRS.format(where="1"))
        db.conn.execute(insert + derived.COPY_CONFLICT_PAIRS.format(where="1"))
        return
    _delete_matches(db, "speaker_conflict_pairs", "quote_id", "other_quote_id", quote_ids)
    for pairs, columns in (
        (derived.SPEAKER_CONFLICT_PAIRS, ("m.quote_id", "m.other_quote_id")),
        (derived.COPY_CONFLICT_PAIRS, ("qa.id", "m.other_quote_id")),
    ):
        for column in columns:
            for _ in ids_in(db, insert + pairs.format(where=f"{column} in ({{ids}})"), quote_ids):
                pass


def _articles_of(db, table: str, ids: set[int]) -> set[int]:
    return {r[0] for r in ids_in(db, f"select distinct article_id from {table} where id in ({{ids}})", ids)}


_COVERAGE_SQL = (
    f"insert or replace into article_coverage (article_id, {', '.join(derived.COVERAGE_COUNTS)}, shared_with) "
    f"select a.id, {', '.join(derived.COVERAGE_COUNTS.values())}, {derived.SHARED_WITH_IDS} "
    "from articles a where a.id in ({ids})"
)


def _update_coverage(db, article_ids: set[int]) -> None:
    """Count again what the given articles share (coverage's figures)."""
    for _ in ids_in(db, _COVERAGE_SQL, article_ids):
        pass


def _update_remarks(db, seeds: set[int]) -> set[int]:
    """Recompute the remark (connected group in quote_matches) of every
    quote reachable from ``seeds``, and its row in remark_versions. Returns
    those quotes."""
    conn = db.conn
    if (
        conn.execute("select 1 from remarks limit 1").fetchone() is None
        or conn.execute("select 1 from remark_versions limit 1").fetchone() is None
    ):
        # A database matched before remarks were kept: group everything once.
        conn.execute("delete from remarks")
        seeds = seeds | {r[0] for r in conn.execute("select distinct quote_id from quote_matches")}
    groups = _remark_groups(db, seeds)
    members = [q for g in groups for q in g]
    # A remark that splits can hand its id to one of its parts, so old rows
    # are deleted before any is written.
    old_remarks = sorted({r[0] for r in ids_in(db, "select remark_id from remarks where quote_id in ({ids})", members)})
    for chunk in stage.chunked(members):
        conn.execute(f"delete from remarks where quote_id in ({','.join('?' * len(chunk))})", chunk)
    for chunk in stage.chunked(old_remarks):
        conn.execute(f"delete from remark_versions where remark_id in ({','.join('?' * len(chunk))})", chunk)
    related = [g for g in groups if len(g) > 1]
    conn.executemany(
        "insert into remarks (quote_id, remark_id) values (?, ?)", ((q, min(g)) for g in related for q in g)
    )
    stats: dict[int, tuple] = {row[0]: row for row in ids_in(db, _REMARK_MEMBER_SQL, [q for g in related for q in g])}
    conn.executemany(
        "insert or replace into remark_versions (remark_id, quote_id, outlets, versions) values (?, ?, ?, ?)",
        (row for row in (_remark_version(g, stats) for g in related) if row),
    )
    return set(members)


# Beyond this many seeds, remarks are grouped from every relation at once
# rather than walked from each seed.
_WALK_LIMIT = 5000


def _remark_groups(db, seeds: set[int]) -> list[set[int]]:
    """The connected groups of quote_matches that hold the seeds (a seed
    with no relation is a group of one)."""
    if len(seeds) > _WALK_LIMIT:
        joined = Groups()
        for a, b in db.conn.execute("select quote_id, other_quote_id from quote_matches"):
            joined.join(a, b)
        by_root: dict[int, set[int]] = {}
        for q in joined.members() | seeds:
            by_root.setdefault(joined.root(q), set()).add(q)
        wanted = {joined.root(s) for s in seeds}
        return [by_root[r] for r in sorted(wanted)]
    groups: list[set[int]] = []
    seen: set[int] = set()
    for seed in sorted(seeds):
        if seed in seen:
            continue
        group, frontier = {seed}, [seed]
        while frontier:
            ids, frontier = frontier[:500], frontier[500:]
            for (other,) in ids_in(db, "select other_quote_id from quote_matches where quote_id in ({ids})", ids):
                if other not in group:
                    group.add(other)
                    frontier.append(other)
        seen |= group
        groups.append(group)
    return groups


_REMARK_MEMBER_SQL = f"""
select q.id, length(q.text), coalesce(a.outlet, a.file),
       sum(m.relation = 'verbatim'), count(*), max(m.relation = 'spliced')
from quotes q
join articles a on a.id = q.article_id
join quote_matches m on m.quote_id = q.id
where q.id in ({{ids}}) and m.relation in ({", ".join(f"'{r}'" for r in REMARK_RELATIONS)})
group by q.id
"""


def _remark_version(group: set[int], stats: dict[int, tuple]) -> Optional[tuple[int, int, int, int]]:
    """(remark_id, representative quote, outlets, versions) of one remark,
    from its members' rows of _REMARK_MEMBER_SQL. The representative is not
    a splice of several remarks; it is the words most outlets printed as
    they are; the most connected; the fullest."""
    members = [stats[q] for q in group if q in stats]
    if not members:
        return None
    best = min(members, key=lambda r: (r[5], -r[3], -r[4], -(r[1] or 0), r[0]))
    return min(group), best[0], len({r[2] for r in members}), len(members)


def _published_by_quote(db, ids: set[int]) -> dict[int, Optional[str]]:
    if not ids:
        return {}
    return dict(
        ids_in(
            db,
            "select quotes.id, articles.published from quotes join articles on articles.id = quotes.article_id "
            "where quotes.id in ({ids})",
            ids,
        )
    )


def _with_date_note(differences: str, a: Optional[str], b: Optional[str]) -> str:
    note = compare.published_note(a, b)
    if not note:
        return differences
    return f"{differences}; {note}" if differences else note


def _delete_matches(db, table: str, left: str, right: str, ids: set[int]) -> None:
    if db.conn.execute(f"select 1 from {table} limit 1").fetchone() is None:
        return  # a first ingest: nothing to delete, and many ids to look up
    for chunk in stage.chunked(ids):
        marks = ",".join("?" * len(chunk))
        db.conn.execute(f"delete from {table} where {left} in ({marks}) or {right} in ({marks})", chunk + chunk)


def recreate_conflict_trigger(db: sqlite_utils.Database) -> None:
    """The trigger that keeps speaker_conflict_pairs, with the current rule."""
    db.conn.execute("drop trigger if exists factcheck_speaker_conflict_pairs")
    db.conn.execute(SPEAKER_CONFLICTS_TRIGGER)


def pending_items(db: sqlite_utils.Database) -> dict[str, tuple[set[int], list[int]]]:
    """Per item type, the ids waiting in ``pending_matches`` and those of them
    still live (matched; removed or scare items are not)."""
    pending = {}
    for item_type, kind in (("quote", stage.QUOTES), ("claim", stage.CLAIMS)):
        ids = {r[0] for r in db.conn.execute("select item_id from pending_matches where item_type = ?", [item_type])}
        live = sorted(r[0] for r in ids_in(db, f"select id from {kind.items} where id in ({{ids}}) and {kind.live}", ids))
        pending[item_type] = ids, live
    return pending


def write_pending(db: sqlite_utils.Database, item_type: str, ids: set[int], found: list) -> int:
    """Replace the relations of the pending ``ids`` with ``found``, in one
    transaction that also clears them from ``pending_matches``."""
    write = write_quote_relations if item_type == "quote" else write_claim_relations
    with db.atomic():
        count = write(db, ids, found) if ids else 0
        # Only the rows this run read: items stored since are matched next time.
        for chunk in stage.chunked(sorted(ids)):
            db.conn.execute(
                f"delete from pending_matches where item_type = ? and item_id in ({','.join('?' * len(chunk))})",
                [item_type, *chunk],
            )
    return count
