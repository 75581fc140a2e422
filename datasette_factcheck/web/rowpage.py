"""What the plugin adds to a quote's or claim's row page: the other versions
of a quote (versions.py) or a claim (claim_versions.py) and the review form
with its history (review.py)."""

from __future__ import annotations

from ..model import ITEM_TYPE_OF_TABLE
from . import claim_versions, primary, review, versions



async def row_extras(datasette, request, database: str, table: str) -> dict:
    """Template variables for row.html; empty for rows that are not items."""
    if table not in ITEM_TYPE_OF_TABLE or request is None:
        return {}
    pks = request.url_vars.get("pks", "")
    try:
        item_id = int(pks)
    except ValueError:
        return {}
    item_type = ITEM_TYPE_OF_TABLE[table]
    context = {"factcheck_item": {"type": item_type, "id": item_id, "database": database, "table": table}}
    if item_type == "quote":
        context.update(await primary.row_context(datasette, database, item_id))
        context.update(await versions.row_context(datasette, database, item_id))
    elif item_type == "claim":
        context.update(await claim_versions.row_context(datasette, database, item_id))
    context.update(await review.row_context(datasette, request, database, item_type, item_id))
    return context
