"""The benchmark end to end on a tiny corpus, and the corpus generator."""

import json
import sqlite3
import subprocess
import sys

import pytest

import bench_corpus
import bench_syndication
from datasette_factcheck.extract import article as pipeline
from datasette_factcheck.matching.words import normalize

from .conftest import ROOT

# Slow (the benchmark and its corpus generators, run as scripts): left out by
# make test-quick; the benchmark reads through Datasette, so make test-1.0 runs it.
pytestmark = pytest.mark.both_lines

KEYS = [
    "articles", "quotes", "ingest_seconds", "articles_per_second", "match_seconds", "peak_rss_mb", "db_mb",
    "planted_relations", "relation_recall", "relation_precision", "baseline_pairs_per_second",
    "speedup_vs_baseline", "query_median_ms", "incremental_seconds",
    "primary_check_precision", "primary_check_recall", "primary_meaning_precision", "primary_meaning_recall",
]


@pytest.fixture(scope="module")
def bench(tmp_path_factory):
    db = tmp_path_factory.mktemp("bench") / "bench.db"
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--articles", "30", "--db", str(db),
         "--baseline-sample", "200", "--query-runs", "1"],
        capture_output=True, text=True, timeout=600,
    )
    assert out.returncode == 0, out.stderr
    return db, json.loads(out.stdout.strip().splitlines()[-1])


def test_last_line_is_json_with_every_figure(bench):
    _, figures = bench
    assert set(KEYS) <= set(figures)
    assert figures["articles"] == 30
    assert figures["quotes"] > 60
    assert figures["planted_relations"] > 5


def test_planted_relations_are_found(bench):
    _, figures = bench
    assert figures["relation_recall"] >= 0.99
    assert figures["relation_precision"] >= 0.95
    assert figures["incremental_relation_recall"] >= 0.99


def test_quotes_are_checked_against_primary_sources(bench):
    _, figures = bench
    for key in ("primary_check_precision", "primary_check_recall", "primary_meaning_precision", "primary_meaning_recall"):
        assert figures[key] >= 0.95, (key, figures[key])
    assert figures["primary_checks_on_unrelated_quotes"] == 0


def test_database_is_built_with_the_persisted_index(bench):
    db, figures = bench
    assert db.exists()
    conn = sqlite3.connect(str(db))
    # the 30 articles and the 100 added after
    assert conn.execute("select count(*) from articles").fetchone()[0] == 130
    assert conn.execute("select count(*) from quote_shingles").fetchone()[0] > 0
    assert conn.execute("select count(*) from claim_keys").fetchone()[0] > 0


def test_generator_is_deterministic(tmp_path):
    a = bench_corpus.generate(tmp_path / "a", 12, seed=5)
    b = bench_corpus.generate(tmp_path / "b", 12, seed=5)
    c = bench_corpus.generate(tmp_path / "c", 12, seed=6)
    assert a == b
    assert a != c
    for f in (tmp_path / "a").iterdir():
        assert f.read_bytes() == (tmp_path / "b" / f.name).read_bytes()


def test_every_planted_quote_is_extracted_as_printed(tmp_path):
    truth = bench_corpus.generate(tmp_path, 40, seed=11)
    want: dict[str, set[str]] = {}
    for file, text in truth.quotes:
        want.setdefault(file, set()).add(normalize(text))
    for path in sorted(tmp_path.glob("*.txt")):
        got = {normalize(q.text) for q in pipeline.parse_file(path).quotes if q.kind == "quote"}
        assert got == want.get(path.name, set()), path.name


@pytest.mark.parametrize("label", ["verbatim", "excerpt", "spliced", "altered"])
def test_every_kind_of_relation_is_planted(tmp_path, label):
    truth = bench_corpus.generate(tmp_path, 60, seed=3)
    assert any(r[4] == label for r in truth.relations)
    assert truth.claim_relations and all(r[4] in ("conflicts", "corroborates") for r in truth.claim_relations)


def test_claim_traps_relate_as_planted():
    """Every kind of claim trap gets exactly its planted relation, or none:
    the same grant worded differently, a year against a month of it, other
    councils, bridges and groups, running totals."""
    from datasette_factcheck.extract.claims import parse_numbers
    from datasette_factcheck.matching.claims import relate_claims
    from datasette_factcheck.model import Claim

    def claim(text):
        return Claim(text, 0, len(text), 1, "count", parse_numbers(text))

    traps = bench_corpus._ClaimTraps(5, bench_corpus.vocabulary(5))
    seen = set()
    for _ in range(400):
        first, second, label = traps.pair()
        seen.add(label)
        for a, b in ((second, first), (first, second)):
            found = relate_claims(claim(a), claim(b))
            assert (found[0] if found else "") == label, (a, b, found)
    assert seen == {"conflicts", "corroborates", ""}


def test_claim_traps_are_planted_across_articles(tmp_path):
    truth = bench_corpus.generate(tmp_path / "c", 200, seed=4)
    labels = {r[4] for r in truth.claim_relations}
    assert labels == {"conflicts", "corroborates"}
    files = {f for f, _ in truth.claims}
    for fa, ta, fb, tb, _ in truth.claim_relations:
        assert fa != fb
        assert ta in (tmp_path / "c" / fa).read_text(encoding="utf-8")
        assert tb in (tmp_path / "c" / fb).read_text(encoding="utf-8")
    assert len(files) > 20


def test_syndication_corpus_reprints_every_story_in_every_outlet(tmp_path):
    made = bench_syndication.generate(tmp_path, stories=2, outlets=3, seed=4)
    files = sorted(tmp_path.rglob("*.txt"))
    assert made.files == len(files) == 6
    assert sum(made.copies.values()) == 6
    # one folder per outlet, and no two copies share a file name
    assert len({f.parent.name for f in files}) == 3
    assert len({f.name for f in files}) == 6
    assert all(f.read_text().startswith("---\noutlet: Outlet ") for f in files)


@pytest.mark.slow
def test_syndication_mode_reports_rows_per_copy_for_each_n():
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--syndication", "2", "4", "--stories", "2", "--jobs", "1"],
        capture_output=True, text=True, timeout=600,
    )
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    assert [run["outlets"] for run in figures["syndication"]] == [2, 4]
    for run in figures["syndication"]:
        assert run["files"] == 2 * run["outlets"]
        assert run["quotes"] > 0 and run["versions"] <= run["quotes"]
        assert run["quote_match_rows"] > 0
