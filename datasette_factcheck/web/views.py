"""The plugin's pages: dashboard, review queue, article context view, and the
POST routes that record reviews. Each view passes ``review.check_permission``
first, then renders a template (reads) or calls ``review.write_review``.
"""

from __future__ import annotations

from typing import Any, Optional
from urllib.parse import urlencode

from datasette.utils.asgi import NotFound, Response

from .. import config
from ..db import queries
from ..model import TABLE_OF_ITEM_TYPE
from . import compat, primary, render, review

QUEUE_PAGE_SIZE = 100
QUEUE_FILTERS = ("type", "status", "verdict", "kind", "outlet", "needs_review", "reviewer", "suggested")
COVERAGE_ROWS = 40


# -- helpers ----------------------------------------------------------------


async def factcheck_databases(datasette, actor) -> list:
    """The attached databases that hold a factcheck schema and the actor may see."""
    found = []
    for name, db in datasette.databases.items():
        if name == "_internal":
            continue
        try:
            tables = set(await db.table_names())
        except Exception:
            continue
        if not queries.is_factcheck_database(tables):
            continue
        if await compat.can_read(datasette, actor, name):
            found.append(db)
    return found


def _safe_next(value: Optional[str], fallback: str) -> str:
    """Only same-site paths: never redirect to another host after a POST."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return fallback


async def _error(datasette, request, message: str, back: str, status: int = 400) -> Response:
    return Response.html(
        await datasette.render_template(
            "factcheck_error.html", {"message": message, "back": back}, request=request
        ),
        status=status,
    )


def _urls(datasette, db_name: str) -> dict[str, str]:
    base = review.base_path(datasette, db_name)
    return {
        "dashboard": base,
        "queue": f"{base}/queue",
        "bulk_status": f"{base}/bulk/status",
        "bulk_verbatim": f"{base}/bulk/verbatim",
        "database": datasette.urls.database(db_name),
    }


# SQLite integers are 64-bit: a longer id from a URL or a form names no row
# (and would raise OverflowError when bound).
MAX_ID = 2**63 - 1
MAX_PAGE = 10**9


def parse_id(value: Any) -> Optional[int]:
    """A row id from a URL part or a form field; None if it cannot be one."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if 0 <= number <= MAX_ID else None


def _row_url(datasette, db_name: str, item_type: str, item_id: int) -> str:
    return datasette.urls.row(db_name, TABLE_OF_ITEM_TYPE[item_type], str(item_id))


# -- queue ------------------------------------------------------------------


def queue_filters(args) -> dict[str, str]:
    """The queue's filters from a query string or a posted form."""
    return {key: (args.get(key) or "").strip() for key in QUEUE_FILTERS if (args.get(key) or "").strip()}


def _queue_sql(filters: dict[str, str]) -> tuple[str, list]:
    parts = []
    params: list[Any] = []
    for item_type, table in TABLE_OF_ITEM_TYPE.items():
        if filters.get("type") and filters["type"] != item_type:
            continue
        speaker = "s.name" if item_type == "quote" else "null"
        join = "left join speakers s on s.id = t.speaker_id" if item_type == "quote" else ""
        where = []
        for key in ("status", "verdict", "kind", "reviewer"):
            if filters.get(key):
                where.append(f"t.{key} = ?")
                params.append(filters[key])
        if filters.get("outlet"):
            where.append("coalesce(a.outlet, a.file) = ?")
            params.append(filters["outlet"])
        if filters.get("needs_review") in ("0", "1"):
            where.append("t.needs_review = ?")
            params.append(int(filters["needs_review"]))
        elif filters.get("needs_review"):
            where.append("0")  # a value that is neither 0 nor 1 matches nothing
        suggested = primary.queue_condition(item_type, filters.get("suggested"))
        if suggested:
            where.append(suggested)
            params.append(filters["suggested"])
        parts.append(
            f"""select '{item_type}' as item_type, t.id, t.text, t.kind, t.status, t.verdict,
                   t.reviewer, t.reviewed_at, t.needs_review, t.previous_text, t.start,
                   a.id as article_id, a.title, coalesce(a.outlet, a.file) as outlet, {speaker} as speaker
              from [{table}] t join articles a on a.id = t.article_id {join}
             {"where " + " and ".join(where) if where else ""}"""
        )
    if not parts:
        # An unknown type matches nothing; the same columns keep the outer
        # query's "order by" valid.
        parts.append(
            "select null as item_type, null as id, null as text, null as kind, null as status, null as verdict,"
            " null as reviewer, null as reviewed_at, 0 as needs_review, null as previous_text, null as start,"
            " null as article_id, null as title, null as outlet, null as speaker where 0"
        )
    return " union all ".join(parts), params


async def queue_items(db, filters: dict[str, str], limit: Optional[int] = None, offset: int = 0) -> tuple[list[dict], int]:
    """Items matching the filters (items needing review first) and their total."""
    sql, params = _queue_sql(filters)
    total = (await db.execute(f"select count(*) from ({sql})", params)).first()[0]
    page = f" limit {int(limit)} offset {int(offset)}" if limit else ""
    rows = await db.execute(
        f"select * from ({sql}) order by needs_review desc, article_id, item_type desc, start, id{page}", params
    )
    return [dict(r) for r in rows], total


async def _choices(db) -> dict[str, list[str]]:
    async def distinct(sql: str) -> list[str]:
        return [r[0] for r in await db.execute(sql) if r[0] is not None]

    return {
        "outlet": await distinct("select distinct coalesce(outlet, file) from articles order by 1"),
        "kind": await distinct("select distinct kind from quotes union select distinct kind from claims order by 1"),
        "reviewer": await distinct(
            "select distinct reviewer from quotes union select distinct reviewer from claims order by 1"
        ),
    }


async def queue(datasette, request) -> Response:
    await review.check_permission(datasette, request)
    dbs = await factcheck_databases(datasette, request.actor)
    if len(dbs) == 1:
        return await _queue_page(datasette, request, dbs[0])
    return Response.html(
        await datasette.render_template(
            "factcheck_choose.html",
            {"title": "Review queue", "links": [(db.name, _urls(datasette, db.name)["queue"]) for db in dbs]},
            request=request,
        )
    )


async def queue_db(datasette, request) -> Response:
    db = await review.check_permission(datasette, request, request.url_vars["database"])
    return await _queue_page(datasette, request, db)


async def _queue_page(datasette, request, db) -> Response:
    filters = queue_filters(request.args)
    try:
        page = min(MAX_PAGE, max(1, int(request.args.get("page") or 1)))
    except ValueError:
        page = 1
    items, total = await queue_items(db, filters, QUEUE_PAGE_SIZE, (page - 1) * QUEUE_PAGE_SIZE)
    vocabulary = review.Vocabulary.from_datasette(datasette)
    urls = _urls(datasette, db.name)
    for item in items:
        item["row_url"] = _row_url(datasette, db.name, item["item_type"], item["id"])
        item["status_html"] = render.badge(item["status"])
        item["verdict_html"] = render.badge(item["verdict"])
        item["action_url"] = f"{urls['dashboard']}/review/{item['item_type']}/{item['id']}"
        item["verdicts"] = vocabulary.verdicts[item["item_type"]]
        item["context_url"] = f"{urls['dashboard']}/article/{item['article_id']}"
    query = urlencode(filters)
    return Response.html(
        await datasette.render_template(
            "factcheck_queue.html",
            {
                "database": db.name,
                "items": items,
                "total": total,
                "page": page,
                "pages": max(1, -(-total // QUEUE_PAGE_SIZE)),
                "filters": filters,
                "choices": await _choices(db),
                "suggestions": primary.SUGGESTIONS,
                "statuses": vocabulary.statuses,
                "all_verdicts": sorted(set(vocabulary.verdicts["quote"]) | set(vocabulary.verdicts["claim"])),
                "can_review": await review.can_review(datasette, request.actor),
                "immutable": not db.is_mutable,
                "urls": urls,
                "ds_urls": datasette.urls,
                "query": query,
                "next_url": request.path + (f"?{request.query_string}" if request.query_string else ""),
            },
            request=request,
        )
    )


# -- writes -----------------------------------------------------------------


async def review_post(datasette, request) -> Response:
    db = await review.check_permission(datasette, request, request.url_vars["database"], write=True)
    item_type = request.url_vars["item_type"]
    item_id = parse_id(request.url_vars["item_id"])
    if item_id is None:
        raise NotFound(f"No {item_type} with id {request.url_vars['item_id'][:40]}")
    row_url = _row_url(datasette, db.name, item_type, item_id)
    form = await request.post_vars()
    back = _safe_next(form.get("next"), row_url)
    try:
        changes = review.parse_form(form, item_type, review.Vocabulary.from_datasette(datasette))
        written = await review.write_review(datasette, db.name, request.actor, [(item_type, item_id)], changes)
    except review.ReviewError as e:
        return await _error(datasette, request, str(e), back)
    datasette.add_message(
        request, f"Saved the review of {item_type} {item_id}" if written else "Nothing changed", datasette.INFO
    )
    return Response.redirect(back)


async def bulk_verbatim_post(datasette, request) -> Response:
    """Give every verbatim match of a quote a verdict (and optionally a status)."""
    db = await review.check_permission(datasette, request, request.url_vars["database"], write=True)
    form = await request.post_vars()
    quote_id = parse_id(form.get("quote_id"))
    if quote_id is None:
        return await _error(datasette, request, "quote_id must be a quote's id", _urls(datasette, db.name)["queue"])
    back = _safe_next(form.get("next"), _row_url(datasette, db.name, "quote", quote_id))
    vocabulary = review.Vocabulary.from_datasette(datasette)
    try:
        fields = {k: form[k] for k in ("verdict", "status") if form.get(k)}
        if "verdict" not in fields:
            raise review.ReviewError("Choose the verdict to give the verbatim matches")
        changes = review.parse_form(fields, "quote", vocabulary)
        targets = await review.verbatim_matches(db, quote_id)
        written = await review.write_review(
            datasette, db.name, request.actor, [("quote", i) for i in targets], changes
        )
    except review.ReviewError as e:
        return await _error(datasette, request, str(e), back)
    datasette.add_message(
        request, f"Set {changes['verdict'] or 'no verdict'} on {written} of {len(targets)} verbatim matches", datasette.INFO
    )
    return Response.redirect(back)


async def bulk_status_post(datasette, request) -> Response:
    """Set one status on every item of the queue's filtered set (all pages)."""
    db = await review.check_permission(datasette, request, request.url_vars["database"], write=True)
    form = await request.post_vars()
    urls = _urls(datasette, db.name)
    filters = queue_filters(form)
    back = _safe_next(form.get("next"), urls["queue"] + (f"?{urlencode(filters)}" if filters else ""))
    try:
        changes = review.parse_form({"status": form.get("new_status") or ""}, "quote", review.Vocabulary.from_datasette(datasette))
        items, _ = await queue_items(db, filters)
        written = await review.write_review(
            datasette, db.name, request.actor, [(i["item_type"], i["id"]) for i in items], changes
        )
    except review.ReviewError as e:
        return await _error(datasette, request, str(e), back)
    datasette.add_message(request, f"Set status {changes['status']} on {written} of {len(items)} items", datasette.INFO)
    return Response.redirect(back)


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
    # Scare quotes and titles are not remarks: not review work.
    where = "where kind = 'quote'" if table == "quotes" else ""
    rows = await db.execute(f"select coalesce([{column}], '') as v, count(*) as n from [{table}] {where} group by v")
    found = {r["v"]: r["n"] for r in rows}
    ordered = [(v, found.pop(v)) for v in order if v in found]
    return ordered + sorted(found.items())


async def dashboard_data(datasette, request, db) -> dict:
    """Everything the dashboard shows for one database."""
    vocabulary = review.Vocabulary.from_datasette(datasette)
    urls = _urls(datasette, db.name)
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
    outlets = [
        dict(r)
        for r in await db.execute(
            """select coalesce(a.outlet, a.file) as outlet,
                      sum(t.item_type = 'quote') as quotes, sum(t.item_type = 'claim') as claims,
                      sum(t.status = :done) as done, count(t.id) as items, sum(t.needs_review) as needs_review
                 from articles a
                 left join (select 'quote' as item_type, id, article_id, status, needs_review from quotes where kind = 'quote'
                            union all select 'claim', id, article_id, status, needs_review from claims) t
                   on t.article_id = a.id
                group by 1 order by 1""",
            {"done": done},
        )
    ]
    for o in outlets:
        o["percent"] = round(100 * (o["done"] or 0) / o["items"], 1) if o["items"] else 0
        o["queue_url"] = urls["queue"] + "?" + urlencode({"outlet": o["outlet"]})
    recent = []
    if await db.table_exists("reviews"):
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
            row["row_url"] = _row_url(datasette, db.name, row["item_type"], row["item_id"])
            row["new_html"] = review.history_cell(row["field"], row["new"])
            recent.append(row)
    canned = await compat.named_queries(datasette, db.name, request.actor)
    query_links = [
        {"name": name, "title": canned[name].get("title") or name, "url": datasette.urls.query(db.name, name)}
        for name in queries.QUERIES
        if name in canned
    ]
    articles = [
        dict(r, context_url=f"{urls['dashboard']}/article/{r['id']}")
        for r in await db.execute(
            "select id, title, coalesce(outlet, file) as outlet, published from articles order by published, id"
        )
    ]
    return {
        "database": db.name,
        "urls": urls,
        "progress": progress,
        "outlets": outlets,
        "recent": recent,
        "queries": query_links,
        "articles": articles,
        "coverage": await coverage(datasette, db),
        "needs_review": sum(o["needs_review"] or 0 for o in outlets),
        "primary": await primary.dashboard_counts(db),
    }


# -- coverage ---------------------------------------------------------------


def group_quotes(edges: list[tuple[int, int]]) -> list[set[int]]:
    """Connected groups of quotes joined by any quote_matches relation: each
    group is one remark as carried by different outlets."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, set[int]] = {}
    for x in list(parent):
        groups.setdefault(find(x), set()).add(x)
    return list(groups.values())


async def coverage(datasette, db) -> dict:
    """A grid of remarks (groups of matched quotes) by outlet: which outlet
    carries which remark, and in what form relative to the group's anchor."""
    edges = [
        (r[0], r[1], r[2])
        for r in await db.execute("select quote_id, other_quote_id, relation from quote_matches")
    ]
    groups = group_quotes([(a, b) for a, b, _ in edges])
    if not groups:
        return {"outlets": [], "rows": []}
    ids = sorted({i for g in groups for i in g})
    info: dict[int, dict] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for r in await db.execute(
            f"""select q.id, q.text, q.status, q.verdict, q.article_id, coalesce(a.outlet, a.file) as outlet, s.name as speaker
                  from quotes q join articles a on a.id = q.article_id left join speakers s on s.id = q.speaker_id
                 where q.id in ({','.join('?' * len(chunk))})""",
            chunk,
        ):
            info[r["id"]] = dict(r)
    relation = {(a, b): rel for a, b, rel in edges}
    degree: dict[int, int] = {}
    for a, b, _ in edges:
        degree[a] = degree.get(a, 0) + 1
        degree[b] = degree.get(b, 0) + 1
    rows = []
    for group in groups:
        members = [info[i] for i in sorted(group) if i in info]
        outlets_here = {m["outlet"] for m in members}
        if len(outlets_here) < 2:
            continue
        # The anchor is the best-connected, then longest, quote: the fullest
        # form of the remark, which the others are compared with.
        anchor = max(members, key=lambda m: (degree.get(m["id"], 0), len(m["text"]), -m["id"]))
        cells: dict[str, list[dict]] = {}
        for m in members:
            rel = "anchor" if m is anchor else relation.get((m["id"], anchor["id"])) or "linked"
            cells.setdefault(m["outlet"], []).append(
                {
                    "id": m["id"],
                    "relation": rel,
                    "slug": render.slug(rel),
                    "verdict": m["verdict"],
                    "status": m["status"],
                    "url": _row_url(datasette, db.name, "quote", m["id"]),
                    "title": f"{m['outlet']}: {rel} — {m['status']}{' / ' + m['verdict'] if m['verdict'] else ''}",
                }
            )
        text = anchor["text"]
        rows.append(
            {
                "label": text if len(text) <= 90 else text[:87] + "…",
                "speaker": anchor["speaker"],
                "anchor_url": _row_url(datasette, db.name, "quote", anchor["id"]),
                "cells": cells,
                "outlet_count": len(outlets_here),
            }
        )
    rows.sort(key=lambda r: (-r["outlet_count"], r["label"]))
    rows = rows[:COVERAGE_ROWS]
    outlets = sorted({o for r in rows for o in r["cells"]})
    return {"outlets": outlets, "rows": rows}


# -- article context --------------------------------------------------------


async def article_context(datasette, request) -> Response:
    db = await review.check_permission(datasette, request, request.url_vars["database"])
    article_id = parse_id(request.url_vars["article_id"])
    if article_id is None:
        raise NotFound(f"No article with id {request.url_vars['article_id'][:40]}")
    article = (await db.execute("select * from articles where id = ?", [article_id])).first()
    if article is None:
        raise NotFound(f"No article with id {article_id}")
    quotes = [
        dict(r)
        for r in await db.execute(
            """select q.id, q.text, q.start, q."end", q.paragraph, q.location, q.kind, q.status, q.verdict,
                      s.name as speaker
                 from quotes q left join speakers s on s.id = q.speaker_id
                where q.article_id = ? order by q.start""",
            [article_id],
        )
    ]
    title_marks, body_marks, elsewhere = [], [], []
    for q in quotes:
        mark = render.Mark(
            start=q["start"],
            end=q["end"],
            href=_row_url(datasette, db.name, "quote", q["id"]),
            css=" ".join(
                filter(None, [f"fc-kind-{render.slug(q['kind'] or 'quote')}", f"fc-s-{render.slug(q['status'] or '')}",
                              f"fc-v-{render.slug(q['verdict'])}" if q["verdict"] else ""])
            ),
            title=" — ".join(filter(None, [q["speaker"] or "speaker unknown", q["status"], q["verdict"]])),
            anchor=f"q{q['id']}",
        )
        if q["location"] == "removed":
            elsewhere.append(q)
        elif q["location"] == "headline" or q["paragraph"] == 0:
            title_marks.append(mark)
        else:
            body_marks.append(mark)
    title_html, skipped_title = render.highlight(article["title"] or "", title_marks)
    body_html, skipped_body = render.highlight(article["body"] or "", body_marks)
    skipped_ids = {m.anchor for m in skipped_title + skipped_body}
    for q in quotes:
        q["row_url"] = _row_url(datasette, db.name, "quote", q["id"])
        q["status_html"] = render.badge(q["status"])
        q["verdict_html"] = render.badge(q["verdict"])
    claims = [
        dict(r, row_url=_row_url(datasette, db.name, "claim", r["id"]), status_html=render.badge(r["status"]),
             verdict_html=render.badge(r["verdict"]))
        for r in await db.execute(
            "select id, text, kind, status, verdict from claims where article_id = ? order by start", [article_id]
        )
    ]
    return Response.html(
        await datasette.render_template(
            "factcheck_article.html",
            {
                "database": db.name,
                "article": dict(article),
                "article_url": datasette.urls.row(db.name, "articles", str(article_id)),
                "title_html": title_html,
                "body_html": body_html,
                "quotes": quotes,
                "unplaced": [q for q in quotes if f"q{q['id']}" in skipped_ids or q["location"] == "removed"],
                "claims": claims,
                "urls": _urls(datasette, db.name),
            },
            request=request,
        )
    )


# -- routes -----------------------------------------------------------------

_DB = r"/(?P<database>[^/]+)/-/factcheck"

ROUTES = [
    (r"^/-/factcheck$", dashboard),
    (r"^/-/factcheck/queue$", queue),
    (rf"^{_DB}$", dashboard_db),
    (rf"^{_DB}/queue$", queue_db),
    (rf"^{_DB}/article/(?P<article_id>\d+)$", article_context),
    (rf"^{_DB}/review/(?P<item_type>quote|claim)/(?P<item_id>\d+)$", review_post),
    (rf"^{_DB}/bulk/verbatim$", bulk_verbatim_post),
    (rf"^{_DB}/bulk/status$", bulk_status_post),
]


# -- cells, menus -----------------------------------------------------------

BADGE_COLUMNS = {"status", "verdict"}


# Columns whose text comes from scraped pages. datasette-json-html would
# render such text as a link or image if it happened to be shaped like its
# JSON; these are always shown as plain (escaped) text.
SCRAPED_TEXT = {
    "articles": {"title", "byline", "body", "outlet", "url", "published", "file", "path"},
    "comments": {"author", "posted", "body"},
    "article_extras": {"text", "kind"},
    "speakers": {"name"},
    "speaker_aliases": {"alias"},
    "quotes": {"text", "speaker_as_printed", "previous_text"},
    "claims": {"text", "previous_text"},
    "quote_matches": {"differences"},
    "claim_matches": {"differences"},
}


def _looks_like_json(value) -> bool:
    return isinstance(value, str) and value.lstrip()[:1] in ("{", "[")


async def render_cell(datasette, value, column: str, table: Optional[str], database: str):
    """Badges for status/verdict, Markdown for notes, links for evidence, on
    the quotes and claims tables; badges also in the canned queries' results
    (only for words of the configured vocabulary). None declines."""
    if table in SCRAPED_TEXT and column in SCRAPED_TEXT[table] and _looks_like_json(value):
        db = datasette.databases.get(database)
        if db is not None and queries.is_factcheck_database(set(await db.table_names())):
            return render.Markup("{}").format(value)
    if table in TABLE_OF_ITEM_TYPE.values():
        if column in BADGE_COLUMNS and isinstance(value, str) and value:
            return render.badge(value)
        if column == "note" and isinstance(value, str) and value:
            return render.Markup('<div class="fc-note">{}</div>').format(render.markdown_to_html(value))
        if column == "evidence" and isinstance(value, str) and value:
            return render.evidence_html(value) or None
        return None
    if table is None and column in BADGE_COLUMNS and isinstance(value, str) and value:
        conf = config.get_config(datasette)
        if value in set(conf.statuses) | set(conf.quote_verdicts) | set(conf.claim_verdicts):
            db = datasette.databases.get(database)
            if db is not None and queries.is_factcheck_database(set(await db.table_names())):
                return render.badge(value)
    return None


async def menu_links(datasette, actor) -> list[dict]:
    return [{"href": datasette.urls.path("/-/factcheck"), "label": "Fact-check dashboard"}]


async def table_actions(datasette, actor, database: str, table: str) -> list[dict]:
    if table not in ("quotes", "claims", "articles"):
        return []
    db = datasette.databases.get(database)
    if db is None or not queries.is_factcheck_database(set(await db.table_names())):
        return []
    urls = _urls(datasette, database)
    links = [{"href": urls["dashboard"], "label": "Fact-check dashboard"}]
    if table in ("quotes", "claims"):
        item_type = "quote" if table == "quotes" else "claim"
        links.insert(0, {"href": urls["queue"] + "?" + urlencode({"type": item_type}), "label": f"Review queue: {table}"})
    return links


async def database_actions(datasette, actor, database: str) -> list[dict]:
    db = datasette.databases.get(database)
    if db is None or not queries.is_factcheck_database(set(await db.table_names())):
        return []
    urls = _urls(datasette, database)
    return [
        {"href": urls["dashboard"], "label": "Fact-check dashboard"},
        {"href": urls["queue"], "label": "Review queue"},
    ]
