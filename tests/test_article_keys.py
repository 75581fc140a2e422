"""Articles are keyed by their path relative to the folder given to ingest,
so the usual ``outlet/date.txt`` layout of scrapers keeps one article per
file; databases keyed by bare file name keep their review work."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

NORTH = "Bridge opens in the north\n\n\u201cThe northern bridge is finally open to traffic,\u201d said Mayor Jane Smith on Monday.\n"
SOUTH = "Library closes in the south\n\n\u201cWe must close the southern library next year,\u201d said councillor Tom Brown on Friday.\n"


# Slow (each test runs the real ingest in a subprocess): left out by make test-quick.
pytestmark = pytest.mark.slow

def ingest(cwd: Path, *paths: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts/ingest.py"), "f.db", *paths],
        cwd=cwd, capture_output=True, text=True, timeout=300,
    )


def rows(cwd: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(cwd / "f.db")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("name", ["news.txt", "2024-05-01.md", "index.html"])
def test_same_name_in_two_folders_is_two_articles(tmp_path, name):
    body = (lambda t: f"<html><body><h1>{t.splitlines()[0]}</h1><p>{t.splitlines()[2]}</p></body></html>") if name.endswith(".html") else (lambda t: t)
    write(tmp_path / "in" / "bbc" / name, body(NORTH))
    write(tmp_path / "in" / "cnn" / name, body(SOUTH))
    first = ingest(tmp_path, "in")
    assert first.returncode == 0, first.stderr
    assert "2 new" in first.stdout
    assert sorted(r[0] for r in rows(tmp_path, "select file from articles")) == [f"bbc/{name}", f"cnn/{name}"]
    again = ingest(tmp_path, "in")
    assert "0 new, 2 unchanged, 0 updated" in again.stdout


def test_review_work_stays_with_its_outlets_quote(tmp_path):
    write(tmp_path / "in" / "bbc" / "news.txt", NORTH)
    write(tmp_path / "in" / "cnn" / "news.txt", SOUTH)
    ingest(tmp_path, "in")
    conn = sqlite3.connect(tmp_path / "f.db")
    with conn:
        conn.execute("update quotes set verdict = 'accurate' where text like '%northern bridge%'")
    conn.close()
    for _ in range(2):
        ingest(tmp_path, "in")
    verdicts = rows(tmp_path, "select a.file, q.text from quotes q join articles a on a.id = q.article_id where q.verdict = 'accurate'")
    assert len(verdicts) == 1
    assert verdicts[0][0] == "bbc/news.txt" and "northern bridge" in verdicts[0][1]


def test_two_roots_with_the_same_relative_path_are_refused_not_merged(tmp_path):
    write(tmp_path / "bbc" / "news.txt", NORTH)
    write(tmp_path / "cnn" / "news.txt", SOUTH)
    done = ingest(tmp_path, "bbc", "cnn")
    assert done.returncode == 1
    assert "cnn/news.txt" in done.stderr and "bbc/news.txt" in done.stderr
    assert rows(tmp_path, "select count(*) from articles") == [(1,)]


def test_database_keyed_by_file_name_keeps_its_review_work(tmp_path):
    """A database from before the change (articles.file = bare name) is
    taken over by the first ingest of the same folder: no duplicates, the
    verdict stays."""
    write(tmp_path / "in" / "bbc" / "news.txt", NORTH)
    write(tmp_path / "in" / "cnn" / "other.txt", SOUTH)
    ingest(tmp_path, "in")
    conn = sqlite3.connect(tmp_path / "f.db")
    with conn:
        # What the older version stored: the bare file name as the key.
        conn.execute("update articles set file = replace(replace(file, 'bbc/', ''), 'cnn/', '')")
        conn.execute("update quotes set verdict = 'accurate'")
    conn.close()
    write(tmp_path / "in" / "bbc" / "news.txt", NORTH + "\nThe mayor spoke for ten minutes.\n")
    done = ingest(tmp_path, "in")
    assert done.returncode == 0, done.stderr
    assert sorted(rows(tmp_path, "select file from articles")) == [("bbc/news.txt",), ("cnn/other.txt",)]
    assert rows(tmp_path, "select count(*) from quotes where verdict = 'accurate'") == [(2,)]


def test_moving_the_corpus_folder_keeps_the_articles(tmp_path):
    write(tmp_path / "old" / "bbc" / "news.txt", NORTH)
    ingest(tmp_path, "old")
    (tmp_path / "old").rename(tmp_path / "new")
    done = ingest(tmp_path, "new")
    assert "0 new, 1 unchanged" in done.stdout
