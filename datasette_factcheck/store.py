"""The database layer: the only module that writes.

Each article is written in one transaction. Quote and claim rows keep their
ids while their text is unchanged, so reviewers' work keyed on those ids
survives any re-ingest; an item whose text changed keeps its id and history
and is flagged for review again.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import asdict, dataclass, field
from typing import Iterable, Optional, Sequence

import sqlite_utils

from . import candidates, match, matching, queries, speakers
from .model import Claim, ParsedArticle, Quote
from .schema import FTS, ensure_schema

# A changed item is the same item when its new text is at least this similar;
# below it the old and new are different remarks.
SAME_ITEM_SIMILARITY = 0.6

REVIEW_FIELDS = ("status", "verdict", "reviewer", "reviewed_at", "note", "evidence")


@dataclass
class StoreResult:
    status: str  # new, updated, unchanged
    article_id: int
    quotes: int = 0
    claims: int = 0
    comments: int = 0
    changed_quote_ids: list[int] = field(default_factory=list)
    changed_claim_ids: list[int] = field(default_factory=list)


def open_db(path: str) -> sqlite_utils.Database:
    """Open (creating if needed) a factcheck database with its schema."""
    db = sqlite_utils.Database(path)
    ensure_schema(db)
    _upgrade(db)
    return db


def now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


# Each quote's keys (None for a quote that is not matched) and each claim's,
# in the order of the parsed article: see candidates.
ItemKeys = tuple[list[Optional[set[int]]], list[set[int]]]


def store_article(db: sqlite_utils.Database, parsed: ParsedArticle, keys: Optional[ItemKeys] = None) -> StoreResult:
    """Insert or update one article with everything found in it, atomically.
    ``keys`` are its items' matching keys when the caller computed them."""
    existing = _article_row(db, parsed.file)
    if existing and existing["content_hash"] == parsed.content_hash:
        return StoreResult("unchanged", existing["id"])
    with db.atomic():
        article_id = _write_article(db, parsed, existing)
        # A new article has no rows to replace (foreign keys keep rows of a
        # deleted one from lingering), so it skips the lookups.
        if existing:
            # Its figures are counted live until matching writes them again.
            db.conn.execute("delete from article_coverage where article_id = ?", [article_id])
            db.conn.execute("delete from comments where article_id = ?", [article_id])
            db.conn.execute("delete from article_extras where article_id = ?", [article_id])
        comments = _insert_comments(db, article_id, parsed)
        _insert_extras(db, article_id, parsed)
        quote_ids = _reconcile_quotes(db, article_id, parsed.quotes, new_article=not existing)
        claim_ids = _reconcile_claims(db, article_id, parsed.claims, quote_ids, new_article=not existing)
        if keys is None or (len(keys[0]), len(keys[1])) != (len(quote_ids), len(claim_ids)):
            keys = ([None] * len(quote_ids), [None] * len(claim_ids))
        if existing:
            _delete_keys(db, "quotes", quote_ids)
            _delete_keys(db, "claims", claim_ids)
        _write_keys(
            db, "quotes",
            [(i, ks if ks is not None else candidates.shingle_keys(q.text))
             for i, q, ks in zip(quote_ids, parsed.quotes, keys[0]) if q.kind == "quote"],
        )
        _write_keys(
            db, "claims",
            [(i, ks if ks is not None else candidates.claim_keys(c)) for i, c, ks in zip(claim_ids, parsed.claims, keys[1])],
        )
        db.conn.executemany(
            "insert or ignore into pending_matches (item_type, item_id) values (?, ?)",
            [("quote", i) for i in quote_ids] + [("claim", i) for i in claim_ids],
        )
    return StoreResult(
        "updated" if existing else "new",
        article_id,
        quotes=len(parsed.quotes),
        claims=len(parsed.claims),
        comments=comments,
        changed_quote_ids=quote_ids,
        changed_claim_ids=claim_ids,
    )


def _rows(db, sql: str, params: Sequence) -> list[dict]:
    """Rows as dicts through the bare connection (see ``_insert``)."""
    cur = db.conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur]


def _insert(db, table: str, row: dict) -> int:
    """One row through the bare connection: sqlite-utils' insert inspects
    the table on every call, which dominates a large ingest."""
    columns = ", ".join(f"[{c}]" for c in row)
    cur = db.conn.execute(f"insert into [{table}] ({columns}) values ({', '.join('?' * len(row))})", list(row.values()))
    return cur.lastrowid


def _article_row(db: sqlite_utils.Database, file: str) -> Optional[dict]:
    row = db.conn.execute("select id, content_hash from articles where file = ?", [file]).fetchone()
    return {"id": row[0], "content_hash": row[1]} if row else None


def _write_article(db, parsed: ParsedArticle, existing: Optional[dict]) -> int:
    seg, meta = parsed.segmented, parsed.meta
    row = {
        "file": parsed.file,
        "path": parsed.path,
        "title": seg.title,
        "byline": seg.byline or meta.author,
        "outlet": meta.outlet,
        "url": meta.url,
        "published": meta.published,
        "body": seg.body,
        "content_hash": parsed.content_hash,
        "ingested_at": now(),
        "has_headline": int(getattr(seg, "has_headline", True)),
    }
    if existing:
        db["articles"].update(existing["id"], row)
        return existing["id"]
    return _insert(db, "articles", row)


def _insert_comments(db, article_id: int, parsed: ParsedArticle) -> int:
    ids: dict[int, int] = {}
    for comment in parsed.segmented.comments:
        ids[comment.index] = _insert(
            db,
            "comments",
            {
                "article_id": article_id,
                "parent_id": ids.get(comment.parent) if comment.parent is not None else None,
                "author": comment.author,
                "posted": comment.posted,
                "body": comment.text,
                "depth": comment.depth,
                "position": comment.index,
            },
        )
    return len(ids)


def _insert_extras(db, article_id: int, parsed: ParsedArticle) -> None:
    extras = parsed.segmented.extras
    db.conn.executemany(
        "insert into article_extras (article_id, kind, text, position) values (?, ?, ?, ?)",
        [(article_id, e.kind, e.text, i) for i, e in enumerate(extras)],
    )


def _has_review_work(row: dict) -> bool:
    return bool(
        (row.get("status") or "unchecked") != "unchecked"
        or row.get("verdict")
        or row.get("note")
        or row.get("evidence")
        or row.get("reviewer")
    )


def _pair_items(old: list[dict], new_texts: Sequence[str]) -> tuple[dict[int, dict], list[dict]]:
    """Pair new items (by index) with old rows: identical text first, then
    the most similar remaining text above SAME_ITEM_SIMILARITY."""
    pairs: dict[int, dict] = {}
    if not old:
        return pairs, []  # a new article: nothing to pair, nothing to normalise
    remaining = list(old)
    by_norm: dict[str, list[dict]] = {}
    for row in remaining:
        by_norm.setdefault(match.normalize(row["text"]), []).append(row)
    for i, text in enumerate(new_texts):
        bucket = by_norm.get(match.normalize(text))
        if bucket:
            pairs[i] = bucket.pop(0)
    used = {id(r) for r in pairs.values()}
    remaining = [r for r in remaining if id(r) not in used]
    for i, text in enumerate(new_texts):
        if i in pairs or not remaining:
            continue
        best = max(remaining, key=lambda r: match.similarity(text, r["text"]))
        if match.similarity(text, best["text"]) >= SAME_ITEM_SIMILARITY:
            pairs[i] = best
            remaining.remove(best)
    return pairs, remaining


def _reconcile(db, table: str, article_id: int, rows: list[dict], new_article: bool = False) -> list[int]:
    """Write ``rows`` (new extraction, in order) for one article, keeping ids
    and review work of items whose text survives. Returns ids in order."""
    old = [] if new_article else _rows(db, f"select * from {table} where article_id = ?", [article_id])
    pairs, gone = _pair_items(old, [r["text"] for r in rows])
    ids = []
    for i, row in enumerate(rows):
        previous = pairs.get(i)
        if previous is None:
            ids.append(_insert(db, table, dict(row, article_id=article_id)))
            continue
        update = dict(row)
        if match.normalize(previous["text"]) != match.normalize(row["text"]):
            update["previous_text"] = previous["text"]
            if _has_review_work(previous):
                update["needs_review"] = 1
        db[table].update(previous["id"], update)
        ids.append(previous["id"])
    for row in gone:
        if _has_review_work(row):
            # The remark left the article but a reviewer worked on it: keep
            # the row and its history, flagged, rather than lose a verdict.
            gone_marker = {"location": "removed"} if table == "quotes" else {"paragraph": -1}
            db[table].update(row["id"], dict(gone_marker, needs_review=1))
        else:
            _delete_item(db, table, row["id"])
    return ids


def _delete_item(db, table: str, item_id: int) -> None:
    if table == "quotes":
        # Its partners' remark may split without it: match them again.
        db.execute(
            "insert or ignore into pending_matches (item_type, item_id) select 'quote', other_quote_id "
            "from quote_matches where quote_id = ?",
            [item_id],
        )
        db.execute("delete from remarks where quote_id = ?", [item_id])
        db.execute("delete from speaker_conflicts where quote_id = ? or other_quote_id = ?", [item_id, item_id])
        db.execute("delete from quote_matches where quote_id = ? or other_quote_id = ?", [item_id, item_id])
        db.execute("delete from quote_shingles where quote_id = ?", [item_id])
        db.execute("delete from short_items where item_type = 'quote' and item_id = ?", [item_id])
        db.execute("update claims set quote_id = null where quote_id = ?", [item_id])
    else:
        # Its partners' articles share one claim fewer: match them again.
        db.execute(
            "insert or ignore into pending_matches (item_type, item_id) select 'claim', other_claim_id "
            "from claim_matches where claim_id = ?",
            [item_id],
        )
        db.execute("delete from claim_matches where claim_id = ? or other_claim_id = ?", [item_id, item_id])
        db.execute("delete from claim_keys where claim_id = ?", [item_id])
        db.execute("delete from short_items where item_type = 'claim' and item_id = ?", [item_id])
    db.execute(f"delete from {table} where id = ?", [item_id])


def _reconcile_quotes(db, article_id: int, quotes: list[Quote], new_article: bool = False) -> list[int]:
    rows = [
        {
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "paragraph": q.paragraph,
            "kind": q.kind,
            "location": q.location,
            "speaker_as_printed": q.speaker_as_printed,
            "speaker_id": resolve_speaker(db, q.speaker, q.speaker_forms) if q.speaker else None,
        }
        for q in quotes
    ]
    return _reconcile(db, "quotes", article_id, rows, new_article)


def _reconcile_claims(db, article_id: int, claims: list[Claim], quote_ids: list[int], new_article: bool = False) -> list[int]:
    rows = [
        {
            "text": c.text,
            "kind": c.kind,
            "numbers": json.dumps([asdict(n) for n in c.numbers], ensure_ascii=False),
            "start": c.start,
            "end": c.end,
            "paragraph": c.paragraph,
            "quote_id": quote_ids[c.quote_index] if c.quote_index is not None and c.quote_index < len(quote_ids) else None,
        }
        for c in claims
    ]
    return _reconcile(db, "claims", article_id, rows, new_article)


# -- speakers ---------------------------------------------------------------


def resolve_speaker(db, name: str, forms: Iterable[str] = ()) -> int:
    """The speaker row for a person, created if new; every form becomes an
    alias. Aliases added or moved by users are looked up first, so merges
    and added aliases survive a re-ingest."""
    speaker_id = _find_speaker(db, name)
    if speaker_id is None:
        for form in forms:
            speaker_id = _find_speaker(db, form, exact_only=True)
            if speaker_id is not None:
                break
    if speaker_id is None:
        speaker_id = db["speakers"].insert({"name": name}).last_pk
    else:
        _prefer_fuller_name(db, speaker_id, name)
    for alias in {name, *forms}:
        if alias:
            _insert_alias(db, speaker_id, alias, "ingest")
    return speaker_id


def _insert_alias(db, speaker_id: int, alias: str, source: str, replace: bool = False) -> None:
    verb = "insert or replace" if replace else "insert or ignore"
    db.execute(
        f"{verb} into speaker_aliases (speaker_id, alias, source, person_key) values (?, ?, ?, ?)",
        [speaker_id, alias, source, speakers.person_key(alias) or None],
    )


def _prefer_fuller_name(db, speaker_id: int, name: str) -> None:
    """A speaker first met as "Zelensky" is named "Volodymyr Zelenskyy" once
    an article gives the full name; a name a user chose is never replaced."""
    current = db.execute("select name from speakers where id = ?", [speaker_id]).fetchone()[0]
    if len(name.split()) <= len(current.split()):
        return
    chosen_by_user = db.execute(
        "select 1 from speaker_aliases where speaker_id = ? and alias = ? and source = 'user'",
        [speaker_id, current],
    ).fetchone()
    if not chosen_by_user and speakers.same_person(name, current):
        db["speakers"].update(speaker_id, {"name": name})


def _find_speaker(db, name: str, exact_only: bool = False) -> Optional[int]:
    row = db.conn.execute(
        """select speaker_id from speaker_aliases where alias = ?
           order by source = 'user' desc, speaker_id limit 1""",
        [name],
    ).fetchone()
    if row:
        return row[0]
    if exact_only:
        return None
    key = speakers.person_key(name)
    if not key:
        return None
    # Compare with each candidate's own name, not with its aliases: a bare
    # surname alias ("Stoltenberg" of Jens) must not absorb another person
    # of that surname ("Camilla Stoltenberg").
    for speaker_id, speaker_name in db.conn.execute(
        """select distinct speakers.id, speakers.name from speaker_aliases
           join speakers on speakers.id = speaker_aliases.speaker_id
           where person_key = ? order by source = 'user' desc, speakers.id""",
        [key],
    ):
        if speakers.same_person(name, speaker_name):
            return speaker_id
    return None


def merge_speakers(db: sqlite_utils.Database, keep_id: int, merge_id: int) -> None:
    """Fold speaker ``merge_id`` into ``keep_id``: its quotes and aliases move,
    the aliases become user aliases so the next ingest honours the merge."""
    if keep_id == merge_id:
        raise ValueError("cannot merge a speaker into itself")
    for speaker_id in (keep_id, merge_id):
        if not db.execute("select 1 from speakers where id = ?", [speaker_id]).fetchone():
            raise ValueError(f"no speaker with id {speaker_id}")
    with db.atomic():
        db.execute("update quotes set speaker_id = ? where speaker_id = ?", [keep_id, merge_id])
        moved = [r[0] for r in db.execute("select alias from speaker_aliases where speaker_id = ?", [merge_id])]
        name = db.execute("select name from speakers where id = ?", [merge_id]).fetchone()[0]
        for alias in {*moved, name}:
            _insert_alias(db, keep_id, alias, "user", replace=True)
        db.execute("delete from speaker_aliases where speaker_id = ?", [merge_id])
        db.execute("delete from speakers where id = ?", [merge_id])


def add_alias(db: sqlite_utils.Database, speaker_id: int, alias: str) -> None:
    """Record that ``alias`` names this speaker; later ingests use it."""
    if not db.execute("select 1 from speakers where id = ?", [speaker_id]).fetchone():
        raise ValueError(f"no speaker with id {speaker_id}")
    with db.atomic():
        db.execute("delete from speaker_aliases where alias = ? and source = 'ingest'", [alias])
        _insert_alias(db, speaker_id, alias, "user", replace=True)


# -- matches ----------------------------------------------------------------


def rematch_pending(db: sqlite_utils.Database, jobs: int = 1) -> tuple[int, int]:
    """Match every item waiting in ``pending_matches`` (those stored by this
    run, and any left by a run that was killed before matching) against
    everything stored, in ``jobs`` processes. Returns the numbers of
    relation rows written."""
    pending = {}
    for item_type, kind in (("quote", matching.QUOTES), ("claim", matching.CLAIMS)):
        ids = {r[0] for r in db.conn.execute("select item_id from pending_matches where item_type = ?", [item_type])}
        live = sorted(r[0] for r in _ids_in(db, f"select id from {kind.items} where id in ({{ids}}) and {kind.live}", ids))
        pending[item_type] = ids, live
    # Read outside any transaction: the workers see what is committed. The
    # claims are related in the background while the quotes' relations are
    # written (claims read nothing that writing changes).
    quote_relations = matching.quote_relations(db.conn, pending["quote"][1], jobs)
    claims = matching.in_background(matching.claim_relations, db.conn, pending["claim"][1], jobs)
    counts = []
    for item_type, write, relations in (
        ("quote", _write_quote_relations, lambda: quote_relations),
        ("claim", _write_claim_relations, claims),
    ):
        ids = pending[item_type][0]
        found = relations()
        with db.atomic():
            counts.append(write(db, ids, found) if ids else 0)
            db.conn.execute("delete from pending_matches where item_type = ?", [item_type])
    return counts[0], counts[1]


def _ids_in(db, sql: str, ids: Iterable[int]) -> Iterable[tuple]:
    return matching.rows_in(db.conn, sql, ids)


# The keys of every matched quote and claim are stored with it (see
# candidates): one (key, item) row each.
_KEY_TABLES = {"quotes": ("quote_shingles", "shingle", "quote_id"), "claims": ("claim_keys", "key", "claim_id")}
_KINDS = {"quotes": matching.QUOTES, "claims": matching.CLAIMS}
def _delete_keys(db, items_table: str, ids: Sequence[int]) -> None:
    table, _, item_col = _KEY_TABLES[items_table]
    item_type = _KINDS[items_table].item_type
    for chunk in matching.chunked(ids):
        marks = ",".join("?" * len(chunk))
        db.conn.execute(f"delete from {table} where {item_col} in ({marks})", chunk)
        db.conn.execute(f"delete from short_items where item_type = ? and item_id in ({marks})", [item_type, *chunk])


def _write_keys(db, items_table: str, keyed: Sequence[tuple[int, Iterable[int]]]) -> None:
    table, key_col, item_col = _KEY_TABLES[items_table]
    kind = _KINDS[items_table]
    keyed = [(item, list(ks)) for item, ks in keyed]
    db.conn.executemany(
        f"insert into {table} ({key_col}, {item_col}) values (?, ?)", ((k, item) for item, ks in keyed for k in ks)
    )
    db.conn.executemany(
        "insert or ignore into short_items (item_type, item_id) values (?, ?)",
        [(kind.item_type, item) for item, ks in keyed if kind.has_short_keys(ks)],
    )


def bulk_mode_on(db: sqlite_utils.Database) -> bool:
    """Before a first ingest into an empty database: drop the key tables'
    indexes and the search indexes with their triggers. ``bulk_mode_off``
    builds each in one pass afterwards, much faster than millions of b-tree
    inserts and a search-index update per row. A run killed in between gets
    them back from the next ``open_db``."""
    conn = db.conn
    if conn.execute("select 1 from articles limit 1").fetchone() is not None:
        return False
    for table, key_col, item_col in _KEY_TABLES.values():
        if conn.execute(f"select 1 from {table} limit 1").fetchone() is not None:
            return False
    for table, key_col, item_col in _KEY_TABLES.values():
        conn.execute(f"drop index if exists idx_{table}_{key_col}_{item_col}")
        conn.execute(f"drop index if exists idx_{table}_{item_col}")
    for table in FTS:
        if db[table].detect_fts():
            db[table].disable_fts()
    return True


def bulk_mode_off(db: sqlite_utils.Database) -> None:
    ensure_schema(db)


def _rekey(db: sqlite_utils.Database) -> None:
    """Compute the keys of every item again (they were stored in an older
    format, or not at all), and match everything again."""
    conn = db.conn
    if conn.execute("select 1 from articles limit 1").fetchone() is None:
        return
    for items_table, (table, _, _) in _KEY_TABLES.items():
        conn.execute(f"delete from {table}")
    conn.execute("delete from short_items")
    quotes = [(i, candidates.shingle_keys(t)) for i, t in conn.execute(f"select id, text from quotes where {matching.QUOTES.live}")]
    _write_keys(db, "quotes", quotes)
    claims = [
        (row[0], candidates.claim_keys(matching.claim_from_tuple(row)))
        for row in conn.execute(f'select id, text, kind, numbers, start, "end", paragraph from claims where {matching.CLAIMS.live}')
    ]
    _write_keys(db, "claims", claims)
    conn.executemany(
        "insert or ignore into pending_matches (item_type, item_id) values (?, ?)",
        [("quote", i) for i, _ in quotes] + [("claim", i) for i, _ in claims],
    )


def _fill_speaker_conflicts(db: sqlite_utils.Database) -> None:
    db.conn.execute("delete from speaker_conflicts")
    _update_speaker_conflicts(db, None)


def _fill_short_items(db: sqlite_utils.Database) -> None:
    conn = db.conn
    conn.execute("delete from short_items")
    for items_table, (table, key_col, item_col) in _KEY_TABLES.items():
        kind = _KINDS[items_table]
        short = [
            (kind.item_type, item)
            for item, n, weak in conn.execute(f"select {item_col}, count(*), sum({key_col} & 1) from {table} group by {item_col}")
            if kind.is_short(n - weak, weak)
        ]
        conn.executemany("insert into short_items (item_type, item_id) values (?, ?)", short)


# What a database at an older version (pragma user_version) is brought up
# to date with, in order: keys in the current format (2), speaker_conflicts
# kept (3), short_items kept (4).
_UPGRADES = [(2, _rekey), (3, _fill_speaker_conflicts), (4, _fill_short_items)]


def _upgrade(db: sqlite_utils.Database) -> None:
    for version, step in _UPGRADES:
        if db.conn.execute("pragma user_version").fetchone()[0] < version:
            with db.atomic():
                step(db)
                db.conn.execute(f"pragma user_version = {version}")


def _write_quote_relations(db, changed: set[int], relations: list) -> int:
    # The remarks these quotes belonged to may split or merge.
    touched = changed | {r[0] for r in _ids_in(db, "select other_quote_id from quote_matches where quote_id in ({ids})", changed)}
    _delete_matches(db, "quote_matches", "quote_id", "other_quote_id", changed)
    dates = _published_by_quote(db, {i for r in relations for i in r[:2]})
    db.conn.executemany(
        "insert or replace into quote_matches (quote_id, other_quote_id, relation, similarity, differences) values (?, ?, ?, ?, ?)",
        (
            (a, b, rel.relation, round(rel.similarity, 4), _with_date_note(rel.differences, dates.get(a), dates.get(b)))
            for a, b, rel in relations
        ),
    )
    _update_remarks(db, touched | {b for _, b, _ in relations})
    _update_speaker_conflicts(db, touched | {b for _, b, _ in relations})
    _update_coverage(db, _articles_of(db, "quotes", touched | {b for _, b, _ in relations}))
    return len(relations)


def _write_claim_relations(db, changed: set[int], relations: list) -> int:
    touched = changed | {r[0] for r in _ids_in(db, "select other_claim_id from claim_matches where claim_id in ({ids})", changed)}
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
        db.conn.execute("delete from speaker_conflicts")
        _update_speaker_conflicts(db, None)
        db.conn.execute("delete from article_coverage")
        _update_coverage(db, {r[0] for r in db.conn.execute("select id from articles")})


def _update_speaker_conflicts(db, quote_ids: Optional[set[int]]) -> None:
    """The rows of speaker_conflicts for pairs with one of these quotes
    (every pair when None)."""
    insert = "insert or ignore into speaker_conflicts (quote_id, other_quote_id) "
    if quote_ids is None:
        db.conn.execute(insert + queries.SPEAKER_CONFLICT_PAIRS.format(where="1"))
        return
    _delete_matches(db, "speaker_conflicts", "quote_id", "other_quote_id", quote_ids)
    for column in ("m.quote_id", "m.other_quote_id"):
        for _ in _ids_in(db, insert + queries.SPEAKER_CONFLICT_PAIRS.format(where=f"{column} in ({{ids}})"), quote_ids):
            pass


def _articles_of(db, table: str, ids: set[int]) -> set[int]:
    return {r[0] for r in _ids_in(db, f"select distinct article_id from {table} where id in ({{ids}})", ids)}


_COVERAGE_SQL = (
    f"insert or replace into article_coverage (article_id, {', '.join(queries.COVERAGE_COUNTS)}, shared_with) "
    f"select a.id, {', '.join(queries.COVERAGE_COUNTS.values())}, {queries.SHARED_WITH_IDS} "
    "from articles a where a.id in ({ids})"
)


def _update_coverage(db, article_ids: set[int]) -> None:
    """Count again what the given articles share (coverage's figures)."""
    for _ in _ids_in(db, _COVERAGE_SQL, article_ids):
        pass


def _update_remarks(db, seeds: set[int]) -> None:
    """Recompute the remark (connected group in quote_matches) of every
    quote reachable from ``seeds``, and its row in remark_versions."""
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
    old_remarks = sorted({r[0] for r in _ids_in(db, "select remark_id from remarks where quote_id in ({ids})", members)})
    for chunk in matching.chunked(members):
        conn.execute(f"delete from remarks where quote_id in ({','.join('?' * len(chunk))})", chunk)
    for chunk in matching.chunked(old_remarks):
        conn.execute(f"delete from remark_versions where remark_id in ({','.join('?' * len(chunk))})", chunk)
    related = [g for g in groups if len(g) > 1]
    conn.executemany(
        "insert into remarks (quote_id, remark_id) values (?, ?)", ((q, min(g)) for g in related for q in g)
    )
    stats: dict[int, tuple] = {row[0]: row for row in _ids_in(db, _REMARK_MEMBER_SQL, [q for g in related for q in g])}
    conn.executemany(
        "insert or replace into remark_versions (remark_id, quote_id, outlets, versions) values (?, ?, ?, ?)",
        (row for row in (_remark_version(g, stats) for g in related) if row),
    )


# Beyond this many seeds, remarks are grouped from every relation at once
# rather than walked from each seed.
_WALK_LIMIT = 5000


def _remark_groups(db, seeds: set[int]) -> list[set[int]]:
    """The connected groups of quote_matches that hold the seeds (a seed
    with no relation is a group of one)."""
    if len(seeds) > _WALK_LIMIT:
        parent: dict[int, int] = {}

        def root(x: int) -> int:
            while parent.get(x, x) != x:
                parent[x] = parent.get(parent[x], parent[x])
                x = parent[x]
            return x

        for a, b in db.conn.execute("select quote_id, other_quote_id from quote_matches"):
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
        by_root: dict[int, set[int]] = {}
        for q in set(parent) | seeds:
            by_root.setdefault(root(q), set()).add(q)
        wanted = {root(s) for s in seeds}
        return [by_root[r] for r in sorted(wanted)]
    groups: list[set[int]] = []
    seen: set[int] = set()
    for seed in sorted(seeds):
        if seed in seen:
            continue
        group, frontier = {seed}, [seed]
        while frontier:
            ids, frontier = frontier[:500], frontier[500:]
            for (other,) in _ids_in(db, "select other_quote_id from quote_matches where quote_id in ({ids})", ids):
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
where q.id in ({{ids}}) and m.relation in ({", ".join(f"'{r}'" for r in queries.REMARK_RELATIONS)})
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
        _ids_in(
            db,
            "select quotes.id, articles.published from quotes join articles on articles.id = quotes.article_id "
            "where quotes.id in ({ids})",
            ids,
        )
    )


def _with_date_note(differences: str, a: Optional[str], b: Optional[str]) -> str:
    note = match.published_note(a, b)
    if not note:
        return differences
    return f"{differences}; {note}" if differences else note


def _delete_matches(db, table: str, left: str, right: str, ids: set[int]) -> None:
    if db.conn.execute(f"select 1 from {table} limit 1").fetchone() is None:
        return  # a first ingest: nothing to delete, and many ids to look up
    for chunk in matching.chunked(ids):
        marks = ",".join("?" * len(chunk))
        db.conn.execute(f"delete from {table} where {left} in ({marks}) or {right} in ({marks})", chunk + chunk)
