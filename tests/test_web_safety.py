"""Web safety: scraped text and reviewers' input never run as script on any
page the plugin touches; every write needs the permission and the CSRF
token; request input is bound, never spliced into SQL; evidence is http(s)."""

from __future__ import annotations

import re
import sqlite3
from html.parser import HTMLParser
from pathlib import Path

import pytest
from datasette.app import Datasette

from datasette_factcheck import ingest
from datasette_factcheck.db import queries
from datasette_factcheck.web import render
from datasette_factcheck.web import views

try:  # tests/ may or may not be a package
    from .test_review_support import METADATA, actor_cookies, csrf_session
except ImportError:  # pragma: no cover
    from test_review_support import METADATA, actor_cookies, csrf_session

try:
    from .lines import SAME_ORIGIN, cross_site_post, sql_path
except ImportError:  # pragma: no cover
    from lines import SAME_ORIGIN, cross_site_post, sql_path

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
JS = "javascript:alert(1)"
JSON_LINK = '{"href": "javascript:alert(1)", "label": "x"}'
PAYLOADS = f"{SCRIPT} {IMG} {JS} {JSON_LINK}"

# A plain-text page whose headline, quotes, teaser and comments carry payloads.
HOSTILE_ARTICLE = f"""Mayor {SCRIPT} vows “{IMG} repairs” now

The council approved a budget of $4 million for the harbour on Tuesday, the mayor said.

“We will fix the harbour wall {SCRIPT} before the winter storms arrive,” said Mayor Ana Ruiz.

“The cost is $4 million and {IMG} it is money well spent on the wall,” Ruiz said. Visit {JS} for more.

“{JSON_LINK}” was printed on a placard, said the councillor Tom Baker of the harbour ward.

Related: {SCRIPT} Harbour ferry {IMG} fares rise again

LEAVE A REPLY

12 Comments

Jane {SCRIPT}
3 hours ago
This is {IMG} outrageous and {JS} the council knew it all along.
Reply

Bob
2 hours ago
{JSON_LINK}
Reply
"""

# Another outlet with the same remark, so that matches (versions panel,
# coverage grid, canned queries) hold the payloads too.
OTHER_ARTICLE = f"""Harbour wall repairs {IMG} approved

“We will fix the harbour wall {SCRIPT} before the winter storms arrive,” Mayor Ana Ruiz told reporters.

The repairs will cost $5 million for the harbour, officials said on Tuesday.
"""

NOTE = f"{SCRIPT}\n\n[click]({JS}) {IMG} <a href=\"{JS}\">raw</a> **bold**"
EVIDENCE = f"{SCRIPT} {IMG} | https://example.com/a?x=\"><script>alert(1)</script>"


# Event handlers in Datasette's own templates (1.0a's table page), not in
# anything the plugin renders.
DATASETTE_HANDLERS = {("button", "onclick", "opencolumnchooser()")}


class Scan(HTMLParser):
    """Collects what a browser would execute: script bodies, event handler
    attributes and javascript: URLs in href/src/action."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            value = (value or "").strip().lower()
            if name.startswith("on") and (tag, name, value) not in DATASETTE_HANDLERS:
                self.problems.append(f"<{tag} {name}=...>")
            if name in ("href", "src", "action", "formaction", "xlink:href") and re.sub(r"\s", "", value).startswith(
                ("javascript:", "data:text/html", "vbscript:")
            ):
                self.problems.append(f"<{tag} {name}={value[:40]}>")
            if tag == "img" and name == "src" and value == "x":
                self.problems.append("<img src=x>")
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and "alert(1)" in data:
            self.problems.append("script running alert(1)")


def problems(html: str) -> list[str]:
    scan = Scan()
    scan.feed(html)
    found = list(scan.problems)
    lowered = html.lower()
    for raw in ("<script>alert", 'href="javascript:', "href='javascript:", "href=javascript:"):
        if raw in lowered:
            found.append(raw)
    return found


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("web")
    folder = tmp / "in"
    folder.mkdir()
    (folder / f"mayor {SCRIPT[:8]}.txt").write_text(HOSTILE_ARTICLE)
    (folder / "other.txt").write_text(OTHER_ARTICLE)
    (folder / "other.yml").write_text(f"outlet: 'Coast {SCRIPT}'\nurl: '{JS}'\nauthor: '{IMG}'\n")
    db = tmp / "factcheck.db"
    summary = ingest.run(str(db), [folder], jobs=1)
    assert summary.new == 2, summary.rejected
    return db


@pytest.fixture(scope="module")
def reviewed_db(hostile_db) -> Path:
    """The hostile database after a reviewer saved a note and evidence with
    payloads (through the real form), plus evidence written by SQL."""
    import asyncio

    async def review() -> None:
        ds = Datasette([str(hostile_db)], metadata=METADATA)
        for table in ("quotes", "claims"):
            item_id = sqlite3.connect(hostile_db).execute(f"select min(id) from {table}").fetchone()[0]
            item_type = table[:-1]
            cookies, token = await csrf_session(ds, "root", f"/factcheck/{table}/{item_id}")
            response = await ds.client.post(
                f"/factcheck/-/factcheck/review/{item_type}/{item_id}",
                data={"csrftoken": token, "status": "unchecked", "note": NOTE,
                      "evidence": EVIDENCE, "verdict": "", "reviewer": SCRIPT},
                cookies=cookies,
            )
            assert response.status_code == 302, response.text

    asyncio.run(review())
    conn = sqlite3.connect(hostile_db)
    assert conn.execute("select count(*) from quotes where note like '%<script>%'").fetchone()[0] == 1
    # Evidence written by hand in SQL may hold anything.
    conn.execute(
        "update quotes set evidence = ?, note = ? where id = (select max(id) from quotes)",
        [f'[{JSON_LINK}, {{"href": "https://ok.example/", "label": "{SCRIPT}"}}]', NOTE],
    )
    conn.execute("update claims set evidence = ? where id = (select max(id) from claims)", [JSON_LINK])
    conn.commit()
    conn.close()
    return hostile_db


def pages(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    tables = ["articles", "quotes", "claims", "comments", "article_extras", "speakers", "speaker_aliases",
              "quote_matches", "claim_matches", "reviews"]
    out = ["/", "/factcheck", "/-/factcheck", "/-/factcheck/queue", "/factcheck/-/factcheck", "/factcheck/-/factcheck/queue",
           "/factcheck/-/factcheck/queue?type=quote&needs_review=0"]
    for table in tables:
        out.append(f"/factcheck/{table}")
    for table in ("articles", "quotes", "claims", "comments", "article_extras", "speakers"):
        out += [f"/factcheck/{table}/{r[0]}" for r in conn.execute(f"select id from {table}")]
    out += [f"/factcheck/-/factcheck/article/{r[0]}" for r in conn.execute("select id from articles")]
    out += [f"/factcheck/{name}" for name in queries.QUERIES]
    out.append(sql_path("factcheck") + "?sql=select+title,+body+from+articles")
    conn.close()
    return out


@pytest.mark.asyncio
@pytest.mark.parametrize("actor", [None, "root"], ids=["anonymous", "reviewer"])
async def test_no_page_runs_scraped_or_typed_payloads(reviewed_db, actor):
    ds = Datasette([str(reviewed_db)], metadata=METADATA)
    cookies = actor_cookies(ds, actor)
    checked = 0
    failures = {}
    for path in pages(reviewed_db):
        response = await ds.client.get(path, cookies=cookies)
        assert response.status_code == 200, (path, response.status_code)
        found = problems(response.text)
        if found:
            failures[path] = found
        checked += 1
    assert not failures
    assert checked > 30


@pytest.mark.asyncio
async def test_payloads_are_shown_as_text_not_dropped(reviewed_db):
    # Escaped, not hidden: a reviewer can see what the page said.
    ds = Datasette([str(reviewed_db)], metadata=METADATA)
    response = await ds.client.get("/factcheck/articles/1")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
    article = await ds.client.get("/factcheck/-/factcheck/article/1")
    assert "&lt;img src=x onerror=alert(1)&gt;" in article.text


def test_scan_finds_what_it_should():
    # The checker itself: each unsafe shape is caught, escaped text is not.
    for unsafe in (SCRIPT, IMG, f'<a href="{JS}">x</a>', f"<a href=' {JS}'>x</a>", '<div onclick="x()">'):
        assert problems(unsafe), unsafe
    assert not problems("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;")
    assert not problems('<a title="&lt;img src=x onerror=alert(1)&gt;" href="/x">x</a>')


# -- writes: permission and CSRF ------------------------------------------------

POST_ROUTES = [(pattern, handler) for pattern, handler in views.ROUTES if handler.__name__.endswith("_post")]


def route_path(pattern: str) -> str:
    path = pattern.strip("^$")
    path = path.replace("(?P<database>[^/]+)", "factcheck").replace("(?P<item_type>quote|claim)", "quote")
    return re.sub(r"\(\?P<\w+>\\d\+\)", "1", path)


FORM = {"status": "done", "new_status": "done", "verdict": "accurate", "quote_id": "1", "note": "x"}


def review_state(db: Path) -> list:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "select status, verdict, note, evidence from quotes union all select status, verdict, note, evidence from claims"
        ).fetchall()
    finally:
        conn.close()


def test_every_write_route_is_listed():
    assert {route_path(p) for p, _ in POST_ROUTES} == {
        "/factcheck/-/factcheck/review/quote/1",
        "/factcheck/-/factcheck/bulk/verbatim",
        "/factcheck/-/factcheck/bulk/status",
    }


def private_copy(source, tmp_path):
    """A consistent copy of ``source`` that a test may write to."""
    db = tmp_path / "factcheck.db"
    src = sqlite3.connect(source)
    src.execute(f"vacuum into '{db}'")
    src.close()
    return db


@pytest.mark.asyncio
@pytest.mark.parametrize("pattern", [p for p, _ in POST_ROUTES])
@pytest.mark.parametrize(
    "who,with_token",
    [(None, False), (None, True), ("mallory", True), ("mallory", False), ("root", False)],
    ids=["anonymous", "anonymous+csrf", "signed-in-no-permission", "no-permission-no-csrf", "reviewer-no-csrf"],
)
async def test_write_routes_refuse_without_permission_or_csrf(tmp_path, hostile_db, pattern, who, with_token):
    db = private_copy(hostile_db, tmp_path)
    before = review_state(db)
    ds = Datasette([str(db)], metadata=METADATA)
    cookies = actor_cookies(ds, who)
    data = dict(FORM)
    if with_token:
        session, token = await csrf_session(ds, "root", "/factcheck/quotes/1")
        cookies = dict(cookies, **{k: v for k, v in session.items() if k != "ds_actor"})
        data["csrftoken"] = token
        response = await ds.client.post(route_path(pattern), data=data, cookies=cookies, headers=SAME_ORIGIN)
    else:
        response = await cross_site_post(ds, route_path(pattern), data, cookies)
    assert response.status_code == 403
    # A GET never writes either.
    assert (await ds.client.get(route_path(pattern), cookies=cookies)).status_code in (403, 405)
    assert review_state(db) == before


# -- SQL injection through request input -----------------------------------------

INJECTIONS = ["' or 1=1 --", "unchecked' or '1'='1", "1; drop table quotes", "1 or 1", '" or ""="', "%' --"]


@pytest.mark.asyncio
@pytest.mark.parametrize("payload", INJECTIONS)
@pytest.mark.parametrize("field", ["status", "verdict", "kind", "outlet", "reviewer", "needs_review", "type"])
async def test_queue_filters_are_bound(hostile_db, payload, field):
    ds = Datasette([str(hostile_db)], metadata=METADATA)
    response = await ds.client.get("/factcheck/-/factcheck/queue", params={field: payload})
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        assert re.search(r"· 0 items match", response.text), response.text[:500]
    assert sqlite3.connect(hostile_db).execute("select count(*) from quotes").fetchone()[0] > 0


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "path",
    [
        "/factcheck/-/factcheck/queue?page=' or 1=1 --",
        "/factcheck/-/factcheck/queue?page=99999999999999999999999",
        "/factcheck/-/factcheck/queue?page=-3",
        "/factcheck/-/factcheck/article/99999999999999999999999",
        "/factcheck/-/factcheck/article/0",
        "/-/factcheck/queue?type=' or 1=1 --",
        "/factcheck/altered_quotes?quote=' or 1=1 --",
        "/factcheck/quotes_across_sources?_shape=array&x=' or 1=1 --",
    ],
)
async def test_odd_query_strings_never_500(hostile_db, path):
    ds = Datasette([str(hostile_db)], metadata=METADATA)
    response = await ds.client.get(path)
    assert response.status_code in (200, 400, 404), response.text[:300]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "path,data",
    [
        ("/factcheck/-/factcheck/review/quote/99999999999999999999999", {"status": "done"}),
        ("/factcheck/-/factcheck/bulk/verbatim", {"quote_id": "1 or 1=1", "verdict": "accurate"}),
        ("/factcheck/-/factcheck/bulk/verbatim", {"quote_id": "99999999999999999999999", "verdict": "accurate"}),
        ("/factcheck/-/factcheck/bulk/status", {"new_status": "done", "status": "' or 1=1 --"}),
        ("/factcheck/-/factcheck/bulk/status", {"new_status": "done' --"}),
        ("/factcheck/-/factcheck/review/quote/1", {"status": "done', verdict = 'false"}),
    ],
)
async def test_injection_in_forms_writes_nothing(tmp_path, hostile_db, path, data):
    db = private_copy(hostile_db, tmp_path)
    before = review_state(db)
    ds = Datasette([str(db)], metadata=METADATA)
    cookies, token = await csrf_session(ds, "root", "/factcheck/quotes/1")
    response = await ds.client.post(path, data=dict(data, csrftoken=token), cookies=cookies)
    assert response.status_code in (302, 400, 404), response.text[:300]
    assert review_state(db) == before


def test_canned_queries_take_no_request_input():
    """Canned queries are fixed SQL: no :parameters, and the only value
    spliced in (the database path) comes from configuration, quoted."""
    for name, _query in queries.QUERIES.items():
        sql = queries.sql_for(name, "/db'; drop table quotes; --")
        assert not re.search(r"(?<![:\w]):[a-zA-Z_]\w*", re.sub(r"'(?:[^']|'')*'", "''", sql)), name
        assert "'/db''; drop table quotes; --'" in sql


# -- evidence --------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        JS,
        "label | JAVASCRIPT:alert(1)",
        "label |  javascript:alert(1)",
        "label | java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//evil.example/path",
        "/relative/path",
        "ftp://example.com/file",
        "http:/no-host",
        "file:///etc/passwd",
        "mailto:someone@example.com",
    ],
)
def test_evidence_accepts_only_http_links(line):
    with pytest.raises(render.EvidenceError):
        render.parse_evidence(line)


@pytest.mark.parametrize(
    "stored",
    [
        JSON_LINK,
        f"[{JSON_LINK}]",
        '[{"href": "//evil.example", "label": "x"}]',
        '[{"url": "data:text/html,x", "label": "x"}]',
        "not json",
        '"https://example.com"',
    ],
)
def test_stored_evidence_shows_only_http_links(stored):
    assert render.load_evidence(stored) == []
    assert str(render.evidence_html(stored)) == ""


def test_evidence_label_and_url_are_escaped():
    html = str(render.evidence_html(render.evidence_json(render.parse_evidence(EVIDENCE))))
    assert not problems(html)
    assert "&lt;script&gt;" in html


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "payload",
    [
        '{"href": "//evil.example/", "label": "click me"}',
        '{"img_src": "https://evil.example/pixel.png"}',
        '[{"href": "https://evil.example/", "label": "x"}]',
    ],
)
async def test_scraped_text_shaped_like_link_json_stays_text(tmp_path, payload):
    """A comment whose text is datasette-json-html's link JSON is shown as
    text: no link to another host, no image."""
    import sqlite_utils
    from datasette.app import Datasette

    from datasette_factcheck.db.schema import ensure_schema

    path = tmp_path / "j.db"
    db = sqlite_utils.Database(path)
    ensure_schema(db)
    db["articles"].insert({"id": 1, "file": "a.txt", "body": "x", "content_hash": "h", "ingested_at": "now"})
    db["comments"].insert({"article_id": 1, "body": payload, "position": 0})
    db.close()
    response = await Datasette([str(path)]).client.get("/j/comments")
    assert response.status_code == 200
    assert "evil.example" in response.text  # shown...
    assert 'href="//evil.example' not in response.text and 'href="https://evil.example' not in response.text
    assert 'src="https://evil.example' not in response.text  # ...but as text
