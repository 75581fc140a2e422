"""The ingest job: find files, analyse them (in parallel), store each in its
own transaction, then match what changed against everything stored."""

from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Optional, Sequence, Union

import sqlite_utils

from .db import articles, migrations, relations
from .db import primary as primary_db
from .db.keys import bulk_mode_off, bulk_mode_on
from .extract import article as pipeline
from .extract import primary, readers
from .matching import candidates, stage
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

    @property
    def articles(self) -> int:
        return self.new + self.unchanged + self.updated

    def lines(self) -> list[str]:
        out = [
            f"articles: {self.new} new, {self.unchanged} unchanged, {self.updated} updated",
            f"quotes: {self.quotes}, claims: {self.claims}, comments: {self.comments} "
            f"(in new and updated articles)",
            f"relations: {self.quote_matches} quote, {self.claim_matches} claim",
        ]
        if self.primary_sources or self.checks:
            found = ", ".join(f"{n} {r.replace('_', ' ')}" for r, n in self.checks.items() if n)
            out.append(f"primary sources: {self.primary_sources} new or updated; quote checks: {found or 'none'}")
        out += [f"warning: {name}: {why}" for name, why in self.warnings]
        out += [f"rejected: {name}: {why}" for name, why in self.rejected]
        return out


# Files stored per transaction.
BATCH = 200
# The writer's page cache, in KiB.
CACHE_KB = 128 * 1024


def _keys(parsed: ParsedArticle) -> Optional[articles.ItemKeys]:
    """Matching keys computed beside the parsing, in the worker processes,
    so that the one writing process only stores them."""
    try:
        return (
            [candidates.shingle_keys(q.text) if q.kind == "quote" else None for q in parsed.quotes],
            [candidates.claim_keys(c) for c in parsed.claims],
        )
    except Exception:
        return None  # store_article computes them itself


Parsed = Union[ParsedArticle, primary.PrimarySource]


def _parse(path: Path) -> tuple[Path, Optional[Parsed], Optional[str], Optional[articles.ItemKeys]]:
    """Runs in a worker process: never raises, so one file cannot stop the rest."""
    try:
        kind = primary.primary_type(path)
        if kind:
            return path, primary.read_primary(path, kind), None, None
        parsed = pipeline.parse_file(path)
        return path, parsed, None, _keys(parsed)
    except InputError as e:
        return path, None, str(e), None
    except Exception as e:  # a defect, not bad input: still name the file
        return path, None, f"could not be analysed ({type(e).__name__}: {e})", None


def _parsed(files: Sequence[Path], jobs: int) -> Iterator[tuple[Path, Optional[Parsed], Optional[str], Optional[articles.ItemKeys]]]:
    if jobs <= 1 or len(files) < 2 * jobs:
        yield from map(_parse, files)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_parse, files, chunksize=max(1, min(64, len(files) // (jobs * 8))))


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
    db.conn.execute("BEGIN")
    for parsed, keys in list(batch):
        try:
            articles.store_article(db, parsed, keys)
        except Exception as e:
            summary.rejected.append((parsed.path, f"could not be stored ({type(e).__name__}: {e})"))
            batch.remove((parsed, keys))
            if not db.conn.in_transaction:
                db.conn.execute("BEGIN")


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
) -> Summary:
    """Ingest ``paths`` (files or folders) into the database at ``db_path``."""
    summary = Summary()
    files, rejected = readers.discover([Path(p) for p in paths])
    summary.rejected += [(str(p), why) for p, why in rejected]
    if on_total:
        on_total(len(files))
    db = migrations.open_db(db_path)
    # A bigger page cache keeps the indexes the writer touches in memory; in
    # WAL mode NORMAL still never corrupts or half-applies a file, it only
    # lets a power cut lose the last commits, which a re-run stores again.
    db.conn.execute(f"pragma cache_size = -{CACHE_KB}")
    db.conn.execute("pragma synchronous = NORMAL")
    jobs = jobs if jobs is not None else min(4, os.cpu_count() or 1)
    # One transaction per batch of files, each file inside its own savepoint
    # (store_article): a failing file rolls back alone, and the batch pays
    # for one commit instead of one per file. ``batch`` keeps the files of
    # the open transaction so that an error that ends the whole transaction
    # (not just the savepoint) can store them again.
    batch: list[tuple[ParsedArticle, Optional[articles.ItemKeys]]] = []
    bulk = bulk_mode_on(db)
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
            db.conn.execute("BEGIN")
        try:
            result = articles.store_article(db, parsed, keys)
        except Exception as e:  # its savepoint rolled back: nothing of it stored
            summary.rejected.append((str(path), f"could not be stored ({type(e).__name__}: {e})"))
            if not db.conn.in_transaction and batch:
                _store_again(db, batch, summary)
            continue
        batch.append((parsed, keys))
        _count(summary, parsed, result)
        if len(batch) >= BATCH:
            db.conn.execute("COMMIT")
            batch = []
    if db.conn.in_transaction:
        db.conn.execute("COMMIT")
    if bulk:
        bulk_mode_off(db)
    started = time.perf_counter()
    new_quotes = primary_db.pending_quote_ids(db)
    summary.quote_matches, summary.claim_matches = rematch_pending(db, jobs)
    summary.match_seconds = time.perf_counter() - started
    # After matching: a changed primary source checks every story again, new
    # or changed quotes are checked alone.
    summary.checks = primary_db.refresh_checks(db, None if summary.primary_sources else new_quotes)
    primary_db.refresh_change_classes(db)
    db.close()
    return summary


def rematch_pending(db: sqlite_utils.Database, jobs: int = 1) -> tuple[int, int]:
    """Match every item waiting in ``pending_matches`` (those stored by this
    run, and any left by a run that was killed before matching) against
    everything stored, in ``jobs`` processes. Returns the numbers of
    relation rows written."""
    pending = relations.pending_items(db)
    # Read outside any transaction: the workers see what is committed. The
    # claims are related in the background while the quotes' relations are
    # written (claims read nothing that writing changes).
    quote_relations = stage.quote_relations(db.conn, pending["quote"][1], jobs)
    claims = stage.in_background(stage.claim_relations, db.conn, pending["claim"][1], jobs)
    quotes_written = relations.write_pending(db, "quote", pending["quote"][0], quote_relations)
    claims_written = relations.write_pending(db, "claim", pending["claim"][0], claims())
    return quotes_written, claims_written
