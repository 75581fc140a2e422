"""The static published site: relative links only, no forms, a consistent
database download, ClaimReview JSON-LD and the search index; and the seeds'
site in a real browser, served from a sub-path by a plain static file server:
a reader clicks from the index to a quote, to its version in another outlet,
to the article, and finds a quote by searching."""

from __future__ import annotations

import csv
import json
import posixpath
import re
import shutil
import sqlite3
import subprocess
import sys
import time
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import sqlite_utils
from click.testing import CliRunner

from datasette_factcheck.publish import claimreview
from datasette_factcheck.db import schema
from datasette_factcheck.publish import site
from datasette_factcheck.cli import factcheck

try:
    from .servers import free_port
except ImportError:
    from servers import free_port

ROOT = Path(__file__).resolve().parent.parent
METADATA = ROOT / "metadata.yml"

# Three reports of one council vote, written for these tests in the styles of
# the seeds (headline, byline, quotes with attribution). The body of the
# second carries markup-like text that must never escape into the page.
ARTICLES = [
    {
        "id": 1,
        "file": "harbour_a.txt",
        "title": "Council backs harbour plan: 'We cannot wait another decade'",
        "outlet": "The Harbour Gazette",
        "url": "https://gazette.example/harbour-plan",
        "published": "2024-03-02",
        "body": "The council voted 9-2 on Tuesday to fund the new sea wall.\n\n"
        '"We cannot wait another decade," said Mayor Ines Okafor.',
    },
    {
        "id": 2,
        "file": "harbour_b.txt",
        "title": "Mayor: sea wall 'cannot wait' </script><b>",
        "outlet": "Coastal Daily & Co",
        "url": None,
        "published": "2024-03-03",
        "body": 'Mayor Ines Okafor said: "We cannot wait." The wall will cost £40 million </script>.',
    },
    {
        "id": 3,
        "file": "harbour_c.txt",
        "title": "Opposition warns over harbour costs",
        "outlet": "Bay Radio",
        "url": "https://radio.example/harbour",
        "published": "2024-03-04",
        "body": '"The numbers do not add up," councillor Tom Reyes told Bay Radio.',
    },
]
QUOTES = [
    # id, article, speaker, text
    (1, 1, 1, "We cannot wait another decade"),
    (2, 2, 1, "We cannot wait </script><script>alert(1)</script>"),
    (3, 3, 2, "The numbers do not add up"),
]
# Enough extra quotes for several table pages at the test page size.
EXTRA_QUOTES = 11
PAGE_SIZE = 5


def make_db(path: Path, wal_pending: bool = False) -> Path:
    db = sqlite_utils.Database(path)
    schema.ensure_schema(db)
    now = "2024-03-05T10:00:00+00:00"
    for a in ARTICLES:
        db["articles"].insert({**a, "content_hash": a["file"], "ingested_at": now})
    db["speakers"].insert_all([{"id": 1, "name": "Ines Okafor"}, {"id": 2, "name": "Tom Reyes"}])
    rows = [
        {"id": i, "article_id": a, "speaker_id": s, "speaker_as_printed": "Mayor", "text": t, "start": 0, "end": len(t), "paragraph": 1}
        for i, a, s, t in QUOTES
    ]
    rows += [
        {"id": 100 + n, "article_id": 3, "speaker_id": 2, "speaker_as_printed": "he", "text": f"Harbour remark number {n}", "start": 0, "end": 5, "paragraph": 2}
        for n in range(EXTRA_QUOTES)
    ]
    db["quotes"].insert_all(rows)
    db["claims"].insert_all(
        [
            {"id": 1, "article_id": 1, "text": "The council voted 9-2 on Tuesday to fund the new sea wall.", "kind": "count", "start": 0, "end": 10, "paragraph": 1},
            {"id": 2, "article_id": 2, "text": "The wall will cost £40 million </script>.", "kind": "money", "start": 0, "end": 10, "paragraph": 1},
        ]
    )
    db["quote_matches"].insert_all(
        [
            {"quote_id": 1, "other_quote_id": 2, "relation": "altered", "similarity": 0.6, "differences": "shortened"},
            {"quote_id": 2, "other_quote_id": 1, "relation": "altered", "similarity": 0.6, "differences": "shortened"},
        ]
    )
    db.conn.commit()
    # Verdicts are set the way any SQL client would.
    db.execute("update quotes set verdict = 'altered', status = 'done', reviewed_at = '2024-03-06', note = 'Cut <mid-sentence> & re-ordered' where id = 2")
    db.execute("update claims set verdict = 'false', status = 'done', reviewed_at = '2024-03-07' where id = 2")
    db.conn.commit()
    db.close()
    return path


class Page(HTMLParser):
    """Everything the checks below look at in one HTML file."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.forms: list[dict] = []
        self.scripts: list[tuple[dict, str]] = []
        self._script: dict | None = None
        self._script_text: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append(attrs)
        for name in ("href", "src", "action"):
            if attrs.get(name) is not None:
                self.links.append((tag, name, attrs[name]))
        if tag == "script":
            self._script, self._script_text = attrs, []

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script, "".join(self._script_text)))
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script_text.append(data)
        else:
            self.text.append(data)


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text("utf-8"))
    page.close()
    return page


def json_ld(path: Path) -> list[dict]:
    return [json.loads(text) for attrs, text in parse(path).scripts if attrs.get("type") == "application/ld+json"]


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """(database, site folder) for the hand-written council articles."""
    base = tmp_path_factory.mktemp("small")
    db = make_db(base / "factcheck.db")
    out = base / "out"
    site.build_site(db, out, metadata=METADATA, page_size=PAGE_SIZE)
    return db, out


@pytest.fixture(scope="module")
def seeds_site(tmp_path_factory, seeds_db):
    """The seeds with verdicts on one matched quote and one claim, published;
    returns (database, site folder, reviewed quote id, reviewed claim id)."""
    base = tmp_path_factory.mktemp("seeds_site")
    db = base / "factcheck.db"
    sqlite_utils.Database(seeds_db).execute(f"VACUUM INTO '{db}'")
    conn = sqlite3.connect(db)
    quote_id = conn.execute("select quote_id from quote_matches order by quote_id limit 1").fetchone()[0]
    claim_id = conn.execute("select min(id) from claims").fetchone()[0]
    conn.execute("update quotes set verdict = 'altered', status = 'done', reviewed_at = '2024-05-01' where id = ?", (quote_id,))
    conn.execute("update claims set verdict = 'misleading', status = 'done', reviewed_at = '2024-05-02' where id = ?", (claim_id,))
    conn.commit()
    conn.close()
    out = base / "site"
    result = site.build_site(db, out, metadata=METADATA)
    assert result.pages > 50
    return db, out, quote_id, claim_id


# -- the URL scheme ------------------------------------------------------------


@pytest.mark.parametrize(
    "path,page,expected",
    [
        ("/", 1, "index.html"),
        ("/.json", 1, "index.json"),
        ("/factcheck", 1, "factcheck.html"),
        ("/factcheck.db", 1, "factcheck.db"),
        ("/factcheck/quotes", 1, "factcheck/quotes.html"),
        ("/factcheck/quotes", 3, "factcheck/quotes.page3.html"),
        ("/factcheck/quotes.json", 2, "factcheck/quotes.page2.json"),
        ("/factcheck/quotes/12", 1, "factcheck/quotes/12.html"),
        ("/factcheck/quotes/12.json", 1, "factcheck/quotes/12.json"),
        ("/factcheck/quote_matches/1,2", 1, "factcheck/quote_matches/1,2.html"),
        ("/factcheck/speaker_aliases/3,James+O~E2~80~99Brien", 1, "factcheck/speaker_aliases/3,James+O~E2~80~99Brien.html"),
        ("/-/static/app.css", 1, "-/static/app.css"),
        ("/-/factcheck", 1, "-/factcheck.html"),
    ],
)
def test_url_to_file(path, page, expected):
    assert site.file_for(path, page) == expected


@pytest.mark.parametrize(
    "source,target,expected",
    [
        ("index.html", "factcheck.html", "factcheck.html"),
        ("factcheck/quotes/1.html", "factcheck/articles/2.html", "../articles/2.html"),
        ("factcheck/quotes/1.html", "index.html", "../../index.html"),
        ("factcheck/quotes.html", "factcheck/quotes/1.html", "quotes/1.html"),
        ("factcheck/quotes/1.html", "factcheck/quotes/1.json", "1.json"),
        ("index.html", "-/static/app.css", "-/static/app.css"),
        ("factcheck/t/a:b.html", "factcheck/t/c:d.html", "./c:d.html"),
    ],
)
def test_relative_hrefs(source, target, expected):
    assert site.href_between(source, target) == expected


# -- JSON inside <script> ------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["</script><script>alert(1)</script>", "<!-- x -->", "Tom & Jerry &amp;", "line\u2028sep", {"a": ["<b>", ">"]}],
)
def test_json_for_script_cannot_close_the_element(value):
    text = claimreview.dumps_for_script(value)
    assert not set("<>&") & set(text)
    assert json.loads(text) == value


@pytest.mark.parametrize(
    "item_type,item,article,author",
    [
        ("quote", {"text": "x", "verdict": "accurate", "speaker": "Ines Okafor"}, {"outlet": "Gazette"}, {"@type": "Person", "name": "Ines Okafor"}),
        ("claim", {"text": "x", "verdict": "false"}, {"outlet": "Gazette"}, {"@type": "Organization", "name": "Gazette"}),
    ],
)
def test_claim_review_author(item_type, item, article, author):
    review = claimreview.claim_review(item, item_type, article, page_url="p.html")
    assert review["itemReviewed"]["author"] == author
    assert review["reviewRating"]["alternateName"] == item["verdict"]


@pytest.mark.parametrize("verdict", [None, "", "   "])
def test_no_claim_review_without_verdict(verdict):
    assert claimreview.claim_review({"text": "x", "verdict": verdict}, "quote", {}, page_url="p.html") is None


@pytest.mark.parametrize(
    "relative,site_url,expected",
    [
        ("factcheck/quotes/2.html", None, "factcheck/quotes/2.html"),
        ("factcheck/quotes/2.html", "https://example.org/checks", "https://example.org/checks/factcheck/quotes/2.html"),
        ("factcheck/quotes/2.html", "https://example.org/checks/", "https://example.org/checks/factcheck/quotes/2.html"),
    ],
)
def test_review_urls(relative, site_url, expected):
    assert claimreview.resolve_url(relative, site_url) == expected


# -- the whole output ----------------------------------------------------------


def link_problems(out: Path) -> list[str]:
    """Every relative href/src resolves to a file; nothing root-absolute or
    protocol-relative; no query strings a static host would ignore; no POST."""
    problems = []
    pages = sorted(out.rglob("*.html"))
    assert pages
    for path in pages:
        rel = path.relative_to(out).as_posix()
        page = parse(path)
        for form in page.forms:
            if (form.get("method") or "get").lower() == "post":
                problems.append(f"{rel}: POST form")
        for _tag, attr, value in page.links:
            if value.startswith(("/", "\\")):
                problems.append(f"{rel}: root-absolute {attr}={value}")
                continue
            parts = urlsplit(value)
            if parts.scheme in ("http", "https", "mailto") or value.startswith("#"):
                if parts.netloc in ("localhost", "127.0.0.1"):
                    problems.append(f"{rel}: link to the build server {value}")
                continue
            if parts.scheme:
                problems.append(f"{rel}: {attr}={value}")
                continue
            if parts.query:
                problems.append(f"{rel}: query string in {value}")
            target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), unquote(parts.path)))
            if target.startswith("..") or not (out / target).is_file():
                problems.append(f"{rel}: {attr}={value} -> missing {target}")
    return problems


@pytest.mark.both_lines  # builds a site through Datasette: slow
@pytest.mark.parametrize("which", ["small", "seeds"])
def test_every_link_resolves_and_no_forms(which, small, seeds_site):
    out = small[1] if which == "small" else seeds_site[1]
    assert link_problems(out) == []
    assert site.check_site(out) == []
    for path in out.rglob("*.html"):
        page = parse(path)
        assert page.forms == [], path
        text = " ".join(page.text)
        assert "Read-only published copy, built at " in text, path
        assert re.search(r"built at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", text), path


@pytest.mark.both_lines  # builds a site through Datasette: slow
def test_pages_a_reader_needs_exist(small):
    _db, out = small
    for name in [
        "index.html", "index.json", "factcheck.html", "factcheck.json", "factcheck.db",
        "factcheck/quotes.html", "factcheck/quotes.json", "factcheck/quotes.csv",
        "factcheck/claims.html", "factcheck/articles.html", "factcheck/speakers.html",
        "factcheck/quotes/2.html", "factcheck/quotes/2.json", "factcheck/claims/2.html",
        "factcheck/articles/1.html", "factcheck/speakers/1.html",
        "search.html", "search-index.json", "claimreview.json",
        "-/static/app.css", "-/static-plugins/datasette-factcheck/factcheck.css",
        "-/static-plugins/datasette-factcheck/search.js",
    ]:
        assert (out / name).is_file(), name


@pytest.mark.both_lines  # builds a site through Datasette: slow
def test_table_pages_follow_pagination(small):
    db, out = small
    total = sqlite3.connect(db).execute("select count(*) from quotes").fetchone()[0]
    pages = ["factcheck/quotes.html"] + [f"factcheck/quotes.page{n}.html" for n in range(2, 10)]
    linked = set()
    for name in pages:
        if not (out / name).exists():
            break
        for _tag, _attr, value in parse(out / name).links:
            m = re.fullmatch(r"quotes/(\d+)\.html", value)
            if m:
                linked.add(int(m.group(1)))
    assert -(-total // PAGE_SIZE) > 1
    assert (out / f"factcheck/quotes.page{-(-total // PAGE_SIZE)}.html").exists()
    assert len(linked) == total
    # Each page links the next as a plain file.
    assert ("a", "href", "quotes.page2.html") in parse(out / "factcheck/quotes.html").links
    data = json.loads((out / "factcheck/quotes.json").read_text())
    assert data["next_url"] == "quotes.page2.json"
    # The table's CSV is the whole table, not its first page.
    with open(out / "factcheck/quotes.csv", newline="") as f:
        assert len(list(csv.reader(f))) == total + 1


@pytest.mark.both_lines  # builds a site through Datasette: slow
def test_links_that_need_a_server_become_text(small):
    _db, out = small
    table = (out / "factcheck/quotes.html").read_text()
    assert "_sort" not in table and "_facet" not in table and "sql=" not in table
    assert 'class="fc-unlinked"' in table or "fc-unlinked" in table
    # The canned query's SQL stays readable without its form.
    query_pages = [p for p in (out / "factcheck").glob("*.html") if "<pre" in p.read_text()]
    for page in query_pages:
        assert parse(page).forms == []


@pytest.mark.both_lines  # builds a site through Datasette: slow
def test_article_text_cannot_break_out_of_the_page(small):
    _db, out = small
    html = (out / "factcheck/quotes/2.html").read_text()
    assert "<script>alert(1)</script>" not in html
    for attrs, text in parse(out / "factcheck/quotes/2.html").scripts:
        assert "alert(1)" not in text or attrs.get("type") == "application/ld+json"


# -- the database download -------------------------------------------------------


@pytest.mark.both_lines  # builds a site through Datasette: slow
def test_download_is_a_consistent_copy(small, tmp_path):
    db, out = small
    expected = site.snapshot_database(db, tmp_path / "copy.db")
    assert (out / "factcheck.db").read_bytes() == expected.read_bytes()
    published = sqlite3.connect(out / "factcheck.db")
    source = sqlite3.connect(db)
    for (table,) in source.execute("select name from sqlite_master where type = 'table' and name not like '%fts%'"):
        count = f"select count(*) from [{table}]"
        assert published.execute(count).fetchone() == source.execute(count).fetchone(), table
    assert published.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert published.execute("pragma journal_mode").fetchone()[0] != "wal"


@pytest.mark.both_lines  # builds a site through Datasette: slow
def test_rows_still_in_the_wal_are_published(tmp_path):
    db = make_db(tmp_path / "factcheck.db")
    writer = sqlite3.connect(db)
    writer.execute("pragma wal_autocheckpoint = 0")
    writer.execute("insert into speakers (id, name) values (99, 'Late Arrival')")
    writer.commit()
    assert (tmp_path / "factcheck.db-wal").stat().st_size > 0
    out = tmp_path / "out"
    site.build_site(db, out, metadata=METADATA)
    writer.close()
    published = sqlite3.connect(out / "factcheck.db")
    assert published.execute("select name from speakers where id = 99").fetchone() == ("Late Arrival",)
    assert (out / "factcheck/speakers/99.html").is_file()


# -- ClaimReview -----------------------------------------------------------------


@pytest.mark.both_lines  # builds a site through Datasette: slow
def test_claim_review_on_reviewed_quote_and_claim(small):
    _db, out = small
    [quote] = json_ld(out / "factcheck/quotes/2.html")
    assert quote["@type"] == "ClaimReview"
    assert quote["claimReviewed"] == QUOTES[1][3]
    assert quote["reviewRating"]["alternateName"] == "altered"
    assert quote["itemReviewed"]["author"] == {"@type": "Person", "name": "Ines Okafor"}
    assert quote["itemReviewed"]["appearance"]["headline"] == ARTICLES[1]["title"]
    # No address in the metadata: the article's page in this site, relative.
    assert quote["itemReviewed"]["appearance"]["url"] == "../articles/2.html"
    assert quote["url"] == "2.html"
    assert quote["datePublished"] == "2024-03-06"
    assert quote["author"]["name"] == "Fact-check desk"
    [claim] = json_ld(out / "factcheck/claims/2.html")
    assert claim["reviewRating"]["alternateName"] == "false"
    assert claim["itemReviewed"]["author"] == {"@type": "Organization", "name": "Coastal Daily & Co"}
    # The raw page never holds a closing tag inside the JSON-LD.
    raw = (out / "factcheck/quotes/2.html").read_text()
    block = raw.split('type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in block and "&" not in block


@pytest.mark.parametrize("page", ["factcheck/quotes/1.html", "factcheck/claims/1.html", "factcheck/articles/1.html"])
def test_no_claim_review_without_a_verdict(small, page):
    assert json_ld(small[1] / page) == []


@pytest.mark.both_lines  # builds a site through Datasette: slow
def test_claimreview_json_lists_every_verdict(small):
    _db, out = small
    reviews = json.loads((out / "claimreview.json").read_text())
    assert sorted(r["url"] for r in reviews) == ["factcheck/claims/2.html", "factcheck/quotes/2.html"]
    for review in reviews:
        assert (out / review["url"]).is_file()


@pytest.mark.both_lines  # builds a site through Datasette: slow
def test_only_finished_reviews_are_published_as_claimreview(tmp_path):
    db = make_db(tmp_path / "factcheck.db")
    conn = sqlite3.connect(db)
    conn.execute("update quotes set verdict = 'accurate', status = 'in_review', note = '**Still** checking' where id = 1")
    conn.execute("update quotes set note = 'Cut and **re-ordered**:\n\n- first point\n- second point' where id = 2")
    conn.commit()
    conn.close()
    out = tmp_path / "out"
    site.build_site(db, out, metadata=METADATA)
    reviews = json.loads((out / "claimreview.json").read_text())
    assert sorted(r["url"] for r in reviews) == ["factcheck/claims/2.html", "factcheck/quotes/2.html"]
    assert json_ld(out / "factcheck/quotes/1.html") == []
    [quote] = [r for r in reviews if r["url"] == "factcheck/quotes/2.html"]
    # reviewBody is text: the note's Markdown is rendered away, its words kept.
    assert quote["reviewBody"] == "Cut and re-ordered:\n\nfirst point\nsecond point"


@pytest.mark.both_lines  # builds a site through Datasette: slow
def test_front_page_says_what_was_found(small):
    _db, out = small
    page = parse(out / "index.html")
    text = " ".join(" ".join(page.text).split())
    # The small desk has one altered pair and two verdicts, one on a quote.
    assert "2 altered or spliced quotes" in text
    assert "quotes and claims done" in text
    hrefs = [value for tag, attr, value in page.links if tag == "a"]
    assert "factcheck/altered_quotes.html" in hrefs


@pytest.mark.both_lines  # builds a site through Datasette: slow
def test_site_url_makes_review_urls_absolute(tmp_path):
    db = make_db(tmp_path / "factcheck.db")
    out = tmp_path / "out"
    site.build_site(db, out, metadata=METADATA, site_url="https://checks.example/harbour/")
    [quote] = json_ld(out / "factcheck/quotes/2.html")
    assert quote["url"] == "https://checks.example/harbour/factcheck/quotes/2.html"
    assert quote["itemReviewed"]["appearance"]["url"] == "https://checks.example/harbour/factcheck/articles/2.html"


# -- the search index ------------------------------------------------------------


@pytest.mark.both_lines  # builds a site through Datasette: slow
def test_search_index(small):
    _db, out = small
    raw = (out / "search-index.json").read_text()
    assert "<" not in raw
    items = json.loads(raw)["items"]
    by_url = {i["url"]: i for i in items}
    quote = by_url["factcheck/quotes/1.html"]
    assert quote["type"] == "quote" and quote["speaker"] == "Ines Okafor"
    assert quote["outlet"] == "The Harbour Gazette" and quote["text"] == QUOTES[0][3]
    assert by_url["factcheck/claims/2.html"]["verdict"] == "false"
    for item in items:
        assert (out / item["url"]).is_file()


def test_search_script_never_writes_html():
    js = (ROOT / "datasette_factcheck/static/search.js").read_text()
    assert "innerHTML" not in js and "outerHTML" not in js and "insertAdjacentHTML" not in js
    assert "http" not in re.sub(r"//.*|/\*[\s\S]*?\*/", "", js)  # no CDN, nothing remote


# -- failures and the command line -------------------------------------------------


@pytest.mark.both_lines  # builds a site through Datasette: slow
def test_a_broken_linked_page_fails_the_build_naming_it(tmp_path):
    db = make_db(tmp_path / "factcheck.db")
    metadata = site.load_metadata(METADATA)
    metadata["databases"]["factcheck"]["queries"] = {"broken_query": "select * from no_such_table"}
    with pytest.raises(site.SiteError, match="/factcheck/broken_query"):
        site.build_site(db, tmp_path / "out", metadata=metadata)


def test_outdir_that_is_not_a_site_is_left_alone(tmp_path):
    db = make_db(tmp_path / "factcheck.db")
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    with pytest.raises(site.SiteError, match="not empty"):
        site.build_site(db, out)
    assert (out / "notes.txt").read_text() == "mine"


@pytest.mark.both_lines  # builds a site through Datasette: slow
def test_cli_builds_and_rebuilds(tmp_path):
    db = make_db(tmp_path / "factcheck.db")
    out = tmp_path / "out"
    runner = CliRunner()
    for _ in range(2):  # the second run replaces the first build
        result = runner.invoke(factcheck, ["build-site", str(db), str(out), "-m", str(METADATA), "--base-url-check"])
        assert result.exit_code == 0, result.output
        assert re.search(r"built \d+ pages in \d+\.\d s", result.output)
    assert (out / "factcheck/quotes/2.html").is_file()


# -- in a browser, under a sub-path ---------------------------------------------

SUB_PATH = "sub/path"
SCREENSHOT = Path("/tmp/factcheck-site-quote.png")


@pytest.fixture(scope="module")
def served(seeds_site, tmp_path_factory):
    """The site copied to PARENT/sub/path and PARENT served over HTTP."""
    _db, out, quote_id, claim_id = seeds_site
    parent = tmp_path_factory.mktemp("www")
    shutil.copytree(out, parent / SUB_PATH)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(parent)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/{SUB_PATH}/"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base, timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        else:
            pytest.fail("the static file server did not start")
        yield base, seeds_site
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    failed: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    yield page
    context.close()
    assert errors == [], errors
    assert failed == [], failed


def _click(page, selector: str) -> None:
    link = page.locator(selector).first
    assert link.count() == 1, f"no {selector} on {page.url}"
    with page.expect_navigation():
        link.click()


def test_click_from_index_to_quote_versions_and_article(served, page):
    base, (db, _out, quote_id, _claim_id) = served
    conn = sqlite3.connect(db)
    other_id, other_article = conn.execute(
        "select m.other_quote_id, q.article_id from quote_matches m join quotes q on q.id = m.other_quote_id"
        " where m.quote_id = ? order by m.other_quote_id limit 1",
        (quote_id,),
    ).fetchone()
    page.goto(base)
    assert page.url == base
    assert "Read-only published copy, built at" in page.inner_text(".fc-published-banner")

    _click(page, 'h2 a[href="factcheck.html"]')
    assert page.url == base + "factcheck.html"
    _click(page, 'a[href="factcheck/quotes.html"]')
    _click(page, f'a[href="quotes/{quote_id}.html"]')
    assert page.url == f"{base}factcheck/quotes/{quote_id}.html"
    page.screenshot(path=str(SCREENSHOT), full_page=True)

    # The versions panel links the same words as printed by other outlets;
    # without it, the quote_matches rows do.
    if page.locator("section.fc-versions").count():
        _click(page, f'section.fc-versions a[href="{other_id}.html"]')
    else:
        _click(page, f'a[href="../quote_matches/{quote_id},{other_id}.html"]')
        _click(page, f'a[href="../quotes/{other_id}.html"]')
    assert page.url == f"{base}factcheck/quotes/{other_id}.html"

    # To the article: the plugin's article view ("see in the article") or
    # the article's row page, whichever the quote page links.
    _click(page, f'a[href^="../-/factcheck/article/{other_article}.html"], a[href="../articles/{other_article}.html"]')
    assert page.url.split("#")[0] in (
        f"{base}factcheck/-/factcheck/article/{other_article}.html",
        f"{base}factcheck/articles/{other_article}.html",
    )
    title = conn.execute("select title from articles where id = ?", (other_article,)).fetchone()[0]
    assert title in page.inner_text("body")
    # Every stylesheet was found under the sub-path: the banner is styled.
    assert page.eval_on_selector(".fc-published-banner", "e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"


@pytest.mark.parametrize("width", [1400, 800])
def test_published_front_page_shows_the_findings(served, page, width):
    base, (db, _out, _quote_id, _claim_id) = served
    conn = sqlite3.connect(db)
    changed = conn.execute(
        "select count(distinct quote_id) from quote_matches where relation in ('altered', 'spliced')"
    ).fetchone()[0]
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(base)
    findings = page.locator(".fc-finding")
    assert findings.count() >= 4
    text = " ".join(" ".join(findings.all_inner_texts()).split())
    assert f"{changed} altered or spliced quotes" in text
    assert "remarks carried by several outlets" in text and "quotes and claims done" in text
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    _click(page, ".fc-finding a[href='factcheck/altered_quotes.html']")
    assert page.url == base + "factcheck/altered_quotes.html"
    assert page.locator("table.rows-and-columns tbody tr").count() == changed


def test_json_ld_of_the_reviewed_quote_is_in_the_page(served, page):
    base, (_db, _out, quote_id, claim_id) = served
    for table, verdict in (("quotes", "altered"), ("claims", "misleading")):
        item = quote_id if table == "quotes" else claim_id
        page.goto(f"{base}factcheck/{table}/{item}.html")
        data = page.eval_on_selector_all(
            'script[type="application/ld+json"]', "els => els.map(e => JSON.parse(e.textContent))"
        )
        assert [d["reviewRating"]["alternateName"] for d in data] == [verdict]


def test_search_page_finds_a_quote(served, page):
    base, (db, _out, _quote_id, _claim_id) = served
    conn = sqlite3.connect(db)
    quote_id, text = conn.execute(
        "select id, text from quotes where kind = 'quote' and location != 'removed' order by length(text) desc limit 1"
    ).fetchone()
    words = " ".join(text.split()[:4])
    page.goto(base)
    _click(page, ".fc-published-banner a[href='search.html']")
    page.fill("#fc-search-input", words)
    result = page.locator(f'#fc-search-results a[href="factcheck/quotes/{quote_id}.html"]')
    result.wait_for(timeout=5000)
    assert words.lower() in result.inner_text().lower()
    with page.expect_navigation():
        result.click()
    assert page.url == f"{base}factcheck/quotes/{quote_id}.html"


def test_search_results_are_text_not_markup(served, page):
    base, _ = served
    page.goto(base + "search.html")
    page.fill("#fc-search-input", "a")
    page.locator("#fc-search-results li").first.wait_for(timeout=5000)
    # Result text is set with textContent: a result holds a link and spans only.
    # The page's own querySelectorAll: Playwright's selector engine fails on
    # the pages of Datasette 1.0a ("element.matches is not a function").
    tags = page.evaluate("[...new Set([...document.querySelectorAll('#fc-search-results li *')].map(e => e.tagName))]")
    assert set(tags) <= {"A", "SPAN", "DIV"}
