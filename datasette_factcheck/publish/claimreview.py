"""Published verdicts as schema.org ClaimReview objects (JSON-LD).

Search engines and fact-check aggregators read ClaimReview from a
``<script type="application/ld+json">`` element. Only items that carry a
verdict are reviews, and only finished ones (the last status, ``done`` by
default) are published as such: a verdict still in review is not.
"""

from __future__ import annotations

import html
import json
import re
import sqlite3
from typing import Any, Callable, Optional
from urllib.parse import urljoin

import markdown as markdown_lib
import nh3

SCHEMA = "https://schema.org"

# Characters that could end a <script> element or start an HTML entity or
# comment when JSON sits inside HTML; JSON allows their \u escapes anywhere.
_SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def dumps_for_script(value: Any, indent: Optional[int] = None) -> str:
    """JSON safe to place inside a <script> element: article text such as
    ``</script>`` cannot close it, because ``<``, ``>`` and ``&`` are escaped.
    ``json.loads`` reads the result back to the same value."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    # U+2028/2029 are valid JSON but end a line in older JavaScript parsers.
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return text.translate(_SCRIPT_ESCAPES)


def resolve_url(relative: str, site_url: Optional[str]) -> str:
    """A page's URL: absolute under ``site_url`` when one is given (a
    trailing slash is assumed), else the relative path as it is."""
    if not site_url:
        return relative
    return urljoin(site_url if site_url.endswith("/") else site_url + "/", relative)


def markdown_text(note: str) -> str:
    """A reviewer's Markdown note as plain text (``reviewBody`` is text):
    rendered, every tag dropped, entities decoded, blank runs collapsed."""
    rendered = markdown_lib.markdown(note, extensions=["sane_lists"], output_format="html")
    text = html.unescape(nh3.clean(rendered, tags=set()))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _organisation(name: Optional[str], url: Optional[str]) -> dict[str, Any]:
    org: dict[str, Any] = {"@type": "Organization", "name": name or "Fact-check desk"}
    if url:
        org["url"] = url
    return org


def _appearance(article: dict[str, Any], article_page: Optional[str]) -> dict[str, Any]:
    """Where the reviewed words appeared: the article's own address when the
    metadata has one, else its page in this site; plus its headline."""
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if article.get("url"):
        work["url"] = article["url"]
    elif article_page:
        work["url"] = article_page
    if article.get("title"):
        work["headline"] = article["title"]
    if article.get("outlet"):
        work["publisher"] = {"@type": "Organization", "name": article["outlet"]}
    if article.get("published"):
        work["datePublished"] = article["published"]
    return work


def claim_review(
    item: dict[str, Any],
    item_type: str,
    article: dict[str, Any],
    *,
    page_url: str,
    organisation: Optional[str] = None,
    organisation_url: Optional[str] = None,
    article_page: Optional[str] = None,
) -> Optional[dict[str, Any]]:
    """One ClaimReview for a quote (``item_type="quote"``, ``item`` has a
    ``speaker`` name when known) or a claim; None when it has no verdict.

    The reviewed claim's author is the person quoted for a quote and the
    outlet for a claim (the article asserts it)."""
    verdict = item.get("verdict")
    if verdict is None or str(verdict).strip() == "":
        return None
    claim: dict[str, Any] = {"@type": "Claim", "appearance": _appearance(article, article_page)}
    if item_type == "quote":
        speaker = item.get("speaker") or item.get("speaker_as_printed")
        if speaker:
            claim["author"] = {"@type": "Person", "name": speaker}
    elif article.get("outlet"):
        claim["author"] = {"@type": "Organization", "name": article["outlet"]}
    if article.get("published"):
        claim["datePublished"] = article["published"]
    review: dict[str, Any] = {
        "@context": SCHEMA,
        "@type": "ClaimReview",
        "url": page_url,
        "claimReviewed": item["text"],
        "itemReviewed": claim,
        "author": _organisation(organisation, organisation_url),
        "reviewRating": {"@type": "Rating", "alternateName": str(verdict)},
    }
    if item.get("reviewed_at"):
        review["datePublished"] = item["reviewed_at"]
    if item.get("note"):
        review["reviewBody"] = markdown_text(item["note"])
    return review


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")}


def reviews_from_db(
    conn: sqlite3.Connection,
    page_for: Callable[[str, int], str],
    *,
    site_url: Optional[str] = None,
    organisation: Optional[str] = None,
    organisation_url: Optional[str] = None,
    done_status: Optional[str] = None,
) -> list[tuple[str, int, dict[str, Any]]]:
    """Every reviewed quote and claim of a factcheck database (with
    ``done_status``, only those whose review has that status) as
    ``(table, id, ClaimReview)``. ``page_for(table, id)`` gives the item's page
    path relative to the site root; its ``url`` is resolved against
    ``site_url`` (kept relative without one). Empty for other databases."""
    tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
    if not {"quotes", "claims", "articles"} <= tables:
        return []
    if "verdict" not in _columns(conn, "quotes") or "verdict" not in _columns(conn, "claims"):
        return []
    conn.row_factory = sqlite3.Row
    articles = {row["id"]: dict(row) for row in conn.execute("select id, title, outlet, url, published from articles")}
    speaker_join = "speakers" in tables
    quote_sql = (
        "select q.*, s.name as speaker from quotes q left join speakers s on s.id = q.speaker_id"
        if speaker_join
        else "select q.*, null as speaker from quotes q"
    )
    out: list[tuple[str, int, dict[str, Any]]] = []
    for table, item_type, sql in (("quotes", "quote", quote_sql), ("claims", "claim", "select * from claims")):
        finished = " and status = ?" if done_status is not None else ""
        params = [done_status] if done_status is not None else []
        for row in conn.execute(f"{sql} where verdict is not null and trim(verdict) != ''{finished} order by id", params):
            item = dict(row)
            article = articles.get(item.get("article_id"), {})
            review = claim_review(
                item,
                item_type,
                article,
                page_url=resolve_url(page_for(table, item["id"]), site_url),
                organisation=organisation,
                organisation_url=organisation_url,
                article_page=resolve_url(page_for("articles", item["article_id"]), site_url)
                if item.get("article_id") in articles
                else None,
            )
            if review is not None:
                out.append((table, item["id"], review))
    conn.row_factory = None
    return out
