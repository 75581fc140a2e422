"""The "other versions" panel of a claim's row page: the claims of other
articles that report the same quantity, with how they relate, their
figures side by side and the sentence as each outlet printed it.

The template receives plain strings only, so Jinja's autoescape escapes
every word of article text; nothing here is marked safe.
"""

from __future__ import annotations

from typing import Any, Optional

from .common import ArticleNames
from .panel_rows import ARTICLE_COLUMNS, article_fields, load

# Conflicts first: they are what a fact-checker opens the page for.
RELATION_ORDER = ["conflicts", "corroborates"]

VERSIONS_SQL = f"""
select m.other_claim_id, m.relation, m.differences, c.text, c.numbers, c.kind, c.paragraph, {ARTICLE_COLUMNS}
from claim_matches m
join claims c on c.id = m.other_claim_id
join articles a on a.id = c.article_id
where m.claim_id = :id
"""

CLAIM_SQL = f"""
select c.id, c.text, c.numbers, c.kind, c.paragraph, {ARTICLE_COLUMNS}
from claims c join articles a on a.id = c.article_id
where c.id = :id
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
            **article_fields(datasette, database, row),
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
    panel = await load(datasette, database, NEEDED_TABLES, CLAIM_SQL, VERSIONS_SQL, claim_id)
    if panel is None:
        return {}
    names = names or ArticleNames(visible=True)
    claim = names.row(panel.item)
    return {
        "factcheck_claim": {
            "id": claim["id"],
            "text": claim["text"],
            "figures": figures_list(claim["numbers"]),
            **article_fields(datasette, database, claim),
            # A claim whose sentence left the article is not matched.
            "matched": claim["paragraph"] >= 0,
        },
        "factcheck_claim_versions": build_versions(datasette, database, [names.row(r) for r in panel.matches]),
    }
