"""The dashboard, the paged list of articles and the findings that the front
page, the database page and the dashboard open with: what the desk found
across outlets (remarks several carry, changed quotes, conflicts) and how far
the review has got, each figure a link to the rows behind it."""

from __future__ import annotations

from typing import Any, Optional
from urllib.parse import urlencode

from datasette.database import QueryInterrupted
from datasette.utils.asgi import Forbidden, NotFound, Response

from .. import config
from ..db import figures, queries
from ..model import TABLE_OF_ITEM_TYPE
from . import compat, primary, render, review
from .common import (
    ArticleNames, article_names, factcheck_databases, kept_figures, order_tables, page_urls, parse_page, row_url,
)
from .grid import coverage

ARTICLES_ON_DASHBOARD = 10
ARTICLES_PAGE_SIZE = 50
SOURCES_ON_DASHBOARD = 20
# Progress by source reads every quote and claim: past this, on a desk of
# hundreds of thousands of items, the dashboard says so instead of waiting.
SOURCES_TIME_LIMIT_MS = 400

# Each finding counts the rows of the canned query it links to, so the
# figure on the page is what a click shows.
FINDINGS = [
    ("quotes_across_sources", "shared", "remark carried by several outlets", "remarks carried by several outlets"),
    ("altered_quotes", "changed", "altered or spliced quote", "altered or spliced quotes"),
    ("meaning_changes", "changed", "change that alters the meaning", "changes that alter the meaning"),
    ("speaker_conflicts", "conflict", "speaker conflict", "speaker conflicts"),
    ("numeric_conflicts", "conflict", "numeric conflict", "numeric conflicts"),
    ("single_source_quotes", "single", "single-source quote", "single-source quotes"),
]


# -- findings ---------------------------------------------------------------


async def _count(db, sql: str, params: Any = None) -> Optional[int]:
    try:
        return (await db.execute(figures.count_sql(sql), params)).first()[0]
    except Exception:  # a query over its time limit is shown without a figure
        return None


async def findings(datasette, request, db) -> dict:
    """The figures a fact-checker opens the desk for, with their links."""
    canned = await compat.named_queries(datasette, db.name, request.actor if request else None)
    base = queries.database_base_path(datasette, db.name) or ""
    tables = set(await db.table_names())
    kept = await kept_figures(db, tables)
    items = []
    for name, css, one, many in FINDINGS:
        if name not in canned or name not in queries.QUERIES:
            continue
        if kept is not None and name in kept:
            count: Optional[int] = kept[name]
        else:
            count = await _count(db, queries.sql_for(name, base, tables))
        items.append(
            {
                "css": css,
                "count": count,
                "capped": count is not None and count > figures.COUNT_CAP,
                # altered_quotes lists one row per changed quote: split by kind.
                "breakdown": name == "altered_quotes",
                "what": one if count == 1 else many,
                "url": datasette.urls.query(db.name, name),
                "more": (canned[name].get("title") or name),
            }
        )
    # altered_quotes' rows by the relation to their closest version, so
    # that the two figures add up to its count
    if kept is not None and "changed" in kept:
        changed = kept["changed"]
    else:
        changed_sql = figures.CHANGED_BY_RELATION if "closest_changes" in tables else figures.CHANGED_BY_RELATION_UNKEPT
        changed = {r["relation"]: r["n"] for r in await db.execute(changed_sql)}
    progress = await _progress(db, review.Vocabulary.from_datasette(datasette).statuses[-1])
    urls = page_urls(datasette, db.name)
    return {
        "database": db.name,
        "items": items,
        "spliced": changed.get("spliced", 0),
        "altered": changed.get("altered", 0),
        "progress": progress,
        "urls": urls,
        "done_status": review.Vocabulary.from_datasette(datasette).statuses[-1],
    }


async def _progress(db, done: str) -> dict:
    row = (
        await db.execute(
            # each count from an index on (kind, status) or needs_review
            """select (select count(*) from quotes where kind = 'quote') + (select count(*) from claims) as items,
                      (select count(*) from quotes where kind = 'quote' and status = :done)
                        + (select count(*) from claims where status = :done) as done,
                      (select count(*) from quotes where kind = 'quote' and needs_review = 1)
                        + (select count(*) from claims where needs_review = 1) as needs_review""",
            {"done": done},
        )
    ).first()
    items, done_count = row["items"], row["done"]
    return {
        "total": items,
        "done": done_count,
        "needs_review": row["needs_review"],
        "percent": round(100 * done_count / items, 1) if items else 0,
    }


async def front_page_findings(datasette, request) -> list[dict]:
    """Findings of every factcheck database the visitor may see."""
    actor = request.actor if request else None
    return [await findings(datasette, request, db) for db in await factcheck_databases(datasette, actor)]


# -- dashboard --------------------------------------------------------------


async def dashboard(datasette, request) -> Response:
    await review.check_permission(datasette, request)
    dbs = await factcheck_databases(datasette, request.actor)
    sections = [await dashboard_data(datasette, request, db) for db in dbs]
    return await _dashboard_page(datasette, request, sections)


async def dashboard_db(datasette, request) -> Response:
    db = await review.check_permission(datasette, request, request.url_vars["database"])
    if not queries.is_factcheck_database(set(await db.table_names())):
        raise NotFound("This database has no fact-check tables")
    return await _dashboard_page(datasette, request, [await dashboard_data(datasette, request, db)])


async def _dashboard_page(datasette, request, sections: list[dict]) -> Response:
    conf = config.get_config(datasette)
    return Response.html(
        await datasette.render_template(
            "factcheck_dashboard.html",
            {"sections": sections, "organisation": conf.organisation, "organisation_url": conf.organisation_url},
            request=request,
        )
    )


def _bar(counts: list[tuple[str, int]]) -> list[dict]:
    total = sum(n for _, n in counts) or 1
    return [
        {"value": value, "count": n, "percent": round(100 * n / total, 1), "slug": render.slug(value),
         "badge": render.badge(value)}
        for value, n in counts
    ]


async def _counts(db, table: str, column: str, order: list[str]) -> list[tuple[str, int]]:
    # Scare quotes and titles are not remarks: not review work. Grouped on
    # the bare column, so that its index (schema.INDEXES) is read in order.
    where = "where kind = 'quote'" if table == "quotes" else ""
    found: dict[str, int] = {}
    for r in await db.execute(f"select [{column}] as v, count(*) as n from [{table}] {where} group by [{column}]"):
        found[r["v"] or ""] = found.get(r["v"] or "", 0) + r["n"]
    ordered = [(v, found.pop(v)) for v in order if v in found]
    return ordered + sorted(found.items())


def sources_sql(names: ArticleNames) -> str:
    return f"""
select {names.source_sql('a')} as outlet,
       sum(t.item_type = 'quote') as quotes, sum(t.item_type = 'claim') as claims,
       sum(t.status = :done) as done, count(t.id) as items, sum(t.needs_review) as needs_review
  from articles a
  left join (select 'quote' as item_type, id, article_id, status, needs_review from quotes where kind = 'quote'
             union all select 'claim', id, article_id, status, needs_review from claims) t
    on t.article_id = a.id
 group by 1
 order by count(t.id) desc, 1
"""


async def dashboard_data(datasette, request, db) -> dict:
    """Everything the dashboard shows for one database."""
    vocabulary = review.Vocabulary.from_datasette(datasette)
    urls = page_urls(datasette, db.name)
    progress = {}
    for item_type, table in TABLE_OF_ITEM_TYPE.items():
        statuses = await _counts(db, table, "status", vocabulary.statuses)
        verdicts = [(v or "no verdict", n) for v, n in await _counts(db, table, "verdict", vocabulary.verdicts[item_type])]
        progress[item_type] = {
            "total": sum(n for _, n in statuses),
            "statuses": _bar(statuses),
            "verdicts": _bar(verdicts),
        }
    done = vocabulary.statuses[-1]
    names = await article_names(datasette, request.actor, db.name)
    try:
        sources = [
            dict(r)
            for r in await db.execute(
                sources_sql(names) + f" limit {SOURCES_ON_DASHBOARD + 1}",
                {"done": done},
                custom_time_limit=SOURCES_TIME_LIMIT_MS,
            )
        ]
    except QueryInterrupted:  # a desk too large to count per source within the time limit
        sources = None
    more_sources = sources is not None and len(sources) > SOURCES_ON_DASHBOARD
    sources = sources[:SOURCES_ON_DASHBOARD] if sources is not None else None
    for o in sources or []:
        o["percent"] = round(100 * (o["done"] or 0) / o["items"], 1) if o["items"] else 0
        o["queue_url"] = urls["queue"] + "?" + urlencode({"outlet": o["outlet"]})
    recent = []
    if await db.table_exists("reviews") and await review.can_view_table(datasette, request.actor, db.name, "reviews"):
        for r in await db.execute(
            """select r.item_type, r.item_id, r.actor, r.at, r.field, r.old, r.new,
                      coalesce(q.text, c.text) as text
                 from reviews r
                 left join quotes q on r.item_type = 'quote' and q.id = r.item_id
                 left join claims c on r.item_type = 'claim' and c.id = r.item_id
                where r.field != 'reviewed_at'
                order by r.at desc, r.id desc limit 20"""
        ):
            row = dict(r)
            row["row_url"] = row_url(datasette, db.name, row["item_type"], row["item_id"])
            row["new_html"] = review.history_cell(row["field"], row["new"])
            recent.append(row)
    canned = await compat.named_queries(datasette, db.name, request.actor)
    query_links = [
        {"name": name, "title": canned[name].get("title") or name, "url": datasette.urls.query(db.name, name)}
        for name in queries.QUERIES
        if name in canned
    ]
    articles: list = []
    article_count = 0
    if names.visible:
        articles, article_count = await article_list(datasette, db, names, ARTICLES_ON_DASHBOARD, 0)
    return {
        "database": db.name,
        "urls": urls,
        "findings": await findings(datasette, request, db),
        "progress": progress,
        "outlets": sources,
        "more_sources": more_sources,
        "recent": recent,
        "queries": query_links,
        "articles": articles,
        "article_count": article_count,
        "coverage": await coverage(datasette, db, names),
        "primary": await primary.dashboard_counts(db),
    }


# -- articles ---------------------------------------------------------------

def articles_sql(names: ArticleNames) -> str:
    return f"""
select a.id, a.title, {names.source_sql('a')} as outlet, a.outlet as named_outlet, a.published,
       (select count(*) from quotes q where q.article_id = a.id and q.kind = 'quote') as quotes,
       (select count(*) from claims c where c.article_id = a.id) as claims
  from articles a
 order by a.published desc, a.id desc
 limit :limit offset :offset
"""


async def article_list(datasette, db, names: ArticleNames, limit: int, offset: int) -> tuple[list[dict], int]:
    """One page of articles, newest first, and how many there are (none
    when ``names`` hides them)."""
    if not names.visible:
        return [], 0
    urls = page_urls(datasette, db.name)
    total = (await db.execute("select count(*) from articles")).first()[0]
    rows = [
        dict(r, context_url=f"{urls['dashboard']}/article/{r['id']}")
        for r in await db.execute(articles_sql(names), {"limit": limit, "offset": offset})
    ]
    return rows, total


async def articles_page(datasette, request) -> Response:
    db = await review.check_permission(datasette, request, request.url_vars["database"])
    if not queries.is_factcheck_database(set(await db.table_names())):
        raise NotFound("This database has no fact-check tables")
    names = await article_names(datasette, request.actor, db.name)
    if not names.visible:
        raise Forbidden("The articles table is not visible to you: sign in to see the articles")
    page = parse_page(request.args.get("page"))
    articles, total = await article_list(datasette, db, names, ARTICLES_PAGE_SIZE, (page - 1) * ARTICLES_PAGE_SIZE)
    return Response.html(
        await datasette.render_template(
            "factcheck_articles.html",
            {
                "database": db.name,
                "articles": articles,
                "total": total,
                "page": page,
                "pages": max(1, -(-total // ARTICLES_PAGE_SIZE)),
                "fc_urls": page_urls(datasette, db.name),
            },
            request=request,
        )
    )


async def database_page_vars(datasette, request, database: str) -> dict:
    """What a factcheck database's own page adds: the findings it opens
    with and the order of its tables ({} for other databases)."""
    db = datasette.databases.get(database)
    if db is None or not queries.is_factcheck_database(set(await db.table_names())):
        return {}
    return {"factcheck_findings": [await findings(datasette, request, db)], "factcheck_order_tables": order_tables}
