"""Crash safety of the ingest: ``kill -9`` part-way leaves an intact database,
re-running the same ingest ends exactly where an uninterrupted run ends, and
a Datasette serving the database keeps answering while an ingest writes."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

import bench_corpus

from .conftest import ROOT

# Slow (ingests killed and rerun in subprocesses): left out by make test-quick.
pytestmark = pytest.mark.slow

INGEST = [sys.executable, str(ROOT / "scripts" / "ingest.py")]
TABLES = ("articles", "quotes", "claims", "comments", "quote_matches", "claim_matches")
ARTICLES = 200


def counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def per_article(db: Path) -> dict[str, tuple[int, int, int]]:
    """file -> (quotes, claims, comments): an article is stored whole or not at all."""
    conn = sqlite3.connect(db)
    try:
        return {
            file: (q, c, m)
            for file, q, c, m in conn.execute(
                """select a.file,
                          (select count(*) from quotes where article_id = a.id),
                          (select count(*) from claims where article_id = a.id),
                          (select count(*) from comments where article_id = a.id)
                     from articles a"""
            )
        }
    finally:
        conn.close()


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("pragma integrity_check").fetchone()[0]
    finally:
        conn.close()


def stored_articles(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2)
        try:
            return conn.execute("select count(*) from articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """~200 generated articles and the counts of one uninterrupted ingest."""
    tmp = tmp_path_factory.mktemp("crash")
    folder = tmp / "articles"
    bench_corpus.generate(folder, ARTICLES, seed=11)
    clean = tmp / "clean.db"
    done = subprocess.run([*INGEST, str(clean), str(folder), "--jobs", "1"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    expected = counts(clean)
    assert expected["articles"] == ARTICLES
    assert expected["quote_matches"] > 0 and expected["claim_matches"] > 0
    return folder, expected, per_article(clean)


def rerun(db: Path, folder: Path) -> subprocess.CompletedProcess:
    done = subprocess.run([*INGEST, str(db), str(folder), "--jobs", "1"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done


def test_kill_9_part_way_leaves_an_intact_database(tmp_path, corpus):
    """The real CLI, killed with SIGKILL once the database shows some
    articles (files are committed in batches, so this is during storing or
    during matching, whichever is under way)."""
    folder, expected, whole = corpus
    db = tmp_path / "f.db"
    proc = subprocess.Popen([*INGEST, str(db), str(folder), "--jobs", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    seen = 0
    while time.monotonic() < deadline and proc.poll() is None:
        seen = stored_articles(db)
        if seen > 0:
            break
        time.sleep(0.02)
    if proc.poll() is not None:
        pytest.fail(f"the ingest ended before it could be killed ({seen} articles seen)")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    assert integrity(db) == "ok"
    stored = per_article(db)
    assert 0 < len(stored) <= ARTICLES
    # Every article in the database is complete: one transaction per file.
    assert {f: whole[f] for f in stored} == stored

    rerun(db, folder)
    assert integrity(db) == "ok"
    after = counts(db)
    for table in ("articles", "quotes", "claims", "comments"):
        assert after[table] == expected[table], table


# A kill at a chosen point: the real CLI in a subprocess, with one store
# function wrapped to SIGKILL its own process when the point is reached.
KILLER = textwrap.dedent(
    """
    import os, signal, sys
    sys.path.insert(0, {root!r})
    from datasette_factcheck import ingest as ingest_job
    from datasette_factcheck.db import articles
    point, after = sys.argv[1], int(sys.argv[2])
    calls = [0]
    if point == "store":
        real = articles.store_article
        def store_article(db, parsed, *args):
            calls[0] += 1
            if calls[0] > after:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(db, parsed, *args)
        articles.store_article = store_article
    else:
        def rematch_pending(db, *args, **kwargs):
            os.kill(os.getpid(), signal.SIGKILL)
        ingest_job.rematch_pending = rematch_pending
    from datasette_factcheck.cli import ingest
    ingest(args=sys.argv[3:], prog_name="ingest")
    """
)


@pytest.mark.parametrize(
    "point,after",
    [
        pytest.param("store", 60, id="after-60-files"),
        pytest.param("match", 0, id="before-matching"),
    ],
)
def test_rerun_after_kill_9_ends_with_the_counts_of_a_clean_run(tmp_path, corpus, point, after):
    folder, expected, _ = corpus
    db = tmp_path / "f.db"
    script = tmp_path / "killer.py"
    script.write_text(KILLER.format(root=str(ROOT)))
    proc = subprocess.run(
        [sys.executable, str(script), point, str(after), str(db), str(folder), "--jobs", "1"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert integrity(db) == "ok"
    killed = counts(db)
    # Files are committed in batches: a kill mid-batch loses that batch only.
    if point == "store":
        assert killed["articles"] <= after
    else:
        assert killed["articles"] == ARTICLES

    rerun(db, folder)
    assert integrity(db) == "ok"
    assert counts(db) == expected


def test_uninterrupted_runs_agree(tmp_path, corpus):
    """The reference itself is stable: a second fresh ingest gives the same
    counts, and re-running it changes nothing."""
    folder, expected, _ = corpus
    db = tmp_path / "f.db"
    rerun(db, folder)
    assert counts(db) == expected
    again = rerun(db, folder)
    assert f"articles: 0 new, {ARTICLES} unchanged, 0 updated" in again.stdout
    assert counts(db) == expected


# -- readers during an ingest -------------------------------------------------


def test_readers_never_see_database_is_locked_during_an_ingest(tmp_path, corpus):
    """WAL: a Datasette serving the database and a plain sqlite3 reader keep
    answering while the ingest CLI writes; no "database is locked"."""
    from datasette.app import Datasette

    folder, _, _ = corpus
    db = tmp_path / "factcheck.db"
    # The database exists (schema, WAL) before Datasette opens it.
    seed = tmp_path / "seed"
    seed.mkdir()
    (seed / "a.txt").write_text(
        "Harbour council approves budget\n\nThe council approved a budget of $4 million on Tuesday.\n\n"
        "“It is fair and it is overdue,” said Mayor Ana Ruiz.\n"
    )
    rerun(db, seed)
    conn = sqlite3.connect(db)
    assert conn.execute("pragma journal_mode").fetchone()[0] == "wal"
    conn.close()

    errors: list[str] = []
    reads = {"sqlite": 0, "datasette": 0}
    stop = threading.Event()

    def plain_reader() -> None:
        conn = sqlite3.connect(db, timeout=0)  # no waiting: a lock would show at once
        while not stop.is_set():
            try:
                conn.execute("select count(*) from articles").fetchone()
                conn.execute("select count(*) from quotes q join articles a on a.id = q.article_id").fetchone()
                reads["sqlite"] += 1
            except sqlite3.Error as e:
                errors.append(f"sqlite3: {e}")
            time.sleep(0.005)
        conn.close()

    async def datasette_reader(proc: subprocess.Popen) -> None:
        ds = Datasette([str(db)])
        paths = ["/factcheck/articles.json?_size=5", "/factcheck/quotes.json?_size=5", "/factcheck.json"]
        i = 0
        while proc.poll() is None:
            response = await ds.client.get(paths[i % len(paths)])
            i += 1
            if response.status_code != 200:
                errors.append(f"datasette {response.status_code}: {response.text[:200]}")
            else:
                reads["datasette"] += 1
            await asyncio.sleep(0.01)

    thread = threading.Thread(target=plain_reader)
    thread.start()
    proc = subprocess.Popen([*INGEST, str(db), str(folder), "--jobs", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        asyncio.run(datasette_reader(proc))
    finally:
        proc.wait(timeout=120)
        stop.set()
        thread.join()
    assert proc.returncode == 0, proc.stderr.read().decode()
    assert not errors, errors[:5]
    assert reads["sqlite"] > 10 and reads["datasette"] > 10, reads
    assert counts(db)["articles"] == ARTICLES + 1
