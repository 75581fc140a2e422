"""The plugin's pages: dashboard, review queue, article context view, and the
POST routes that record reviews. Each view passes ``review.check_permission``
first, then renders a template (reads) or calls ``review.write_review``.
"""

from __future__ import annotations

import weakref
from typing import Any, Optional
from urllib.parse import urlencode

from datasette.utils.asgi import Forbidden, NotFound, Response

from .. import config
from ..db import queries
from ..model import TABLE_OF_ITEM_TYPE
from . import dashboard as dashboard_views
from . import compat, primary, render, review
from .common import ArticleNames, article_names, factcheck_databases, parse_id, parse_page
from .common import page_urls as _urls
from .common import row_url as _row_url

QUEUE_PAGE_SIZE = 50
QUEUE_FILTERS = ("type", "status", "verdict", "kind", "outlet", "needs_review", "reviewer", "suggested")


# -- helpers ----------------------------------------------------------------


def _safe_next(value: Optional[str], fallback: str) -> str:
    """Only same-site paths: never redirect to another host after a POST.
    Browsers drop tabs and newlines from a Location and read a backslash
    as a slash, so ``/<TAB>/evil.example`` would leave the site: a path
    with any of those, or any control character or space, is refused."""
    if not value or not value.startswith("/") or value.startswith("//"):
        return fallback
    if "\\" in value or any(ord(c) <= 32 or ord(c) == 127 for c in value):
        return fallback
    return value


async def _error(
    datasette, request, message: str, back: str, status: int = 400, kept: Optional[dict[str, str]] = None
) -> Response:
    """The page of a refused save; ``kept``: the posted fields, shown in a
    form that posts them again, so nothing typed is lost."""
    if kept is not None:
        kept = {k: v for k, v in kept.items() if k != "csrftoken"}
    return Response.html(
        await datasette.render_template(
            "factcheck_error.html",
            {"message": message, "back": back, "kept": kept, "retry_url": request.path},
            request=request,
        ),
        status=status,
    )


# -- queue ------------------------------------------------------------------


def queue_filters(args) -> dict[str, str]:
    """The queue's filters from a query string or a posted form."""
    return {key: (args.get(key) or "").strip() for key in QUEUE_FILTERS if (args.get(key) or "").strip()}


def _queue_sql(filters: dict[str, str], names: ArticleNames) -> tuple[str, str, list]:
    """The queue's rows (a compound select, each part in the order of its
    table's queue index, so that SQLite merges them and stops at the page)
    and their count (from the items' own tables, without the joins), and
    the parameters of both."""
    parts = []
    counts = []
    params: list[Any] = []
    for item_type, table in TABLE_OF_ITEM_TYPE.items():
        if filters.get("type") and filters["type"] != item_type:
            continue
        speaker = "s.name" if item_type == "quote" else "null"
        speaker_id = "t.speaker_id" if item_type == "quote" else "null"
        join = "left join speakers s on s.id = t.speaker_id" if item_type == "quote" else ""
        where = []
        for key in ("status", "verdict", "kind", "reviewer"):
            if filters.get(key):
                where.append(f"t.{key} = ?")
                params.append(filters[key])
        if filters.get("outlet"):
            # the source worked out once per article, not once per item
            where.append(f"t.article_id in (select f.id from articles f where {names.source_sql('f')} = ?)")
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
        condition = "where " + " and ".join(where) if where else ""
        parts.append(
            f"""select '{item_type}' as item_type, t.id as id, t.text as text, t.kind as kind, t.status as status,
                   t.verdict as verdict, t.reviewer as reviewer, t.reviewed_at as reviewed_at,
                   t.needs_review as needs_review, t.previous_text as previous_text, t.start as start,
                   t.article_id as article_id, {names.title_sql('a')} as title, {names.source_sql('a')} as outlet,
                   {speaker} as speaker, {speaker_id} as speaker_id
              from [{table}] t join articles a on a.id = t.article_id {join}
             {condition}"""
        )
        counts.append(f"(select count(*) from [{table}] t {condition})")
    if not parts:
        # An unknown type matches nothing; the same columns keep the
        # "order by" valid.
        parts.append(
            "select null as item_type, null as id, null as text, null as kind, null as status, null as verdict,"
            " null as reviewer, null as reviewed_at, 0 as needs_review, null as previous_text, null as start,"
            " null as article_id, null as title, null as outlet, null as speaker, null as speaker_id where 0"
        )
        counts.append("0")
    # each count repeats its part's parameters
    return " union all ".join(parts), "select " + " + ".join(counts), params


async def queue_items(
    db, filters: dict[str, str], names: ArticleNames, limit: Optional[int] = None, offset: int = 0
) -> tuple[list[dict], int]:
    """Items matching the filters (items needing review first) and their total,
    their sources named as ``names`` allows."""
    sql, count_sql, params = _queue_sql(filters, names)
    total = (await db.execute(count_sql, params)).first()[0]
    page = f" limit {int(limit)} offset {int(offset)}" if limit else ""
    rows = await db.execute(f"{sql} order by needs_review desc, article_id, item_type desc, start, id{page}", params)
    return [dict(r) for r in rows], total


def distinct_sql(table: str, column: str) -> str:
    """The distinct values of an indexed column, one index seek for each (a
    loose index scan) instead of a read of every row."""
    return f"""with recursive d(v) as (
  select min([{column}]) from [{table}]
  union all
  select (select min([{column}]) from [{table}] where [{column}] > d.v) from d where d.v is not null
) select v from d where v is not null"""


async def _choices(db, names: ArticleNames) -> dict[str, list[str]]:
    async def distinct(*sqls: str) -> list[str]:
        return sorted({r[0] for sql in sqls for r in await db.execute(sql) if r[0] is not None})

    outlets: list[str] = []
    if names.visible:
        # outlet_label: the trimmed outlet, or for an article without one its
        # headline or file (few articles: read row by row)
        outlets = await distinct(
            f"select distinct trim(v) from ({distinct_sql('articles', 'outlet')}) where nullif(trim(v), '') is not null",
            f"select distinct {names.source_sql('a')} from articles a "
            "where (a.outlet is null or a.outlet < '!') and nullif(trim(a.outlet), '') is null",
        )
    return {
        "outlet": outlets,
        # a few kinds, and no index may start with kind (see schema.INDEXES)
        "kind": await distinct("select distinct kind from quotes", "select distinct kind from claims"),
        "reviewer": await distinct(distinct_sql("quotes", "reviewer"), distinct_sql("claims", "reviewer")),
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
    page = parse_page(request.args.get("page"))
    names = await article_names(datasette, request.actor, db.name)
    items, total = await queue_items(db, filters, names, QUEUE_PAGE_SIZE, (page - 1) * QUEUE_PAGE_SIZE)
    vocabulary = review.Vocabulary.from_datasette(datasette)
    urls = _urls(datasette, db.name)
    for item in items:
        item["row_url"] = _row_url(datasette, db.name, item["item_type"], item["id"])
        item["status_html"] = render.badge(item["status"])
        item["verdict_html"] = render.badge(item["verdict"])
        item["action_url"] = f"{urls['dashboard']}/review/{item['item_type']}/{item['id']}"
        item["verdicts"] = vocabulary.verdicts[item["item_type"]]
        item["context_url"] = f"{urls['dashboard']}/article/{item['article_id']}"
        item["version"] = review.item_version(item["text"], item["speaker_id"])
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
                "choices": await _choices(db, names),
                "suggestions": primary.SUGGESTIONS,
                "statuses": vocabulary.statuses,
                "all_verdicts": sorted(set(vocabulary.verdicts["quote"]) | set(vocabulary.verdicts["claim"])),
                "can_review": await review.can_review(datasette, request.actor),
                "immutable": not db.is_mutable,
                # Not "urls": Datasette's own template variable of that name wins.
                "fc_urls": urls,
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
    versions = {(item_type, item_id): form["version"]} if form.get("version") else None
    try:
        changes = review.parse_form(form, item_type, review.Vocabulary.from_datasette(datasette))
        written = await review.write_review(datasette, db.name, request.actor, [(item_type, item_id)], changes, versions)
    except review.ReviewError as e:
        kept = dict(form)
        if isinstance(e, review.ReviewConflict):
            kept["version"] = e.version  # saving again means: against the words now shown
        return await _error(datasette, request, str(e), back, status=e.status, kept=kept)
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
        targets, other_speaker = await review.verbatim_versions(db, quote_id)
        written = await review.write_review(
            datasette, db.name, request.actor, [("quote", i) for i in targets], changes
        )
    except review.ReviewError as e:
        return await _error(datasette, request, str(e), back)
    message = f"Set {changes['verdict'] or 'no verdict'} on {written} of {len(targets)} word-for-word versions"
    if other_speaker:
        message += f"; left out {len(other_speaker)} that name a different speaker"
    datasette.add_message(request, message, datasette.INFO)
    return Response.redirect(back)


async def bulk_status_post(datasette, request) -> Response:
    """Set one status on every item of the queue's filtered set (all pages)."""
    db = await review.check_permission(datasette, request, request.url_vars["database"], write=True)
    form = await request.post_vars()
    urls = _urls(datasette, db.name)
    filters = queue_filters(form)
    back = _safe_next(form.get("next"), urls["queue"] + (f"?{urlencode(filters)}" if filters else ""))
    try:
        if not form.get("new_status"):
            raise review.ReviewError("Choose the status to set")
        changes = review.parse_form({"status": form.get("new_status") or ""}, "quote", review.Vocabulary.from_datasette(datasette))
        items, _ = await queue_items(db, filters, await article_names(datasette, request.actor, db.name))
        # The form names how many items it would change: a stray click, or a
        # set that changed since the page was shown, changes nothing.
        if form.get("confirm") != str(len(items)):
            raise review.ReviewError(
                f"Nothing changed: tick the box to confirm setting the status of all {len(items)} matching items"
            )
        written = await review.write_review(
            datasette, db.name, request.actor, [(i["item_type"], i["id"]) for i in items], changes
        )
    except review.ReviewError as e:
        return await _error(datasette, request, str(e), back)
    datasette.add_message(request, f"Set status {changes['status']} on {written} of {len(items)} items", datasette.INFO)
    return Response.redirect(back)


# -- article context --------------------------------------------------------


async def article_context(datasette, request) -> Response:
    db = await review.check_permission(datasette, request, request.url_vars["database"])
    if not await review.can_view_table(datasette, request.actor, db.name, "articles"):
        raise Forbidden("The articles table is not visible to you: sign in to read the article")
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
    original, copies = await _article_copies(datasette, db, dict(article))
    return Response.html(
        await datasette.render_template(
            "factcheck_article.html",
            {
                "database": db.name,
                "original": original,
                "copies": copies,
                "article": dict(article),
                "article_url": datasette.urls.row(db.name, "articles", str(article_id)),
                "title_html": title_html,
                "body_html": body_html,
                "quotes": quotes,
                "unplaced": [q for q in quotes if f"q{q['id']}" in skipped_ids or q["location"] == "removed"],
                "claims": claims,
                "fc_urls": _urls(datasette, db.name),
            },
            request=request,
        )
    )


# Copies of an article named on its page; the rest are counted.
COPIES_SHOWN = 20


async def _article_copies(datasette, db, article: dict) -> tuple[Optional[dict], dict]:
    """The article this one copies word for word (articles.copy_of, see
    db/versions.py), if any, and the articles that copy this one."""
    if "copy_of" not in article:
        return None, {"count": 0, "shown": [], "more": 0}

    def entry(row) -> dict:
        return {"label": row["outlet"] or row["file"], "title": row["title"] or row["file"],
                "url": f"{review.base_path(datasette, db.name)}/article/{row['id']}"}

    original = None
    if article["copy_of"] is not None:
        row = (await db.execute("select id, outlet, file, title from articles where id = ?", [article["copy_of"]])).first()
        original = entry(row) if row else None
    rows = list(await db.execute("select id, outlet, file, title from articles where copy_of = ? order by id", [article["id"]]))
    return original, {"count": len(rows), "shown": [entry(r) for r in rows[:COPIES_SHOWN]], "more": max(0, len(rows) - COPIES_SHOWN)}


# -- routes -----------------------------------------------------------------

_DB = r"/(?P<database>[^/]+)/-/factcheck"

ROUTES = [
    (r"^/-/factcheck$", dashboard_views.dashboard),
    (r"^/-/factcheck/queue$", queue),
    (rf"^{_DB}$", dashboard_views.dashboard_db),
    (rf"^{_DB}/queue$", queue_db),
    (rf"^{_DB}/articles$", dashboard_views.articles_page),
    (rf"^{_DB}/article/(?P<article_id>\d+)$", article_context),
    (rf"^{_DB}/review/(?P<item_type>quote|claim)/(?P<item_id>\d+)$", review_post),
    (rf"^{_DB}/bulk/verbatim$", bulk_verbatim_post),
    (rf"^{_DB}/bulk/status$", bulk_status_post),
]


# -- cells, menus -----------------------------------------------------------

BADGE_COLUMNS = {"status", "verdict"}


# A row page shows a bare id where a table page shows the row's label:
# (table, column) -> (the table the id names, its label column).
LINKED_IDS = {
    ("quotes", "article_id"): ("articles", "title"),
    ("quotes", "speaker_id"): ("speakers", "name"),
    ("claims", "article_id"): ("articles", "title"),
    ("claims", "quote_id"): ("quotes", "text"),
}


async def _linked_id(datasette, database: str, table: Optional[str], column: str, value: int):
    db = datasette.databases.get(database)
    if table is None or db is None or not queries.is_factcheck_database(set(await db.table_names())):
        return None
    other, label_column = LINKED_IDS[(table, column)]
    href = datasette.urls.row(database, other, str(value))
    # The label is a value of the other table. Datasette 0.65 tells a cell
    # hook nobody's name, so a label is shown only when anyone may read
    # that table; the others get the bare id (Datasette 0.65's own table
    # pages would print the label whatever the table's permissions).
    if not await compat.can_read(datasette, None, database, other):
        html = await datasette.render_template("_factcheck_linked_id.html", {"href": href, "label": "", "id": value})
        return render.Markup(html.strip())
    row = (await db.execute(f"select [{label_column}] from [{other}] where id = ?", [value])).first()
    if row is None:
        return None
    label = row[0] or ""
    html = await datasette.render_template(
        "_factcheck_linked_id.html",
        {"href": href, "label": label if len(label) <= 120 else label[:119] + "…", "id": value},
    )
    return render.Markup(html.strip())


def _looks_like_json(value) -> bool:
    return isinstance(value, str) and value.lstrip()[:1] in ("{", "[")


# Databases known to hold the fact-check tables. render_cell asks for every
# cell of a page (thousands on a canned query's page), and a database that
# has the tables keeps them (nothing is ever dropped): only a yes is kept.
_FACTCHECK_DATABASES: "weakref.WeakSet[Any]" = weakref.WeakSet()


async def _is_factcheck(datasette, database: str) -> bool:
    db = datasette.databases.get(database)
    if db is None:
        return False
    if db in _FACTCHECK_DATABASES:
        return True
    if queries.is_factcheck_database(set(await db.table_names())):
        _FACTCHECK_DATABASES.add(db)
        return True
    return False


async def render_cell(datasette, value, column: str, table: Optional[str], database: str):
    """Badges for status/verdict, Markdown for notes, links for evidence, on
    the quotes and claims tables; badges also in the canned queries' results
    (only for words of the configured vocabulary). None declines.

    In a factcheck database every other text is shown as the text it is:
    scraped metadata, reviewer names and audit values shaped like
    datasette-json-html's JSON must never become a link or an image. Only
    ``evidence`` holds links, and those pass ``render.evidence_html``
    (http(s) only), in tables and query results alike; query results also
    keep the links the canned queries build to this database's rows."""
    if _looks_like_json(value) and await _is_factcheck(datasette, database):
        if column == "evidence" and (table is None or table in TABLE_OF_ITEM_TYPE.values()):
            return render.evidence_html(value) or render.Markup("{}").format(value)
        if table is None and render.is_own_link_json(value, queries.database_base_path(datasette, database)):
            return None  # a canned query's link to this database's rows: datasette-json-html draws it
        return render.Markup("{}").format(value)
    if (table, column) in LINKED_IDS and type(value) is int:
        return await _linked_id(datasette, database, table, column, value)
    if (table, column) in LINKED_IDS and isinstance(value, dict) and type(value.get("value")) is int:
        # A table page's foreign key, which Datasette 0.65 labels itself.
        return await _linked_id(datasette, database, table, column, value["value"])
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
            if await _is_factcheck(datasette, database):
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
