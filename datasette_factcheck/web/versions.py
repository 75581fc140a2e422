"""The "other versions" panel of a quote's row page: the same remark as
other outlets printed it, side by side, with a word-level diff.

The template receives plain strings only (texts, words of the diff), so
Jinja's autoescape escapes every word of article text; nothing here is
marked safe.
"""

from __future__ import annotations

import difflib
import json
from typing import Any, Optional

from ..matching.words import ELIDED, Tokens, tokenize
from .common import ArticleNames
from .panel_rows import ARTICLE_COLUMNS, PanelRows, article_fields, load, rows as query_rows

# Most useful first: the same words, then the changed ones, then the rest.
RELATION_ORDER = ["verbatim", "excerpt", "contains", "overlaps", "altered", "spliced", "part_of_splice"]

VERSIONS_SQL = f"""
select
  m.other_quote_id, m.relation, m.similarity, m.differences,
  q.text, q.speaker_id, q.speaker_as_printed, q.location, q.paragraph, q.version_of,
  s.name as speaker_name, {ARTICLE_COLUMNS}, a.url
from quote_matches m
join quotes q on q.id = m.other_quote_id
join articles a on a.id = q.article_id
left join speakers s on s.id = q.speaker_id
where m.quote_id = :id
"""

QUOTE_SQL = f"""
select q.id, q.text, q.kind, q.location, q.speaker_id, q.version_of, {ARTICLE_COLUMNS}
from quotes q join articles a on a.id = q.article_id
where q.id = :id
"""

# The articles that print a quote's words word for word, as copies of it
# (quotes.version_of: see db/versions.py), in the order they were stored.
COPIES_SQL = """
select q.id, q.version_of, a.id as article_id, a.title, a.file, a.outlet
from quotes q join articles a on a.id = q.article_id
where q.version_of in (select value from json_each(:ids)) and q.kind = 'quote' and q.location != 'removed'
order by q.id
"""

# Copies named one by one per version; the rest are counted.
COPIES_SHOWN = 20

NEEDED_TABLES = {"quotes", "articles", "speakers", "quote_matches"}


# A run of words only one side has, longer than this, is shown as a count:
# a splice's versions would otherwise each repeat the whole spliced text.
LONG_RUN = 14


def _side(toks: Tokens, spans: list[tuple[str, int, int]]) -> list[dict[str, str]]:
    """Runs of one side's printed words: ``equal``, its own op (``delete`` or
    ``insert``), ``join`` for an ellipsis in the printed quote (where a splice
    joins passages: the evidence), and ``skip`` for a long run of its own
    words, given as a count."""
    runs: list[dict[str, str]] = []

    def add(op: str, words: str) -> None:
        if runs and runs[-1]["op"] == op and op not in ("join", "skip"):
            runs[-1]["words"] += " " + words
        else:
            runs.append({"op": op, "words": words})

    for op, start, end in spans:
        if op != "equal" and end - start > LONG_RUN:
            add("skip", f"{end - start} words")
            if toks.brk[end - 1] == ELIDED:
                add("join", "…")
            continue
        for k in range(start, end):
            add(op, toks.printed[k])
            if toks.brk[k] == ELIDED and k < len(toks) - 1:
                add("join", "…")
    return runs


def side_by_side(text: str, other: str) -> dict[str, list[dict[str, str]]]:
    """The two versions as runs of words for a side-by-side diff.

    ``here``: this quote, words the other version lacks marked ``delete``;
    ``there``: the other version, words this quote lacks marked ``insert``.
    Each side keeps its own printing (case, punctuation) of shared words.
    Runs are plain strings: the template escapes them."""
    ta, tb = tokenize(text), tokenize(other)
    here: list[tuple[str, int, int]] = []
    there: list[tuple[str, int, int]] = []
    matcher = difflib.SequenceMatcher(None, ta.norm, tb.norm, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            here.append(("equal", i1, i2))
            there.append(("equal", j1, j2))
            continue
        if i2 > i1:
            here.append(("delete", i1, i2))
        if j2 > j1:
            there.append(("insert", j1, j2))
    return {"here": _side(ta, here), "there": _side(tb, there)}


def _relation_rank(relation: str) -> int:
    try:
        return RELATION_ORDER.index(relation)
    except ValueError:
        return len(RELATION_ORDER)


def copies_entry(datasette, database: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Articles printing a version word for word: the first ``COPIES_SHOWN``
    as links, and how many more."""
    return {
        "count": len(rows),
        "shown": [
            {
                "outlet": row["source"],
                "title": row["title"],
                "article_url": datasette.urls.row(database, "articles", row["article_id"]),
                "quote_url": datasette.urls.row(database, "quotes", row["id"]),
            }
            for row in rows[:COPIES_SHOWN]
        ],
        "more": max(0, len(rows) - COPIES_SHOWN),
    }


def build_versions(
    datasette, database: str, quote: dict[str, Any], rows: list[dict[str, Any]],
    copies: Optional[dict[int, list[dict[str, Any]]]] = None,
) -> list[dict[str, Any]]:
    """One entry per other version, ready for _factcheck_versions.html;
    ``copies`` are the articles that print each version word for word."""
    versions = []
    for row in rows:
        versions.append(
            {
                "quote_id": row["other_quote_id"],
                "quote_url": datasette.urls.row(database, "quotes", row["other_quote_id"]),
                "text": row["text"],
                "relation": row["relation"],
                "similarity": row["similarity"],
                "percent": round(100 * (row["similarity"] or 0)),
                "differences": row["differences"] or "",
                "speaker": row["speaker_name"] or row["speaker_as_printed"] or "",
                "speaker_url": (
                    datasette.urls.row(database, "speakers", row["speaker_id"])
                    if row["speaker_id"] is not None and row["speaker_name"] is not None
                    else None
                ),
                "speaker_resolved": row["speaker_name"] is not None,
                # Two named, different people for the same words: a misattribution to check.
                "speaker_differs": (
                    row["speaker_id"] is not None
                    and quote.get("speaker_id") is not None
                    and row["speaker_id"] != quote["speaker_id"]
                ),
                **article_fields(datasette, database, row),
                "location": row["location"],
                "diff": side_by_side(quote["text"], row["text"]),
                "copies": copies_entry(datasette, database, (copies or {}).get(row["other_quote_id"], [])),
            }
        )
    versions.sort(key=lambda v: (_relation_rank(v["relation"]), -(v["similarity"] or 0), v["quote_id"]))
    return versions


async def row_context(datasette, database: str, quote_id: int, names: Optional[ArticleNames] = None) -> dict[str, Any]:
    """Template variables for the versions panel of quote ``quote_id``:
    ``factcheck_versions`` (a list, empty for a single-source quotation) and
    ``factcheck_quote`` (this quote's text and outlet); ``{}`` when the
    database is not a factcheck database or the quote does not exist.
    ``names``: how the visitor may see the articles (by default, by outlet
    and headline)."""
    names = names or ArticleNames(visible=True)
    panel = await load(datasette, database, NEEDED_TABLES, QUOTE_SQL, VERSIONS_SQL, quote_id)
    if panel is None:
        return {}
    rows, copies = await _versions_and_copies(panel)
    quote = names.row(panel.item)
    rows = [names.row(r) for r in rows]
    copies = {k: [names.row(r) for r in v] for k, v in copies.items()}
    same = copies.pop(quote["version_of"] or quote["id"], [])
    return {
        "factcheck_quote": {
            "id": quote["id"],
            "text": quote["text"],
            # Scare quotes (1-3 words) are not matched across outlets, so
            # "single source" would say nothing about them.
            "matched": quote["kind"] == "quote" and quote["location"] != "removed",
            **article_fields(datasette, database, quote),
            # the other articles that print these very words
            "same_words": copies_entry(datasette, database, same),
        },
        "factcheck_versions": build_versions(datasette, database, quote, rows, copies),
    }


async def _versions_and_copies(panel: PanelRows) -> tuple[list[dict[str, Any]], dict[int, list[dict[str, Any]]]]:
    """The other versions of a quote, each once, and the copies of each
    (and of the quote's own version) by the quote they copy. A copy relates
    as the quote it copies does; copies of one version are listed under it
    rather than as versions of their own."""
    quote = panel.item
    own = quote["version_of"] or quote["id"]
    if own != quote["id"]:
        await panel.add_matches_of(VERSIONS_SQL, own)
    kept: dict[int, dict[str, Any]] = {}
    for row in panel.matches:
        other = row["other_quote_id"]
        if other != quote["id"] and row["article_id"] != quote["article_id"] and row["version_of"] != own:
            kept.setdefault(other, row)
    ids = json.dumps(sorted(set(kept) | {own}))
    copies: dict[int, list[dict[str, Any]]] = {}
    if own in kept:  # a copy: the version it copies prints the same words too
        row = kept[own]
        copies[own] = [dict(row, id=own, version_of=own)]
    for row in await query_rows(panel.db, COPIES_SQL, {"ids": ids}):
        if row["id"] != quote["id"] and row["article_id"] != quote["article_id"] and row["id"] not in kept:
            copies.setdefault(row["version_of"], []).append(row)
    return list(kept.values()), copies
