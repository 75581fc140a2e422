"""Storing a parsed article: its row, comments, extras, quotes and claims.

Each article is written in one transaction. Quote and claim rows keep their
ids while their text is unchanged, so reviewers' work keyed on those ids
survives any re-ingest; an item whose text changed keeps its id and history
and is flagged for review again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, Optional, Sequence

import sqlite_utils

from ..extract.claims import numbers_text
from ..matching import candidates, claim_candidates, remarks, words
from ..model import Claim, ParsedArticle, Quote, now
from .keys import delete_keys, write_keys
from .speakers import resolve_speaker
from .versions import assign, mark_article, release

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


class ItemKeys(NamedTuple):
    """What the ingest's workers compute beside the parsing, so that the one
    writing process only stores it, in the order of the parsed article."""

    quotes: list[Optional[set[int]]]  # matching keys (None: a quote not matched), see candidates
    claims: list[Optional[set[int]]]
    versions: Optional[list[Optional[int]]] = None  # each quote's versions.version_key


def store_article(db: sqlite_utils.Database, parsed: ParsedArticle, keys: Optional[ItemKeys] = None) -> StoreResult:
    """Insert or update one article with everything found in it, atomically.
    ``keys`` are its items' matching keys when the caller computed them."""
    existing = _article_row(db, parsed.file, parsed.path)
    if existing and existing["content_hash"] == parsed.content_hash:
        return StoreResult("unchanged", existing["id"])
    with db.atomic():
        article_id = _write_article(db, parsed, existing)
        mark_article(db, article_id, parsed.segmented.body)
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
        _write_continues(db, parsed, quote_ids)
        # A copy of an earlier article's quote gets no keys: see versions.
        known = dict(zip(quote_ids, keys.versions)) if keys is not None and keys.versions is not None else None
        copies = assign(db, article_id, quote_ids, known)
        claim_ids = _reconcile_claims(db, article_id, parsed.claims, quote_ids, new_article=not existing)
        if keys is None or (len(keys.quotes), len(keys.claims)) != (len(quote_ids), len(claim_ids)):
            keys = ItemKeys([None] * len(quote_ids), [None] * len(claim_ids))
        if existing:
            delete_keys(db, "quotes", quote_ids)
            delete_keys(db, "claims", claim_ids)
        write_keys(
            db, "quotes",
            [(i, ks if ks is not None else candidates.shingle_keys(q.text))
             for i, q, ks in zip(quote_ids, parsed.quotes, keys.quotes) if q.kind == "quote" and i not in copies],
        )
        write_keys(
            db, "claims",
            [(i, ks if ks is not None else claim_candidates.claim_keys(c)) for i, c, ks in zip(claim_ids, parsed.claims, keys.claims)],
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


def _article_row(db: sqlite_utils.Database, file: str, path: Optional[str] = None) -> Optional[dict]:
    row = db.conn.execute("select id, content_hash from articles where file = ?", [file]).fetchone()
    if row is None and "/" in file:
        row = _legacy_article(db, file, path)
    return {"id": row[0], "content_hash": row[1]} if row else None


def _legacy_article(db: sqlite_utils.Database, key: str, path: Optional[str]) -> Optional[tuple]:
    """An article stored before keys were relative paths (``file`` was the
    bare name): the one whose recorded path ends with ``key`` takes the new
    key, keeping its id and review work. A same-named file from another
    folder does not match, so two outlets' ``news.txt`` stay apart."""
    name = key.rsplit("/", 1)[1]
    wanted = tuple(key.split("/"))
    for row_id, content_hash, old_path in db.conn.execute(
        "select id, content_hash, path from articles where file = ?", [name]
    ).fetchall():
        parts = tuple(Path(old_path).as_posix().split("/")) if old_path else ()
        if parts[-len(wanted):] == wanted:
            db.conn.execute("update articles set file = ? where id = ?", [key, row_id])
            return row_id, content_hash
    return None


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


def _place(row: dict) -> Optional[str]:
    """Where an item sits: a quote's headline or body (claims have one place)."""
    location = row.get("location")
    return "headline" if location == "headline" else None if location is None else "body"


def _pair_items(
    old: list[dict], new_texts: Sequence[str], new_places: Optional[Sequence[Optional[str]]] = None
) -> tuple[dict[int, dict], list[dict]]:
    """Pair new items (by index) with old rows: identical text in the same
    place (headline or body) first, so the same words in the headline and
    the body keep their own review work; then identical text anywhere; then
    the most similar remaining text above SAME_ITEM_SIMILARITY."""
    pairs: dict[int, dict] = {}
    if not old:
        return pairs, []  # a new article: nothing to pair, nothing to normalise
    places = list(new_places) if new_places is not None else [None] * len(new_texts)
    norms = [words.normalize(t) for t in new_texts]
    for same_place in (True, False):
        by_norm: dict[tuple, list[dict]] = {}
        used = {id(r) for r in pairs.values()}
        for row in old:
            if id(row) not in used:
                key = (words.normalize(row["text"]), _place(row) if same_place else None)
                by_norm.setdefault(key, []).append(row)
        for i, norm in enumerate(norms):
            if i in pairs:
                continue
            bucket = by_norm.get((norm, places[i] if same_place else None))
            if bucket:
                pairs[i] = bucket.pop(0)
    used = {id(r) for r in pairs.values()}
    remaining = [r for r in old if id(r) not in used]
    for i, text in enumerate(new_texts):
        if i in pairs or not remaining:
            continue
        best = max(remaining, key=lambda r: words.similarity(text, r["text"]))
        if words.similarity(text, best["text"]) >= SAME_ITEM_SIMILARITY:
            pairs[i] = best
            remaining.remove(best)
    return pairs, remaining


def _reconcile(db, table: str, article_id: int, rows: list[dict], new_article: bool = False) -> list[int]:
    """Write ``rows`` (new extraction, in order) for one article, keeping ids
    and review work of items whose text survives. Returns ids in order."""
    old = [] if new_article else _rows(db, f"select * from {table} where article_id = ?", [article_id])
    pairs, gone = _pair_items(old, [r["text"] for r in rows], [_place(r) for r in rows])
    ids = []
    next_id = first_free_id(db, table) if len(pairs) < len(rows) else None
    for i, row in enumerate(rows):
        previous = pairs.get(i)
        if previous is None:
            if next_id is not None:
                row = dict(row, id=next_id)
                next_id += 1
            ids.append(_insert(db, table, dict(row, article_id=article_id)))
            continue
        update = dict(row)
        changed = [
            (field, previous.get(field), row[field])
            for field in ("text", "speaker_id")
            if field in row and previous.get(field) != row[field]
            and (field != "text" or words.normalize(previous["text"]) != words.normalize(row["text"]))
        ]
        if any(field == "text" for field, _, _ in changed):
            update["previous_text"] = previous["text"]
        if changed and _has_review_work(previous):
            # The verdict was given on other words or another speaker: a
            # reviewer must look again. Old words stay in previous_text; an
            # old speaker has no such column, so the audit keeps it.
            update["needs_review"] = 1
            _audit_ingest_change(db, table, previous["id"], [c for c in changed if c[0] == "speaker_id"])
        db[table].update(previous["id"], update)
        ids.append(previous["id"])
    for row in gone:
        if _has_review_work(row):
            # The remark left the article but a reviewer worked on it: keep
            # the row and its history, flagged, rather than lose a verdict.
            gone_marker = {"location": "removed"} if table == "quotes" else {"paragraph": -1}
            if table == "quotes":
                release(db, row["id"])
            db[table].update(row["id"], dict(gone_marker, needs_review=1))
        else:
            _delete_item(db, table, row["id"])
    return ids


def first_free_id(db, table: str) -> Optional[int]:
    """The id a new item must take when ids were retired above the table's
    largest id (SQLite would hand them out again); None to let SQLite choose."""
    item_type = "quote" if table == "quotes" else "claim"
    retired = db.conn.execute("select max_id from retired_ids where item_type = ?", [item_type]).fetchone()
    if retired is None:
        return None
    top = db.conn.execute(f"select max(id) from {table}").fetchone()[0] or 0
    return retired[0] + 1 if retired[0] >= top else None


def retire_ids(db, item_type: str, ids: Sequence[int]) -> None:
    if ids:
        db.conn.execute(
            "insert into retired_ids (item_type, max_id) values (?, ?) "
            "on conflict (item_type) do update set max_id = max(max_id, excluded.max_id)",
            [item_type, max(ids)],
        )


def _audit_ingest_change(db, table: str, item_id: int, changed: list[tuple[str, object, object]]) -> None:
    """Audit rows (actor ``ingest``) for what a re-ingest changed under review work."""
    item_type = "quote" if table == "quotes" else "claim"
    if not changed:
        return
    db.conn.executemany(
        "insert into reviews (item_type, item_id, actor, at, field, old, new) values (?, ?, 'ingest', ?, ?, ?, ?)",
        [(item_type, item_id, now(), field, None if old is None else str(old), None if new is None else str(new))
         for field, old, new in changed],
    )


def _delete_item(db, table: str, item_id: int) -> None:
    if table == "quotes":
        release(db, item_id)
        # Its partners' remark may split without it: match them again.
        db.execute(
            "insert or ignore into pending_matches (item_type, item_id) select 'quote', other_quote_id "
            "from quote_matches where quote_id = ?",
            [item_id],
        )
        db.execute("delete from remarks where quote_id = ?", [item_id])
        # the remark it stood for gets another representative when its partners are matched
        db.execute("delete from remark_versions where quote_id = ?", [item_id])
        db.execute("delete from speaker_conflict_pairs where quote_id = ? or other_quote_id = ?", [item_id, item_id])
        # its checks and the classes of its relations go with it
        db.execute("delete from quote_change_classes where quote_id = ? or other_quote_id = ?", [item_id, item_id])
        db.execute("delete from primary_checks where quote_id = ?", [item_id])
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
    retire_ids(db, "quote" if table == "quotes" else "claim", [item_id])


def _write_continues(db, parsed: ParsedArticle, quote_ids: list[int]) -> None:
    """Which quote continues the one before it after an attribution only."""
    seg = parsed.segmented
    spans = [(q.start, q.end, q.paragraph, q.kind) for q in parsed.quotes]
    values = [quote_ids[prev] if prev is not None else None for prev in remarks.continues_of(spans, seg.title or "", seg.body or "")]
    db.conn.executemany(
        "update quotes set continues = ? where id = ? and continues is not ?",
        [(value, quote_id, value) for quote_id, value in zip(quote_ids, values)],
    )


def fill_continues(db: sqlite_utils.Database) -> None:
    """``quotes.continues`` of every article (a database from before it was kept)."""
    conn = db.conn
    for article_id, title, body in conn.execute("select id, title, body from articles").fetchall():
        rows = conn.execute(
            'select id, start, "end", paragraph, kind from quotes where article_id = ? order by paragraph, start', [article_id]
        ).fetchall()
        found = remarks.continues_of([r[1:] for r in rows], title or "", body or "")
        conn.executemany(
            "update quotes set continues = ? where id = ?",
            [(rows[prev][0] if prev is not None else None, row[0]) for row, prev in zip(rows, found)],
        )


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
            "speaker_id": resolve_speaker(db, q.speaker, q.speaker_forms, q.speaker_is_org) if q.speaker else None,
        }
        for q in quotes
    ]
    return _reconcile(db, "quotes", article_id, rows, new_article)


def _reconcile_claims(db, article_id: int, claims: list[Claim], quote_ids: list[int], new_article: bool = False) -> list[int]:
    rows = [
        {
            "text": c.text,
            "kind": c.kind,
            "numbers": numbers_text(c.numbers),
            "start": c.start,
            "end": c.end,
            "paragraph": c.paragraph,
            "quote_id": quote_ids[c.quote_index] if c.quote_index is not None and c.quote_index < len(quote_ids) else None,
        }
        for c in claims
    ]
    return _reconcile(db, "claims", article_id, rows, new_article)
