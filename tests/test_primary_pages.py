"""The primary-source check on pages: the quote's page shows it above the
other outlets' versions, the queue filters by suggested verdict, the
dashboard counts changes of meaning, the canned query lists them."""

import re

import pytest
import sqlite_utils

from datasette_factcheck import ingest

try:
    from .primary_story import write_story
    from .test_review_support import actor_cookies, make_datasette
except ImportError:
    from primary_story import write_story
    from test_review_support import actor_cookies, make_datasette


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    root = tmp_path_factory.mktemp("primary")
    folder = write_story(root / "story")
    path = root / "factcheck.db"
    summary = ingest.run(str(path), [folder], jobs=1)
    assert not summary.rejected
    return path


def quote_id(path, text):
    return sqlite_utils.Database(path).execute("select id from quotes where text = ?", [text]).fetchone()[0]


async def page(path, url, actor="root"):
    ds = make_datasette(path)
    response = await ds.client.get(url, cookies=actor_cookies(ds, actor))
    assert response.status_code == 200, response.text
    return response.text


@pytest.mark.asyncio
async def test_quote_page_shows_the_primary_source_first(story):
    html = await page(story, f"/factcheck/quotes/{quote_id(story, 'The ferry fares will go up this year,')}")
    panel = html.index('id="fc-primary-heading"')
    assert panel < html.index('id="fc-versions-heading"') < html.index('class="fc-review"')
    section = html[panel : html.index("</section>", panel)]
    assert "found with changes" in section
    assert "changes the meaning" in section and "negation dropped" in section
    assert "Suggested verdict" in section and ">altered<" in section
    assert "Harbour briefing, 3 March" in section and "said by <strong>Ada Okafor</strong>" in section
    assert "<ins>not</ins>" in section


@pytest.mark.asyncio
async def test_assembled_quote_page_shows_the_gap(story):
    text = "The north pier will reopen in May. We looked at every option with the council,"
    html = await page(story, f"/factcheck/quotes/{quote_id(story, text)}")
    assert "assembled from separate passages" in html
    assert re.search(r"Cut between the passages:</strong> passages 2 and 4: \d+ words cut between", html)


@pytest.mark.asyncio
async def test_suggestion_is_not_a_verdict(story):
    html = await page(story, f"/factcheck/quotes/{quote_id(story, 'The ferry fares will go up this year,')}")
    review = html[html.index('class="fc-review"') :]
    assert "none yet" in review
    assert '<option value="altered" selected>' not in review


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "suggested, expected",
    [
        ("altered", {"The ferry fares will go up this year,", "The work on the eastern quay is finished,"}),
        ("spliced", {"The north pier will reopen in May. We looked at every option with the council,"}),
        ("misattributed", {"Will the ferry fares go up for the islanders this year?"}),
        ("not in the primary sources", {"We will build a second marina by the lighthouse next spring,"}),
    ],
)
async def test_queue_filters_by_suggested_verdict(story, suggested, expected):
    ds = make_datasette(story)
    response = await ds.client.get("/factcheck/-/factcheck/queue", params={"suggested": suggested},
                                   cookies=actor_cookies(ds, "root"))
    assert response.status_code == 200
    shown = {q for q in expected_texts(story) if q in response.text}
    assert shown == expected


def expected_texts(path):
    return [r[0] for r in sqlite_utils.Database(path).execute("select text from quotes where kind = 'quote'")]


@pytest.mark.asyncio
async def test_dashboard_counts_changes_of_meaning(story):
    html = await page(story, "/factcheck/-/factcheck")
    counts = re.sub(r"\s+", " ", html[html.index('class="fc-primary-counts"') :][:1500])
    assert re.search(r'<a href="/factcheck/meaning_changes">Changes that alter the meaning</a>:', counts)
    assert re.search(r"\b3 quotes against the primary sources", counts)
    assert "1 misattributed" in counts and "3 accurate" in counts


@pytest.mark.asyncio
async def test_meaning_changes_query(story):
    ds = make_datasette(story)
    rows = (await ds.client.get("/factcheck/meaning_changes.json?_shape=array")).json()
    labels = {__import__("json").loads(r["quote"])["label"] for r in rows}
    assert "The ferry fares will go up this year," in labels
    assert "The north pier will reopen in May," not in labels
    assert all(r["compared_with"].startswith(("primary source: ", "other outlet: ")) for r in rows)


@pytest.mark.asyncio
async def test_altered_quotes_lists_changes_of_meaning_first(tmp_path):
    folder = tmp_path / "pairs"
    folder.mkdir()
    texts = {
        "one.txt": ("Harbour Herald", "The council will repair the old stone bridge over the river before the winter storms",
                    "The ferry company has agreed to keep every crossing running through the long summer season"),
        "two.txt": ("Coastal Times", "The council will repair the old granite bridge over the river before the winter storms",
                    "The ferry company has not agreed to keep every crossing running through the long summer season"),
    }
    for name, (outlet, first, second) in texts.items():
        (folder / name).write_text(
            f"---\noutlet: {outlet}\n---\nBridge news\n\nThe council met on Monday.\n\n"
            f"\u201c{first},\u201d Mayor Ada Okafor said.\n\nShe added: \u201c{second}.\u201d\n",
            encoding="utf-8",
        )
    path = tmp_path / "pairs.db"
    ingest.run(str(path), [folder], jobs=1)
    ds = make_datasette(path)
    rows = (await ds.client.get("/pairs/altered_quotes.json?_shape=array")).json()
    assert [r["significance"] for r in rows] == ["meaning", "meaning", "wording", "wording"]
    assert "not" in rows[0]["differences"]


PRIMARY_TABLES = ["primary_sources", "primary_checks", "primary_passages"]


@pytest.mark.asyncio
@pytest.mark.parametrize("who,sees", [(None, False), ("bob", False), ("alice", True)])
async def test_primary_sources_follow_their_tables_permissions(story, who, sees):
    metadata = {
        "plugins": {"datasette-factcheck": {"review_allow": {"id": ["alice", "root"]}}},
        "databases": {"factcheck": {"tables": {t: {"allow": {"id": ["alice"]}} for t in PRIMARY_TABLES}}},
    }
    ds = make_datasette(story, metadata=metadata)
    await ds.invoke_startup()
    quote_page = await ds.client.get(f"/factcheck/quotes/{quote_id(story, 'The ferry fares will go up this year,')}",
                                     cookies=actor_cookies(ds, who))
    assert quote_page.status_code == 200
    assert ("Harbour briefing, 3 March" in quote_page.text) is sees
    assert ('id="fc-primary-heading"' in quote_page.text) is sees
    query = await ds.client.get(ds.urls.query("factcheck", "meaning_changes"), cookies=actor_cookies(ds, who))
    assert query.status_code == (200 if sees else 403)
    assert ("Harbour briefing, 3 March" in query.text) is sees
