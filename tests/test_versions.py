"""The "other versions" panel of a quote's row page."""

import re
from pathlib import Path

import pytest
import sqlite_utils
import yaml
from datasette.app import Datasette

from datasette_factcheck.web import versions
from datasette_factcheck.db.schema import ensure_schema

ROOT = Path(__file__).resolve().parent.parent
METADATA = yaml.safe_load((ROOT / "metadata.yml").read_text())


@pytest.mark.parametrize(
    "text,other,here,there",
    [
        (
            "the team will win the cup",
            "the team will surely win the cup",
            [("equal", "the team will win the cup")],
            [("equal", "the team will"), ("insert", "surely"), ("equal", "win the cup")],
        ),
        (
            "prices rose by ten percent last year",
            "prices rose by twelve percent last year",
            [("equal", "prices rose by"), ("delete", "ten"), ("equal", "percent last year")],
            [("equal", "prices rose by"), ("insert", "twelve"), ("equal", "percent last year")],
        ),
        (
            "We will build it now.",
            "We will build it now.",
            [("equal", "We will build it now.")],
            [("equal", "We will build it now.")],
        ),
    ],
)
def test_side_by_side(text, other, here, there):
    diff = versions.side_by_side(text, other)
    assert [(r["op"], r["words"]) for r in diff["here"]] == here
    assert [(r["op"], r["words"]) for r in diff["there"]] == there


LONG = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"


@pytest.mark.parametrize(
    "text,other,here",
    [
        # The ellipsis where a splice joins two passages stays visible.
        (
            "the port will reopen in spring … the tolls will not rise",
            "the tolls will not rise",
            [("delete", "the port will reopen in spring"), ("join", "…"), ("equal", "the tolls will not rise")],
        ),
        # A long passage the other version lacks is counted, not repeated.
        (
            f"{LONG} … the tolls will not rise",
            "the tolls will not rise",
            [("skip", "15 words"), ("join", "…"), ("equal", "the tolls will not rise")],
        ),
        # A short change is still shown word for word.
        (
            "the tolls will not rise this year",
            "the tolls will rise this year",
            [("equal", "the tolls will"), ("delete", "not"), ("equal", "rise this year")],
        ),
    ],
)
def test_side_by_side_shows_joins_and_counts_long_runs(text, other, here):
    assert [(r["op"], r["words"]) for r in versions.side_by_side(text, other)["here"]] == here


def test_side_by_side_keeps_each_sides_printing():
    diff = versions.side_by_side("“Rates will rise,” she said", "rates will rise")
    there = " ".join(r["words"] for r in diff["there"])
    assert there.startswith("rates")


class Corpus:
    def __init__(self, path: Path):
        self.path = path
        self.db = sqlite_utils.Database(path)
        ensure_schema(self.db)

    def article(self, file, title, outlet, published=None):
        return self.db["articles"].insert(
            {"file": file, "title": title, "outlet": outlet, "published": published, "body": "",
             "content_hash": file, "ingested_at": "2024-01-01T00:00:00+00:00"}
        ).last_pk

    def quote(self, article, text, speaker=None, kind="quote", as_printed=None):
        return self.db["quotes"].insert(
            {"article_id": article, "text": text, "speaker_id": speaker, "kind": kind,
             "speaker_as_printed": as_printed, "start": 0, "end": len(text), "paragraph": 1}
        ).last_pk

    def relate(self, a, b, relation, back, similarity, differences):
        self.db["quote_matches"].insert_all(
            [
                {"quote_id": a, "other_quote_id": b, "relation": relation, "similarity": similarity,
                 "differences": differences},
                {"quote_id": b, "other_quote_id": a, "relation": back, "similarity": similarity,
                 "differences": differences},
            ]
        )


@pytest.fixture
def harbour(tmp_path):
    """A harbour master's remark in three outlets: verbatim, altered and
    spliced; one outlet without a name; one quote no one else printed."""
    c = Corpus(tmp_path / "factcheck.db")
    a = c.article("port-daily.txt", "Harbour to reopen", "Port Daily", "2024-05-02")
    b = c.article("coast-post.txt", None, None, "2024-05-03")
    d = c.article("bay-herald.txt", "Ferries return", "Bay Herald")
    boss = c.db["speakers"].insert({"name": "Ana Silva"}).last_pk
    q = {
        "here": c.quote(a, "The harbour will reopen before the summer season.", boss),
        "verbatim": c.quote(b, "The harbour will reopen before the summer season.", None, as_printed="she"),
        "altered": c.quote(d, "The harbour will reopen fully<script>x before the summer season.", boss),
        "other": c.quote(a, "Ferries need a deeper channel.", boss),
        "splice": c.quote(d, "Ferries need a deeper channel. The harbour will reopen.", boss),
        "alone": c.quote(a, "I thank the divers for their work.", boss),
        "scare": c.quote(a, "deeper", None, kind="scare"),
    }
    c.relate(q["here"], q["verbatim"], "verbatim", "verbatim", 1.0, None)
    c.relate(q["altered"], q["here"], "altered", "altered", 0.89, "added 'fully<script>x'")
    c.relate(q["splice"], q["other"], "spliced", "part_of_splice", 0.7, "joins 2 passages; dropped 'before the summer season'")
    c.relate(q["splice"], q["here"], "spliced", "part_of_splice", 0.6, "joins 2 passages")
    return c, q, boss


async def page(c, quote_id, **settings):
    ds = Datasette([str(c.path)], metadata=METADATA, settings=settings or None)
    response = await ds.client.get(f"/factcheck/quotes/{quote_id}")
    assert response.status_code == 200, response.text
    return response.text


def panel(html):
    match = re.search(r'<section class="fc-versions".*?</section>', html, re.S)
    assert match, "no versions panel"
    return match.group(0)


@pytest.mark.asyncio
async def test_row_context(harbour):
    c, q, boss = harbour
    ds = Datasette([str(c.path)], metadata=METADATA)
    context = await versions.row_context(ds, "factcheck", q["here"])
    found = context["factcheck_versions"]
    # verbatim first, then the altered, then the splice that uses it
    assert [(v["quote_id"], v["relation"]) for v in found] == [
        (q["verbatim"], "verbatim"),
        (q["altered"], "altered"),
        (q["splice"], "part_of_splice"),
    ]
    verbatim, altered, splice = found
    assert verbatim["outlet"] == "coast-post.txt" and verbatim["title"] == "coast-post.txt"
    assert verbatim["speaker"] == "she" and verbatim["speaker_url"] is None
    assert altered["speaker_url"] == f"/factcheck/speakers/{boss}"
    assert altered["article_url"].startswith("/factcheck/articles/")
    assert altered["quote_url"] == f"/factcheck/quotes/{q['altered']}"
    assert altered["percent"] == 89
    assert ("insert", "fully<script>x") in [(r["op"], r["words"]) for r in altered["diff"]["there"]]
    assert context["factcheck_quote"]["matched"] is True


@pytest.mark.asyncio
@pytest.mark.parametrize("missing", [10_000])
async def test_row_context_of_missing_quote(harbour, missing):
    c, q, boss = harbour
    ds = Datasette([str(c.path)], metadata=METADATA)
    assert await versions.row_context(ds, "factcheck", missing) == {}


@pytest.mark.asyncio
async def test_panel_shows_versions_with_diff(harbour):
    c, q, boss = harbour
    html = panel(await page(c, q["here"]))
    assert "Other versions" in html
    assert "Port Daily" in html and "coast-post.txt" in html and "Bay Herald" in html
    assert "verbatim" in html and "altered" in html and "part of splice" in html
    assert "89% similar" in html
    # inserted words marked and escaped; article text never becomes markup
    assert "<ins>fully&lt;script&gt;x</ins>" in html
    assert "fully<script>x" not in html
    assert "added &#39;fully&lt;script&gt;x&#39;" in html
    assert f'href="/factcheck/quotes/{q["altered"]}"' in html
    assert f'href="/factcheck/speakers/{boss}"' in html
    assert "Single source" not in html
    assert "a different speaker" not in html


@pytest.mark.asyncio
async def test_panel_flags_a_different_speaker(harbour):
    c, q, boss = harbour
    other = c.db["speakers"].insert({"name": "Rui Costa"}).last_pk
    c.db["quotes"].update(q["altered"], {"speaker_id": other})
    html = panel(await page(c, q["here"]))
    assert html.count("a different speaker from this article's") == 1
    assert f'href="/factcheck/speakers/{other}">Rui Costa</a>' in html


@pytest.mark.asyncio
async def test_panel_marks_deletions_on_this_side(harbour):
    c, q, boss = harbour
    html = panel(await page(c, q["splice"]))
    # The splice's own words that the passage it borrows from lacks are struck.
    assert re.search(r"<del>[^<]*The harbour will reopen[^<]*</del>", html)
    # from the splice's side both passages it joins are listed as spliced
    assert html.count("fc-relation fc-spliced") == 2
    assert "dropped &#39;before the summer season&#39;" in html


@pytest.mark.asyncio
async def test_panel_single_source(harbour):
    c, q, boss = harbour
    html = panel(await page(c, q["alone"]))
    assert "Single source: no other ingested article carries this quotation." in html
    assert "<ins>" not in html and "<del>" not in html


@pytest.mark.asyncio
async def test_panel_scare_quote_is_not_called_single_source(harbour):
    c, q, boss = harbour
    html = panel(await page(c, q["scare"]))
    assert "Single source" not in html
    assert "not matched across sources" in html


@pytest.mark.asyncio
async def test_panel_links_under_base_url(harbour):
    c, q, boss = harbour
    html = panel(await page(c, q["here"], base_url="/desk/"))
    hrefs = re.findall(r'href="([^"]+)"', html)
    assert hrefs and all(h.startswith("/desk/factcheck/") for h in hrefs), hrefs


@pytest.mark.asyncio
async def test_no_panel_on_other_tables(harbour):
    c, q, boss = harbour
    ds = Datasette([str(c.path)], metadata=METADATA)
    html = (await ds.client.get("/factcheck/articles/1")).text
    assert "fc-versions" not in html
