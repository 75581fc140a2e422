"""The dashboard's grid of which outlet carries which remark, and how.

A remark is a group of matched quotes (the ``remarks`` table that matching
keeps). Each version is coloured by what ITS outlet did with the words:
spliced them (joined passages another outlet prints apart), altered them
(its words differ from the version more outlets print), differs (two
versions differ and as many outlets print each, so which is the original is
not known), or printed them faithfully (word for word, an excerpt, or the
separate passages a splice joined). A reviewed version shows its verdict.
"""

from __future__ import annotations

from typing import Iterable

from ..db import figures
from . import render
from .common import ArticleNames, kept_figures, row_url

GRID_ROWS = figures.GRID_ROWS
GRID_OUTLETS = 12

# Relations, from a quote's side, that say its words are the other's words.
# ``part_of_splice`` is faithful too, but links a passage to the quote that
# spliced it, so it does not make the two one printing of the remark.
SAME_WORDS = {"verbatim", "excerpt", "contains", "overlaps"}

HOW = {
    "spliced": "joins passages that another outlet prints apart",
    "altered": "words differ from the version more outlets print",
    "differs": "words differ from another outlet's version (which is the original is not known)",
    "faithful": "prints the words faithfully (word for word, an excerpt, or as separate passages)",
}


def how_printed(outlet_of: dict[int, str], relations: Iterable[tuple[int, int, str]]) -> dict[int, str]:
    """For each quote of one remark (``outlet_of``: quote id -> outlet), how
    its outlet printed the remark, from the relations among them
    (``(quote_id, other_quote_id, relation)``, the quote's side first):
    ``spliced``, ``altered``, ``differs`` or ``faithful``."""
    parent = {q: q for q in outlet_of}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    relations = [(a, b, rel) for a, b, rel in relations if a in outlet_of and b in outlet_of]
    for a, b, rel in relations:
        if rel in SAME_WORDS:
            parent[find(a)] = find(b)
    outlets_of_printing: dict[int, set[str]] = {}
    for q, outlet in outlet_of.items():
        outlets_of_printing.setdefault(find(q), set()).add(outlet)

    def support(q: int) -> int:
        return len(outlets_of_printing[find(q)])

    result = {}
    for q in outlet_of:
        own = [(b, rel) for a, b, rel in relations if a == q]
        if any(rel == "spliced" for _, rel in own):
            result[q] = "spliced"
            continue
        how = "faithful"
        for other, rel in own:
            if rel != "altered":
                continue
            if support(q) < support(other):
                how = "altered"
                break
            if support(q) == support(other):
                how = "differs"
        result[q] = how
    return result


async def coverage(datasette, db, names: ArticleNames, limit: int = GRID_ROWS) -> dict:
    """Rows of remarks carried by two or more outlets (changed ones first),
    columns of outlets (named as ``names`` allows: each article its own
    column when the visitor may not read them), and in each cell the
    versions that outlet prints."""
    if not await db.table_exists("remark_versions"):
        return {"outlets": [], "rows": [], "more_outlets": 0}
    kept = await kept_figures(db, set(await db.table_names())) if limit == figures.GRID_ROWS else None
    if kept is not None and "grid" in kept:
        remarks = [{"remark_id": r[0], "quote_id": r[1], "outlets": r[2]} for r in kept["grid"]]
    else:
        remarks = [dict(r) for r in await db.execute(figures.changed_first_sql(limit))]
    if not remarks:
        return {"outlets": [], "rows": [], "more_outlets": 0}
    ids = [r["remark_id"] for r in remarks]
    marks = ",".join("?" * len(ids))
    members: dict[int, list[dict]] = {}
    for r in await db.execute(
        f"""select r.remark_id, q.id, q.text, q.status, q.verdict, {names.source_sql('a')} as outlet,
                   s.name as speaker
              from remarks r join quotes q on q.id = r.quote_id join articles a on a.id = q.article_id
              left join speakers s on s.id = q.speaker_id
             where r.remark_id in ({marks})""",
        ids,
    ):
        members.setdefault(r["remark_id"], []).append(dict(r))
    quote_ids = [m["id"] for group in members.values() for m in group]
    relations: list[tuple[int, int, str]] = []
    for i in range(0, len(quote_ids), 500):
        chunk = quote_ids[i : i + 500]
        relations += [
            (r[0], r[1], r[2])
            for r in await db.execute(
                f"select quote_id, other_quote_id, relation from quote_matches where quote_id in ({','.join('?' * len(chunk))})",
                chunk,
            )
        ]
    rows = []
    for remark in remarks:
        group = members.get(remark["remark_id"], [])
        if len({m["outlet"] for m in group}) < 2:
            continue
        how = how_printed({m["id"]: m["outlet"] for m in group}, relations)
        cells: dict[str, list[dict]] = {}
        for m in sorted(group, key=lambda m: m["id"]):
            cells.setdefault(m["outlet"], []).append(_cell(datasette, db.name, m, how[m["id"]]))
        # The row is named by the fullest faithful version, not by a splice.
        faithful = [m for m in group if how[m["id"]] == "faithful"] or group
        label = max(faithful, key=lambda m: (len(m["text"]), -m["id"]))
        rows.append(
            {
                "label": label["text"] if len(label["text"]) <= 90 else label["text"][:87] + "…",
                "speaker": label["speaker"],
                "url": row_url(datasette, db.name, "quote", label["id"]),
                "cells": cells,
                "changed": any(h != "faithful" for h in how.values()),
            }
        )
    counts: dict[str, int] = {}
    for row in rows:
        for outlet in row["cells"]:
            counts[outlet] = counts.get(outlet, 0) + 1
    outlets = sorted(counts, key=lambda o: (-counts[o], o))
    shown = outlets[:GRID_OUTLETS]
    # Versions from outlets beyond the columns still show, in a last column,
    # so that every row shows every version of its remark.
    for row in rows:
        row["others"] = [c for outlet in sorted(row["cells"]) if outlet not in shown for c in row["cells"][outlet]]
    return {"outlets": shown, "rows": rows, "more_outlets": max(0, len(outlets) - GRID_OUTLETS)}


def _cell(datasette, database: str, member: dict, how: str) -> dict:
    verdict = member["verdict"]
    state = f"reviewed: {verdict}" if verdict else (member["status"] or "")
    return {
        "id": member["id"],
        "outlet": member["outlet"],
        "how": how,
        "verdict": verdict,
        "verdict_slug": render.slug(verdict) if verdict else "",
        "url": row_url(datasette, database, "quote", member["id"]),
        "title": f"{member['outlet']}: {HOW[how]} · {state}",
    }
