"""A save is checked against the version of the item it was made on: a
review form opened before a re-ingest changed the quote's words or its
speaker is refused with a clear message, keeping what the reviewer typed;
a database locked by an ingest gives a bounded wait and the same kept form,
never a 500."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest

try:
    from .test_review_support import METADATA, csrf_session, make_datasette
except ImportError:
    from test_review_support import METADATA, csrf_session, make_datasette

ROOT = Path(__file__).resolve().parent.parent
BEFORE = "Harbour plan approved\n\n\u201cWe will rebuild the harbour by 2030 and open it to ferries,\u201d said Mayor Jane Smith on Monday.\n"
CHANGES = {
    "words": BEFORE.replace("by 2030 and open it to ferries", "by 2031 and open it to all ferries"),
    "speaker": BEFORE.replace("Mayor Jane Smith", "councillor Tom Brown"),
}
NOTE = "Checked against the council minutes of 3 May, page 4"


def ingest(folder: Path) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts/ingest.py"), "factcheck.db", "in"],
                          cwd=folder, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


def form_fields(html: str) -> dict[str, str]:
    form = html[html.index('class="fc-review-form"'):]
    form = form[: form.index("</form>")]
    fields = {unescape(n): unescape(v) for n, v in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form)}
    return fields


def quote_row(path: Path) -> dict:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return dict(conn.execute("select * from quotes where kind = 'quote'").fetchone())
    finally:
        conn.close()


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "harbour.txt").write_text(BEFORE, encoding="utf-8")
    ingest(tmp_path)
    return tmp_path


@pytest.mark.asyncio
@pytest.mark.parametrize("change", list(CHANGES))
async def test_save_made_on_an_older_version_is_refused_keeping_the_form(corpus, change):
    path = corpus / "factcheck.db"
    quote_id = quote_row(path)["id"]
    ds = make_datasette(path, METADATA)
    page = f"/factcheck/quotes/{quote_id}"
    cookies, _ = await csrf_session(ds, "alice", page)
    opened = form_fields((await ds.client.get(page, cookies=cookies)).text)
    assert opened.get("version")
    # The reviewer reads, types; meanwhile an ingest changes the quote.
    (corpus / "in" / "harbour.txt").write_text(CHANGES[change], encoding="utf-8")
    ingest(corpus)
    assert quote_row(path)["id"] == quote_id  # the same item, changed
    typed = dict(opened, status="done", verdict="accurate", note=NOTE, needs_review="")
    response = await ds.client.post(f"/factcheck/-/factcheck/review/quote/{quote_id}", data=typed, cookies=cookies)
    assert response.status_code == 409
    assert "changed since you opened the form" in response.text
    assert NOTE in unescape(response.text)  # the typed note is kept, ready to save again
    row = quote_row(path)
    assert row["verdict"] is None and row["note"] is None
    # Saving the kept form again records it against the new version.
    again = form_fields(response.text.replace("fc-review-form fc-kept", "fc-review-form"))
    assert again["version"] != opened["version"]
    response = await ds.client.post(f"/factcheck/-/factcheck/review/quote/{quote_id}", data=dict(again, note=NOTE), cookies=cookies)
    assert response.status_code == 302
    assert quote_row(path)["verdict"] == "accurate"


@pytest.mark.asyncio
async def test_queue_quick_form_carries_the_version(corpus):
    ds = make_datasette(corpus / "factcheck.db", METADATA)
    cookies, _ = await csrf_session(ds, "alice", "/factcheck/-/factcheck/queue")
    html = (await ds.client.get("/factcheck/-/factcheck/queue", cookies=cookies)).text
    assert re.search(r'name="version" value="[0-9a-f]{16}"', html)


@pytest.mark.slow
@pytest.mark.asyncio
async def test_locked_database_gives_a_bounded_wait_and_keeps_the_form(corpus):
    path = corpus / "factcheck.db"
    quote_id = quote_row(path)["id"]
    ds = make_datasette(path, METADATA)
    page = f"/factcheck/quotes/{quote_id}"
    cookies, _ = await csrf_session(ds, "alice", page)
    opened = form_fields((await ds.client.get(page, cookies=cookies)).text)
    writer = sqlite3.connect(path, timeout=0)
    writer.execute("BEGIN IMMEDIATE")  # an ingest holding the write lock
    try:
        response = await ds.client.post(f"/factcheck/-/factcheck/review/quote/{quote_id}",
                                        data=dict(opened, status="done", note=NOTE), cookies=cookies)
    finally:
        writer.rollback()
        writer.close()
    assert response.status_code == 503
    assert "database is busy" in response.text
    assert NOTE in unescape(response.text)
    again = form_fields(response.text.replace("fc-review-form fc-kept", "fc-review-form"))
    response = await ds.client.post(f"/factcheck/-/factcheck/review/quote/{quote_id}", data=dict(again, note=NOTE), cookies=cookies)
    assert response.status_code == 302
    assert quote_row(path)["note"] == NOTE
