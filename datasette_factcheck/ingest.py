"""The ingest job: find files, analyse them (in parallel), store each in its
own transaction, then match what changed against everything stored."""

from __future__ import annotations

import gc
import os
import signal
import sqlite3
import time
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Optional, Sequence, Union

import sqlite_utils

from .db import articles, figures, migrations, relations, versions
from .db import primary as primary_db
from .db.lock import Busy, ingest_lock
from .db.keys import bulk_mode_off, bulk_mode_on
from .extract import article as pipeline
from .extract import primary, readers
from .matching import candidates, claim_candidates, stage
from .model import InputError, ParsedArticle


@dataclass
class Summary:
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    quotes: int = 0
    claims: int = 0
    comments: int = 0
    quote_matches: int = 0
    claim_matches: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    # wall-clock seconds of the matching stage (after every file is stored)
    match_seconds: float = 0.0
    primary_sources: int = 0
    # counts of each primary-source check result, "flagged" for reviewed quotes whose check changed
    checks: dict[str, int] = field(default_factory=dict)
    # False when the run left matching to `datasette factcheck match`
    matched: bool = True

    @property
    def articles(self) -> int:
        return self.new + self.unchanged + self.updated

    def lines(self) -> list[str]:
        out = [
            f"articles: {self.new} new, {self.unchanged} unchanged, {self.updated} updated",
            f"quotes: {self.quotes}, claims: {self.claims}, comments: {self.comments} "
            f"(in new and updated articles)",
            f"relations: {self.quote_matches} quote, {self.claim_matches} claim" if self.matched else
            "relations: not matched yet (run `datasette factcheck match` on the database)",
        ]
        if self.primary_sources or self.checks:
            found = ", ".join(f"{n} {r.replace('_', ' ')}" for r, n in self.checks.items() if n)
            out.append(f"primary sources: {self.primary_sources} new or updated; quote checks: {found or 'none'}")
        out += [f"warning: {shown(name)}: {shown(why)}" for name, why in self.warnings]
        out += [f"rejected: {shown(name)}: {shown(why)}" for name, why in self.rejected]
        return out


def shown(text: object) -> str:
    """A file name (or a reason quoting one) safe to print on one line:
    newlines, terminal escapes, invisible characters and undecodable bytes
    are written as escapes, so a name cannot forge a summary line or
    reach the terminal as a command."""
    return "".join(
        c if unicodedata.category(c) not in ("Cc", "Cf", "Cs", "Zl", "Zp") else
        (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}")
        for c in str(text)
    )


# Files stored per transaction, and the longest a transaction stays open:
# reviewers saving meanwhile wait for it (see web/review.py).
BATCH = 200
BATCH_SECONDS = 1.0
# How long a write waits for another writer's transaction to end.
BUSY_TIMEOUT_MS = 30_000
# The writer's page cache, in KiB.
CACHE_KB = 128 * 1024


def _keys(parsed: ParsedArticle) -> Optional[articles.ItemKeys]:
    """Matching and version keys computed beside the parsing, in the worker processes,
    so that the one writing process only stores them."""
    try:
        return articles.ItemKeys(
            [candidates.shingle_keys(q.text) if q.kind == "quote" else None for q in parsed.quotes],
            [claim_candidates.claim_keys(c) for c in parsed.claims],
            [versions.version_key(q.text) for q in parsed.quotes],
        )
    except Exception:
        return None  # store_article computes them itself


Parsed = Union[ParsedArticle, primary.PrimarySource]


def _parse(job: tuple[Path, str]) -> tuple[Path, Optional[Parsed], Optional[str], Optional[articles.ItemKeys]]:
    """Runs in a worker process: never raises, so one file cannot stop the rest.
    ``job`` is a file and its article key."""
    path, key = job
    try:
        kind = primary.primary_type(path)
        if kind:
            source = primary.read_primary(path, kind)
            source.file = key  # keyed like articles: relative to the folder ingested
            return path, source, None, None
        parsed = pipeline.parse_file(path, key)
        return path, parsed, None, _keys(parsed)
    except InputError as e:
        return path, None, str(e), None
    except Exception as e:  # a defect, not bad input: still name the file
        return path, None, f"could not be analysed ({type(e).__name__}: {e})", None


def _parsed(files: Sequence[tuple[Path, str]], jobs: int) -> Iterator[tuple[Path, Optional[Parsed], Optional[str], Optional[articles.ItemKeys]]]:
    if jobs <= 1 or len(files) < 2 * jobs:
        yield from map(_parse, files)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(os.getpid(),)) as pool:
        yield from pool.map(_parse, files, chunksize=max(1, min(64, len(files) // (jobs * 8))))


# Analysis allocates containers by the hundred thousand (a tuple for each
# token), nearly all freed by reference counting within the article. At the
# collector's default pace (a collection every 700 net allocations) the
# workers and the writer spent 6-9% of their CPU walking the same
# long-lived caches and tables again. Cycles are still collected, after
# 50,000 net allocations: a few megabytes at most.
GC_THRESHOLDS = (50_000, 20, 20)


@contextmanager
def collector_paced() -> Iterator[None]:
    """Within the block, the cyclic garbage collector runs at the pace of
    ``GC_THRESHOLDS``; the caller's pace is restored after it."""
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _start_worker(parent: int) -> None:
    gc.set_threshold(*GC_THRESHOLDS)
    _die_with_parent(parent)


def _die_with_parent(parent: int) -> None:
    """In each worker: end when the ingest that started it ends, even by
    ``kill -9``, instead of lingering with its memory (Linux only)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    # Killed between starting this worker and the line above, the ingest
    # sends no signal: the worker has been handed to another parent already.
    if os.getppid() != parent:
        os._exit(1)


class IngestError(Exception):
    """The run could not start (database unusable, another ingest running);
    the message says why, for people."""


def _open(db_path: str) -> sqlite_utils.Database:
    try:
        db = migrations.open_db(db_path)
        # Every write waits for another writer's transaction to end, bounded.
        db.conn.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")
        return db
    except sqlite3.DatabaseError as e:
        folder = os.path.dirname(os.path.abspath(db_path))
        if not os.path.isdir(folder):
            raise IngestError(f"cannot create database {db_path}: folder {folder} does not exist") from None
        raise IngestError(f"cannot use {db_path} as a database ({e})") from None


def _begin(db) -> float:
    """Open a write transaction, taking the write lock now (IMMEDIATE): a
    transaction that first read and later writes fails, when another
    process wrote in between, on every statement until it ends."""
    db.conn.execute("BEGIN IMMEDIATE")
    return time.monotonic()


def _count(summary: Summary, parsed: ParsedArticle, result: articles.StoreResult) -> None:
    summary.warnings += [(parsed.path, w) for w in parsed.warnings]
    setattr(summary, result.status, getattr(summary, result.status) + 1)
    if result.status != "unchanged":
        summary.quotes += result.quotes
        summary.claims += result.claims
        summary.comments += result.comments


def _store_again(db, batch: list[tuple[ParsedArticle, Optional[articles.ItemKeys]]], summary: Summary) -> None:
    """The files of a batch whose transaction an error rolled back, stored
    again in a fresh one (they were counted the first time)."""
    _begin(db)
    for parsed, keys in list(batch):
        try:
            articles.store_article(db, parsed, keys)
        except Exception as e:
            summary.rejected.append((parsed.path, f"could not be stored ({type(e).__name__}: {e})"))
            batch.remove((parsed, keys))
            if not db.conn.in_transaction:
                _begin(db)


def _store_primary(db, source: primary.PrimarySource, summary: Summary) -> None:
    summary.warnings += [(source.path, w) for w in source.warnings]
    try:
        result = primary_db.store_primary(db, source)
    except Exception as e:
        summary.rejected.append((source.path, f"could not be stored ({type(e).__name__}: {e})"))
        return
    if result.status != "unchanged":
        summary.primary_sources += 1
    if primary_db.also_an_article(db, source.file):
        summary.warnings.append((source.path, "an earlier ingest stored this file as an article: that article and its "
                                 "review work are kept, and its quotes are not checked against the file itself"))


def run(
    db_path: str,
    paths: Sequence[Path],
    *,
    jobs: Optional[int] = None,
    on_total: Optional[Callable[[int], None]] = None,
    on_file: Optional[Callable[[Path], None]] = None,
    wait: float = 30.0,
    match: bool = True,
) -> Summary:
    """Ingest ``paths`` (files or folders) into the database at ``db_path``.
    Waits at most ``wait`` seconds for another ingest of the same database;
    raises ``IngestError`` when it cannot start. Without ``match`` the new
    items wait in ``pending_matches`` for the match command (or the next
    ingest)."""
    folder = os.path.dirname(os.path.abspath(db_path))
    if not os.path.isdir(folder):
        raise IngestError(f"cannot create database {db_path}: folder {folder} does not exist")
    if os.path.isdir(db_path):
        raise IngestError(f"cannot use {db_path} as a database: it is a folder")
    try:
        with ingest_lock(db_path, wait):
            return _run(db_path, paths, jobs=jobs, on_total=on_total, on_file=on_file, match=match)
    except Busy as e:
        raise IngestError(str(e)) from None


def _run(
    db_path: str,
    paths: Sequence[Path],
    *,
    jobs: Optional[int],
    on_total: Optional[Callable[[int], None]],
    on_file: Optional[Callable[[Path], None]],
    match: bool = True,
) -> Summary:
    summary = Summary(matched=match)
    files, rejected = readers.keyed_files([Path(p) for p in paths])
    summary.rejected += [(str(p), why) for p, why in rejected]
    if on_total:
        on_total(len(files))
    db = _open(db_path)
    # A bigger page cache keeps the indexes the writer touches in memory; in
    # WAL mode NORMAL still never corrupts or half-applies a file, it only
    # lets a power cut lose the last commits, which a re-run stores again.
    db.conn.execute(f"pragma cache_size = -{CACHE_KB}")
    db.conn.execute("pragma synchronous = NORMAL")
    jobs = jobs if jobs is not None else min(4, os.cpu_count() or 1)
    bulk = bulk_mode_on(db)
    with collector_paced():
        _store_all(db, files, jobs, summary, on_file)
    if bulk:
        bulk_mode_off(db)
    if not match:
        figures.refresh_figures(db)  # a re-ingest may have deleted relations
        db.close()
        return summary
    started = time.perf_counter()
    new_quotes = primary_db.pending_quote_ids(db)
    summary.quote_matches, summary.claim_matches = rematch_pending(db, jobs)
    summary.match_seconds = time.perf_counter() - started
    # After matching: a changed primary source checks every story again, new
    # or changed quotes are checked alone.
    summary.checks = primary_db.refresh_checks(db, None if summary.primary_sources else new_quotes)
    primary_db.refresh_change_classes(db)
    figures.refresh_figures(db)
    db.close()
    return summary


def _store_all(
    db: sqlite_utils.Database,
    files: Sequence[tuple[Path, str]],
    jobs: int,
    summary: Summary,
    on_file: Optional[Callable[[Path], None]],
) -> None:
    """Analyse ``files`` and store each, counting what happened in ``summary``."""
    # One transaction per batch of files, each file inside its own savepoint
    # (store_article): a failing file rolls back alone, and the batch pays
    # for one commit instead of one per file. ``batch`` keeps the files of
    # the open transaction so that an error that ends the whole transaction
    # (not just the savepoint) can store them again.
    batch: list[tuple[ParsedArticle, Optional[articles.ItemKeys]]] = []
    opened = time.monotonic()
    for path, parsed, error, keys in _parsed(files, jobs):
        if on_file:
            on_file(path)
        if parsed is None:
            summary.rejected.append((str(path), error or "unreadable"))
            continue
        if isinstance(parsed, primary.PrimarySource):
            _store_primary(db, parsed, summary)
            continue
        if not db.conn.in_transaction:
            opened = _begin(db)
        try:
            result = articles.store_article(db, parsed, keys)
        except Exception as e:  # its savepoint rolled back: nothing of it stored
            summary.rejected.append((str(path), f"could not be stored ({type(e).__name__}: {e})"))
            if not db.conn.in_transaction and batch:
                _store_again(db, batch, summary)
                opened = time.monotonic()
            continue
        batch.append((parsed, keys))
        _count(summary, parsed, result)
        if len(batch) >= BATCH or time.monotonic() - opened > BATCH_SECONDS:
            db.conn.execute("COMMIT")
            batch = []
    if db.conn.in_transaction:
        db.conn.execute("COMMIT")


def rematch_pending(db: sqlite_utils.Database, jobs: int = 1) -> tuple[int, int]:
    """Match every item waiting in ``pending_matches`` (those stored by this
    run, and any left by a run that was killed before matching) against
    everything stored, in ``jobs`` processes. Returns the numbers of
    relation rows written."""
    pending = relations.pending_items(db)
    # Read outside any transaction: the workers see what is committed. The
    # claims are related in the background while the quotes' relations are
    # written (claims read nothing that writing changes).
    again, quote_relations = stage.match_quotes(db.conn, pending["quote"][1], jobs)
    claims = stage.in_background(stage.claim_relations, db.conn, pending["claim"][1], jobs)
    quotes_written = relations.write_pending(db, "quote", pending["quote"][0] | again, quote_relations)
    claims_written = relations.write_pending(db, "claim", pending["claim"][0], claims())
    return quotes_written, claims_written
