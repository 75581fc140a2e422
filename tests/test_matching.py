"""The matching stage over stored keys: one article added to a database,
and the same relations whether the work is split over processes or not."""

import sqlite3

import pytest

from datasette_factcheck import bench_corpus, ingest, matching, store


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("matching")
    truth = bench_corpus.generate(root / "corpus", 40, seed=3, extra=2, extra_folder=root / "more")
    return root, truth


def _relations(db_path):
    conn = sqlite3.connect(str(db_path))
    quotes = set(conn.execute("select quote_id, other_quote_id, relation, similarity, differences from quote_matches"))
    claims = set(conn.execute("select claim_id, other_claim_id, relation, differences from claim_matches"))
    pending = conn.execute("select count(*) from pending_matches").fetchone()[0]
    conn.close()
    return quotes, claims, pending


def test_adding_articles_matches_them_against_the_stored_ones(corpus, tmp_path):
    root, _ = corpus
    db = tmp_path / "added.db"
    ingest.run(str(db), [root / "corpus"], jobs=1)
    before, _, _ = _relations(db)
    summary = ingest.run(str(db), [root / "more"], jobs=1)
    after, after_claims, pending = _relations(db)
    assert pending == 0
    # the new articles quote the first ones: relations to stored quotes appear
    assert summary.quote_matches > 0 and len(after) > len(before)
    assert before <= after
    # the same as matching everything at once
    whole = tmp_path / "whole.db"
    ingest.run(str(whole), [root / "corpus", root / "more"], jobs=1)
    assert _relations(whole)[:2] == (after, after_claims)


def test_work_split_over_processes_finds_the_same_relations(corpus, tmp_path, monkeypatch):
    root, _ = corpus
    one = tmp_path / "one.db"
    ingest.run(str(one), [root / "corpus"], jobs=1)
    monkeypatch.setattr(matching, "CHUNK", 25)
    monkeypatch.setattr(matching, "PARALLEL_MIN", 50)
    two = tmp_path / "two.db"
    ingest.run(str(two), [root / "corpus"], jobs=2)
    quotes, claims, pending = _relations(two)
    assert pending == 0 and quotes and claims
    assert (quotes, claims) == _relations(one)[:2]


def test_keys_in_an_older_format_are_computed_again(corpus, tmp_path):
    root, _ = corpus
    db = tmp_path / "old.db"
    ingest.run(str(db), [root / "corpus"], jobs=1)
    expected = _relations(db)
    conn = sqlite3.connect(str(db))
    conn.execute("update quote_shingles set shingle = shingle + 7")
    conn.execute("delete from quote_matches")
    conn.execute("pragma user_version = 1")
    conn.commit()
    conn.close()
    opened = store.open_db(str(db))
    assert opened.conn.execute("select count(*) from pending_matches").fetchone()[0] > 0
    store.rematch_pending(opened)
    opened.close()
    assert _relations(db) == expected
