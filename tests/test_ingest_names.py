"""File names and links from a scraped folder: a name cannot forge summary
lines or send escapes to the terminal, an undecodable name is reported
like any other, and links out of the folder ingested are not followed."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

# Slow (each case runs the real ingest in a subprocess): left out by make test-quick.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "Harbour plan approved\n\n\u201cWe will rebuild the harbour by 2030,\u201d said Mayor Jane Smith on Monday.\n"
SECRET = "Private notes\n\n\u201cThis line must never be published anywhere at all,\u201d said Ann Lee on Friday.\n"


def ingest(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "scripts/ingest.py"), "f.db", "in"],
                          cwd=cwd, capture_output=True, timeout=300)


@pytest.mark.parametrize(
    "name",
    [b"a\nrejected: forged.txt: fine.txt", b"b\x1b[2J\x1b[31mred.txt", b"caf\xe9 latin1.txt", b"rtl\xe2\x80\xaetxt.exe.txt"],
    ids=["newline", "ansi", "not-utf8", "bidi"],
)
def test_hostile_file_names_are_escaped_in_the_summary(tmp_path, name):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), name), "wb") as handle:
        handle.write(b"\x00\x01binary")  # rejected: its name is printed
    done = ingest(tmp_path)
    assert done.returncode == 1
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err
    assert b"\x1b" not in done.stderr and b"\xe2\x80\xae" not in done.stderr
    rejected = [line for line in err.splitlines() if line.startswith("rejected:")]
    assert len(rejected) == 1 and "binary file" in rejected[0]
    assert "1 new" in done.stdout.decode()


@pytest.mark.parametrize("link", ["file", "folder"])
def test_links_out_of_the_folder_are_not_followed(tmp_path, link):
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "notes.txt").write_text(SECRET, encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    if link == "file":
        os.symlink(outside / "notes.txt", folder / "notes.txt")
    else:
        os.symlink(outside, folder / "private")
    done = ingest(tmp_path)
    err = done.stderr.decode()
    assert "outside the folder ingested" in err and "Traceback" not in err
    conn = sqlite3.connect(tmp_path / "f.db")
    assert conn.execute("select count(*) from articles where body like '%never be published%'").fetchone()[0] == 0
    assert conn.execute("select count(*) from articles").fetchone()[0] == 1


def test_links_inside_the_folder_still_work(tmp_path):
    folder = tmp_path / "in"
    (folder / "2024").mkdir(parents=True)
    (folder / "2024" / "good.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink(folder / "2024", folder / "latest")
    done = ingest(tmp_path)
    assert done.returncode == 0, done.stderr
