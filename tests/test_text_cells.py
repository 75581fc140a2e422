"""Text columns render as text: scraped metadata, reviewer names and audit
values shaped like datasette-json-html's JSON never become a link or an
image, on table pages, row pages and the canned queries; evidence links
stay links (http(s) only)."""

from __future__ import annotations

import re
import sqlite3

import pytest

try:
    from .test_review_support import actor_cookies, build_db, make_datasette
except ImportError:
    from test_review_support import actor_cookies, build_db, make_datasette

PAYLOADS = {
    "link": '{"href": "//evil.example/x", "label": "Harbour Gazette"}',
    "image": '{"img_src": "https://evil.example/pixel.gif", "width": 1}',
    "list": '[{"href": "https://evil.example/y", "label": "y"}]',
}
# (table, column, where) of text that must stay text.
COLUMNS = [
    ("articles", "outlet", "id in (1, 2)"),
    ("quotes", "reviewer", "id = 3"),
    ("quotes", "last_actor", "id = 3"),
    ("claims", "reviewer", "id = 1"),
]
PAGES = [
    "/factcheck/quotes",
    "/factcheck/quotes/3",
    "/factcheck/claims",
    "/factcheck/articles",
    "/factcheck/reviews",
    "/factcheck/single_source_quotes",
    "/factcheck/coverage",
    "/factcheck/quotes_across_sources",
    "/-/factcheck",
    "/factcheck/-/factcheck/queue",
]
EVIL = re.compile(r"<a\b[^>]*href=\"(?:https?:)?//evil\.example|<img\b[^>]*src=\"(?:https?:)?//evil\.example")


@pytest.mark.asyncio
@pytest.mark.parametrize("payload", list(PAYLOADS))
@pytest.mark.parametrize("table,column,where", COLUMNS)
async def test_json_shaped_text_is_never_a_link_or_image(tmp_path, payload, table, column, where):
    path = build_db(tmp_path / "factcheck.db")
    conn = sqlite3.connect(path)
    with conn:
        # Through an UPDATE that the audit triggers see: reviews.old/new get it too.
        conn.execute(f"update [{table}] set [{column}] = ? where {where}", [PAYLOADS[payload]])
        conn.execute("update quotes set status = 'done' where id = 3")
    conn.close()
    ds = make_datasette(path)
    for page in PAGES:
        response = await ds.client.get(page, cookies=actor_cookies(ds, "root"))
        assert response.status_code == 200, page
        assert not EVIL.search(response.text), f"{page}: {EVIL.search(response.text).group(0)}"


@pytest.mark.asyncio
@pytest.mark.parametrize("page", ["/factcheck/quotes/3", "/factcheck/quotes"])
async def test_evidence_links_stay_links(tmp_path, page):
    path = build_db(tmp_path / "factcheck.db")
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "update quotes set evidence = ? where id = 3",
            ['[{"href": "https://records.example/minutes", "label": "Minutes"}, {"href": "javascript:alert(1)", "label": "bad"}]'],
        )
    conn.close()
    ds = make_datasette(path)
    text = (await ds.client.get(page)).text
    assert 'href="https://records.example/minutes"' in text
    assert 'href="javascript:' not in text


@pytest.mark.parametrize(
    "value,own",
    [
        ('{"label": "Harbour Gazette", "href": "/factcheck/articles/1"}', True),
        ('[{"label": "a", "href": "/factcheck/quotes/1"}, {"label": "b", "href": "/factcheck/quotes/2"}]', True),
        ('{"label": "x", "href": "//evil.example/factcheck/quotes/1"}', False),
        ('{"label": "x", "href": "/factcheck/../other/quotes/1"}', False),
        ('{"label": "x", "href": "/factcheckers/quotes/1"}', False),
        ('{"label": "x", "href": "/factcheck/quotes/1", "img_src": "https://evil.example/p.gif"}', False),
        ('{"img_src": "/factcheck/quotes/1"}', False),
        ('{"label": "x", "href": "/factcheck/quotes/1\\\\@evil.example"}', False),
        # a table of this database filtered by one number (all of a story's articles)
        ('{"label": "all 25", "href": "/factcheck/article_stories?story_id=4"}', True),
        ('{"label": "x", "href": "/factcheck/article_stories?story_id=4&_where=1"}', False),
        ('{"label": "x", "href": "/factcheck/article_stories?story_id=javascript:1"}', False),
        ('{"label": "x", "href": "/factcheck/quotes/1#top"}', False),
        ("[]", False),
        ("not json", False),
    ],
)
def test_only_links_to_the_databases_own_rows_are_query_links(value, own):
    from datasette_factcheck.web.render import is_own_link_json

    assert is_own_link_json(value, "/factcheck") is own
