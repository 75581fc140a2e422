"""Articles about the same story: the groups of articles that print the
same remarks (a relation in quote_matches between two of their quotes),
kept in ``article_stories`` for the ``stories`` canned query, with what the
query shows of each story in ``story_summaries``.

Two articles with a publication date more than ``STORY_DAYS`` apart are not
linked by a shared remark: the words were reused on another occasion. The
matcher applies the pairwise form of this grouping as it relates quotes
(``matching.candidates``): a weak relation (a short excerpt, a short changed
version) between two articles needs another, strong relation between the
same two articles, so that a relation never depends on the order in which
articles were added."""

from __future__ import annotations

import datetime
from typing import Iterable, Optional

import sqlite_utils

from ..matching import stage
from .derived import STORY_SUMMARIES
from .groups import Groups

STORY_DAYS = 30

_PAIRS = """
select distinct qa.article_id, qb.article_id
from quote_matches m
join quotes qa on qa.id = m.quote_id
join quotes qb on qb.id = m.other_quote_id
where qa.article_id < qb.article_id
"""


def _date(value: Optional[str]) -> Optional[datetime.date]:
    try:
        return datetime.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def update_stories(db: sqlite_utils.Database, articles: Optional[Iterable[int]] = None) -> None:
    """Group every article again (a few milliseconds per thousand articles
    that share remarks): a story's id is its first article's. The summaries
    of the stories that changed, or that hold one of ``articles`` (whose
    quotes, relations or remarks were written again), are counted again;
    every story's when ``articles`` is None."""
    conn = db.conn
    published = {a: _date(p) for a, p in conn.execute("select id, published from articles where published is not null")}
    stories = Groups()
    for a, b in conn.execute(_PAIRS).fetchall():
        da, db_ = published.get(a), published.get(b)
        if da and db_ and abs((da - db_).days) > STORY_DAYS:
            continue
        stories.join(a, b)
    old = dict(conn.execute("select article_id, story_id from article_stories"))
    new = {a: stories.root(a) for a in stories.members()}
    moved = sorted(a for a in old.keys() | new.keys() if old.get(a) != new.get(a))
    for chunk in stage.chunked(moved):
        conn.execute(f"delete from article_stories where article_id in ({','.join('?' * len(chunk))})", chunk)
    conn.executemany("insert into article_stories (article_id, story_id) values (?, ?)", ((a, new[a]) for a in moved if a in new))
    if articles is None:
        conn.execute("delete from story_summaries")
        conn.execute(f"insert into story_summaries {STORY_SUMMARIES.format(where='1')}")
        return
    changed = {s for a in [*moved, *articles] for s in (old.get(a), new.get(a)) if s is not None}
    for chunk in stage.chunked(changed):
        marks = ",".join("?" * len(chunk))
        conn.execute(f"delete from story_summaries where story_id in ({marks})", chunk)
        conn.execute(f"insert into story_summaries {STORY_SUMMARIES.format(where=f's.story_id in ({marks})')}", chunk)
