"""The cross-site attack in a real browser: a reviewer signed in with HTTP
Basic auth (no cookie) visits another site whose page submits a review
form to the desk. Chromium sends the form with the reviewer's credentials;
the desk refuses it and nothing is written. The same reviewer's own save
from the desk's page goes through."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

try:
    from .servers import free_port, stop, wait_for
    from .test_review_support import build_db
except ImportError:
    from servers import free_port, stop, wait_for
    from test_review_support import build_db

EVIL_PAGE = """<!doctype html><html><body>
<form id="f" method="post" action="{action}" enctype="{enctype}">
<input name="status" value="done"><input name="verdict" value="misattributed">
<input name="note" value="Changed from another site">
</form><script>document.getElementById('f').submit()</script></body></html>"""


@pytest.fixture
def desk(tmp_path, request):
    enctype = getattr(request, "param", "application/x-www-form-urlencoded")
    from datasette_auth_passwords.utils import hash_password

    path = build_db(tmp_path / "factcheck.db")
    metadata = tmp_path / "metadata.json"
    metadata.write_text(json.dumps({"plugins": {
        "datasette-auth-passwords": {"http_basic_auth": True, "alice_password_hash": hash_password("pw", iterations=1000)},
        "datasette-factcheck": {"review_allow": {"id": ["alice"]}},
    }}))
    port, evil_port = free_port(), free_port()
    datasette = Path(sys.executable).with_name("datasette")
    desk_proc = subprocess.Popen([str(datasette), str(path), "-m", str(metadata), "--host", "127.0.0.1", "--port", str(port)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    site = tmp_path / "evil"
    site.mkdir()
    action = f"http://127.0.0.1:{port}/factcheck/-/factcheck/review/quote/2"
    (site / "index.html").write_text(EVIL_PAGE.format(action=action, enctype=enctype))
    # Another site, served by a plain file server.
    evil_proc = subprocess.Popen([sys.executable, "-m", "http.server", str(evil_port), "--bind", "127.0.0.1"],
                                 cwd=site, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 30
        wait_for(f"http://127.0.0.1:{port}/", deadline)
        wait_for(f"http://127.0.0.1:{evil_port}/", deadline)
        # localhost and 127.0.0.1 are different sites: the desk's SameSite
        # cookies stay home, only the Basic credentials go along.
        yield path, f"http://127.0.0.1:{port}", f"http://localhost:{evil_port}/index.html"
    finally:
        stop(desk_proc)
        stop(evil_proc)


def reviews(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("select count(*) from reviews").fetchone()[0]
    finally:
        conn.close()


def test_cross_site_form_with_basic_auth_is_refused_in_chromium(desk, browser):
    path, base, evil = desk
    context = browser.new_context(http_credentials={"username": "alice", "password": "pw"})
    try:
        page = context.new_page()
        page.goto(base + "/factcheck/quotes/2")
        assert page.locator("form.fc-review-form").count() == 1, "alice is signed in and may review"
        # Alice visits another site: its page posts a review to the desk.
        page.goto(evil)
        page.wait_for_url(re.compile(re.escape(base) + "/.*"))  # the form was posted to the desk
        page.wait_for_load_state()
        assert reviews(path) == 0, "a review was saved from another site"
        # Refused by the write view (or, on Datasette 1.0a, already by its own check).
        assert "Cross-site request refused" in page.content() or "CSRF check failed" in page.content()
        # Her own save from the desk's page works.
        page.goto(base + "/factcheck/quotes/2")
        form = page.locator("form.fc-review-form")
        form.locator("select[name=status]").select_option("done")
        with page.expect_navigation():
            form.locator("input[type=submit]").click()
        assert page.url == base + "/factcheck/quotes/2"
        assert reviews(path) > 0
    finally:
        context.close()


@pytest.mark.parametrize("desk", ["multipart/form-data", "text/plain"], indirect=True)
def test_cross_site_form_in_another_encoding_is_refused_in_chromium(desk, browser):
    # The other encodings a page can post: refused before anything reads
    # them (multipart was a 500 on Datasette 0.65), and nothing is written.
    path, base, evil = desk
    context = browser.new_context(http_credentials={"username": "alice", "password": "pw"})
    try:
        page = context.new_page()
        with page.expect_response(lambda r: r.url.startswith(base) and r.request.method == "POST") as posted:
            page.goto(evil)
        assert posted.value.status in (403, 415)
        page.wait_for_load_state()
        assert "Internal Server Error" not in page.content()
        assert reviews(path) == 0, "a review was saved from another site"
    finally:
        context.close()
