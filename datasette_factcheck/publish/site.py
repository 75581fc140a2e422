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
import posixpath
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Optional, Union
from urllib.parse import parse_qsl, quote, unquote, urljoin, urlsplit


from ..db import schema
from ..web import compat
from . import rewrite
from .extras import site_extras
from .paths import (
    INTERNAL,
    Fetched,
    Key,
    SiteError,
    confined,
    file_for,
    href_between,
    is_canonical,
    normalise_path,
    split_format,
)

# Written into OUTDIR so that a rebuild may clear it (and nothing else).
MARKER = ".factcheck-site"
# Query parameters that change only how an export is delivered, not which
# rows it holds: a link carrying them points at the same published file.
NEUTRAL_PARAMS = {"_labels", "_size", "_stream", "_dl"}
# Root-level names this module writes itself; a database may not take them.
RESERVED = {"index", "search", "search-index", "claimreview"}
# The tables whose every row gets a page even when no table page links it.
ROW_PAGE_TABLES = ("articles", "quotes", "claims", "speakers")


@dataclass
class BuildResult:
    outdir: Path
    pages: int
    files: int
    seconds: float
    built_at: str
    problems: list[str] = field(default_factory=list)
    # Links in the published data to pages the site does not have.
    dead_links: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return f"built {self.pages} pages in {self.seconds:.1f} s ({self.files} files)"



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
        self.fetches: dict[Key, asyncio.Future] = {}
        self.queued: set[Key] = set()
        self.queue: asyncio.Queue = asyncio.Queue()
        self.sem = asyncio.Semaphore(concurrency)
        self.page_numbers: dict[tuple[str, str], int] = {}
        self.problems: list[str] = []
        self.dead_links: list[str] = []
        # Pages the site is made of (every table, query and row the build
        # starts from): one of their formats answering 4xx is a broken page.
        self.seeded: set[str] = set()
        self.pages = 0
        self.files = 0
        self.blocked: set[str] = set()  # canned queries a static page cannot run
        self.databases: list[str] = []
        self.jsonld: dict[str, list[dict]] = {}  # row path -> ClaimReviews
        self.virtual: dict[str, Callable] = {}  # path -> coroutine giving a page

    # ---- fetching

    def fetch(self, key: Key) -> asyncio.Future:
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
            body = (await rewrite.rewrite_html(self, fetched.body.decode("utf-8", "replace"), fetched.url, key, target)).encode("utf-8")
            self.pages += 1
        elif fetched.content_type == "text/css":
            body = (await rewrite.rewrite_css(self, fetched.body.decode("utf-8", "replace"), fetched.url, key, target)).encode("utf-8")
        elif fetched.content_type == "application/json" and not key.path.startswith("/-/static"):
            body = rewrite.rewrite_json(self, fetched.body, key, target)
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
            elif not isinstance(k, Key):
                out[href] = None
            else:
                fetched = results[k]
                if fetched.status == 200:
                    fragment = urlsplit(urljoin(page_url, href)).fragment
                    out[href] = href_between(self.file_of(key), self.file_of(k), fragment)
                    self.enqueue(k)
                elif self.is_optional(k.path):
                    out[href] = None
                elif 400 <= fetched.status < 500 and split_format(k.path)[0] not in self.seeded:
                    # A scraped URL or a reviewer's link may name a page of
                    # this host that does not exist (404, or 400 for a table
                    # that does not): left as text, it must not stop the
                    # site from being published. A server error still does.
                    out[href] = None
                    self.dead_links.append(f"{k.path} answered {fetched.status} (linked from {key.path})")
                else:
                    out[href] = None
                    self.problems.append(f"{k.path} answered {fetched.status} (linked from {key.path})")
        return out

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

        extras = site_extras(self)
        for i in range(len(seeds)):
            seeds[i] = normalise_path(seeds[i])
        self.seeded = {split_format(seed)[0] for seed in seeds}
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

        def handle_starttag(self, tag: str, attr_list: list) -> None:
            attrs = dict(attr_list)
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
    return BuildResult(outdir, builder.pages, builder.files, time.perf_counter() - start, built_at,
                       dead_links=builder.dead_links)


def build_site(db_path: Union[str, Path], outdir: Union[str, Path], **kwargs: Any) -> BuildResult:
    """Synchronous wrapper of :func:`build_site_async`."""
    return asyncio.run(build_site_async(db_path, outdir, **kwargs))
