"""The "other versions" panel of a claim's row page: the claims of other
articles that report the same quantity, with how they relate, their
figures side by side and the sentence as each outlet printed it.

The template receives plain strings only, so Jinja's autoescape escapes
every word of article text; nothing here is marked safe.
"""

from __future__ import annotations

from typing import Any, Optional

from ..db import queries
from .common import ArticleNames

# Conflicts first: they are what a fact-checker opens the page for.
RELATION_ORDER = ["conflicts", "corroborates"]

VERSIONS_SQL = f"""
select
  m.other_claim_id, m.relation, m.differences,
  c.text, c.numbers, c.kind, c.paragraph,
  a.id as article_id, a.title, a.file, a.outlet, {queries.outlet_label('a')} as source, a.published
from claim_matches m
join claims c on c.id = m.other_claim_id
join articles a on a.id = c.article_id
where m.claim_id = :claim_id
"""

CLAIM_SQL = f"""
select c.id, c.text, c.numbers, c.kind, c.paragraph, c.article_id, a.title, a.file, a.outlet, a.published,
       {queries.outlet_label('a')} as source
from claims c join articles a on a.id = c.article_id
where c.id = :claim_id
"""

NEEDED_TABLES = {"claims", "articles", "claim_matches"}


def figures_list(numbers: Optional[str]) -> list[str]:
    """``claims.numbers`` as one string per figure."""
    return [part for part in (numbers or "").split("; ") if part]


def _rank(relation: str) -> int:
    return RELATION_ORDER.index(relation) if relation in RELATION_ORDER else len(RELATION_ORDER)


def build_versions(datasette, database: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per related claim, ready for _factcheck_claim_versions.html."""
    versions = [
        {
            "claim_id": row["other_claim_id"],
            "claim_url": datasette.urls.row(database, "claims", row["other_claim_id"]),
            "relation": row["relation"],
            "differences": row["differences"] or "",
            "text": row["text"],
            "figures": figures_list(row["numbers"]),
            "outlet": row["source"],
            # Without an outlet the source is named by its headline: not twice.
            "named_outlet": bool(row["outlet"]),
            "title": row["title"],
            "article_url": datasette.urls.row(database, "articles", row["article_id"]),
            "published": row["published"],
        }
        for row in rows
    ]
    versions.sort(key=lambda v: (_rank(v["relation"]), v["claim_id"]))
    return versions


async def row_context(datasette, database: str, claim_id: int, names: Optional[ArticleNames] = None) -> dict[str, Any]:
    """Template variables for the panel of claim ``claim_id``:
    ``factcheck_claim`` (its sentence, figures and outlet) and
    ``factcheck_claim_versions`` (empty when no other article reports the
    same quantity); ``{}`` when the database is not a factcheck database or
    the claim does not exist."""
    db = datasette.get_database(database)
    if not NEEDED_TABLES <= set(await db.table_names()):
        return {}
    rows = (await db.execute(CLAIM_SQL, {"claim_id": claim_id})).rows
    if not rows:
        return {}
    names = names or ArticleNames(visible=True)
    claim = names.row(rows[0])
    others = [names.row(r) for r in (await db.execute(VERSIONS_SQL, {"claim_id": claim_id})).rows]
    return {
        "factcheck_claim": {
            "id": claim["id"],
            "text": claim["text"],
            "figures": figures_list(claim["numbers"]),
            "outlet": claim["source"],
            "title": claim["title"],
            "article_url": datasette.urls.row(database, "articles", claim["article_id"]),
            "published": claim["published"],
            # A claim whose sentence left the article is not matched.
            "matched": claim["paragraph"] >= 0,
        },
        "factcheck_claim_versions": build_versions(datasette, database, others),
    }
