"""What the primary-source check adds to pages: the panel on a quote's page
(what the primary source says, what changed and whether it matters, the
suggested verdict), the queue's filter by suggested verdict and the
dashboard's counts. Reads only: a suggestion becomes a verdict only when a
reviewer saves it through the review form.
"""

from __future__ import annotations

import json
from typing import Any, Optional

from ..matching.primary import SUGGESTED
from . import compat
from .versions import side_by_side

CHECK_SQL = """
select c.*, s.id as source_id, s.title as source_title, s.file as source_file, s.type as source_type,
       s.published as source_published, s.url as source_url, q.text as quote_text
from primary_checks c
join quotes q on q.id = c.quote_id
left join primary_sources s on s.id = c.source_id
where c.quote_id = :quote_id
"""

CHECK_TABLES = ("primary_checks", "primary_sources")

RESULT_LABELS = {
    "exact": "found word for word",
    "changed": "found with changes",
    "assembled": "assembled from separate passages",
    "misattributed": "found, but said by someone else",
    "not_found": "not in the primary sources",
}
SUGGESTIONS = tuple(SUGGESTED.values())


async def _has_checks(db) -> bool:
    return await db.table_exists("primary_checks") and await db.table_exists("primary_sources")


async def row_context(datasette, database: str, quote_id: int, actor: Optional[dict] = None) -> dict[str, Any]:
    """``factcheck_primary`` for a quote's page; ``{}`` when the quote has
    no check (no primary source in its story)."""
    db = datasette.get_database(database)
    if not await _has_checks(db):
        return {}
    # The panel shows rows of these tables: only to those who may read them.
    for table in CHECK_TABLES:
        if not await compat.can_read(datasette, actor, database, table):
            return {}
    rows = (await db.execute(CHECK_SQL, {"quote_id": quote_id})).rows
    if not rows:
        return {}
    row = dict(rows[0])
    passage = row["passage_text"] or ""
    return {
        "factcheck_primary": {
            "result": row["result"],
            "result_label": RESULT_LABELS.get(row["result"], row["result"]),
            "suggested": row["suggested"],
            "significance": row["significance"],
            "reasons": _list(row["reasons"]),
            "differences": row["differences"] or "",
            "gap": row["gap"] or "",
            "said_by": row["said_by"] or "",
            "location": row["location"] or "",
            "passage": passage,
            "source_title": row["source_title"] or row["source_file"] or "",
            "source_type": row["source_type"] or "",
            "source_published": row["source_published"] or "",
            "source_url": datasette.urls.row(database, "primary_sources", row["source_id"]) if row["source_id"] else None,
            "source_words": row["source_words"] or "",
            "diff": side_by_side(row["quote_text"], row["source_words"] or passage) if passage else None,
            "checked_at": row["checked_at"],
        }
    }


def _list(value: Optional[str]) -> list[str]:
    try:
        found = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(v) for v in found] if isinstance(found, list) else []


def queue_condition(item_type: str, suggested: Optional[str]) -> Optional[str]:
    """SQL condition (one ``?`` for the value) keeping the queue's quotes
    whose check suggests ``suggested``; claims have no check."""
    if not suggested:
        return None
    if item_type != "quote":
        return "0 and ?"
    return "exists (select 1 from primary_checks pc where pc.quote_id = t.id and pc.suggested = ?)"


async def dashboard_counts(db) -> dict[str, Any]:
    """Quotes by suggested verdict, and changes that alter the meaning: of
    the primary source (checks) and between outlets (changed relations)."""
    out: dict[str, Any] = {"suggested": [], "meaning_vs_primary": 0, "meaning_between_outlets": 0, "sources": 0}
    if not await _has_checks(db):
        return out
    found = {r[0]: r[1] for r in await db.execute("select suggested, count(*) from primary_checks group by suggested")}
    out["suggested"] = [(s, found[s]) for s in SUGGESTIONS if s in found]
    out["sources"] = (await db.execute("select count(*) from primary_sources")).first()[0]
    out["meaning_vs_primary"] = (
        await db.execute("select count(*) from primary_checks where significance = 'meaning'")
    ).first()[0]
    if await db.table_exists("quote_change_classes"):
        out["meaning_between_outlets"] = (
            await db.execute("select count(distinct quote_id) from quote_change_classes where significance = 'meaning'")
        ).first()[0]
    return out
