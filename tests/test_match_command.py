"""`datasette factcheck match DB`: every stored item related again by the
ingest's matcher, on this machine (the Spark path is in test_spark.py)."""

import importlib.util
import sqlite3
import subprocess
import sys

import pytest

from datasette_factcheck import rematch
from datasette_factcheck.ingest import IngestError


def relation_rows(path) -> dict[str, list[tuple]]:
    """Every relation row and the tables derived from them, in a fixed order."""
    conn = sqlite3.connect(path)
    try:
        return {
            "quote_matches": conn.execute(
                "select quote_id, other_quote_id, relation, similarity, differences from quote_matches order by 1, 2"
            ).fetchall(),
            "claim_matches": conn.execute(
                "select claim_id, other_claim_id, relation, differences from claim_matches order by 1, 2"
            ).fetchall(),
            "remarks": conn.execute("select quote_id, remark_id from remarks order by 1").fetchall(),
            "closest_changes": conn.execute("select * from closest_changes order by 1").fetchall(),
            "story_summaries": conn.execute("select * from story_summaries order by 1").fetchall(),
            "pending": conn.execute("select item_type, item_id from pending_matches").fetchall(),
        }
    finally:
        conn.close()


def run_match(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "datasette", "factcheck", "match", *args], capture_output=True, text=True, timeout=600)


def test_match_gives_the_ingests_relations_again(seeds_copy):
    before = relation_rows(seeds_copy)
    conn = sqlite3.connect(seeds_copy)
    # relations lost by some other tool: matching everything again restores them
    conn.execute("delete from quote_matches")
    conn.commit()
    conn.close()
    done = run_match(str(seeds_copy))
    assert done.returncode == 0, done.stderr
    assert f"relations: {len(before['quote_matches'])} quote, {len(before['claim_matches'])} claim" in done.stdout
    after = relation_rows(seeds_copy)
    assert after == before
    assert before["quote_matches"] and not after["pending"]


def test_review_work_is_kept(seeds_copy):
    conn = sqlite3.connect(seeds_copy)
    quote_id = conn.execute("select quote_id from quote_matches limit 1").fetchone()[0]
    conn.execute("update quotes set status = 'done', verdict = 'accurate', note = 'checked by the desk' where id = ?", [quote_id])
    conn.commit()
    rematch.run(str(seeds_copy), jobs=1)
    assert conn.execute("select status, verdict, note from quotes where id = ?", [quote_id]).fetchone() == (
        "done", "accurate", "checked by the desk"
    )
    conn.close()


@pytest.mark.parametrize("options", [["--master", "local[2]"], ["--work", "somewhere"]])
def test_spark_options_need_spark(seeds_copy, options):
    done = run_match(str(seeds_copy), *options)
    assert done.returncode == 2
    assert "--master and --work go with --spark" in done.stderr


def test_missing_work_folder_is_named_before_anything_runs(seeds_copy, tmp_path):
    before = relation_rows(seeds_copy)
    done = run_match(str(seeds_copy), "--spark", "--work", str(tmp_path / "not-there"))
    assert done.returncode == 2
    assert "not-there" in done.stderr and "--work" in done.stderr
    assert relation_rows(seeds_copy) == before


@pytest.mark.skipif(importlib.util.find_spec("pyspark") is not None, reason="PySpark is installed here")
def test_spark_without_pyspark_says_what_to_install(seeds_copy):
    before = relation_rows(seeds_copy)
    done = run_match(str(seeds_copy), "--spark")
    assert done.returncode == 1
    assert "pip install 'datasette-factcheck[spark]'" in done.stderr
    assert relation_rows(seeds_copy) == before


def test_missing_database_is_named(tmp_path):
    with pytest.raises(IngestError, match="no database at"):
        rematch.run(str(tmp_path / "nothing.db"))
    done = run_match(str(tmp_path / "nothing.db"))
    assert done.returncode == 2 and "nothing.db" in done.stderr


def test_ingest_without_matching_then_match(tmp_path, seeds_db):
    from .conftest import SEEDS

    db = tmp_path / "factcheck.db"
    done = subprocess.run(
        [sys.executable, "-m", "datasette", "factcheck", "ingest", "--no-match", str(db), str(SEEDS)],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert "relations: not matched yet" in done.stdout
    stored = relation_rows(db)
    assert not stored["quote_matches"] and stored["pending"]
    assert run_match(str(db)).returncode == 0
    assert relation_rows(db) == relation_rows(seeds_db)
