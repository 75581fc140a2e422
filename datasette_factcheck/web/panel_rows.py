"""The rows of an "other versions" panel (a quote's in versions.py, a
claim's in claim_versions.py), loaded in one shape: the item with the
article that printed it, then the rows of its matches, each with its own
article; and the fields both panels show to name that article.

Values stay plain strings: the templates escape them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from ..db import queries

# The article columns every panel query selects, joined as ``a``.
ARTICLE_COLUMNS = f"a.id as article_id, a.title, a.file, a.outlet, {queries.outlet_label('a')} as source, a.published"


@dataclass
class PanelRows:
    """An item (one row of ``item_sql``) and its matches (rows of
    ``matches_sql``, for the item's id and for any ``also`` ids, in turn)."""

    db: Any
    item: dict[str, Any]
    matches: list[dict[str, Any]] = field(default_factory=list)

    async def add_matches_of(self, matches_sql: str, item_id: int) -> None:
        self.matches += await rows(self.db, matches_sql, {"id": item_id})


async def rows(db, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    return [dict(r) for r in (await db.execute(sql, params)).rows]


async def load(
    datasette, database: str, needed_tables: set[str], item_sql: str, matches_sql: str, item_id: int
) -> Optional[PanelRows]:
    """Both queries take ``:id``. None when the database lacks one of
    ``needed_tables`` (not a factcheck database) or the item does not exist."""
    db = datasette.get_database(database)
    if not needed_tables <= set(await db.table_names()):
        return None
    found = await rows(db, item_sql, {"id": item_id})
    if not found:
        return None
    panel = PanelRows(db, found[0])
    await panel.add_matches_of(matches_sql, item_id)
    return panel


def article_fields(datasette, database: str, row: dict[str, Any]) -> dict[str, Any]:
    """How a panel names the article of ``row`` (selected with ARTICLE_COLUMNS,
    then shown through ``common.ArticleNames.row``)."""
    return {
        "outlet": row["source"],
        # Without an outlet the source is named by its headline: not twice.
        "named_outlet": bool(row["outlet"]),
        "title": row["title"],
        "article_url": datasette.urls.row(database, "articles", row["article_id"]),
        "published": row["published"],
    }
