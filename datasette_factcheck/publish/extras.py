"""The files of the static copy that are not pages Datasette renders:
claimreview.json, the search index and the search page."""

from __future__ import annotations

import sqlite3
from typing import Any, Callable
from urllib.parse import unquote

from .. import config
from . import claimreview
from .paths import Crawl, INTERNAL, Fetched, normalise_path


# -- the search index -----------------------------------------------------------


def search_entries(conn: sqlite3.Connection, page_for: Callable[[str, int], str]) -> list[dict[str, Any]]:
    """Quotes and claims with what a reader searches by; ``url`` relative to
    the site root. Empty for a database without those tables."""
    tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
    if not {"quotes", "claims", "articles"} <= tables:
        return []
    speaker = "s.name" if "speakers" in tables else "null"
    join = "left join speakers s on s.id = q.speaker_id" if "speakers" in tables else ""
    out: list[dict[str, Any]] = []
    rows = conn.execute(
        f"""select 'quote', q.id, q.text, coalesce({speaker}, q.speaker_as_printed), a.outlet, a.title,
                   q.verdict, q.status
            from quotes q left join articles a on a.id = q.article_id {join}
            where q.location != 'removed' order by q.id"""
    ).fetchall()
    rows += conn.execute(
        """select 'claim', c.id, c.text, null, a.outlet, a.title, c.verdict, c.status
           from claims c left join articles a on a.id = c.article_id order by c.id"""
    ).fetchall()
    for kind, item_id, text, who, outlet, title, verdict, status in rows:
        out.append(
            {
                "type": kind,
                "id": item_id,
                "text": text,
                "speaker": who,
                "outlet": outlet,
                "title": title,
                "verdict": verdict,
                "status": status,
                "url": page_for("quotes" if kind == "quote" else "claims", item_id),
            }
        )
    return out




def site_extras(builder: Crawl) -> dict[str, bytes]:
    """claimreview.json and search-index.json from the snapshot, and the
    search page (rendered by Datasette like every other page)."""
    plugin = config.get_config(builder.ds)
    reviews: list[dict] = []
    entries: list[dict] = []
    for name in builder.databases:
        path = builder.ds.databases[name].path
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

        def page_of(table: str, pk: Any, name: str = name) -> str:
            return builder.page_for(name, table, pk)

        try:
            found = claimreview.reviews_from_db(
                conn,
                page_of,
                site_url=builder.site_url,
                organisation=plugin.organisation,
                organisation_url=plugin.organisation_url,
                done_status=plugin.statuses[-1],
            )
            for table, pk, review in found:
                path_key = unquote(normalise_path(builder.page_for(name, table, pk, absolute=True)))
                builder.jsonld.setdefault(path_key, []).append(review)
                reviews.append(review)
            for entry in search_entries(conn, page_of):
                entry["database"] = name
                entries.append(entry)
        finally:
            conn.close()

    async def search_page() -> Fetched:
        from datasette.utils.asgi import Request

        request = Request.fake("/search.html")
        # Templates ask every request for a CSRF token; this page has no forms.
        request.scope["csrftoken"] = lambda: ""
        html = await builder.ds.render_template(
            "factcheck_search.html",
            {"index_url": "search-index.json", "search_js": builder.ds.urls.static_plugins(config.PLUGIN, "search.js")},
            request=request,
        )
        return Fetched(200, "text/html", html.encode("utf-8"), INTERNAL + "/search.html")

    builder.virtual["/search.html"] = search_page
    return {
        "claimreview.json": claimreview.dumps_for_script(reviews, indent=1).encode("utf-8"),
        "search-index.json": claimreview.dumps_for_script(
            {"built_at": builder.built_at, "items": entries}
        ).encode("utf-8"),
    }
