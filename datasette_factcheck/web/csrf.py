"""Cross-site request checks for the plugin's write views, whatever the
sign-in method.

Datasette 0.65's cookie middleware (asgi-csrf) compares a form token with
a cookie, and lets through every request that carries no cookie: a
reviewer signed in with HTTP Basic auth, a Bearer token or a header set by
a proxy is then open to a cross-site form POST, which the browser sends
with those credentials. Datasette 1.0 drops the tokens for header checks.
``check_same_origin`` does the header checks on both lines, so a write is
refused when the browser says it comes from another site:

- ``Sec-Fetch-Site`` (sent by every current browser) must be
  ``same-origin`` or ``none`` (typed or bookmarked); when it is sent it
  decides;
- otherwise ``Origin`` (sent by browsers with every cross-origin POST) must
  name the host the request was sent to (``Host``, or ``X-Forwarded-Host``
  behind a proxy; a cross-site form cannot set either header);
- without either, a ``Referer`` naming another host is refused (an old
  browser; Datasette's pages send none);
- where the cookie middleware is active and the request carries a cookie,
  the form's ``csrftoken`` must be the cookie's.

A request with neither header comes from a script or a command-line tool,
not from a page of another site, and is let through (its credentials are
its own).
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Optional
from urllib.parse import urlsplit

from datasette.utils.asgi import Forbidden

SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}
SAME_SITE_FETCHES = {"same-origin", "none"}
REFUSED = "Cross-site request refused: reviews can only be recorded from this site's own pages"


def _host(value: str) -> str:
    """``host[:port]`` of an Origin or Host value, lower case, default ports dropped."""
    value = value.strip().lower()
    if "://" in value:
        parts = urlsplit(value)
        try:
            number = parts.port
        except ValueError:  # not a port: matches no host
            return "\x00invalid"
        default = {"http": 80, "https": 443}.get(parts.scheme)
        host = parts.hostname or ""
        return host if number in (None, default) else f"{host}:{number}"
    name, _, port = value.rpartition(":") if value.count(":") == 1 else (value, "", "")
    return name if port in ("", "80", "443") else f"{name}:{port}"


def same_origin_problem(
    method: str, headers: Mapping[str, str], form: Optional[Mapping[str, str]] = None, token: Optional[str] = None
) -> Optional[str]:
    """Why a request must not write (a message for people), or None.

    ``headers`` lower-case names; ``form`` the posted fields; ``token`` the
    cookie's CSRF token when the cookie middleware checked one."""
    if method.upper() in SAFE_METHODS:
        return None
    fetch_site = (headers.get("sec-fetch-site") or "").strip().lower()
    if fetch_site and fetch_site not in SAME_SITE_FETCHES:
        return f"{REFUSED} (the browser says it came from a {fetch_site} page)."
    origin = headers.get("origin")
    forwarded = (headers.get("x-forwarded-host") or "").split(",")
    hosts = {_host(h) for h in [headers.get("host") or "", *forwarded] if h.strip()}
    # Sec-Fetch-Site, when sent, decides: a same-origin form of a page with
    # "Referrer-Policy: no-referrer" (Datasette's) is sent with Origin
    # "null", and behind a proxy Host may not be the public name.
    if origin is not None and not fetch_site:
        if origin.strip().lower() == "null" or _host(origin) not in hosts:
            return f"{REFUSED} (it came from {origin[:80]!r})."
    # A browser too old to send either header still names the page the form
    # was on (Datasette's own pages send no Referer at all).
    referer = headers.get("referer")
    if origin is None and not fetch_site and referer and "://" in referer and _host(referer) not in hosts:
        return f"{REFUSED} (it came from a page of {_host(referer)[:80]!r})."
    if token is not None and form is not None and "cookie" in headers:
        if not secrets.compare_digest(str(form.get("csrftoken") or ""), token):
            return "The form's security token did not match: reload the page and submit it again."
    return None


def check_same_origin(request, form: Optional[Mapping[str, str]] = None) -> None:
    """Raise ``Forbidden`` (403) when ``request`` may not write; see the
    module docstring. Every write view calls it (through
    ``review.check_permission(..., write=True)``)."""
    csrftoken = request.scope.get("csrftoken")
    token = csrftoken() if callable(csrftoken) and form is not None else None
    problem = same_origin_problem(request.method, request.headers, form, token)
    if problem:
        raise Forbidden(problem)
