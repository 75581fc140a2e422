"""One ingest at a time, bounded waits and clear messages: a second run
waits for the first, or says that another ingest is running; a database
path that cannot be used is named without a traceback; matching clears
only the pending items it read."""

from __future__ import annotations

import fcntl
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = "Harbour plan approved\n\n\u201cThe harbour will be rebuilt by {year},\u201d said Mayor Jane Smith on {day}.\n"


def corpus(folder: Path, n: int, start: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        (folder / f"a{i:03}.txt").write_text(ARTICLE.format(year=2030 + i, day="Monday"), encoding="utf-8")
    return folder


def ingest(cwd: Path, db: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts/ingest.py"), db, *args],
        cwd=cwd, capture_output=True, text=True, timeout=300,
    )


def count(db: Path, sql: str = "select count(*) from articles") -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


@pytest.mark.slow  # two ingests in subprocesses
def test_second_ingest_says_another_is_running(tmp_path):
    corpus(tmp_path / "in", 3)
    assert ingest(tmp_path, "f.db", "in").returncode == 0
    # Another run holds the database's ingest lock.
    fd = os.open(tmp_path / "f.db-ingest.lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    os.ftruncate(fd, 0)
    os.pwrite(fd, b"4242", 0)
    try:
        corpus(tmp_path / "in", 2, start=3)
        done = ingest(tmp_path, "f.db", "--wait", "0.5", "in")
    finally:
        os.close(fd)
    assert done.returncode == 1
    assert "another ingest is running on f.db (process 4242)" in done.stderr
    assert "Traceback" not in done.stderr
    assert count(tmp_path / "f.db") == 3
    again = ingest(tmp_path, "f.db", "in")
    assert again.returncode == 0 and "2 new, 3 unchanged" in again.stdout


@pytest.mark.slow  # two ingests in subprocesses
def test_concurrent_ingests_both_finish_with_every_relation(tmp_path):
    corpus(tmp_path / "one", 20)
    corpus(tmp_path / "two", 20, start=0)  # the same remarks: every quote has partners
    runs = [
        subprocess.Popen([sys.executable, str(ROOT / "scripts/ingest.py"), "f.db", "--jobs", "1", folder],
                         cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for folder in ("one", "two")
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    assert all("Traceback" not in err for _, err in outputs)
    assert count(tmp_path / "f.db") == 20  # same relative keys: the second run updates nothing
    sequential = tmp_path / "seq"
    sequential.mkdir()
    for folder in ("one", "two"):
        ingest(tmp_path, str(sequential / "f.db"), folder)
    sql = "select count(*) from quote_matches"
    assert count(tmp_path / "f.db", sql) == count(sequential / "f.db", sql)
    assert count(tmp_path / "f.db", "select count(*) from pending_matches") == 0


@pytest.mark.parametrize(
    "db,expected",
    [
        ("missing/f.db", "folder"),
        ("not-a-db.db", "cannot use not-a-db.db as a database"),
        ("folder.db", "is a directory"),
    ],
)
def test_unusable_database_path_is_named_without_traceback(tmp_path, db, expected):
    corpus(tmp_path / "in", 1)
    (tmp_path / "not-a-db.db").write_text("just some notes, not SQLite\n" * 20)
    (tmp_path / "folder.db").mkdir()
    done = ingest(tmp_path, db, "in")
    assert done.returncode in (1, 2)  # 2: refused by the argument check
    assert expected in done.stderr
    assert "Traceback" not in done.stderr


def test_matching_clears_only_the_pending_items_it_read(tmp_path):
    from datasette_factcheck.db import migrations, relations

    corpus(tmp_path / "in", 2)
    assert ingest(tmp_path, "f.db", "in").returncode == 0
    db = migrations.open_db(str(tmp_path / "f.db"))
    db.conn.execute("insert into pending_matches (item_type, item_id) values ('quote', 1), ('quote', 2)")
    db.conn.commit()
    pending = relations.pending_items(db)
    # Another run stores an item after this one read the pending list.
    db.conn.execute("insert into pending_matches (item_type, item_id) values ('quote', 99)")
    db.conn.commit()
    relations.write_pending(db, "quote", pending["quote"][0], [])
    assert [r[0] for r in db.conn.execute("select item_id from pending_matches")] == [99]


def _children(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.slow
@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc")
def test_workers_end_with_a_killed_ingest_and_free_the_lock(tmp_path):
    import signal
    import time

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(400):
        (folder / f"a{i:03}.txt").write_text(ARTICLE.format(year=2030 + i, day="Monday") * 40, encoding="utf-8")
    run = subprocess.Popen([sys.executable, str(ROOT / "scripts/ingest.py"), "f.db", "--jobs", "2", "in"],
                           cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    for _ in range(300):  # until the pool's workers run (bounded)
        workers = {p for p in _children(run.pid) if p != run.pid}
        if len(workers) >= 2:
            break
        time.sleep(0.05)
    assert len(workers) >= 2, "the pool did not start"
    run.send_signal(signal.SIGKILL)
    run.wait()
    for _ in range(200):
        if not any(_alive(p) for p in workers):
            break
        time.sleep(0.05)
    left = [p for p in workers if _alive(p)]
    for pid in left:  # never leave them running, whatever the outcome
        os.kill(pid, signal.SIGKILL)
    assert not left, "workers outlived the killed ingest"
    # The next run is not told that another ingest is running.
    done = ingest(tmp_path, "f.db", "--wait", "0", "in")
    assert "another ingest" not in done.stderr
