"""What a review POST may carry: a ``next`` that stays on the site, evidence
links whose host is the one a reader sees, a bounded amount of evidence,
and reviewer names without invisible characters."""

from __future__ import annotations

import sqlite3
from urllib.parse import urlsplit

import pytest

try:
    from .test_review_support import build_db, make_datasette, post_form
except ImportError:
    from test_review_support import build_db, make_datasette, post_form

ROUTE = "/factcheck/-/factcheck/review/quote/2"


@pytest.fixture
def db_path(tmp_path):
    return build_db(tmp_path / "factcheck.db")


def stored(path, column: str):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"select {column} from quotes where id = 2").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "next_url",
    ["/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example/x", "/ /evil.example", "/\\evil.example",
     "//evil.example", "https://evil.example/", "/\x00/evil.example"],
)
async def test_next_never_leaves_the_site(db_path, next_url):
    ds = make_datasette(db_path)
    response = await post_form(ds, ROUTE, {"status": "done", "next": next_url})
    assert response.status_code == 302
    location = response.headers["location"]
    # What a browser does with it: drop tabs and newlines, read \ as /.
    browser = location.replace("\t", "").replace("\n", "").replace("\r", "").replace("\\", "/")
    assert not urlsplit(browser).netloc and not browser.startswith("//")
    assert location == "/factcheck/quotes/2"


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "evidence",
    [
        "Minutes | https://evil.example\\@records.example/x",
        "Minutes | https://records.example@evil.example/x",
        "Minutes | https://user:pw@evil.example/x",
        "Minutes | https://records.example/x\x00y",
        "\n".join(f"Source {i} | https://records.example/{i}" for i in range(51)),
        "L" * 301 + " | https://records.example/x",
        "Long | https://records.example/" + "a" * 2100,
    ],
    ids=["backslash", "userinfo", "password", "control", "too-many", "long-label", "long-url"],
)
async def test_evidence_that_misleads_or_floods_is_refused(db_path, evidence):
    ds = make_datasette(db_path)
    response = await post_form(ds, ROUTE, {"evidence": evidence, "note": "kept note"})
    assert response.status_code == 400
    assert "Evidence" in response.text
    assert stored(db_path, "evidence") is None
    assert "kept note" in response.text  # what was typed is shown again


@pytest.mark.asyncio
@pytest.mark.parametrize("typed", ["al\u200bice", "\u202ealice", "alice\u2066", "ali\u00adce", " alice\u200d "])
async def test_reviewer_names_lose_invisible_characters(db_path, typed):
    ds = make_datasette(db_path)
    response = await post_form(ds, ROUTE, {"reviewer": typed, "status": "done"})
    assert response.status_code == 302
    assert stored(db_path, "reviewer") == "alice"
