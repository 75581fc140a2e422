"""Articles about the same story: the groups of articles that print the
same remarks (a relation in quote_matches between two of their quotes),
kept in ``article_stories`` for the ``stories`` canned query.

Two articles with a publication date more than ``STORY_DAYS`` apart are not
linked by a shared remark: the words were reused on another occasion. The
matcher applies the pairwise form of this grouping as it relates quotes
(``matching.candidates``): a weak relation (a short excerpt, a short changed
version) between two articles needs another, strong relation between the
same two articles, so that a relation never depends on the order in which
articles were added."""

from __future__ import annotations

import datetime
from typing import Optional

import sqlite_utils

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


def update_stories(db: sqlite_utils.Database) -> None:
    """Group every article again (a few milliseconds per thousand articles
    that share remarks): a story's id is its first article's."""
    conn = db.conn
    published = {a: _date(p) for a, p in conn.execute("select id, published from articles where published is not null")}
    stories = Groups()
    for a, b in conn.execute(_PAIRS).fetchall():
        da, db_ = published.get(a), published.get(b)
        if da and db_ and abs((da - db_).days) > STORY_DAYS:
            continue
        stories.join(a, b)
    conn.execute("delete from article_stories")
    conn.executemany("insert into article_stories (article_id, story_id) values (?, ?)", sorted((a, stories.root(a)) for a in stories.members()))
