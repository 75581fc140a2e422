"""The match job: every stored quote and claim related again, by the
ingest's matcher on this machine or as a Spark job, and written back through
the same code as an ingest's matching (``db.relations``)."""

from __future__ import annotations

import importlib.util
import os
import tempfile
import time
from dataclasses import dataclass
from typing import Optional

import sqlite_utils

from .db import figures, migrations, relations
from .db import primary as primary_db
from .db.lock import Busy, ingest_lock
from .ingest import BUSY_TIMEOUT_MS, IngestError, rematch_pending


@dataclass
class MatchSummary:
    quotes: int
    claims: int
    quote_matches: int
    claim_matches: int
    # wall-clock seconds of computing and writing the relations
    seconds: float
    engine: str

    def lines(self) -> list[str]:
        return [
            f"matched {self.quotes} quotes and {self.claims} claims ({self.engine}) in {self.seconds:.1f} s",
            f"relations: {self.quote_matches} quote, {self.claim_matches} claim",
        ]


def queue_everything(db: sqlite_utils.Database) -> None:
    """Put every stored quote and claim in ``pending_matches``: a run then
    replaces all their relations (items that are not matched, e.g. removed,
    only lose theirs)."""
    with db.atomic():
        for item_type, table in (("quote", "quotes"), ("claim", "claims")):
            db.conn.execute(f"insert or ignore into pending_matches (item_type, item_id) select '{item_type}', id from {table}")


def run(
    db_path: str,
    *,
    spark: bool = False,
    master: Optional[str] = None,
    work: Optional[str] = None,
    jobs: Optional[int] = None,
    wait: float = 30.0,
) -> MatchSummary:
    """Relate every item stored in ``db_path`` again and replace their
    relations; on Spark (``master``, Parquet files in a temporary folder
    under ``work``, by default beside the database) when ``spark``. Waits at
    most ``wait`` seconds for an ingest of the same database; raises
    ``IngestError`` when it cannot start."""
    if not os.path.isfile(db_path):
        raise IngestError(f"no database at {db_path}")
    if spark and not all(importlib.util.find_spec(m) for m in ("pyspark", "pyarrow")):
        raise IngestError("--spark needs PySpark and pyarrow: pip install 'datasette-factcheck[spark]' (and Java 17+)")
    try:
        with ingest_lock(db_path, wait):
            return _run(db_path, spark, master, work, jobs if jobs is not None else min(4, os.cpu_count() or 1))
    except Busy as e:
        raise IngestError(str(e)) from None


def _run(db_path: str, spark: bool, master: Optional[str], work: Optional[str], jobs: int) -> MatchSummary:
    db = migrations.open_db(db_path)
    db.conn.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")
    started = time.perf_counter()
    queue_everything(db)
    pending = relations.pending_items(db)
    if spark:
        from .matching import spark as spark_job

        folder = work or os.path.dirname(os.path.abspath(db_path))
        with tempfile.TemporaryDirectory(prefix="factcheck-spark-", dir=folder) as parquet:
            quote_relations, claim_relations = spark_job.all_relations(db.conn, parquet, master)
        quote_matches = relations.write_pending(db, "quote", pending["quote"][0], quote_relations)
        claim_matches = relations.write_pending(db, "claim", pending["claim"][0], claim_relations)
        engine = f"Spark, {master or 'default master'}"
    else:
        quote_matches, claim_matches = rematch_pending(db, jobs)
        engine = f"this machine, {jobs} process{'es' if jobs > 1 else ''}"
    seconds = time.perf_counter() - started
    # Stories may have changed: every quote is checked again against the
    # primary sources, as after an ingest that changed one.
    primary_db.refresh_checks(db, None)
    primary_db.refresh_change_classes(db)
    figures.refresh_figures(db)
    db.close()
    return MatchSummary(len(pending["quote"][1]), len(pending["claim"][1]), quote_matches, claim_matches, seconds, engine)
