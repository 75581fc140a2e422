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

from . import match, speakers
from .model import Claim, Number, ParsedArticle, Quote
from .schema import ensure_schema

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
    return db


def now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


def store_article(db: sqlite_utils.Database, parsed: ParsedArticle) -> StoreResult:
    """Insert or update one article with everything found in it, atomically."""
    existing = _article_row(db, parsed.file)
    if existing and existing["content_hash"] == parsed.content_hash:
        return StoreResult("unchanged", existing["id"])
    with db.atomic():
        article_id = _write_article(db, parsed, existing)
        comments = _replace_comments(db, article_id, parsed)
        _replace_extras(db, article_id, parsed)
        quote_ids = _reconcile_quotes(db, article_id, parsed.quotes)
        claim_ids = _reconcile_claims(db, article_id, parsed.claims, quote_ids)
    return StoreResult(
        "updated" if existing else "new",
        article_id,
        quotes=len(parsed.quotes),
        claims=len(parsed.claims),
        comments=comments,
        changed_quote_ids=quote_ids,
        changed_claim_ids=claim_ids,
    )


def _article_row(db: sqlite_utils.Database, file: str) -> Optional[dict]:
    rows = list(db.query("select id, content_hash from articles where file = ?", [file]))
    return rows[0] if rows else None


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
    return db["articles"].insert(row).last_pk


def _replace_comments(db, article_id: int, parsed: ParsedArticle) -> int:
    db.execute("delete from comments where article_id = ?", [article_id])
    ids: dict[int, int] = {}
    for comment in parsed.segmented.comments:
        ids[comment.index] = db["comments"].insert(
            {
                "article_id": article_id,
                "parent_id": ids.get(comment.parent) if comment.parent is not None else None,
                "author": comment.author,
                "posted": comment.posted,
                "body": comment.text,
                "depth": comment.depth,
                "position": comment.index,
            }
        ).last_pk
    return len(ids)


def _replace_extras(db, article_id: int, parsed: ParsedArticle) -> None:
    db.execute("delete from article_extras where article_id = ?", [article_id])
    extras = parsed.segmented.extras
    db["article_extras"].insert_all(
        {"article_id": article_id, "kind": e.kind, "text": e.text, "position": i}
        for i, e in enumerate(extras)
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


def _reconcile(db, table: str, article_id: int, rows: list[dict]) -> list[int]:
    """Write ``rows`` (new extraction, in order) for one article, keeping ids
    and review work of items whose text survives. Returns ids in order."""
    old = [dict(r) for r in db.query(f"select * from {table} where article_id = ?", [article_id])]
    pairs, gone = _pair_items(old, [r["text"] for r in rows])
    ids = []
    for i, row in enumerate(rows):
        previous = pairs.get(i)
        if previous is None:
            ids.append(db[table].insert(dict(row, article_id=article_id)).last_pk)
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
        db.execute("delete from quote_matches where quote_id = ? or other_quote_id = ?", [item_id, item_id])
        db.execute("update claims set quote_id = null where quote_id = ?", [item_id])
    else:
        db.execute("delete from claim_matches where claim_id = ? or other_claim_id = ?", [item_id, item_id])
    db.execute(f"delete from {table} where id = ?", [item_id])


def _reconcile_quotes(db, article_id: int, quotes: list[Quote]) -> list[int]:
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
    return _reconcile(db, "quotes", article_id, rows)


def _reconcile_claims(db, article_id: int, claims: list[Claim], quote_ids: list[int]) -> list[int]:
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
    return _reconcile(db, "claims", article_id, rows)


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
    rows = list(
        db.query(
            """select speaker_id from speaker_aliases where alias = ?
               order by source = 'user' desc, speaker_id limit 1""",
            [name],
        )
    )
    if rows:
        return rows[0]["speaker_id"]
    if exact_only:
        return None
    key = speakers.person_key(name)
    if not key:
        return None
    for row in db.query(
        "select speaker_id, alias from speaker_aliases where person_key = ? order by source = 'user' desc, speaker_id",
        [key],
    ):
        if speakers.same_person(name, row["alias"]):
            return row["speaker_id"]
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


def rematch(db: sqlite_utils.Database, quote_ids: Sequence[int], claim_ids: Sequence[int]) -> tuple[int, int]:
    """Recompute the cross-source relations of the given quotes and claims
    against everything stored. Returns the numbers of relation rows written."""
    return _rematch_quotes(db, quote_ids), _rematch_claims(db, claim_ids)


def _rematch_quotes(db, quote_ids: Sequence[int]) -> int:
    if not quote_ids:
        return 0
    index = match.QuoteIndex()
    changed = set(quote_ids)
    new = []
    for row in db.query("select id, article_id, text from quotes where kind = 'quote' and location != 'removed'"):
        if row["id"] in changed:
            new.append((row["id"], row["article_id"], row["text"]))
        else:
            index.add(row["id"], row["article_id"], row["text"])
    relations = index.match_new(new)
    with db.atomic():
        _delete_matches(db, "quote_matches", "quote_id", "other_quote_id", changed)
        dates = _published_by_quote(db, {i for r in relations for i in r[:2]})
        db["quote_matches"].insert_all(
            (
                {
                    "quote_id": a,
                    "other_quote_id": b,
                    "relation": rel.relation,
                    "similarity": round(rel.similarity, 4),
                    "differences": _with_date_note(rel.differences, dates.get(a), dates.get(b)),
                }
                for a, b, rel in relations
            ),
            replace=True,
        )
    return len(relations)


def _published_by_quote(db, ids: set[int]) -> dict[int, Optional[str]]:
    if not ids:
        return {}
    found: dict[int, Optional[str]] = {}
    id_list = sorted(ids)
    for i in range(0, len(id_list), 500):
        chunk = id_list[i : i + 500]
        for row in db.query(
            f"select quotes.id, articles.published from quotes join articles on articles.id = quotes.article_id "
            f"where quotes.id in ({','.join('?' * len(chunk))})",
            chunk,
        ):
            found[row["id"]] = row["published"]
    return found


def _with_date_note(differences: str, a: Optional[str], b: Optional[str]) -> str:
    note = match.published_note(a, b)
    if not note:
        return differences
    return f"{differences}; {note}" if differences else note


def _delete_matches(db, table: str, left: str, right: str, ids: set[int]) -> None:
    id_list = sorted(ids)
    for i in range(0, len(id_list), 500):
        chunk = id_list[i : i + 500]
        marks = ",".join("?" * len(chunk))
        db.execute(f"delete from {table} where {left} in ({marks}) or {right} in ({marks})", chunk + chunk)


def _rematch_claims(db, claim_ids: Sequence[int]) -> int:
    if not claim_ids:
        return 0
    index = match.ClaimIndex()
    changed = set(claim_ids)
    new = []
    for row in db.query("select id, article_id, text, kind, numbers, start, \"end\", paragraph from claims where paragraph >= 0"):
        claim = claim_from_row(row)
        if row["id"] in changed:
            new.append((row["id"], row["article_id"], claim))
        else:
            index.add(row["id"], row["article_id"], claim)
    relations = index.match_new(new)
    with db.atomic():
        _delete_matches(db, "claim_matches", "claim_id", "other_claim_id", changed)
        db["claim_matches"].insert_all(
            ({"claim_id": a, "other_claim_id": b, "relation": rel, "differences": diff} for a, b, rel, diff in relations),
            replace=True,
        )
    return len(relations)


def claim_from_row(row: dict) -> Claim:
    return Claim(
        text=row["text"],
        start=row["start"],
        end=row["end"],
        paragraph=row["paragraph"],
        kind=row["kind"],
        numbers=[Number(**n) for n in json.loads(row["numbers"] or "[]")],
    )
