"""Cross-site writes are refused whatever the sign-in method: cookies,
HTTP Basic (datasette-auth-passwords), a Bearer token or a header set by a
proxy. A browser sends the Basic credentials and the proxy's header with a
cross-site form POST but no cookie, so the token check of the cookie
middleware never runs; the write views check Origin and Sec-Fetch-Site."""

from __future__ import annotations

import base64
import sqlite3

import pytest
from datasette import hookimpl
from datasette.app import Datasette
from datasette.plugins import pm

try:
    from .test_review_support import build_db, csrf_session
except ImportError:
    from test_review_support import build_db, csrf_session

WRITES = [
    ("/factcheck/-/factcheck/review/quote/2", {"status": "done", "verdict": "accurate"}),
    ("/factcheck/-/factcheck/review/claim/1", {"status": "done"}),
    ("/factcheck/-/factcheck/bulk/verbatim", {"quote_id": "2", "verdict": "accurate"}),
    ("/factcheck/-/factcheck/bulk/status", {"new_status": "done"}),
]

CROSS_SITE = {
    "origin": {"Origin": "https://evil.example"},
    "fetch-site": {"Sec-Fetch-Site": "cross-site"},
    "both": {"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"},
    "sibling": {"Origin": "http://evil.localhost", "Sec-Fetch-Site": "same-site"},
    "null-origin": {"Origin": "null"},
    "other-port": {"Origin": "http://localhost:8666"},
}
SAME_SITE = {
    "browser": {"Origin": "http://localhost", "Sec-Fetch-Site": "same-origin"},
    "typed": {"Sec-Fetch-Site": "none"},
    "script": {},  # curl and scripts send neither header
}


class HeaderSignIn:
    """Sign-in by header: a Bearer token, or a user name set by a proxy."""

    __name__ = "HeaderSignIn"

    @hookimpl
    def actor_from_request(self, datasette, request):
        if request.headers.get("authorization") == "Bearer reviewer-token":
            return {"id": "alice"}
        if request.headers.get("x-remote-user"):
            return {"id": request.headers["x-remote-user"]}
        return None


@pytest.fixture
def header_sign_in():
    plugin = HeaderSignIn()
    pm.register(plugin, name="test-header-sign-in")
    try:
        yield
    finally:
        pm.unregister(name="test-header-sign-in")


def make_ds(path, sign_in: str = "cookie") -> Datasette:
    from datasette_auth_passwords.utils import hash_password

    plugins: dict = {"datasette-factcheck": {"review_allow": {"id": ["alice", "root"]}}}
    if sign_in == "basic":
        # With http_basic_auth every request must carry the credentials. The
        # hash names its own iteration count: a low one keeps each request's
        # check quick, through the same real verification.
        plugins["datasette-auth-passwords"] = {"http_basic_auth": True, "alice_password_hash": hash_password("pw", iterations=1000)}
    return Datasette([str(path)], metadata={"plugins": plugins})


SIGN_IN = {
    "basic": {"Authorization": "Basic " + base64.b64encode(b"alice:pw").decode()},
    "bearer": {"Authorization": "Bearer reviewer-token"},
    "proxy": {"X-Remote-User": "alice"},
}


def audit_count(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("select count(*) from reviews").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.asyncio
@pytest.mark.parametrize("route,data", WRITES, ids=[w[0].rsplit("-/factcheck/", 1)[1] for w in WRITES])
@pytest.mark.parametrize("sign_in", list(SIGN_IN))
@pytest.mark.parametrize("attack", list(CROSS_SITE))
async def test_cross_site_write_is_refused_whatever_the_sign_in(tmp_path, header_sign_in, route, data, sign_in, attack):
    path = build_db(tmp_path / "factcheck.db")
    ds = make_ds(path, sign_in)
    me = await ds.client.get("/-/actor.json", headers=SIGN_IN[sign_in])
    assert me.json()["actor"] == {"id": "alice"}, "the sign-in method works"
    response = await ds.client.post(route, data=data, headers={**SIGN_IN[sign_in], **CROSS_SITE[attack]})
    assert response.status_code == 403, response.text
    # Refused by the write views (or, on Datasette 1.0a, already by its own check).
    assert "cross-site" in response.text.lower() or "csrf check failed" in response.text.lower()
    assert audit_count(path) == 0


@pytest.mark.asyncio
@pytest.mark.parametrize("sign_in", list(SIGN_IN))
@pytest.mark.parametrize("how", list(SAME_SITE))
async def test_same_site_write_is_saved(tmp_path, header_sign_in, sign_in, how):
    path = build_db(tmp_path / "factcheck.db")
    ds = make_ds(path, sign_in)
    route, data = WRITES[0]
    response = await ds.client.post(route, data=data, headers={**SIGN_IN[sign_in], **SAME_SITE[how]})
    assert response.status_code == 302, response.text
    assert audit_count(path) > 0


@pytest.mark.asyncio
@pytest.mark.parametrize("attack", list(CROSS_SITE))
async def test_cookie_sign_in_with_valid_token_still_refuses_cross_site_headers(tmp_path, attack):
    # A valid token never comes with a foreign Origin from a browser; both
    # checks hold on their own.
    path = build_db(tmp_path / "factcheck.db")
    ds = make_ds(path)
    cookies, token = await csrf_session(ds, "root", "/factcheck/quotes/2")
    route, data = WRITES[0]
    response = await ds.client.post(route, data=dict(data, csrftoken=token), cookies=cookies, headers=CROSS_SITE[attack])
    assert response.status_code == 403
    assert audit_count(path) == 0


@pytest.mark.parametrize(
    "headers,refused",
    [
        ({"host": "desk.example", "origin": "https://desk.example"}, False),
        ({"host": "desk.example:8001", "origin": "http://desk.example:8001"}, False),
        ({"host": "desk.example", "origin": "https://desk.example:443"}, False),
        ({"host": "127.0.0.1:8001", "x-forwarded-host": "desk.example", "origin": "https://desk.example"}, False),
        ({"host": "desk.example", "sec-fetch-site": "same-origin"}, False),
        ({"host": "desk.example"}, False),
        ({"host": "desk.example", "origin": "https://desk.example.evil.example"}, True),
        # Sec-Fetch-Site decides when sent: Origin is "null" under no-referrer,
        # and Host may be a proxy's upstream name.
        ({"host": "desk.example", "origin": "null", "sec-fetch-site": "same-origin"}, False),
        ({"host": "127.0.0.1:8001", "origin": "https://desk.example", "sec-fetch-site": "same-origin"}, False),
        ({"host": "desk.example", "origin": "https://desk.example", "sec-fetch-site": "same-site"}, True),
        ({"host": "desk.example", "origin": "http://desk.example:8080"}, True),
        ({"host": "desk.example", "origin": "null"}, True),
        ({"host": "desk.example", "origin": ""}, True),
        ({"host": "desk.example", "origin": "https://desk.example:99999"}, True),
        ({"host": "desk.example", "origin": "https://desk.example:abc"}, True),
        ({"host": "desk.example", "origin": "https://user@desk.example"}, False),
        # An old browser that sends neither header still names the page the
        # form was on.
        ({"host": "desk.example", "referer": "https://evil.example/page"}, True),
        ({"host": "desk.example", "referer": "https://desk.example/factcheck/quotes/1"}, False),
        ({"host": "desk.example", "referer": "https://desk.example@evil.example/"}, True),
        ({"host": "desk.example", "origin": "https://desk.example", "referer": "https://evil.example/"}, False),
    ],
)
def test_same_origin_rules(headers, refused):
    from datasette_factcheck.web.csrf import same_origin_problem

    assert (same_origin_problem("POST", headers) is not None) is refused
    assert same_origin_problem("GET", headers) is None
