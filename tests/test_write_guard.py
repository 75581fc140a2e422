"""What a write to the plugin's routes may send is checked before its body
is read: a form in another encoding (multipart) is a clear 415, not a 500;
a body over the limit is a 413 read no further than the limit; a visitor
who may not review is refused before any of the body is read; a body that
is not UTF-8 is a 400. Other routes (another plugin's upload) are left alone.
Real Datasette, both lines, through its own client."""

from __future__ import annotations

import sqlite3

import pytest
from datasette import hookimpl
from datasette.plugins import pm
from datasette.utils.asgi import Response

from datasette_factcheck.web import guard

try:
    from .lines import SAME_ORIGIN
    from .test_review_support import actor_cookies, build_db, csrf_session, make_datasette
except ImportError:
    from lines import SAME_ORIGIN
    from test_review_support import actor_cookies, build_db, csrf_session, make_datasette

WRITES = [
    ("/factcheck/-/factcheck/review/quote/2", {"status": "done", "verdict": "accurate"}),
    ("/factcheck/-/factcheck/bulk/verbatim", {"quote_id": "2", "verdict": "accurate"}),
    ("/factcheck/-/factcheck/bulk/status", {"new_status": "done", "confirm": "7"}),
]
IDS = [w[0].rsplit("-/factcheck/", 1)[1] for w in WRITES]
CHUNK = 64 * 1024


def audit_count(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("select count(*) from reviews").fetchone()[0] if conn.execute(
            "select 1 from sqlite_master where name = 'reviews'").fetchone() else 0
    finally:
        conn.close()


class Counted:
    """A request body sent in chunks, counting how many the server asked for."""

    def __init__(self, total: int, prefix: bytes = b"note="):
        self.total = total
        self.prefix = prefix
        self.sent = 0

    async def __aiter__(self):
        yield self.prefix
        while self.sent < self.total:
            self.sent += CHUNK
            yield b"x" * CHUNK


@pytest.fixture
def ds_path(tmp_path):
    return build_db(tmp_path / "factcheck.db")


@pytest.mark.asyncio
@pytest.mark.parametrize("route,data", WRITES, ids=IDS)
@pytest.mark.parametrize("with_cookie", [True, False], ids=["cookie", "no-cookie"])
async def test_multipart_write_is_a_clear_415(ds_path, route, data, with_cookie):
    ds = make_datasette(ds_path)
    cookies, token = await csrf_session(ds, "root", "/factcheck/quotes/2")
    if not with_cookie:  # a script signed in some other way: root's cookie is the only sign-in here
        cookies = actor_cookies(ds, "root")
    response = await ds.client.post(
        route, data=dict(data, csrftoken=token), files={"upload": ("a.txt", b"hello")}, cookies=cookies,
        headers=SAME_ORIGIN,
    )
    assert response.status_code == 415, response.text
    assert "application/x-www-form-urlencoded" in response.text
    assert "multipart/form-data" in response.text
    assert audit_count(ds_path) == 0


@pytest.mark.asyncio
@pytest.mark.parametrize("content_type", ["application/json", "text/plain", None])
async def test_other_encodings_are_a_clear_415(ds_path, content_type):
    ds = make_datasette(ds_path)
    cookies, token = await csrf_session(ds, "root", "/factcheck/quotes/2")
    headers = dict(SAME_ORIGIN, **({"content-type": content_type} if content_type else {}))
    response = await ds.client.post(WRITES[0][0], content=b'{"status": "done"}', cookies=cookies, headers=headers)
    assert response.status_code == 415, response.text
    assert "application/x-www-form-urlencoded" in response.text
    assert audit_count(ds_path) == 0


@pytest.mark.asyncio
@pytest.mark.parametrize("route,data", WRITES, ids=IDS)
@pytest.mark.parametrize("cookie", ["junk", "ds_actor"], ids=["any-cookie", "bad-actor-cookie"])
async def test_a_visitor_who_may_not_review_is_refused_before_the_body_is_read(ds_path, route, data, cookie):
    ds = make_datasette(ds_path)
    body = Counted(20 * guard.MAX_FORM_BYTES)
    cookies = {"ds_csrftoken": "x", "junk": "1"} if cookie == "junk" else {"ds_actor": "forged"}
    response = await ds.client.post(
        route, content=body, cookies=cookies,
        headers=dict(SAME_ORIGIN, **{"content-type": "application/x-www-form-urlencoded"}),
    )
    assert response.status_code == 403, response.text
    assert "factcheck-review" in response.text
    assert body.sent == 0
    assert audit_count(ds_path) == 0


@pytest.mark.asyncio
async def test_a_signed_in_non_reviewer_is_refused_before_the_body_is_read(ds_path):
    ds = make_datasette(ds_path)
    body = Counted(20 * guard.MAX_FORM_BYTES)
    response = await ds.client.post(
        WRITES[0][0], content=body, cookies=actor_cookies(ds, "bob"),
        headers=dict(SAME_ORIGIN, **{"content-type": "application/x-www-form-urlencoded"}),
    )
    assert response.status_code == 403
    assert body.sent == 0


@pytest.mark.asyncio
@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
async def test_an_oversized_form_is_a_413_read_no_further_than_the_limit(ds_path, declared):
    ds = make_datasette(ds_path)
    cookies, token = await csrf_session(ds, "root", "/factcheck/quotes/2")
    headers = dict(SAME_ORIGIN, **{"content-type": "application/x-www-form-urlencoded"})
    if declared:
        body: object = b"csrftoken=" + token.encode() + b"&note=" + b"x" * (guard.MAX_FORM_BYTES + 1)
        response = await ds.client.post(WRITES[0][0], content=body, cookies=cookies, headers=headers)
    else:
        counted = Counted(20 * guard.MAX_FORM_BYTES, prefix=b"csrftoken=" + token.encode() + b"&note=")
        response = await ds.client.post(WRITES[0][0], content=counted, cookies=cookies, headers=headers)
        assert counted.sent <= guard.MAX_FORM_BYTES + CHUNK
    assert response.status_code == 413, response.text
    assert "larger than" in response.text
    assert audit_count(ds_path) == 0


@pytest.mark.asyncio
@pytest.mark.parametrize("route,data", WRITES, ids=IDS)
async def test_a_form_that_is_not_utf8_is_a_400(ds_path, route, data):
    ds = make_datasette(ds_path)
    cookies, token = await csrf_session(ds, "root", "/factcheck/quotes/2")
    body = f"csrftoken={token}&note=".encode() + b"\xff\xfe caf\xe9"
    response = await ds.client.post(
        route, content=body, cookies=cookies,
        headers=dict(SAME_ORIGIN, **{"content-type": "application/x-www-form-urlencoded"}),
    )
    assert response.status_code == 400, response.text
    assert "UTF-8" in response.text
    assert audit_count(ds_path) == 0


@pytest.mark.asyncio
async def test_the_largest_valid_review_form_is_saved(ds_path):
    # Every character 4 bytes of UTF-8 (12 once percent-encoded), every field at its limit.
    wide = "\U0001d11e"
    evidence = "\n".join(f"{wide * 300} | https://example.org/{wide * 1970}" for _ in range(50))
    ds = make_datasette(ds_path)
    cookies, token = await csrf_session(ds, "root", "/factcheck/quotes/2")
    response = await ds.client.post(
        WRITES[0][0], data={"csrftoken": token, "note": wide * 20_000, "evidence": evidence, "status": "done"},
        cookies=cookies, headers=SAME_ORIGIN,
    )
    assert response.status_code == 302, response.text
    assert audit_count(ds_path) > 0


class Upload:
    """Another plugin's upload route, which takes multipart forms."""

    __name__ = "Upload"

    @hookimpl
    def register_routes(self):
        async def upload(request):
            body = await request.post_body()
            return Response.text(f"received {len(body)} bytes")

        return [(r"^/-/test-upload$", upload)]


@pytest.fixture
def upload_plugin():
    pm.register(Upload(), name="test-upload")
    try:
        yield
    finally:
        pm.unregister(name="test-upload")


@pytest.mark.asyncio
async def test_other_routes_keep_their_uploads(ds_path, upload_plugin):
    ds = make_datasette(ds_path)
    payload = b"y" * (guard.MAX_FORM_BYTES + 50_000)  # over ours, under 1.0a's own 2 MiB
    response = await ds.client.post("/-/test-upload", files={"upload": ("a.bin", payload)})
    assert response.status_code == 200, response.text
    assert int(response.text.split()[1]) > len(payload)


@pytest.mark.parametrize("first", ["datasette_factcheck.web.guard", "datasette_factcheck.web.grid", "datasette_factcheck.db.queries"])
def test_the_plugin_registers_its_hooks_whatever_is_imported_first(first):
    # Importing datasette.plugins loads every plugin: done while this
    # package is half imported, it would register a module without hooks.
    import subprocess
    import sys

    code = (
        f"import {first}\n"
        "from datasette.plugins import pm\n"
        "import datasette_factcheck\n"
        "hooks = {h.name for h in pm.get_hookcallers(datasette_factcheck) or []}\n"
        "assert {'register_routes', 'asgi_wrapper', 'render_cell'} <= hooks, hooks\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.asyncio
async def test_the_guard_finds_the_routes_under_a_base_url(ds_path):
    from datasette.app import Datasette

    ds = Datasette([str(ds_path)], settings={"base_url": "/desk/"},
                   metadata={"plugins": {"datasette-factcheck": {"review_allow": {"id": ["root"]}}}})
    response = await ds.client.post(WRITES[0][0], files={"upload": ("a.txt", b"x")}, cookies=actor_cookies(ds, "root"),
                                    headers=SAME_ORIGIN)
    assert response.request.url.path.startswith("/desk/")
    assert response.status_code == 415, response.text
