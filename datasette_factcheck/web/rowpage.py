"""What the plugin adds to the row pages of a factcheck database: one field a
line, a summary line naming the article and speaker with a link to the
article in context, the other versions of a quote (versions.py) or a claim
(claim_versions.py) and the review form with its history (review.py)."""

from __future__ import annotations

from typing import Any, Optional

from ..db import queries
from ..model import ITEM_TYPE_OF_TABLE
from . import claim_versions, primary, review, versions
from .common import ArticleNames, article_names

SUMMARY_SQL = {
    "quotes": f"""select q.id, q.article_id, q.kind, s.id as speaker_id, s.name as speaker, q.speaker_as_printed,
                         a.title, {queries.outlet_label('a')} as source, a.outlet, a.published
                    from quotes q join articles a on a.id = q.article_id
                    left join speakers s on s.id = q.speaker_id where q.id = ?""",
    "claims": f"""select c.id, c.article_id, a.title, {queries.outlet_label('a')} as source, a.outlet, a.published
                    from claims c join articles a on a.id = c.article_id where c.id = ?""",
    "articles": f"""select a.id, a.id as article_id, a.title, {queries.outlet_label('a')} as source, a.outlet,
                           a.published, a.byline,
                           (select count(*) from quotes where article_id = a.id) as quotes,
                           (select count(*) from claims where article_id = a.id) as claims
                      from articles a where a.id = ?""",
}


async def row_extras(datasette, request, database: str, table: str) -> dict:
    """Template variables for row.html; empty outside factcheck databases."""
    if request is None:
        return {}
    db = datasette.get_database(database)
    if not queries.is_factcheck_database(set(await db.table_names())):
        return {}
    context: dict[str, Any] = {"factcheck_vertical": True}
    pks = request.url_vars.get("pks", "")
    try:
        row_id = int(pks)
    except ValueError:
        return context
    names = await article_names(datasette, request.actor, database)
    summary = await _summary(datasette, db, database, table, row_id, names)
    if summary:
        context["factcheck_summary"] = summary
    if table not in ITEM_TYPE_OF_TABLE:
        return context
    item_type = ITEM_TYPE_OF_TABLE[table]
    context["factcheck_item"] = {"type": item_type, "id": row_id, "database": database, "table": table}
    if item_type == "quote":
        context.update(await primary.row_context(datasette, database, row_id, request.actor))
        context.update(await versions.row_context(datasette, database, row_id, names))
    elif item_type == "claim":
        context.update(await claim_versions.row_context(datasette, database, row_id, names))
    context.update(await review.row_context(datasette, request, database, item_type, row_id))
    return context


async def _summary(datasette, db, database: str, table: str, row_id: int, names: ArticleNames) -> Optional[dict]:
    if table not in SUMMARY_SQL:
        return None
    row = (await db.execute(SUMMARY_SQL[table], [row_id])).first()
    if row is None:
        return None
    summary = names.row(row)
    summary["table"] = table
    summary["article_url"] = datasette.urls.row(database, "articles", str(summary["article_id"]))
    anchor = {"quotes": f"#q{row_id}", "claims": f"#c{row_id}"}.get(table, "")
    summary["context_url"] = f"{review.base_path(datasette, database)}/article/{summary['article_id']}{anchor}"
    if summary.get("speaker_id") is not None:
        summary["speaker_url"] = datasette.urls.row(database, "speakers", str(summary["speaker_id"]))
    return summary
