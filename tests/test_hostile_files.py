"""Hostile and broken input through the real command line, in a subprocess.

Every file that cannot be used is named with its reason in the summary (never
a traceback), every usable file beside it loads, and the run stays bounded in
time and memory however large or strange the input."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from datasette_factcheck.extract import readers

from .conftest import ROOT

# Slow (every test reads the ingest of hostile files, run once in a subprocess): left out by make test-quick.
pytestmark = pytest.mark.slow

INGEST = [sys.executable, str(ROOT / "scripts" / "ingest.py")]

# A short article in the plain-text style: headline, body, two quotations.
ARTICLE = (
    "Harbour council approves café budget\n\n"
    "The council approved a budget of $4 million on Tuesday, the mayor said.\n\n"
    "“It is fair and it is overdue,” said Mayor Ana Ruiz. “We will start repairs in June.”\n"
)
QUOTE = "It is fair and it is overdue,"
LONG_LINE_CHARS = 5_000_000

HOSTILE_HTML = """<!doctype html><html><head><title>Harbour <script>alert(1)</script> news</title></head>
<body><article><h1>Council votes on the harbour budget</h1>
<p>The council approved a budget of $4 million on Tuesday, the mayor told reporters at the hall.</p>
<script>alert(1)</script>
<p><img src=x onerror=alert(1)> “It is fair and it is overdue,” said Mayor Ana Ruiz at the meeting.</p>
<p><a href="javascript:alert(1)">Read more of the story</a> and the vote took place after a long debate.</p>
</article></body></html>"""


def run_ingest(db: Path, *args: str, cwd: Path | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*INGEST, str(db), *args], capture_output=True, text=True, timeout=timeout, cwd=cwd
    )


def summary_lines(done: subprocess.CompletedProcess, prefix: str) -> dict[str, str]:
    """{file name: reason} of the summary's "rejected:"/"warning:" lines."""
    found = {}
    for line in done.stderr.splitlines():
        if line.startswith(prefix + ": "):
            path, _, why = line[len(prefix) + 2 :].partition(": ")
            found[os.path.basename(path)] = why
    return found


def articles(db: Path) -> dict[str, dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    rows = {r["file"]: dict(r) for r in conn.execute("select * from articles")}
    for _file, row in rows.items():
        row["quotes"] = [q[0] for q in conn.execute("select text from quotes where article_id = ?", [row["id"]])]
    conn.close()
    return rows


# name -> bytes; None means "must load", a string means "rejected, reason contains"
GOOD = "good.txt"
FILES: dict[str, tuple[bytes, str | None]] = {
    GOOD: (ARTICLE.encode(), None),
    "binary.txt": (bytes(range(256)) * 40, "binary"),
    "random-bytes.md": (bytes((i * 7919) % 251 + 1 for i in range(6000)), "binary"),
    "empty.txt": (b"", "empty"),
    "blank.txt": (b" \n\t\r\n  ", "whitespace"),
    "utf16.txt": (ARTICLE.encode("utf-16"), None),
    "cp1252.txt": (ARTICLE.encode("cp1252"), None),
    "latin1.txt": (ARTICLE.replace("“", '"').replace("”", '"').encode("latin-1"), None),
    "crlf.txt": (ARTICLE.replace("\n", "\r\n").encode(), None),
    "lone-cr.txt": (ARTICLE.replace("\n", "\r").encode(), None),
    "quote-marks.txt": ((ARTICLE + "\n" + '"' * 200_000 + "\n").encode(), None),
    "curly-marks.txt": ((ARTICLE + "\n" + "“”‘’«»" * 40_000 + "\n").encode(), None),
    "unbalanced.txt": (
        (
            ARTICLE
            + "\n“Opened and never closed, said the man.\n\n”Closed, never opened” she said. "
            + '"Nested “inner ‘deep’ quote” here" he said. ‘‘’’“”""\n\n'
            + "““““ ”””” ‘ ’ ' ' \" \" „unten“ »guillemets« ›single‹\n"
        ).encode(),
        None,
    ),
    "page.html": (HOSTILE_HTML.encode(), None),
    "no-article.html": (b"<html><body><nav>Home</nav><script>alert(1)</script></body></html>", "no article text"),
    "with space é ü 中文.txt": (ARTICLE.encode(), None),
    "-rf.txt": (ARTICLE.encode(), None),
    "--jobs=9.md": (ARTICLE.encode(), None),
}


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    """One real ingest of a folder holding every hostile file (plus a long
    line and a symlink loop), so the module pays for one subprocess."""
    tmp = tmp_path_factory.mktemp("hostile")
    folder = tmp / "in"
    (folder / "sub").mkdir(parents=True)
    for name, (data, _) in FILES.items():
        (folder / name).write_bytes(data)
    # One line of five million characters after the article.
    words = ("a long line of scraped words 12 " * (LONG_LINE_CHARS // 30 + 1))[:LONG_LINE_CHARS]
    (folder / "long-line.txt").write_text(ARTICLE + words)
    # A symlink loop: a folder that contains a link to its parent.
    os.symlink("..", folder / "sub" / "loop")
    os.symlink("missing.txt", folder / "dangling.txt")
    db = tmp / "f.db"
    done = run_ingest(db, str(folder), timeout=150)
    return folder, db, done


def test_no_traceback_and_exit_status_1(hostile_run):
    _, _, done = hostile_run
    assert "Traceback" not in done.stdout + done.stderr
    assert done.returncode == 1, done.stderr
    assert "file(s) rejected, see above" in done.stderr


@pytest.mark.parametrize("name,reason", [(n, why) for n, (_, why) in FILES.items() if why])
def test_unusable_file_is_named_with_its_reason(hostile_run, name, reason):
    _, _, done = hostile_run
    rejected = summary_lines(done, "rejected")
    assert name in rejected, done.stderr
    assert reason in rejected[name]


@pytest.mark.parametrize("name", [n for n, (_, why) in FILES.items() if why is None] + ["long-line.txt"])
def test_usable_file_loads_with_its_quote(hostile_run, name):
    _, db, done = hostile_run
    stored = articles(db)
    assert name in stored, done.stderr
    assert stored[name]["title"].startswith("Harbour") or stored[name]["title"].startswith("Council")
    assert any(q.startswith("It is fair and it is overdue") for q in stored[name]["quotes"]), stored[name]["quotes"]


@pytest.mark.parametrize(
    "name,warning",
    [("cp1252.txt", "Windows-1252"), ("latin1.txt", "not valid UTF-8"), ("utf16.txt", None), ("good.txt", None)],
)
def test_legacy_encodings_are_decoded_with_a_warning(hostile_run, name, warning):
    _, db, done = hostile_run
    warnings = summary_lines(done, "warning")
    if warning:
        assert warning in warnings.get(name, ""), done.stderr
        assert "café" in articles(db)[name]["title"]
    else:
        assert name not in warnings


@pytest.mark.parametrize("name", ["crlf.txt", "lone-cr.txt", "utf16.txt", "cp1252.txt"])
def test_line_ends_and_encodings_give_the_same_article(hostile_run, name):
    _, db, _ = hostile_run
    stored = articles(db)
    assert "\r" not in stored[name]["body"]
    assert stored[name]["body"] == stored[GOOD]["body"]
    assert stored[name]["title"] == stored[GOOD]["title"]


def test_html_keeps_no_markup(hostile_run):
    _, db, _ = hostile_run
    page = articles(db)["page.html"]
    text = (page["title"] or "") + page["body"]
    for bad in ("<script", "alert(1)", "onerror", "javascript:", "<img", "<a "):
        assert bad not in text


def test_symlink_loop_and_dangling_link_do_not_hang_or_duplicate(hostile_run):
    _, db, _ = hostile_run
    # The loop leads back into the same folder: each file is read once.
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from articles where file = ?", [GOOD]).fetchone()[0] == 1
    conn.close()


def test_long_line_is_stored_whole(hostile_run):
    _, db, _ = hostile_run
    body = articles(db)["long-line.txt"]["body"]
    assert len(body) >= LONG_LINE_CHARS


def test_database_is_intact_after_hostile_run(hostile_run):
    _, db, _ = hostile_run
    conn = sqlite3.connect(db)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    # Offsets of stored quotes point at their text in every loaded file.
    for body, title, text, start, end, paragraph in conn.execute(
        'select a.body, a.title, q.text, q.start, q."end", q.paragraph from quotes q join articles a on a.id = q.article_id'
    ):
        source = title if paragraph == 0 else body
        assert source[start:end] == text
    conn.close()


# -- names on the command line ----------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["--", "-rf.txt"],
        ["./-rf.txt"],
        ["with space é ü 中文.txt"],
        ["--", "--jobs=9.md"],
    ],
)
def test_odd_file_names_on_the_command_line(tmp_path, args):
    for name in ("-rf.txt", "with space é ü 中文.txt", "--jobs=9.md"):
        (tmp_path / name).write_text(ARTICLE)
    done = run_ingest(tmp_path / "f.db", *args, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "articles: 1 new" in done.stdout
    assert set(articles(tmp_path / "f.db")) == {os.path.basename(args[-1])}
    # The file is read, never deleted or run.
    assert (tmp_path / os.path.basename(args[-1])).read_text() == ARTICLE


def test_dash_name_without_separator_is_a_usage_error_not_an_action(tmp_path):
    (tmp_path / "-rf.txt").write_text(ARTICLE)
    done = run_ingest(tmp_path / "f.db", "-rf.txt", cwd=tmp_path)
    # Either read as a file name or refused as an unknown option; never a
    # traceback, and the file is left alone.
    assert "Traceback" not in done.stderr
    if done.returncode != 0:
        assert "No such option" in done.stderr
    assert (tmp_path / "-rf.txt").read_text() == ARTICLE


# -- size ---------------------------------------------------------------------


def test_huge_file_is_refused_quickly_and_the_good_file_loads(tmp_path):
    """100 MB of text beside a good article: named as too large, in bounded
    time and memory (it is never read whole), and the good article loads."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / GOOD).write_text(ARTICLE)
    block = (ARTICLE * 200).encode()
    with open(folder / "huge.txt", "wb") as out:
        for _ in range(100 * 1024 * 1024 // len(block) + 1):
            out.write(block)
    assert (folder / "huge.txt").stat().st_size >= 100 * 1024 * 1024
    done = subprocess.run(
        ["/usr/bin/time", "-f", "maxrss_kb=%M", *INGEST, str(tmp_path / "f.db"), str(folder)]
        if os.path.exists("/usr/bin/time")
        else [*INGEST, str(tmp_path / "f.db"), str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "Traceback" not in done.stderr
    rejected = summary_lines(done, "rejected")
    assert rejected["huge.txt"].startswith("file too large (100.")
    assert "MB limit)" in rejected["huge.txt"]
    assert set(articles(tmp_path / "f.db")) == {GOOD}
    for line in done.stderr.splitlines():
        if line.startswith("maxrss_kb="):
            assert int(line.split("=")[1]) < 400_000, "the huge file was read into memory"


def test_size_limit_is_documented_value():
    # The limit the docs name; a file exactly at it is still read.
    assert readers.MAX_FILE_BYTES == 10 * 1024 * 1024


def test_file_at_the_limit_is_read(tmp_path):
    path = tmp_path / "big.txt"
    head = ARTICLE.encode()
    path.write_bytes(head + b"x" * (readers.MAX_FILE_BYTES - len(head)))
    assert path.stat().st_size == readers.MAX_FILE_BYTES
    assert readers.read_source(path).text.startswith("Harbour")
    path.write_bytes(path.read_bytes() + b"x")
    with pytest.raises(readers.InputError, match="file too large"):
        readers.read_source(path)
