"""The site builder writes only inside its output folder, whatever links the
published data holds: scraped URLs, reader comments, reviewers' evidence and
notes. Each kind of link runs the real ingest and build-site commands once
in the Makefile's layout (the live database beside the site folder), over
every attack at the same time: one article per scraped URL, one comment or
reviewer's link per attack. With the checks taken out of the crawler and
the writer, each of these tests fails."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = (
    "Council approves new bridge\n\n"
    "The council voted on Tuesday to approve a new bridge across the river, officials said.\n\n"
    "\u201cWe have waited a long time for this bridge,\u201d said Mayor Jane Smith at the meeting.\n\n"
    "The bridge will cost 12 million pounds and open in 2028, according to the plan.\n"
)

# Link targets that name a file outside OUTDIR once their dot segments are
# resolved; Datasette answers each (its fetch normalises the path).
ESCAPES = [
    "http://localhost/../factcheck.db",
    "http://localhost/factcheck/../../factcheck.db",
    "http://localhost/%2e%2e/factcheck.db",
    "http://localhost/factcheck/articles/..%2f..%2f..%2ffactcheck.db",
    "http://localhost/./../../outside.json",
    # Encodings and shapes of the same escape: double-encoded, upper-case,
    # backslashes, path parameters, full-width dots, a leading double slash.
    "http://localhost/%252e%252e/factcheck.db",
    "http://localhost/%2E%2E/factcheck.db",
    "http://localhost/..%5cfactcheck.db",
    "http://localhost/..\\factcheck.db",
    "http://localhost/factcheck/..;/..;/factcheck.db",
    "http://localhost/\uff0e\uff0e/factcheck.db",
    "http://localhost//outside.json",
    "http://localhost/%2f..%2foutside.json",
]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree(folder: Path, skip: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): digest(p)
        for p in folder.rglob("*")
        if p.is_file() and skip not in p.parents
    }


def live_corpus(tmp_path: Path, front_urls: tuple[str, ...] = ("",), comments: tuple[str, ...] = ()) -> Path:
    """The Makefile's layout with one article per scraped URL (front
    matter) and reader comments holding ``comments``, all ingested at once:
    one build then meets every hostile link."""
    live = tmp_path / "live"
    (live / "in").mkdir(parents=True)
    for n, front_url in enumerate(front_urls):
        front = f"---\noutlet: Daily Example {n}\nurl: {front_url}\n---\n" if front_url else ""
        thread = "".join(f"\nReader {m}\n2 hours ago\n{c}\n" for m, c in enumerate(comments))
        text = front + ARTICLE.replace("new bridge", f"new bridge number {n}") + (f"\nComments\n{thread}" if comments else "")
        (live / "in" / f"bridge{n}.txt").write_text(text, encoding="utf-8")
    done = run(str(ROOT / "scripts/ingest.py"), "factcheck.db", "in", cwd=live)
    assert done.returncode == 0, done.stderr
    conn = sqlite3.connect(live / "factcheck.db")
    articles = conn.execute("select count(*) from articles").fetchone()[0]
    conn.close()
    assert articles == len(front_urls)
    return live


def build(live: Path) -> subprocess.CompletedProcess:
    return run(str(ROOT / "scripts/build_site.py"), "factcheck.db", "site", cwd=live)


def assert_confined(live: Path, before: dict[str, str], done: subprocess.CompletedProcess) -> None:
    after = tree(live, live / "site")
    assert after == before, f"files outside OUTDIR changed: {set(after.items()) ^ set(before.items())}"
    assert not (live.parent / "outside.json").exists()
    assert "Traceback" not in done.stderr
    # The site itself is still built.
    assert done.returncode == 0, done.stderr
    assert (live / "site" / "index.html").is_file()


def test_scraped_urls_cannot_write_outside_the_site(tmp_path):
    # Every escape at once, one article each: the build follows them all.
    live = live_corpus(tmp_path, front_urls=tuple(ESCAPES))
    before = tree(live, live / "site")
    assert_confined(live, before, build(live))


def test_reader_comment_urls_cannot_write_outside_the_site(tmp_path):
    live = live_corpus(tmp_path, comments=tuple(ESCAPES[:3]))
    before = tree(live, live / "site")
    assert_confined(live, before, build(live))


@pytest.mark.parametrize("where", ["evidence", "note"])
def test_reviewer_links_cannot_write_outside_the_site(tmp_path, where):
    live = live_corpus(tmp_path)
    conn = sqlite3.connect(live / "factcheck.db")
    with conn:
        if where == "evidence":
            value = json.dumps([{"href": url, "label": f"source {n}"} for n, url in enumerate(ESCAPES[:3])])
        else:
            # Markdown links, relative and absolute, in the reviewer's note.
            value = " ".join(f"See [source {n}]({url})." for n, url in enumerate(ESCAPES[:3])) + " And [this](/../factcheck.db)."
        conn.execute(f"update quotes set {where} = ?, verdict = 'accurate'", [value])
    conn.close()
    before = tree(live, live / "site")
    assert_confined(live, before, build(live))


def test_write_outside_outdir_is_refused_with_a_message(tmp_path):
    """The last line of defence, below the crawler: the writer itself."""
    from datasette_factcheck.publish.site import Builder, SiteError  # noqa: PLC0415

    out = tmp_path / "site"
    out.mkdir()
    builder = Builder(None, out, "now")
    for target in ("../escape.html", "a/../../escape.html", "/etc/escape.html"):
        with pytest.raises(SiteError, match="outside"):
            builder.write(target, b"x")
    assert not (tmp_path / "escape.html").exists()


def test_a_scraped_link_to_a_missing_page_is_left_as_text(tmp_path):
    # A link in the data to a page this host does not have must not stop
    # the site from being published: it is named and left as text.
    live = live_corpus(tmp_path, front_urls=("http://localhost/factcheck/no-such-table/1",))
    done = build(live)
    assert done.returncode == 0, done.stderr
    assert "warning: link to a missing page left as text: /factcheck/no-such-table/1 answered" in done.stderr
    assert (live / "site" / "index.html").is_file()
