"""The ingest job end to end on real files and real SQLite databases."""

import gc
import os
import subprocess
import sys

import pytest
import sqlite_utils
from click.testing import CliRunner

from datasette_factcheck import ingest
from datasette_factcheck.cli import factcheck

from .conftest import ROOT, SEEDS

SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))


def counts(path):
    db = sqlite_utils.Database(path)
    return {t: db[t].count for t in ["articles", "comments", "article_extras", "quotes", "claims", "speakers", "quote_matches"]}


def test_seeds_load(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    assert [r["file"] for r in db.query("select file from articles order by file")] == SEED_NAMES
    assert db["quotes"].count > 20
    assert db["claims"].count > 5


@pytest.mark.parametrize(
    "file,not_in_body",
    [
        # comment threads
        ("001_d568973889bbf5ad.txt", "poking the bear"),
        ("001_d568973889bbf5ad.txt", "LEAVE A REPLY"),
        ("002_35d055a69dbc9af4.txt", "defensive alliance to deter Russia"),
        ("002_35d055a69dbc9af4.txt", "6 months ago"),
        # author bios and read-more lines
        ("001_d568973889bbf5ad.txt", "degree in Media"),
        ("002_35d055a69dbc9af4.txt", "defence industry"),
        ("002_35d055a69dbc9af4.txt", "You can read more"),
        ("000_7ced3e7d4a7f41e9.txt", "Victor covers"),
        # teasers
        ("000_7ced3e7d4a7f41e9.txt", "Uzbekistan"),
        ("003_c95b7081c7dda934.txt", "Atomic Energy Organization"),
        # promo box and section labels
        ("004_663b6f5982c341f8.txt", "LEARN MORE"),
        ("004_663b6f5982c341f8.txt", "$325 million"),
        ("004_663b6f5982c341f8.txt", "World News"),
    ],
)
def test_bodies_hold_only_the_article(seeds_db, file, not_in_body):
    db = sqlite_utils.Database(seeds_db)
    body = db.execute("select body from articles where file = ?", [file]).fetchone()[0]
    assert not_in_body not in body


def test_comment_threads_keep_their_parents(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    for file in ("001_d568973889bbf5ad.txt", "002_35d055a69dbc9af4.txt"):
        rows = list(
            db.query(
                "select c.* from comments c join articles a on a.id = c.article_id where a.file = ?", [file]
            )
        )
        assert len(rows) > 20, file
        replies = [r for r in rows if r["parent_id"] is not None]
        assert len(replies) > 10, file
        by_id = {r["id"]: r for r in rows}
        for r in replies:
            parent = by_id[r["parent_id"]]
            assert parent["position"] < r["position"]
            assert r["depth"] == parent["depth"] + 1


def test_reingest_changes_nothing(tmp_path):
    path = tmp_path / "f.db"
    first = ingest.run(str(path), [SEEDS], jobs=1)
    assert first.new == 5
    before = counts(path)
    snapshot = list(sqlite_utils.Database(path).query("select id, text from quotes order by id"))
    second = ingest.run(str(path), [SEEDS], jobs=1)
    assert (second.new, second.unchanged, second.updated) == (0, 5, 0)
    assert counts(path) == before
    assert list(sqlite_utils.Database(path).query("select id, text from quotes order by id")) == snapshot


def test_edited_file_updates_in_place_and_keeps_ids(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    source = (SEEDS / "001_d568973889bbf5ad.txt").read_text()
    (folder / "a.txt").write_text(source)
    path = tmp_path / "f.db"
    ingest.run(str(path), [folder], jobs=1)
    db = sqlite_utils.Database(path)
    quotes = {r["text"]: r["id"] for r in db.query("select id, text from quotes")}
    article_id = db.execute("select id from articles").fetchone()[0]
    edited = source.replace("While in Kyiv, Mr Stoltenberg", "While in the capital, Mr Stoltenberg")
    assert edited != source
    (folder / "a.txt").write_text(edited)
    summary = ingest.run(str(path), [folder], jobs=1)
    assert summary.updated == 1
    db = sqlite_utils.Database(path)
    assert db.execute("select id from articles").fetchall() == [(article_id,)]
    assert "While in the capital" in db.execute("select body from articles").fetchone()[0]
    assert {r["text"]: r["id"] for r in db.query("select id, text from quotes")} == quotes


BAD_FILES = {
    "binary.txt": bytes(range(256)) * 20,
    "empty.txt": b"",
    "blank.md": b"   \n\n  \t\n",
}


def make_folder(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_bytes((SEEDS / "003_c95b7081c7dda934.txt").read_bytes())
    for name, data in BAD_FILES.items():
        (folder / name).write_bytes(data)
    return folder


def test_bad_files_are_named_and_the_good_one_loads(tmp_path):
    folder = make_folder(tmp_path)
    summary = ingest.run(str(tmp_path / "f.db"), [folder], jobs=1)
    assert summary.new == 1
    rejected = {os.path.basename(p): why for p, why in summary.rejected}
    assert set(rejected) == set(BAD_FILES)
    assert "binary" in rejected["binary.txt"]
    assert "empty" in rejected["empty.txt"]


class _Stop(Exception):
    pass


def _stop(path):
    raise _Stop(path)


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("on_file", [None, _stop], ids=["completes", "interrupted"])
def test_an_ingest_leaves_the_callers_garbage_collector_as_it_was(tmp_path, jobs, on_file):
    # The ingest paces the collector for its own allocations only: a program
    # that runs it (a test suite, a server) keeps its own settings.
    folder = make_folder(tmp_path)
    (folder / "again.txt").write_bytes((SEEDS / "003_c95b7081c7dda934.txt").read_bytes() + b"\nOne more line.\n")
    before = gc.get_threshold()
    gc.set_threshold(701, 11, 9)
    try:
        if on_file is None:
            assert ingest.run(str(tmp_path / "f.db"), [folder], jobs=jobs).new == 2
        else:
            with pytest.raises(_Stop):
                ingest.run(str(tmp_path / "f.db"), [folder], jobs=jobs, on_file=on_file)
        assert gc.get_threshold() == (701, 11, 9)
    finally:
        gc.set_threshold(*before)


def test_cli_runner_exit_code_and_summary(tmp_path):
    folder = make_folder(tmp_path)
    result = CliRunner().invoke(factcheck, ["ingest", str(tmp_path / "f.db"), str(folder)])
    assert result.exit_code == 1
    assert "articles: 1 new, 0 unchanged, 0 updated" in result.output
    for name in BAD_FILES:
        assert name in result.output
    assert "Traceback" not in result.output


@pytest.mark.both_lines  # the whole ingest in a subprocess, once through Datasette's CLI: slow
@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, str(ROOT / "scripts" / "ingest.py")],
        [sys.executable, "-m", "datasette", "factcheck", "ingest"],
    ],
)
def test_real_cli_in_subprocess(tmp_path, command):
    db = tmp_path / "f.db"
    done = subprocess.run(command + [str(db), str(SEEDS)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "articles: 5 new, 0 unchanged, 0 updated" in done.stdout
    assert "Traceback" not in done.stderr
    # Not a terminal: no progress bar in the output.
    assert "Ingesting" not in done.stderr
    again = subprocess.run(command + [str(db), str(SEEDS)], capture_output=True, text=True, timeout=300)
    assert "articles: 0 new, 5 unchanged, 0 updated" in again.stdout


def test_cli_bad_input_exits_nonzero_without_traceback(tmp_path):
    folder = make_folder(tmp_path)
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "ingest.py"), str(tmp_path / "f.db"), str(folder), str(tmp_path / "missing")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "binary.txt" in done.stderr and "missing" in done.stderr


def test_failure_mid_file_leaves_database_as_before(tmp_path):
    """A write that fails half-way through a file rolls back that file only:
    here a real SQLite trigger refuses the file's last claims."""
    path = tmp_path / "f.db"
    ingest.run(str(path), [SEEDS / "003_c95b7081c7dda934.txt"], jobs=1)
    before = counts(path)
    db = sqlite_utils.Database(path)
    db.execute(
        "create trigger refuse before insert on claims when new.article_id > 1 "
        "begin select raise(abort, 'disk on fire'); end"
    )
    db.close()
    summary = ingest.run(str(path), [SEEDS / "004_663b6f5982c341f8.txt"], jobs=1)
    assert summary.rejected and "disk on fire" in summary.rejected[0][1]
    assert "004_663b6f5982c341f8.txt" in summary.rejected[0][0]
    assert counts(path) == before
    db = sqlite_utils.Database(path)
    db.execute("drop trigger refuse")
    db.close()
    assert ingest.run(str(path), [SEEDS / "004_663b6f5982c341f8.txt"], jobs=1).new == 1


def test_error_that_ends_the_transaction_loses_no_other_file(tmp_path):
    """RAISE(ROLLBACK) ends the whole open transaction, not just the failing
    file's savepoint: the files stored before it in the same batch are
    stored again, and only the failing file is rejected."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("000_7ced3e7d4a7f41e9.txt", "003_c95b7081c7dda934.txt", "004_663b6f5982c341f8.txt"):
        (folder / name).write_bytes((SEEDS / name).read_bytes())
    path = tmp_path / "f.db"
    from datasette_factcheck.db.migrations import open_db

    db = open_db(str(path))
    db.execute(
        "create trigger refuse before insert on claims when new.text like '%Washington on July%' "
        "begin select raise(rollback, 'refused by trigger'); end"
    )
    db.close()
    summary = ingest.run(str(path), [folder], jobs=1)
    assert [os.path.basename(p) for p, _ in summary.rejected] == ["003_c95b7081c7dda934.txt"]
    db = sqlite_utils.Database(path)
    assert sorted(r["file"] for r in db.query("select file from articles")) == [
        "000_7ced3e7d4a7f41e9.txt",
        "004_663b6f5982c341f8.txt",
    ]
    assert db.execute("select count(*) from quotes").fetchone()[0] > 0


def _kept_and_recounted(path):
    """The canned queries' rows from the figures matching keeps, and from
    the same figures computed again from scratch."""
    import sqlite3

    from datasette_factcheck.db import queries
    from datasette_factcheck.db import migrations, relations

    fresh = path.parent / "fresh.db"
    with sqlite3.connect(path) as src, sqlite3.connect(fresh) as dst:
        src.backup(dst)
    relations.refresh_remarks(migrations.open_db(str(fresh)))
    out = []
    for db_path in (path, fresh):
        db = sqlite_utils.Database(db_path)
        out.append({name: db.execute(queries.sql_for(name, "/f")).fetchall() for name in ("coverage", "quotes_across_sources")})
    fresh.unlink()
    return out


def test_kept_coverage_and_remarks_match_a_recount_after_edits(tmp_path):
    """coverage and quotes_across_sources read figures that matching keeps;
    after adding articles and cutting one short they equal a recount."""
    folder = tmp_path / "in"
    folder.mkdir()
    names = SEED_NAMES
    for name in names[:3]:
        (folder / name).write_text((SEEDS / name).read_text())
    path = tmp_path / "f.db"
    ingest.run(str(path), [folder], jobs=1)
    db = sqlite_utils.Database(path)
    # every article's figures are kept, none left to the live fallback
    assert db.execute("select count(*) from article_coverage").fetchone() == db.execute("select count(*) from articles").fetchone()
    kept, recounted = _kept_and_recounted(path)
    assert kept == recounted
    assert any(row[3] for row in kept["coverage"]), "the seeds share quotes"
    for name in names[3:]:
        (folder / name).write_text((SEEDS / name).read_text())
    lines = (SEEDS / names[0]).read_text().splitlines()
    (folder / names[0]).write_text("\n".join(lines[: len(lines) // 3]) + "\n")
    ingest.run(str(path), [folder], jobs=1)
    db = sqlite_utils.Database(path)
    # every article's figures are kept, none left to the live fallback
    assert db.execute("select count(*) from article_coverage").fetchone() == db.execute("select count(*) from articles").fetchone()
    kept, recounted = _kept_and_recounted(path)
    assert kept == recounted
