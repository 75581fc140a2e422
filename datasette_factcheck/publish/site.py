"""Publish a factcheck database as a static, read-only website.

Datasette renders every page itself (through its internal client, with this
plugin and the metadata loaded), so the published copy looks exactly like the
live site. The crawl starts at the index and follows links; each link is then
rewritten, with a real HTML parser, to a relative path so the folder works
under any path on any static host. A link that needs a server (sorting,
facets, filters, the SQL editor, forms, login, introspection) becomes plain
text; a kept link that does not answer 200 fails the build, naming the page.

URL -> file scheme: a page ``/db/table/12`` is ``db/table/12.html``; a file
with a format suffix keeps its name (``/db/table/12.json``); the index is
``index.html`` (``index.json``); table page N > 1 (Datasette's ``_next``
pagination) is ``db/table.pageN.html`` (``.json``, ``.csv``). Datasette
tilde-encodes dots in database, table and row names, so none of these names
can collide with another page.
"""

from __future__ import annotations

import asyncio
import copy
import json
import posixpath
import re
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Optional, Union
from urllib.parse import parse_qsl, quote, unquote, urljoin, urlsplit

import lxml.html
from lxml import etree

from .. import config
from ..db import schema
from ..web import compat
from . import claimreview

INTERNAL = "http://localhost"
PLUGIN_STATIC = "/-/static-plugins/" + config.PLUGIN + "/"
# Written into OUTDIR so that a rebuild may clear it (and nothing else).
MARKER = ".factcheck-site"
# Query parameters that change only how an export is delivered, not which
# rows it holds: a link carrying them points at the same published file.
NEUTRAL_PARAMS = {"_labels", "_size", "_stream", "_dl"}
# Root-level names this module writes itself; a database may not take them.
RESERVED = {"index", "search", "search-index", "claimreview"}
# The tables whose every row gets a page even when no table page links it.
ROW_PAGE_TABLES = ("articles", "quotes", "claims", "speakers")
# (tag, attribute) pairs that hold a URL the browser would request.
URL_ATTRIBUTES = {
    "a": "href",
    "area": "href",
    "link": "href",
    "script": "src",
    "img": "src",
    "iframe": "src",
    "source": "src",
    "audio": "src",
    "video": "src",
    "embed": "src",
}
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")


class SiteError(Exception):
    """The site could not be built; the message names the pages."""


@dataclass
class BuildResult:
    outdir: Path
    pages: int
    files: int
    seconds: float
    built_at: str
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return f"built {self.pages} pages in {self.seconds:.1f} s ({self.files} files)"


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


# -- the database snapshot ----------------------------------------------------


def snapshot_database(source: Union[str, Path], dest: Union[str, Path]) -> Path:
    """A consistent single-file copy of ``source``: ``VACUUM INTO`` reads
    one transaction's view, including pages still in a WAL file, and the
    copy is switched to rollback journaling so it needs no -wal beside it.
    Tables of an older version get their new names in the copy (the canned
    queries read them; the copy is served immutable)."""
    source, dest = Path(source), Path(dest)
    if not source.exists():
        raise SiteError(f"{source}: no such database")
    if dest.exists():
        dest.unlink()
    conn = sqlite3.connect(str(source))
    try:
        conn.execute("VACUUM INTO ?", (str(dest),))
    finally:
        conn.close()
    conn = sqlite3.connect(str(dest))
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        with conn:
            schema.rename_tables(conn)
    finally:
        conn.close()
    return dest


# -- the search index -----------------------------------------------------------


def search_entries(conn: sqlite3.Connection, page_for: Callable[[str, int], str]) -> list[dict[str, Any]]:
    """Quotes and claims with what a reader searches by; ``url`` relative to
    the site root. Empty for a database without those tables."""
    tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
    if not {"quotes", "claims", "articles"} <= tables:
        return []
    speaker = "s.name" if "speakers" in tables else "null"
    join = "left join speakers s on s.id = q.speaker_id" if "speakers" in tables else ""
    out: list[dict[str, Any]] = []
    rows = conn.execute(
        f"""select 'quote', q.id, q.text, coalesce({speaker}, q.speaker_as_printed), a.outlet, a.title,
                   q.verdict, q.status
            from quotes q left join articles a on a.id = q.article_id {join}
            where q.location != 'removed' order by q.id"""
    ).fetchall()
    rows += conn.execute(
        """select 'claim', c.id, c.text, null, a.outlet, a.title, c.verdict, c.status
           from claims c left join articles a on a.id = c.article_id order by c.id"""
    ).fetchall()
    for kind, item_id, text, who, outlet, title, verdict, status in rows:
        out.append(
            {
                "type": kind,
                "id": item_id,
                "text": text,
                "speaker": who,
                "outlet": outlet,
                "title": title,
                "verdict": verdict,
                "status": status,
                "url": page_for("quotes" if kind == "quote" else "claims", item_id),
            }
        )
    return out


# -- the crawler ----------------------------------------------------------------


class Builder:
    def __init__(
        self,
        datasette,
        outdir: Path,
        built_at: str,
        *,
        site_url: Optional[str] = None,
        concurrency: int = 8,
        row_pages_limit: int = 100,
        plugin_routes: tuple[str, ...] = ("factcheck",),
    ):
        self.ds = datasette
        self.outdir = outdir
        self.built_at = built_at
        self.site_url = site_url
        self.plugin_routes = set(plugin_routes)
        self.row_pages_limit = row_pages_limit
        self.counts: dict[tuple[str, str], int] = {}
        self.tables: dict[str, set[str]] = {}
        self.fetches: dict[Key, asyncio.Task] = {}
        self.queued: set[Key] = set()
        self.queue: asyncio.Queue = asyncio.Queue()
        self.sem = asyncio.Semaphore(concurrency)
        self.page_numbers: dict[tuple[str, str], int] = {}
        self.problems: list[str] = []
        self.pages = 0
        self.files = 0
        self.blocked: set[str] = set()  # canned queries a static page cannot run
        self.databases: list[str] = []
        self.jsonld: dict[str, list[dict]] = {}  # row path -> ClaimReviews
        self.virtual: dict[str, Callable] = {}  # path -> coroutine giving a page

    # ---- fetching

    def fetch(self, key: Key) -> asyncio.Task:
        task = self.fetches.get(key)
        if task is None:
            task = self.fetches[key] = asyncio.ensure_future(self._fetch(key))
        return task

    async def _fetch(self, key: Key) -> Fetched:
        try:
            return await self._fetch_once(key)
        except Exception as e:  # reported like any failing page, naming it
            return Fetched(599, "text/plain", f"{type(e).__name__}: {e}".encode(), INTERNAL + key.path)

    async def _fetch_once(self, key: Key) -> Fetched:
        if key.path in self.virtual:
            return await self.virtual[key.path]()
        url = key.path
        base, ext = split_format(key.path)
        params: list[tuple[str, str]] = []
        if key.next is not None:
            params.append(("_next", key.next))
        elif ext == ".csv" and self._is_table(base):
            # The table's CSV is the whole table, not its first page.
            params += [("_stream", "on"), ("_size", "max")]
        if params:
            url += "?" + "&".join(f"{k}={quote(v, safe='')}" for k, v in params)
        async with self.sem:
            response = await self.ds.client.get(url, follow_redirects=True)
        return Fetched(
            status=response.status_code,
            content_type=response.headers.get("content-type", "").split(";")[0].strip().lower(),
            body=response.content,
            url=str(response.url),
        )

    def _skipped_row(self, path: str) -> bool:
        """A row page of a large table that is not one of the items: its
        table pages are published, its rows are text (machine indexes can
        hold thousands of rows nobody reads one by one)."""
        from datasette.utils import tilde_decode

        parts = path.strip("/").split("/")
        if len(parts) != 3 or parts[1] == "-" or tilde_decode(unquote(parts[0])) not in self.databases:
            return False
        database, table = tilde_decode(unquote(parts[0])), tilde_decode(unquote(parts[1]))
        if table in ROW_PAGE_TABLES:
            return False
        return self.counts.get((database, table), 0) > self.row_pages_limit

    def _is_table(self, path: str) -> bool:
        from datasette.utils import tilde_decode

        parts = [tilde_decode(unquote(p)) for p in path.strip("/").split("/")]
        return len(parts) == 2 and parts[0] in self.databases and parts[1] in self.tables.get(parts[0], set())

    # ---- which URLs a static copy can serve

    def is_optional(self, path: str) -> bool:
        """Plugin pages that may refuse anonymous readers: a refusal unlinks
        them instead of failing the build."""
        parts = path.strip("/").split("/")
        return ("-" in parts[:2]) and not path.startswith(("/-/static/", "/-/static-plugins/"))

    def key_for(self, href: str, page_url: str, page_base: Optional[str], page_no: int) -> Union[Key, str, None]:
        """The published file a link points at: a Key, "external" for a link
        to leave alone, or None for a link that needs a server."""
        href = href.strip()
        if href.startswith("#"):
            return "external"
        absolute = urljoin(page_url, href)
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https"):
            return "external"
        if f"{parts.scheme}://{parts.netloc}" != INTERNAL:
            return "external"
        if not is_canonical(parts.path or "/"):
            return None
        path = normalise_path(parts.path or "/")
        if path.startswith(("/-/static/", "/-/static-plugins/")):
            return Key(path)  # cache-busting query strings are dropped
        segments = path.strip("/").split("/")
        # /-/... and /db/-/...: introspection, login, write endpoints; only
        # this plugin's own read pages are published.
        for i in (0, 1):
            if len(segments) > i and segments[i] == "-":
                if len(segments) <= i + 1 or split_format(segments[i + 1])[0] not in self.plugin_routes:
                    return None
        base, _ext = split_format(path)
        if base in self.blocked or self._skipped_row(base):
            return None
        params = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in NEUTRAL_PARAMS]
        if not params:
            return Key(path)
        if len(params) == 1 and params[0][0] == "_next" and self._is_table(base):
            token = params[0][1]
            number = self.page_numbers.get((base, token))
            if number is None and page_base == base:
                # Datasette links page N+1 only from page N.
                number = self.page_numbers[(base, token)] = page_no + 1
            if number is not None:
                return Key(path, token)
        return None

    def file_of(self, key: Key) -> str:
        page = 1
        if key.next is not None:
            page = self.page_numbers[(split_format(key.path)[0], key.next)]
        return file_for(key.path, page)

    def page_no(self, key: Key) -> int:
        return 1 if key.next is None else self.page_numbers[(split_format(key.path)[0], key.next)]

    # ---- the crawl

    def enqueue(self, key: Key) -> None:
        if key not in self.queued:
            self.queued.add(key)
            self.queue.put_nowait(key)

    async def worker(self) -> None:
        while True:
            key = await self.queue.get()
            try:
                await self.process(key)
            except Exception as e:  # a bug must not hang the crawl
                self.problems.append(f"{key.path}: {type(e).__name__}: {e}")
            finally:
                self.queue.task_done()

    async def process(self, key: Key) -> None:
        fetched = await self.fetch(key)
        target = self.file_of(key)
        if fetched.status != 200:
            return  # reported where it was linked from
        body = fetched.body
        if fetched.content_type == "text/html":
            body = (await self.rewrite_html(fetched.body.decode("utf-8", "replace"), fetched.url, key, target)).encode("utf-8")
            self.pages += 1
        elif fetched.content_type == "text/css":
            body = (await self.rewrite_css(fetched.body.decode("utf-8", "replace"), fetched.url, key, target)).encode("utf-8")
        elif fetched.content_type == "application/json" and not key.path.startswith("/-/static"):
            body = self.rewrite_json(fetched.body, key, target)
        # Drop the fetched body: it is written now and never needed again.
        self.fetches[key] = _done(Fetched(fetched.status, fetched.content_type, b"", fetched.url))
        self.write(target, body)

    def write(self, target: str, body: bytes) -> None:
        path = confined(self.outdir, target)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body)
        self.files += 1

    async def resolve_links(self, hrefs: list[str], page_url: str, key: Key) -> dict[str, Optional[str]]:
        """href -> output file (None: unlink). Fetches every kept target
        first, so a refused plugin page is unlinked rather than kept."""
        base = split_format(key.path)[0] if key.next is not None or self._is_table(split_format(key.path)[0]) else None
        page_no = self.page_no(key)
        keys: dict[str, Union[Key, str, None]] = {}
        for href in hrefs:
            if href not in keys:
                keys[href] = self.key_for(href, page_url, base, page_no)
        wanted = {k for k in keys.values() if isinstance(k, Key)}
        results = dict(zip(wanted, await asyncio.gather(*(self.fetch(k) for k in wanted))))
        out: dict[str, Optional[str]] = {}
        for href, k in keys.items():
            if k == "external":
                out[href] = href
            elif k is None:
                out[href] = None
            else:
                fetched = results[k]
                if fetched.status == 200:
                    fragment = urlsplit(urljoin(page_url, href)).fragment
                    out[href] = href_between(self.file_of(key), self.file_of(k), fragment)
                    self.enqueue(k)
                elif self.is_optional(k.path):
                    out[href] = None
                else:
                    out[href] = None
                    self.problems.append(f"{k.path} answered {fetched.status} (linked from {key.path})")
        return out

    # ---- rewriting

    async def rewrite_html(self, text: str, page_url: str, key: Key, target: str) -> str:
        doc = lxml.html.document_fromstring(text)
        head = doc.find("head")
        if head is None:
            head = etree.Element("head")
            doc.insert(0, head)
        body = doc.find("body")
        if body is None:
            body = etree.SubElement(doc, "body")

        # Forms need a server (and POST forms must not be published); the
        # SQL a canned query page shows inside its form is kept as text.
        for form in list(doc.iter("form")):
            for pre in form.findall(".//pre"):
                pre.tail = None
                form.addprevious(pre)
            form.drop_tree()

        if not any(m.get("charset") for m in head.iter("meta")):
            meta = etree.Element("meta", charset="utf-8")
            head.insert(0, meta)
        etree.SubElement(head, "link", rel="stylesheet", href=PLUGIN_STATIC + "site.css")
        for review in self.jsonld.get(unquote(key.path), []) if key.next is None else []:
            script = etree.SubElement(head, "script", type="application/ld+json")
            script.text = claimreview.dumps_for_script(self.page_review(review, target))
        body.insert(0, self.banner())

        elements = [(el, URL_ATTRIBUTES[el.tag]) for el in doc.iter() if isinstance(el.tag, str) and el.tag in URL_ATTRIBUTES and el.get(URL_ATTRIBUTES[el.tag]) is not None]
        mapping = await self.resolve_links([el.get(attr) for el, attr in elements], page_url, key)
        for el, attr in elements:
            new = mapping[el.get(attr)]
            if new is not None:
                el.set(attr, new)
            elif el.tag == "a":
                # The words stay, the link goes.
                el.tag = "span"
                for name in ("href", "target", "rel", "download", "hreflang", "type"):
                    el.attrib.pop(name, None)
                el.set("class", ((el.get("class") or "") + " fc-unlinked").strip())
            else:
                el.drop_tree()
        return lxml.html.tostring(doc, encoding="unicode", doctype="<!DOCTYPE html>", method="html")

    def banner(self) -> etree._Element:
        div = etree.Element("div", {"class": "fc-published-banner", "role": "note"})
        strong = etree.SubElement(div, "strong")
        strong.text = f"Read-only published copy, built at {self.built_at}"
        strong.tail = " · "
        link = etree.SubElement(div, "a", href="/search.html")
        link.text = "Search quotes and claims"
        for name in self.databases:
            link.tail = " · "
            link = etree.SubElement(div, "a", href=f"/{quote(name)}.db")
            link.text = f"Download {name}.db"
        return div

    def page_review(self, review: dict, target: str) -> dict:
        """The ClaimReview as embedded in its own page: without a site URL,
        its relative URLs are made relative to that page."""
        if self.site_url:
            return review
        review = copy.deepcopy(review)
        review["url"] = href_between(target, review["url"])
        appearance = review.get("itemReviewed", {}).get("appearance", {})
        url = appearance.get("url")
        if url and not urlsplit(url).scheme:
            appearance["url"] = href_between(target, url)
        return review

    async def rewrite_css(self, text: str, page_url: str, key: Key, target: str) -> str:
        urls = [m.group(2) for m in CSS_URL.finditer(text) if not m.group(2).startswith("data:")]
        mapping = await self.resolve_links(urls, page_url, key)

        def replace(m: re.Match) -> str:
            new = mapping.get(m.group(2))
            if m.group(2).startswith("data:") or new is None:
                return m.group(0)
            return f'url("{new}")'

        return CSS_URL.sub(replace, text)

    def rewrite_json(self, body: bytes, key: Key, target: str) -> bytes:
        """Table JSON names its next page by absolute URL; point it at the
        published file instead."""
        try:
            data = json.loads(body)
        except ValueError:
            return body
        if isinstance(data, dict) and data.get("next_url"):
            k = self.key_for(data["next_url"], INTERNAL + key.path, split_format(key.path)[0], self.page_no(key))
            data["next_url"] = href_between(target, self.file_of(k)) if isinstance(k, Key) else None
            if isinstance(k, Key):
                self.enqueue(k)
            return json.dumps(data, ensure_ascii=False).encode("utf-8")
        return body

    # ---- the whole site

    async def build(self) -> None:
        ds = self.ds
        await ds.invoke_startup()
        seeds: list[str] = ["/"]
        page_for = self.page_for
        for name, db in ds.databases.items():
            if name.startswith("_"):
                continue
            if name in RESERVED:
                raise SiteError(f"a database may not be called {name!r} (the site uses {name}.html/.json)")
            self.databases.append(name)
            hidden = set(await db.hidden_table_names())
            self.tables[name] = set(await db.table_names()) - hidden
            seeds.append(ds.urls.database(name))
            for table in sorted(self.tables[name]):
                seeds.append(ds.urls.table(name, table))
                count = await db.execute(f"select count(*) from [{table}]")
                self.counts[(name, table)] = count.first()[0]
            for query_name, query in (await compat.named_queries(ds, name, None)).items():
                params = await _query_params(db, query)
                if query.get("write") or params:
                    self.blocked.add(normalise_path(ds.urls.query(name, query_name)))
                else:
                    seeds.append(ds.urls.query(name, query_name))
            for table in ROW_PAGE_TABLES:
                if table in self.tables[name]:
                    pks = await db.primary_keys(table)
                    if len(pks) <= 1:
                        col = pks[0] if pks else "rowid"
                        ids = await db.execute(f"select [{col}] from [{table}] order by [{col}]")
                        seeds += [page_for(name, table, row[0], absolute=True) for row in ids.rows]
        seeds += ["/-/" + route for route in sorted(self.plugin_routes)]

        extras = self.extras()
        for i in range(len(seeds)):
            seeds[i] = normalise_path(seeds[i])
        # Seeds are links from nowhere: required unless optional plugin pages.
        results = await asyncio.gather(*(self.fetch(Key(s)) for s in seeds))
        for seed, fetched in zip(seeds, results):
            if fetched.status == 200:
                self.enqueue(Key(seed))
            elif not self.is_optional(seed):
                self.problems.append(f"{seed} answered {fetched.status}")
        self.enqueue(Key("/search.html"))
        workers = [asyncio.ensure_future(self.worker()) for _ in range(8)]
        await self.queue.join()
        for w in workers:
            w.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        for target, data in extras.items():
            self.write(target, data)
        self.write(".nojekyll", b"")
        self.write(MARKER, f"built at {self.built_at}\n".encode())

    def page_for(self, database: str, table: str, pk: Any, absolute: bool = False) -> str:
        from datasette.utils import tilde_encode

        path = self.ds.urls.row(database, table, tilde_encode(str(pk)))
        return path if absolute else file_for(normalise_path(path))

    def extras(self) -> dict[str, bytes]:
        """claimreview.json and search-index.json from the snapshot, and the
        search page (rendered by Datasette like every other page)."""
        plugin = config.get_config(self.ds)
        reviews: list[dict] = []
        entries: list[dict] = []
        for name in self.databases:
            path = self.ds.databases[name].path
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                found = claimreview.reviews_from_db(
                    conn,
                    lambda table, pk, name=name: self.page_for(name, table, pk),
                    site_url=self.site_url,
                    organisation=plugin.organisation,
                    organisation_url=plugin.organisation_url,
                    done_status=plugin.statuses[-1],
                )
                for table, pk, review in found:
                    path_key = unquote(normalise_path(self.page_for(name, table, pk, absolute=True)))
                    self.jsonld.setdefault(path_key, []).append(review)
                    reviews.append(review)
                for entry in search_entries(conn, lambda table, pk, name=name: self.page_for(name, table, pk)):
                    entry["database"] = name
                    entries.append(entry)
            finally:
                conn.close()

        async def search_page() -> Fetched:
            from datasette.utils.asgi import Request

            request = Request.fake("/search.html")
            # Templates ask every request for a CSRF token; this page has no forms.
            request.scope["csrftoken"] = lambda: ""
            html = await self.ds.render_template(
                "factcheck_search.html",
                {"index_url": "search-index.json", "search_js": self.ds.urls.static_plugins(config.PLUGIN, "search.js")},
                request=request,
            )
            return Fetched(200, "text/html", html.encode("utf-8"), INTERNAL + "/search.html")

        self.virtual["/search.html"] = search_page
        return {
            "claimreview.json": claimreview.dumps_for_script(reviews, indent=1).encode("utf-8"),
            "search-index.json": claimreview.dumps_for_script(
                {"built_at": self.built_at, "items": entries}
            ).encode("utf-8"),
        }


def _done(value: Fetched) -> asyncio.Future:
    future = asyncio.get_running_loop().create_future()
    future.set_result(value)
    return future


async def _query_params(db, query: dict) -> list[str]:
    from datasette.utils import derive_named_parameters

    if query.get("params"):
        return list(query["params"])
    return await derive_named_parameters(db, query["sql"])


# -- checking the output ------------------------------------------------------


def check_site(outdir: Union[str, Path]) -> list[str]:
    """Problems a static host would show: root-absolute or protocol-relative
    links, relative links to missing files, POST forms. Empty when fine."""
    from html.parser import HTMLParser

    outdir = Path(outdir)
    problems: list[str] = []

    class Links(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.found: list[tuple[str, str, str]] = []

        def handle_starttag(self, tag: str, attrs: list) -> None:
            attrs = dict(attrs)
            if tag == "form" and (attrs.get("method") or "get").lower() == "post":
                self.found.append((tag, "method", "post"))
            for name in ("href", "src", "action"):
                if attrs.get(name) is not None:
                    self.found.append((tag, name, attrs[name]))

    for page in sorted(outdir.rglob("*.html")):
        rel = page.relative_to(outdir).as_posix()
        parser = Links()
        parser.feed(page.read_text("utf-8"))
        for _tag, name, value in parser.found:
            if name == "method":
                problems.append(f"{rel}: <form method=post>")
                continue
            parts = urlsplit(value)
            if parts.scheme or value.startswith("#"):
                continue
            if value.startswith("/"):
                problems.append(f"{rel}: root-absolute {name}={value!r}")
                continue
            if not parts.path:
                continue
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(rel), unquote(parts.path)))
            if resolved.startswith("..") or not (outdir / resolved).is_file():
                problems.append(f"{rel}: {name}={value!r} is not a file of the site")
    return problems


# -- entry point ------------------------------------------------------------------


def _prepare_outdir(outdir: Path) -> None:
    if outdir.exists():
        if not outdir.is_dir():
            raise SiteError(f"{outdir} is not a folder")
        if any(outdir.iterdir()):
            if not (outdir / MARKER).exists():
                raise SiteError(f"{outdir} is not empty and holds no earlier site; choose an empty or new folder")
            shutil.rmtree(outdir)
    outdir.mkdir(parents=True, exist_ok=True)


def load_metadata(metadata: Union[None, str, Path, dict]) -> dict:
    if metadata is None:
        return {}
    if isinstance(metadata, dict):
        return metadata
    from datasette.utils import parse_metadata

    return parse_metadata(Path(metadata).read_text("utf-8"))


async def build_site_async(
    db_path: Union[str, Path],
    outdir: Union[str, Path],
    *,
    metadata: Union[None, str, Path, dict] = None,
    site_url: Optional[str] = None,
    page_size: int = 100,
    check: bool = False,
    row_pages_limit: int = 100,
) -> BuildResult:
    """Build the static site of ``db_path`` into ``outdir`` (see the module
    docstring); raises SiteError naming every failing page."""
    from datasette.app import Datasette

    start = time.perf_counter()
    outdir = Path(outdir)
    db_path = Path(db_path)
    built_at = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
    _prepare_outdir(outdir)
    with tempfile.TemporaryDirectory(prefix="factcheck-site-") as tmp:
        # Same file name: the database's name in URLs and metadata is its stem.
        snapshot = snapshot_database(db_path, Path(tmp) / db_path.name)
        settings = {
            "default_page_size": page_size,
            "max_returned_rows": max(1000, page_size),
            "suggest_facets": False,  # suggestions are links a static host cannot serve
            "allow_download": True,
            "allow_csv_stream": True,
            "sql_time_limit_ms": 30000,  # a slow canned query must not publish an error page
            "facet_time_limit_ms": 5000,
        }
        ds = Datasette(immutables=[str(snapshot)], settings=settings, **compat.datasette_options(load_metadata(metadata)))
        builder = Builder(ds, outdir, built_at, site_url=site_url, row_pages_limit=row_pages_limit)
        await builder.build()
    problems = list(builder.problems)
    if check:
        problems += check_site(outdir)
    if problems:
        shown = "\n  ".join(problems[:30])
        more = f"\n  ... and {len(problems) - 30} more" if len(problems) > 30 else ""
        raise SiteError(f"{len(problems)} problem(s):\n  {shown}{more}")
    return BuildResult(outdir, builder.pages, builder.files, time.perf_counter() - start, built_at)


def build_site(db_path: Union[str, Path], outdir: Union[str, Path], **kwargs: Any) -> BuildResult:
    """Synchronous wrapper of :func:`build_site_async`."""
    return asyncio.run(build_site_async(db_path, outdir, **kwargs))
