"""Front matter and sidecars are small maps of scalars: an alias bomb, a
huge sidecar or a nested value is refused with a message naming the file,
and the other files of the run still load."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

# Slow (each case runs the real ingest in a subprocess): left out by make test-quick.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "Council backs the plan\n\n\u201cThe plan is sound and we will fund it,\u201d said Mayor Jane Smith on Monday.\n"


def bomb(levels: int = 6, width: int = 10) -> str:
    lines = ['a0: &a0 [' + ", ".join(['"lol"'] * width) + "]"]
    for i in range(1, levels + 1):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
    lines.append(f"outlet: *a{levels}")
    return "\n".join(lines) + "\n"


CASES = {
    "front-bomb": ("bad.txt", f"---\n{bomb()}---\n{ARTICLE}", None, "alias"),
    "sidecar-bomb": ("bad.txt", ARTICLE, bomb(), "alias"),
    "merge-key": ("bad.txt", "---\nbase: &b {outlet: Daily}\nmeta:\n  <<: *b\n---\n" + ARTICLE, None, "alias"),
    "huge-sidecar": ("bad.txt", ARTICLE, "outlet: " + "x" * 2_000_000 + "\n", "too large"),
    "huge-front": ("bad.txt", "---\nauthor: " + "y" * 2_000_000 + "\n---\n" + ARTICLE, None, "too large"),
    "list-value": ("bad.txt", "---\noutlet: [Daily, Weekly]\n---\n" + ARTICLE, None, "outlet"),
    "map-value": ("bad.txt", ARTICLE, "url: {href: 'https://x.example'}\n", "url"),
    "primary-source-bomb": ("bad.txt", "---\ntype: transcript\n" + bomb().replace("outlet:", "speaker:") + "---\n" + ARTICLE, None, "alias"),
    "deep-nesting": ("bad.txt", "---\noutlet: " + "[" * 20000 + "]" * 20000 + "\n---\n" + ARTICLE, None, "nested too deeply"),
    "python-tag": ("bad.txt", "---\noutlet: !!python/object/apply:os.system ['echo x']\n---\n" + ARTICLE, None, "constructor"),
    "binary-tag": ("bad.txt", ARTICLE, "outlet: !!binary aGVsbG8=\n", "outlet"),
    # Values YAML reads as a date or a number that is none: a YAML problem,
    # not a failure of the analysis.
    "impossible-date": ("bad.txt", "---\npublished: 2024-13-45T99:99:99\n---\n" + ARTICLE, None, "bad yaml"),
    "huge-integer": ("bad.txt", "---\npublished: " + "9" * 5000 + "\n---\n" + ARTICLE, None, "bad yaml"),
}


def run(tmp_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts/ingest.py"), "f.db", "in"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_metadata_is_refused_naming_the_file(tmp_path, case):
    name, text, sidecar, reason = CASES[case]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    if sidecar is not None:
        (folder / name).with_suffix(".yml").write_text(sidecar, encoding="utf-8")
    (folder / "good.txt").write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    done = run(tmp_path)
    assert done.returncode == 1
    rejected = [line for line in done.stderr.splitlines() if line.startswith("rejected:")]
    assert len(rejected) == 1 and name in rejected[0] and reason in rejected[0].lower(), done.stderr
    assert "Traceback" not in done.stderr
    conn = sqlite3.connect(tmp_path / "f.db")
    (longest,) = conn.execute("select max(length(coalesce(outlet, '') || coalesce(url, '') || coalesce(byline, ''))) from articles").fetchone()
    assert conn.execute("select count(*) from articles").fetchone()[0] == 1  # good.txt
    assert longest < 1000


@pytest.mark.parametrize(
    "front,field,expected",
    [
        ("outlet: Daily Example", "outlet", "Daily Example"),
        ("published: 2024-05-02", "published", "2024-05-02"),
        ("url: https://example.com/a", "url", "https://example.com/a"),
        ("outlet: 'Quoted & plain'", "outlet", "Quoted & plain"),
        # Invisible formatting and control characters would make one outlet
        # look like another: dropped.
        ('outlet: "\u202eDaily Example"', "outlet", "Daily Example"),
        ('outlet: "Daily\u200b Example"', "outlet", "Daily Example"),
        ('outlet: "Daily\\0 Example"', "outlet", "Daily Example"),
    ],
)
def test_plain_scalars_still_load(tmp_path, front, field, expected):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(f"---\n{front}\n---\n{ARTICLE}", encoding="utf-8")
    done = run(tmp_path)
    assert done.returncode == 0, done.stderr
    conn = sqlite3.connect(tmp_path / "f.db")
    assert conn.execute(f"select {field} from articles").fetchone()[0] == expected
