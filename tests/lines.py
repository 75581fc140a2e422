"""Where the tests meet a difference between the two Datasette lines the
plugin supports (0.65 and 1.0a): the address of arbitrary SQL, where a
database lists its queries, and how a forged cross-site POST is refused.
(No tests here.)"""

from __future__ import annotations

from typing import Optional

import httpx
from datasette.app import Datasette

from datasette_factcheck.web.compat import LINE_1_0

# What a browser sends with a form posted from the site's own page, and
# with one posted from another site.
SAME_ORIGIN = {"Sec-Fetch-Site": "same-origin", "Origin": "http://localhost"}
CROSS_SITE = {"Sec-Fetch-Site": "cross-site", "Origin": "https://elsewhere.example"}

# The refusal of a forged cross-site POST: 0.65's asgi-csrf finds no token
# (another site cannot read it), 1.0a checks the browser's headers.
CROSS_SITE_REFUSAL = "Form origin check failed" if LINE_1_0 else "did not match cookie"


def sql_path(database: str, fmt: str = "") -> str:
    """The page that runs arbitrary SQL (1.0a redirects the 0.65 address)."""
    return f"/{database}/-/query{fmt}" if LINE_1_0 else f"/{database}{fmt}"


async def listed_queries(datasette: Datasette, database: str) -> list[str]:
    """The names of the queries a database offers (the 1.0a database page
    shows only the first five; its full list has its own page)."""
    path = f"/{database}/-/queries.json" if LINE_1_0 else f"/{database}.json"
    response = await datasette.client.get(path)
    assert response.status_code == 200, response.text
    return [q["name"] for q in response.json()["queries"]]


async def cross_site_post(
    datasette: Datasette, path: str, data: dict, cookies: Optional[dict[str, str]] = None
) -> httpx.Response:
    """A form another site makes the visitor's browser post: the browser
    adds the visitor's cookies and its cross-site headers, never the
    site's CSRF token."""
    data = {k: v for k, v in data.items() if k != "csrftoken"}
    return await datasette.client.post(path, data=data, cookies=cookies or {}, headers=CROSS_SITE)
