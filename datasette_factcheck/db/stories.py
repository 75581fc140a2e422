"""Articles about the same story: the groups of articles that print the
same remarks (a relation in quote_matches between two of their quotes),
kept in ``article_stories`` for the ``stories`` canned query, with what the
query shows of each story in ``story_summaries``.

A story spans at most ``STORY_DAYS`` from its first dated article to its
last: words printed again later were reused on another occasion. Linking
article to article alone would chain one story into the next (A shares a
remark with B three weeks later, B with C three weeks after that, and so
on), until in a large archive most articles were one "story". So the links
are taken strongest first (the most quotes shared), and a link that would
stretch a story past ``STORY_DAYS`` is not taken. The
matcher applies the pairwise form of this grouping as it relates quotes
(``matching.candidates``): a weak relation (a short excerpt, a short changed
version) between two articles needs another, strong relation between the
same two articles, so that a relation never depends on the order in which
articles were added."""

from __future__ import annotations

import datetime
from collections import Counter
from typing import Iterable, Mapping, Optional

import sqlite_utils

from ..matching import stage
from .derived import STORY_SUMMARIES
from .groups import Groups

STORY_DAYS = 30

# Each pair of articles with related quotes, and how many of the first
# article's quotes the relations join to the second's. A copy's relation to
# its version's representative (db/versions.py) is left out: the copies of
# a version are linked below instead.
_PAIRS = """
select qa.article_id, qb.article_id, count(distinct qa.id)
from quote_matches m
join quotes qa on qa.id = m.quote_id
join quotes qb on qb.id = m.other_quote_id
where qa.article_id < qb.article_id
  and not (qa.version_of is not null and qa.version_of = qb.id)
  and not (qb.version_of is not null and qb.version_of = qa.id)
group by qa.article_id, qb.article_id
"""

# The articles that print the same version of a quote (each copy the
# matcher related to its representative), each linked to the next in order
# of publication: a wire story reprinted by a thousand outlets is a
# thousand links, not the half million of every pair, and reprints far
# apart in time are joined only through those in between, so that the
# window above can split them.
_VERSION_LINKS = f"""
with copies as (
  select q.version_of as version, q.article_id from quotes q
  join quote_matches m on m.quote_id = q.id and m.other_quote_id = q.version_of
  where q.version_of is not null and {stage.QUOTES.live}
),
printed as (
  select version, article_id from copies
  union
  select q.id, q.article_id from quotes q where q.id in (select version from copies)
)
select article_id, next_id from (
  select p.article_id, lead(p.article_id) over (
    partition by p.version order by a.published is null, a.published, p.article_id
  ) as next_id
  from printed p join articles a on a.id = p.article_id
)
where next_id is not null and next_id != article_id
"""


def _links(conn) -> list[tuple[int, int, int]]:
    shared: Counter[tuple[int, int]] = Counter()
    for a, b, n in conn.execute(_PAIRS):
        shared[(a, b)] += n
    for a, b in conn.execute(_VERSION_LINKS):
        shared[(min(a, b), max(a, b))] += 1
    return [(a, b, n) for (a, b), n in shared.items()]


def _date(value: Optional[str]) -> Optional[datetime.date]:
    try:
        return datetime.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def group_stories(
    links: Iterable[tuple[int, int, int]], published: Mapping[int, Optional[datetime.date]], days: int = STORY_DAYS
) -> dict[int, int]:
    """Each linked article's story (the smallest article id of its group),
    from ``links`` (article, other article, quotes shared). Links are taken
    strongest first, then between the articles closest in time, then by id,
    so the grouping depends on the links alone, never on their order; a
    link that would make a story's dated articles span more than ``days``
    is left out. Undated articles join any story they share remarks with."""

    def gap(a: int, b: int) -> int:
        da, db_ = published.get(a), published.get(b)
        return abs((da - db_).days) if da and db_ else days + 1

    groups = Groups()
    # the first and last publication dates of each group, by its root
    spans: dict[int, tuple[datetime.date, datetime.date]] = {}
    for a, b, _shared in sorted(links, key=lambda link: (-link[2], gap(link[0], link[1]), link[0], link[1])):
        ra, rb = groups.root(a), groups.root(b)
        if ra == rb:
            continue
        dates = [d for d in (*spans.get(ra, ()), *spans.get(rb, ()), published.get(a), published.get(b)) if d]
        if dates and (max(dates) - min(dates)).days > days:
            continue
        groups.join(a, b)
        if dates:
            spans[groups.root(a)] = (min(dates), max(dates))
    return {a: groups.root(a) for a in groups.members()}


def update_stories(db: sqlite_utils.Database, articles: Optional[Iterable[int]] = None) -> None:
    """Group every article again (a few milliseconds per thousand articles
    that share remarks): a story's id is its first article's. The summaries
    of the stories that changed, or that hold one of ``articles`` (whose
    quotes, relations or remarks were written again), are counted again;
    every story's when ``articles`` is None."""
    conn = db.conn
    published = {a: _date(p) for a, p in conn.execute("select id, published from articles where published is not null")}
    new = group_stories(_links(conn), published)
    old = dict(conn.execute("select article_id, story_id from article_stories"))
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
