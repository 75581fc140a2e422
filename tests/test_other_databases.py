"""The plugin's pages and writes act only on factcheck databases: another
database attached to the same Datasette that happens to have a ``quotes``
table is neither read (no 500) nor changed (no reviews table added)."""

from __future__ import annotations

import sqlite3

import pytest
from datasette.app import Datasette

try:
    from .test_review_support import METADATA, build_db, csrf_session
except ImportError:
    from test_review_support import METADATA, build_db, csrf_session


@pytest.fixture
def two_databases(tmp_path):
    build_db(tmp_path / "factcheck.db")
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    with conn:
        conn.execute("create table quotes (id integer primary key, text text, status text, verdict text, note text)")
        conn.execute("insert into quotes (text, status) values ('A line from another project', 'open')")
    conn.close()
    return Datasette([str(tmp_path / "factcheck.db"), str(other)], metadata=METADATA), other


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "method,path",
    [
        ("get", "/other/-/factcheck"),
        ("get", "/other/-/factcheck/queue"),
        ("get", "/other/-/factcheck/article/1"),
        ("post", "/other/-/factcheck/review/quote/1"),
        ("post", "/other/-/factcheck/bulk/status"),
        ("post", "/other/-/factcheck/bulk/verbatim"),
    ],
)
async def test_other_database_is_not_the_plugins(two_databases, method, path):
    ds, other = two_databases
    cookies, token = await csrf_session(ds, "root", "/factcheck/quotes/2")
    if method == "get":
        response = await ds.client.get(path, cookies=cookies)
    else:
        data = {"csrftoken": token, "status": "done", "new_status": "done", "quote_id": "1", "verdict": "accurate"}
        response = await ds.client.post(path, data=data, cookies=cookies)
    assert response.status_code == 404
    conn = sqlite3.connect(other)
    try:
        assert [r[0] for r in conn.execute("select name from sqlite_master")] == ["quotes"]
        assert conn.execute("select status from quotes").fetchone()[0] == "open"
    finally:
        conn.close()


@pytest.mark.asyncio
async def test_other_databases_row_page_has_no_review_panel(two_databases):
    ds, _ = two_databases
    cookies, _ = await csrf_session(ds, "root", "/factcheck/quotes/2")
    response = await ds.client.get("/other/quotes/1", cookies=cookies)
    assert response.status_code == 200
    assert "fc-review-form" not in response.text
