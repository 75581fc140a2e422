"""Versions, not copies: wire copy printed word for word by many outlets.

A live quote whose normalised words are those of a live quote of another
article stored before it is a *copy* of that quote (``quotes.version_of``
names the representative). A copy has no matching keys: it is never a
candidate and finds none, so matching work and relation rows grow with the
distinct versions of a remark, not with the square of its copies. The
matcher relates each copy to its representative by the ordinary pair rules
(``stage.match_quotes``), so remarks, coverage and the queries still count
every outlet that prints it.

An article whose body is word for word that of an article stored before it
is a copy of that article (``articles.copy_of``).
"""

from __future__ import annotations

import hashlib
from typing import Iterable, Mapping, Optional

import sqlite_utils

from ..matching import candidates, stage, words
from .keys import write_keys
from .relations import recreate_conflict_trigger

_LIVE = stage.QUOTES.live


def version_key(text: Optional[str]) -> Optional[int]:
    """A 63-bit key of a quote's normalised words (None when it has none)."""
    norm = words.normalize(text)
    if not norm:
        return None
    return int.from_bytes(hashlib.blake2b(norm.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def body_key(body: Optional[str]) -> Optional[str]:
    """What tells two articles' bodies apart: their words, whitespace folded."""
    text = " ".join((body or "").split())
    return hashlib.sha256(text.encode("utf-8")).hexdigest() if text else None


def _representative(conn, key: int, text: str, article_id: int) -> Optional[int]:
    norm = words.normalize(text)
    for other, other_text in conn.execute(
        f"select id, text from quotes where version_key = ? and version_of is null and article_id != ? and {_LIVE} "
        "order by id",
        [key, article_id],
    ):
        if words.normalize(other_text) == norm:
            return other
    return None


def assign(
    db: sqlite_utils.Database, article_id: int, quote_ids: Iterable[int], known: Optional[Mapping[int, Optional[int]]] = None
) -> set[int]:
    """Mark each of an article's quotes as a copy or a version of its own,
    after its rows were written. A representative whose words changed hands
    its copies over first (``release``). Returns the ids that are copies:
    they get no keys. ``known``: version keys already worked out (by the
    ingest's workers), by quote id."""
    conn = db.conn
    copies: set[int] = set()
    rows = list(stage.rows_in(
        conn, f"select id, text, version_key, version_of, {_LIVE} from quotes where id in ({{ids}})", quote_ids
    ))
    for quote_id, text, old_key, old_rep, live in rows:
        key = (known[quote_id] if known is not None and quote_id in known else version_key(text)) if live else None
        has_copies = conn.execute("select 1 from quotes where version_of = ? limit 1", [quote_id]).fetchone()
        if has_copies and key != old_key:
            release(db, quote_id)
            has_copies = None
        rep = _representative(conn, key, text, article_id) if key is not None and not has_copies else None
        if rep is not None:
            copies.add(quote_id)
        if (key, rep) != (old_key, old_rep):
            conn.execute("update quotes set version_key = ?, version_of = ? where id = ?", [key, rep, quote_id])
    return copies


def release(db: sqlite_utils.Database, quote_id: int) -> None:
    """A representative that goes away or changes its words: its first copy
    becomes the representative (with keys) of the others, and all of them
    are matched again."""
    conn = db.conn
    copies = [r[0] for r in conn.execute(f"select id from quotes where version_of = ? and {_LIVE} order by id", [quote_id])]
    if not copies:
        conn.execute("update quotes set version_of = null where version_of = ?", [quote_id])
        return
    first = copies[0]
    conn.execute("update quotes set version_of = null where id = ?", [first])
    conn.execute("update quotes set version_of = ? where version_of = ?", [first, quote_id])
    text = conn.execute("select text from quotes where id = ?", [first]).fetchone()[0]
    write_keys(db, "quotes", [(first, candidates.shingle_keys(text))])
    conn.executemany(
        "insert or ignore into pending_matches (item_type, item_id) values ('quote', ?)", [(c,) for c in copies]
    )


def mark_article(db: sqlite_utils.Database, article_id: int, body: Optional[str]) -> None:
    """Record whether the article is a copy of one stored before it; the
    copies of an article whose body changed point at the first of them."""
    conn = db.conn
    key = body_key(body)
    old = conn.execute("select body_key, copy_of from articles where id = ?", [article_id]).fetchone()
    if old is not None and old[0] is not None and old[0] != key:
        copies = [r[0] for r in conn.execute("select id from articles where copy_of = ? order by id", [article_id])]
        if copies:
            conn.execute("update articles set copy_of = null where id = ?", [copies[0]])
            conn.execute("update articles set copy_of = ? where copy_of = ?", [copies[0], article_id])
    original = None
    if key is not None:
        row = conn.execute(
            "select min(id) from articles where body_key = ? and id != ? and copy_of is null", [key, article_id]
        ).fetchone()
        original = row[0] if row else None
        if original is not None and conn.execute("select 1 from articles where copy_of = ?", [article_id]).fetchone():
            original = None  # it is the original of others already
    conn.execute("update articles set body_key = ?, copy_of = ? where id = ?", [key, original, article_id])


def fill_versions(db: sqlite_utils.Database) -> None:
    """A database from before versions were kept: find the copies among
    every stored quote and article, drop the copies' keys and match every
    quote that has copies again."""
    conn = db.conn
    for article_id, body in conn.execute("select id, body from articles order by id").fetchall():
        mark_article(db, article_id, body)
    by_article: dict[int, list[int]] = {}
    for quote_id, article_id in conn.execute("select id, article_id from quotes order by id").fetchall():
        by_article.setdefault(article_id, []).append(quote_id)
    copies: set[int] = set()
    for article_id in sorted(by_article, key=lambda a: min(by_article[a])):
        copies |= assign(db, article_id, by_article[article_id])
    for chunk in stage.chunked(copies):
        marks = ",".join("?" * len(chunk))
        conn.execute(f"delete from quote_shingles where quote_id in ({marks})", chunk)
        conn.execute(f"delete from short_items where item_type = 'quote' and item_id in ({marks})", chunk)
    recreate_conflict_trigger(db)  # it finds the pairs of copies too
    reps = {r[0] for r in stage.rows_in(conn, "select distinct version_of from quotes where id in ({ids})", copies)}
    conn.executemany(
        "insert or ignore into pending_matches (item_type, item_id) values ('quote', ?)", [(i,) for i in copies | reps]
    )
