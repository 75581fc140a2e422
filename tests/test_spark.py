"""Matching on Spark (`datasette factcheck match --spark`) gives exactly the
relations of the local matcher. Real PySpark on `local[2]`, real SQLite;
run by `make test-spark` (pytest --spark), never by `make test`."""

import sqlite3
from collections import Counter

import pytest

import bench_corpus
from datasette_factcheck import ingest, rematch

from .test_match_command import relation_rows

pytestmark = pytest.mark.spark

MASTER = "local[2]"
# A few thousand articles: every relation type, copies, stock phrases and
# chunks of the matcher's size, in about a minute on two cores.
ARTICLES = 2000


@pytest.fixture(scope="module")
def spark_session():
    """One local Spark for the in-process runs of this module, stopped after."""
    from datasette_factcheck.matching import spark as spark_job

    session = spark_job.session(MASTER)
    yield session
    session.stop()


def test_seeds_match_on_spark_as_on_this_machine(seeds_copy, spark_session):
    local = relation_rows(seeds_copy)
    # the job in this process, on the module's Spark (one JVM start for the
    # module); the command line around it is tested in test_match_command
    result = rematch.run(str(seeds_copy), spark=True, master=MASTER)
    assert result.engine == f"Spark, {MASTER}"
    assert relation_rows(seeds_copy) == local
    assert local["quote_matches"]


@pytest.mark.slow
def test_synthetic_corpus_matches_on_spark_exactly_as_locally(tmp_path, spark_session):
    bench_corpus.generate(tmp_path / "corpus", ARTICLES, seed=11)
    db = tmp_path / "bench.db"
    summary = ingest.run(str(db), [tmp_path / "corpus"], jobs=2)
    assert not summary.rejected
    local = relation_rows(db)
    with sqlite3.connect(db) as conn:
        copies = conn.execute("select count(*) from quotes where version_of is not null").fetchone()[0]
        conn.execute("delete from quote_matches")
        conn.execute("delete from claim_matches")
    result = rematch.run(str(db), spark=True, master=MASTER)
    assert (result.quote_matches, result.claim_matches) == (len(local["quote_matches"]), len(local["claim_matches"]))
    spark = relation_rows(db)
    for table in ("quote_matches", "claim_matches", "remarks"):
        assert spark[table] == local[table], table
    # the corpus exercises what the chunks must ship: relations of every
    # kind, claim conflicts, and quotes printed word for word elsewhere
    kinds = Counter(row[2] for row in local["quote_matches"])
    assert {"verbatim", "excerpt", "contains", "altered", "spliced", "part_of_splice"} <= set(kinds)
    assert {"conflicts", "corroborates"} <= {row[2] for row in local["claim_matches"]}
    assert copies > 0
