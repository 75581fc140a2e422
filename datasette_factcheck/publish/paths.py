"""Published files and the URLs they answer: one spelling per path, the file
each page is written to, and the rule that keeps every file inside the
output folder."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Awaitable, Callable, Optional, Protocol, Union
from urllib.parse import quote, unquote

INTERNAL = "http://localhost"


class SiteError(Exception):
    """The site could not be built; the message names the pages."""


@dataclass
class Fetched:
    status: int
    content_type: str
    body: bytes
    url: str  # the final URL, after redirects


@dataclass(frozen=True)
class Key:
    """One published file: a URL path plus, for table page N > 1, the
    ``_next`` token Datasette uses to reach it."""

    path: str
    next: Optional[str] = None


# -- URL <-> file ------------------------------------------------------------


def normalise_path(path: str) -> str:
    """One spelling per path, so ``%7E`` and ``~`` reach the same file."""
    return quote(unquote(path), safe="/~,-_.!*'()=:@;$+&")


def split_format(path: str) -> tuple[str, str]:
    """``/db/t.json`` -> (``/db/t``, ``.json``); no suffix -> (path, "")."""
    head, _, last = path.rpartition("/")
    if "." in last:
        stem, _, ext = last.rpartition(".")
        if stem:
            return f"{head}/{stem}", "." + ext
    return path, ""


def file_for(path: str, page: int = 1) -> str:
    """The output file (relative to OUTDIR, '/'-separated) of a URL path;
    ``page`` > 1 for table pages reached through pagination."""
    path = unquote(path)
    if path in ("", "/"):
        path, ext = "/index", ".html"
    elif path == "/.json":
        path, ext = "/index", ".json"
    else:
        path = path.rstrip("/")
        path, ext = split_format(path)
        ext = ext or ".html"
    if page > 1:
        path = f"{path}.page{page}"
    return path.lstrip("/") + ext


def is_canonical(path: str) -> bool:
    """True for a URL path in the shape Datasette generates: no ``.`` or
    ``..`` segment, no empty segment inside it, no backslash, even once
    percent-decoded. Links of any other shape come from data (a scraped URL,
    a comment, a reviewer's link) and are never crawled: their file name
    could climb out of the output folder."""
    decoded = unquote(path)
    if "\\" in decoded or any(ord(c) < 32 for c in decoded):
        return False
    segments = decoded.split("/")[1:]
    if segments and segments[-1] == "":
        segments = segments[:-1]  # one trailing slash
    return all(s not in ("", ".", "..") for s in segments)


def confined(outdir: Path, target: str) -> Path:
    """``outdir / target`` resolved, or SiteError when it would lie outside
    ``outdir`` (checked before anything is written)."""
    root = Path(outdir).resolve()
    path = (root / target).resolve()
    if path == root or not path.is_relative_to(root):
        raise SiteError(f"refusing to write {target!r}: it lies outside the output folder {outdir}")
    return path


def href_between(from_file: str, to_file: str, fragment: str = "") -> str:
    """A relative href from one output file to another, percent-encoded."""
    rel = posixpath.relpath(to_file, posixpath.dirname(from_file) or ".")
    href = quote(rel, safe="/~,-_.!*'()=:@;$+&")
    if href.startswith(("/", "//")):  # cannot happen with relpath; belt and braces
        href = "./" + href.lstrip("/")
    # "a:b.html" would read as a URL scheme.
    if ":" in href.split("/", 1)[0]:
        href = "./" + href
    return href + (f"#{fragment}" if fragment else "")


class Crawl(Protocol):
    """What the page rewriting and the extra files read of the crawl that
    publishes the site (``site.Builder``)."""

    ds: Any
    built_at: str
    site_url: Optional[str]
    databases: list[str]
    jsonld: dict[str, list[dict]]
    virtual: dict[str, Callable[[], Awaitable[Fetched]]]

    async def resolve_links(self, hrefs: list[str], page_url: str, key: Key) -> dict[str, Optional[str]]: ...

    def key_for(self, href: str, page_url: str, page_base: Optional[str], page_no: int) -> Union[Key, str, None]: ...

    def file_of(self, key: Key) -> str: ...

    def page_no(self, key: Key) -> int: ...

    def enqueue(self, key: Key) -> None: ...

    def page_for(self, database: str, table: str, pk: Any, absolute: bool = False) -> str: ...
