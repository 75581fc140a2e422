"""The dashboard, the coverage grid and the article context view."""

import markupsafe
import re

import pytest
import sqlite_utils

from datasette_factcheck.db import queries
from datasette_factcheck.web import compat
from datasette_factcheck.web.grid import how_printed
try:  # tests/ may or may not be a package
    from .test_review_support import QUOTE_COAST, QUOTE_GAZETTE, QUOTE_VALLEY, build_db, make_datasette, post_form
except ImportError:
    from test_review_support import QUOTE_COAST, QUOTE_GAZETTE, QUOTE_VALLEY, build_db, make_datasette, post_form


@pytest.fixture
def db_path(tmp_path):
    return build_db(tmp_path / "factcheck.db")


@pytest.mark.parametrize(
    "outlets,relations,expected",
    [
        # A splices two passages that B prints apart: A spliced, B faithful.
        ({1: "A", 2: "B", 3: "B"}, [(1, 2, "spliced"), (1, 3, "spliced"), (2, 1, "part_of_splice"), (3, 1, "part_of_splice")],
         {1: "spliced", 2: "faithful", 3: "faithful"}),
        # B and C print the same words, A changes one: A altered.
        ({1: "A", 2: "B", 3: "C"}, [(1, 2, "altered"), (2, 1, "altered"), (2, 3, "verbatim"), (3, 2, "verbatim")],
         {1: "altered", 2: "faithful", 3: "faithful"}),
        # Two outlets, two wordings: which is the original is not known.
        ({1: "A", 2: "B"}, [(1, 2, "altered"), (2, 1, "altered")], {1: "differs", 2: "differs"}),
        # An excerpt and the full remark are both faithful.
        ({1: "A", 2: "B"}, [(1, 2, "contains"), (2, 1, "excerpt")], {1: "faithful", 2: "faithful"}),
        # Two versions in one outlet count as one outlet's support.
        ({1: "A", 2: "A", 3: "B"}, [(1, 2, "verbatim"), (2, 1, "verbatim"), (3, 1, "altered"), (1, 3, "altered")],
         {1: "differs", 2: "faithful", 3: "differs"}),
        # Relations to quotes outside the remark are ignored.
        ({1: "A", 2: "B"}, [(1, 9, "spliced"), (1, 2, "verbatim"), (2, 1, "verbatim")], {1: "faithful", 2: "faithful"}),
    ],
)
def test_how_printed(outlets, relations, expected):
    assert how_printed(outlets, relations) == expected


def section(html: str, heading: str) -> str:
    start = html.index(heading)
    end = html.find("<h3>", start + len(heading))
    return html[start : end if end != -1 else None]


@pytest.mark.asyncio
@pytest.mark.parametrize("path", ["/-/factcheck", "/factcheck/-/factcheck"])
async def test_dashboard_counts(db_path, path):
    ds = make_datasette(db_path)
    await post_form(ds, f"/factcheck/-/factcheck/review/quote/{QUOTE_GAZETTE}", {"status": "done", "verdict": "accurate"})
    response = await ds.client.get(path)
    assert response.status_code == 200
    html = response.text
    # 4 quotes (a headline quote among them), 2 claims; one quote reviewed.
    assert "Quotes: 4" in html and "Claims: 2" in html
    quotes = section(html, "Quotes: 4")
    assert re.search(r'fc-done">done</span></td><td class="fc-num">1</td><td class="fc-num">25.0%', quotes)
    assert re.search(r'fc-unchecked">unchecked</span></td><td class="fc-num">3</td>', quotes)
    assert re.search(r'fc-accurate">accurate</span></td><td class="fc-num">1</td>', quotes)
    outlets = section(html, "By source")
    assert re.search(r"Harbour Gazette</a></td><td class=\"fc-num\">2</td><td class=\"fc-num\">1</td>\s*<td class=\"fc-num\">1</td>", outlets)
    recent = section(html, "Recently reviewed")
    assert f'href="/factcheck/quotes/{QUOTE_GAZETTE}"' in recent and "root" in recent
    assert "reviewed_at" not in recent


@pytest.mark.asyncio
async def test_coverage_grid_groups_a_remark_across_outlets(db_path):
    ds = make_datasette(db_path)
    html = (await ds.client.get("/factcheck/-/factcheck")).text
    grid = html[html.index('class="fc-coverage"') :]
    grid = grid[: grid.index("</table>")]
    assert grid.count("<tr>") == 2  # header + one remark
    for outlet in ("Coast Post", "Harbour Gazette", "Valley Times"):
        assert outlet in grid
    # The outlet that changed the words is coloured, the two that agree are not.
    assert f'fc-how-altered" href="/factcheck/quotes/{QUOTE_COAST}"' in grid
    assert f'fc-how-faithful" href="/factcheck/quotes/{QUOTE_VALLEY}"' in grid
    assert f'fc-how-faithful" href="/factcheck/quotes/{QUOTE_GAZETTE}"' in grid


@pytest.mark.asyncio
async def test_dashboard_links_only_existing_canned_queries(db_path, monkeypatch):
    monkeypatch.setitem(queries.QUERIES, "factcheck_demo_query", {"sql": "select 1", "title": "Demo across sources"})
    ds = make_datasette(db_path)
    html = (await ds.client.get("/factcheck/-/factcheck")).text
    assert 'href="/factcheck/factcheck_demo_query"' in html
    assert "Demo across sources" in html


@pytest.mark.asyncio
async def test_dashboard_on_real_seeds(seeds_db):
    ds = make_datasette(seeds_db, metadata={})
    response = await ds.client.get("/-/factcheck")
    assert response.status_code == 200
    db = sqlite_utils.Database(seeds_db)
    quotes = db.execute("select count(*) from quotes where kind != 'scare'").fetchone()[0]
    assert f"Quotes: {quotes}" in response.text
    for (outlet,) in db.execute(f"select distinct {queries.outlet_label('a')} from articles a"):
        assert str(markupsafe.escape(outlet)) in response.text
    # The seeds have no outlets: they are named by their headlines, not files.
    for (file,) in db.execute("select file from articles where outlet is null"):
        assert file not in response.text
    # The seeds carry remarks quoted by several outlets.
    if db.execute("select count(*) from quote_matches").fetchone()[0]:
        assert 'class="fc-coverage"' in response.text


@pytest.mark.asyncio
async def test_menu_links_to_dashboard(db_path):
    ds = make_datasette(db_path)
    html = (await ds.client.get("/")).text
    assert 'href="/-/factcheck"' in html


@pytest.mark.asyncio
async def test_context_view_escapes_and_marks(db_path):
    ds = make_datasette(db_path)
    response = await ds.client.get("/factcheck/-/factcheck/article/3")
    assert response.status_code == 200
    html = response.text
    assert "<script>alert('x')</script>" not in html
    assert "&lt;script&gt;alert(" in html
    assert "A &lt;b&gt;bold&lt;/b&gt; pledge" in html  # title text escaped too
    assert re.search(
        rf'<a class="fc-mark-link" href="/factcheck/quotes/{QUOTE_COAST}" id="q{QUOTE_COAST}"><mark [^>]*>'
        r"We stand with partners as long as it takes</mark></a>",
        html,
    )


@pytest.mark.asyncio
async def test_context_view_marks_headline_quotes_in_the_title(db_path):
    ds = make_datasette(db_path)
    html = (await ds.client.get("/factcheck/-/factcheck/article/1")).text
    title = html[html.index('<h1 class="fc-article-title">') :]
    title = title[: title.index("</h1>")]
    assert '<mark class="fc-mark' in title and "Bridges first</mark>" in title


@pytest.mark.asyncio
async def test_context_view_on_seeds_places_every_quote(seeds_db):
    ds = make_datasette(seeds_db, metadata={})
    db = sqlite_utils.Database(seeds_db)
    for article_id, count in db.execute(
        "select article_id, count(*) from quotes where location != 'removed' group by 1"
    ):
        html = (await ds.client.get(f"/factcheck/-/factcheck/article/{article_id}")).text
        # Overlapping quotes are listed rather than drawn; most are drawn.
        assert html.count('<mark class="fc-mark') >= count * 0.8


@pytest.mark.asyncio
@pytest.mark.parametrize("path", ["/factcheck/-/factcheck/article/999", "/nope/-/factcheck", "/nope/-/factcheck/queue"])
async def test_not_found(db_path, path):
    ds = make_datasette(db_path)
    assert (await ds.client.get(path)).status_code == 404


@pytest.mark.asyncio
async def test_private_database_pages_are_forbidden(db_path):
    ds = make_datasette(db_path, metadata={"databases": {"factcheck": {"allow": {"id": "root"}}}})
    for path in ["/factcheck/-/factcheck", "/factcheck/-/factcheck/queue", "/factcheck/-/factcheck/article/1"]:
        assert (await ds.client.get(path)).status_code == 403
    overview = await ds.client.get("/-/factcheck")
    assert "Harbour Gazette" not in overview.text


@pytest.mark.asyncio
async def test_database_page_opens_on_what_people_read(db_path):
    ds = make_datasette(db_path)
    html = (await ds.client.get("/factcheck")).text
    assert "select * from articles</textarea>" in html
    listed = re.findall(r'<h3><a href="/factcheck/([a-z_]+)">', html)
    assert listed[:3] == ["articles", "quotes", "claims"]
    # The matcher's working tables are behind the "hidden tables" link.
    for working in ("quote_shingles", "claim_keys", "pending_matches", "remarks"):
        assert working not in listed
    assert "hidden tables</a>" in html
    shown = re.findall(r'<h3><a href="/factcheck/([a-z_]+)">', (await ds.client.get("/factcheck?_show_hidden=1")).text)
    assert "quote_shingles" in shown
    # It opens with the findings, each a link to its rows.
    assert 'class="fc-finding fc-f-changed"' in html and 'href="/factcheck/altered_quotes"' in html


@pytest.mark.asyncio
async def test_articles_are_paged(tmp_path):
    from datasette_factcheck.web import dashboard

    path = build_db(tmp_path / "factcheck.db")
    db = sqlite_utils.Database(path)
    for i in range(dashboard.ARTICLES_PAGE_SIZE + 5):
        db["articles"].insert({"file": f"extra{i}.txt", "title": f"Extra article {i}", "body": "", "content_hash": f"x{i}",
                               "ingested_at": "2024-05-10T00:00:00+00:00"})
    ds = make_datasette(path)
    first = (await ds.client.get("/factcheck/-/factcheck/articles")).text
    second = (await ds.client.get("/factcheck/-/factcheck/articles?page=2")).text
    total = dashboard.ARTICLES_PAGE_SIZE + 8
    assert first.count('<li><a href="/factcheck/-/factcheck/article/') == dashboard.ARTICLES_PAGE_SIZE
    assert second.count('<li><a href="/factcheck/-/factcheck/article/') == total - dashboard.ARTICLES_PAGE_SIZE
    assert "Page 1 of 2" in first and 'href="/factcheck/-/factcheck/articles?page=2"' in first
    dashboard_html = (await ds.client.get("/factcheck/-/factcheck")).text
    assert dashboard_html.count('<li><a href="/factcheck/-/factcheck/article/') == dashboard.ARTICLES_ON_DASHBOARD
    assert f"All {total} articles" in dashboard_html


@pytest.mark.asyncio
async def test_row_page_names_the_article_and_speaker_an_id_points_to(db_path):
    ds = make_datasette(db_path)
    db = sqlite_utils.Database(db_path)
    article_id = db.execute("select article_id from quotes where id = ?", [QUOTE_COAST]).fetchone()[0]
    html = (await ds.client.get(f"/factcheck/quotes/{QUOTE_COAST}")).text
    cell = re.search(r'<td class="col-article_id[^"]*">(.*?)</td>', html, re.S).group(1)
    if compat.LINE_1_0:
        # 1.0a links the id itself, labelled by the article's unique text
        # column (its file name) unless configured otherwise.
        assert f'<a href="/factcheck/articles/{article_id}">' in cell
        return
    # The headline is scraped text: it is a link's words, escaped, never markup.
    assert f'<a href="/factcheck/articles/{article_id}">A &lt;b&gt;bold&lt;/b&gt; pledge</a>' in cell
    speaker = re.search(r'<td class="col-speaker_id[^"]*">(.*?)</td>', html, re.S).group(1)
    assert ">Ana Ruiz</a>" in speaker
    summary = html[html.index('class="fc-row-summary"'):]
    assert f'href="/factcheck/-/factcheck/article/{article_id}#q{QUOTE_COAST}"' in summary[:2000]


@pytest.mark.asyncio
async def test_queue_is_paged_and_pages_keep_the_filters(tmp_path):
    from datasette_factcheck.web import views

    path = build_db(tmp_path / "factcheck.db")
    db = sqlite_utils.Database(path)
    article = db.execute("select min(id) from articles").fetchone()[0]
    extra = views.QUEUE_PAGE_SIZE + 7
    db["claims"].insert_all(
        {"article_id": article, "text": f"Claim number {i} about the harbour", "kind": "count", "start": i, "end": i + 1,
         "paragraph": 1} for i in range(extra)
    )
    ds = make_datasette(path)
    rows = re.compile(r'<a href="/factcheck/claims/\d+">claim \d+</a>')
    first = (await ds.client.get("/factcheck/-/factcheck/queue?type=claim")).text
    total = extra + 2  # and the two claims build_db writes
    assert f"{total} items match" in first
    assert len(rows.findall(first)) == views.QUEUE_PAGE_SIZE
    assert 'href="/factcheck/-/factcheck/queue?type=claim&amp;page=2"' in first
    second = (await ds.client.get("/factcheck/-/factcheck/queue?type=claim&page=2")).text
    assert len(rows.findall(second)) == total - views.QUEUE_PAGE_SIZE
