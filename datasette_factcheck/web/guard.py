"""What a request to one of the plugin's own routes may send, checked
before its body is read.

Datasette 0.65's cookie middleware (asgi-csrf) reads a POST's whole body
before any view runs, to look for its token, whenever the request carries a
cookie: an anonymous visitor with any cookie could make the server hold a
body of any size, and a ``multipart/form-data`` body ends in a 500 there.
An ``asgi_wrapper`` runs outside that middleware on 0.65 (and outside
1.0a's header checks), so this guard answers first, for the plugin's routes
only (other plugins' uploads pass untouched). A write (any method but GET,
HEAD, OPTIONS, TRACE) is refused:

- with 403, before its body is read, when the actor cannot review (the
  views check the permission again: this is only the early answer);
- with 415 unless it is sent as ``application/x-www-form-urlencoded``, the
  only form the review pages post;
- with 413 when it declares, or turns out to carry, more than
  ``MAX_FORM_BYTES`` (read no further than that);
- with 400 when the form is not UTF-8 (Datasette would fail decoding it).

The body read here is handed on unchanged, so the middleware and the view
read it from memory, at most ``MAX_FORM_BYTES`` of it.
"""

from __future__ import annotations

import re
from typing import Any, Awaitable, Callable, Optional

from datasette.utils import await_me_maybe
from datasette.utils.asgi import Request

from . import compat

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

# The largest review form: a 20,000-character note and 50 evidence links
# (2,000-character URL, 300-character label), every character 4 bytes of
# UTF-8 percent-encoded (12 bytes each), is about 1.7 MB.
MAX_FORM_BYTES = 2_000_000
FORM_TYPE = "application/x-www-form-urlencoded"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}

REFUSED_TYPE = f"Reviews are sent as {FORM_TYPE}: send the form in that encoding (not {{}})."
REFUSED_SIZE = f"The form is larger than {MAX_FORM_BYTES:,} bytes: nothing was saved."
REFUSED_ENCODING = "The form is not UTF-8 text: nothing was saved."
REFUSED_ACTOR = "Recording reviews needs the factcheck-review permission: sign in as a reviewer."


class Refused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def route_path(datasette, scope: Scope) -> str:
    """The path Datasette routes on: the raw path (``%2F`` kept), without
    the query string and the ``base_url`` prefix."""
    raw = scope.get("raw_path")
    path = raw.decode("ascii", "replace") if raw else scope.get("path", "")
    path = path.partition("?")[0]
    base_url = datasette.setting("base_url") or "/"
    if base_url != "/" and path.startswith(base_url):
        path = "/" + path[len(base_url):]
    return path


def _header(scope: Scope, name: bytes) -> Optional[str]:
    for key, value in scope.get("headers") or []:
        if key.lower() == name:
            return value.decode("latin-1")
    return None


def check_headers(scope: Scope) -> None:
    """Content type and declared length; raises ``Refused``."""
    content_type = (_header(scope, b"content-type") or "").split(";", 1)[0].strip().lower()
    if content_type != FORM_TYPE:
        raise Refused(415, REFUSED_TYPE.format(content_type or "no content type"))
    length = _header(scope, b"content-length")
    if length is not None:
        if not length.strip().isdigit():
            raise Refused(400, "The request's Content-Length is not a number.")
        if int(length) > MAX_FORM_BYTES:
            raise Refused(413, REFUSED_SIZE)


async def read_body(receive: Receive, limit: int = MAX_FORM_BYTES) -> list[Message]:
    """The request's body messages, refused once more than ``limit`` bytes came."""
    messages = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            raise Refused(400, "The request ended before its body was sent.")
        size += len(message.get("body", b""))
        if size > limit:
            raise Refused(413, REFUSED_SIZE)
        messages.append(message)
        if not message.get("more_body"):
            return messages


async def actor_may_review(datasette, scope: Scope, receive: Receive) -> Optional[bool]:
    """Whether the request's actor may review, resolved the way Datasette
    resolves it; None when a sign-in plugin failed (Datasette then answers)."""
    # Imported here: importing datasette.plugins loads every plugin, this
    # package included, which must not happen while it is being imported.
    from datasette.plugins import pm

    request = Request(scope, receive)
    actor = None
    try:
        for result in pm.hook.actor_from_request(datasette=datasette, request=request):
            actor = await await_me_maybe(result)
            if actor:
                break
    except Exception:
        return None
    return await compat.can_review(datasette, actor or scope.get("actor"))


async def _answer(send: Send, status: int, message: str) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"cache-control", b"no-store")],
        }
    )
    await send({"type": "http.response.body", "body": (message + "\n").encode("utf-8")})


def wrap(datasette, routes: list[str]) -> Callable[[App], App]:
    """The ``asgi_wrapper``: guards non-safe requests to ``routes`` (regular
    expressions of the plugin's routes); everything else passes untouched."""
    patterns = [re.compile(r) for r in routes]

    def wrapper(app: App) -> App:
        async def guarded(scope: Scope, receive: Receive, send: Send) -> None:
            if (
                scope.get("type") != "http"
                or scope.get("method", "GET").upper() in SAFE_METHODS
                or not any(p.match(route_path(datasette, scope)) for p in patterns)
            ):
                await app(scope, receive, send)
                return
            try:
                if await actor_may_review(datasette, scope, receive) is False:
                    raise Refused(403, REFUSED_ACTOR)
                check_headers(scope)
                messages = await read_body(receive)
                body = b"".join(m.get("body", b"") for m in messages)
                try:
                    body.decode("utf-8")
                except UnicodeDecodeError:
                    raise Refused(400, REFUSED_ENCODING) from None
            except Refused as refused:
                await _answer(send, refused.status, refused.message)
                return
            pending = [{"type": "http.request", "body": body, "more_body": False}]

            async def replay() -> Message:
                return pending.pop() if pending else await receive()

            await app(scope, replay, send)

        return guarded

    return wrapper
