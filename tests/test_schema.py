"""The public schema users write SQL against: pinned, so no column is renamed."""

import sqlite3

import pytest
import sqlite_utils

from datasette_factcheck.db import migrations
from datasette_factcheck.db.schema import ensure_schema

PUBLIC = {
    "articles": ["id", "file", "title", "byline", "outlet", "url", "published", "body", "content_hash", "ingested_at"],
    "comments": ["id", "article_id", "parent_id", "author", "posted", "body"],
    "article_extras": ["id", "article_id", "kind", "text"],
    "speakers": ["id", "name"],
    "speaker_aliases": ["speaker_id", "alias"],
    "quotes": ["id", "article_id", "speaker_id", "speaker_as_printed", "text", "start", "end", "paragraph"],
    "claims": ["id", "article_id", "text", "kind", "numbers"],
    "quote_matches": ["quote_id", "other_quote_id", "relation", "similarity", "differences"],
    "claim_matches": ["claim_id", "other_claim_id", "relation", "differences"],
}

FOREIGN_KEYS = [
    ("comments", "article_id", "articles"),
    ("comments", "parent_id", "comments"),
    ("article_extras", "article_id", "articles"),
    ("speaker_aliases", "speaker_id", "speakers"),
    ("quotes", "article_id", "articles"),
    ("quotes", "speaker_id", "speakers"),
    ("claims", "article_id", "articles"),
    ("quote_matches", "quote_id", "quotes"),
    ("quote_matches", "other_quote_id", "quotes"),
    ("claim_matches", "claim_id", "claims"),
    ("claim_matches", "other_claim_id", "claims"),
]


@pytest.fixture
def db(tmp_path):
    db = sqlite_utils.Database(tmp_path / "s.db")
    ensure_schema(db)
    return db


@pytest.mark.parametrize("table,columns", PUBLIC.items())
def test_public_columns(db, table, columns):
    assert set(columns) <= set(db[table].columns_dict)


@pytest.mark.parametrize("table,column,other", FOREIGN_KEYS)
def test_foreign_keys_declared_and_indexed(db, table, column, other):
    fks = {(fk.column, fk.other_table) for fk in db[table].foreign_keys}
    assert (column, other) in fks
    indexed = {tuple(i.columns)[0] for i in db[table].indexes}
    pk = db[table].pks
    assert column in indexed or column == pk[0], f"{table}.{column} has no index"


def test_every_foreign_key_is_indexed(tmp_path):
    """Deleting a referenced row (a quote of an edited article) makes SQLite
    look for the rows that reference it: without an index on the column,
    by reading the whole table, once per row deleted."""
    db = migrations.open_db(str(tmp_path / "s.db"))
    missing = []
    for table in db.tables:
        indexed = {i.columns[0] for i in table.indexes} | {table.pks[0]}
        missing += [f"{table.name}.{fk.column}" for fk in table.foreign_keys if fk.column not in indexed]
    assert not missing


def test_a_first_ingest_ends_with_every_index(tmp_path):
    """A first ingest drops the indexes it does not read and builds them at
    its end: the database has every index a new one has."""
    from datasette_factcheck import ingest

    fresh = migrations.open_db(str(tmp_path / "fresh.db"))
    expected = {name for (name,) in fresh.conn.execute("select name from sqlite_master where type = 'index'")}
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text(
        "Ferry fares rise\n\n“The fares will rise in May,” said Ona Brisk, the operator's head.\n", encoding="utf-8"
    )
    ingest.run(str(tmp_path / "f.db"), [tmp_path / "c"], jobs=1)
    conn = sqlite3.connect(str(tmp_path / "f.db"))  # as the ingest left it, not opened for writing
    assert {name for (name,) in conn.execute("select name from sqlite_master where type = 'index'")} == expected


@pytest.mark.parametrize("table", ["articles", "quotes"])
def test_full_text_search(db, table):
    assert db[table].detect_fts()


def test_ensure_schema_is_idempotent(db):
    before = {t.name: t.schema for t in db.tables}
    ensure_schema(db)
    assert {t.name: t.schema for t in db.tables} == before


def test_wal_mode(db):
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
