"""The stored matching keys of every quote and claim, and the bulk mode of a
first ingest that builds their indexes in one pass."""

from __future__ import annotations

from typing import Iterable, Sequence

import sqlite_utils

from ..extract.claims import numbers_text, parse_numbers
from ..matching import candidates, claim_candidates, stage
from .schema import FTS, PAGE_INDEXES, QUEUE_INDEXES, ensure_schema, index_name


# The keys of every matched quote and claim are stored with it (see
# candidates): one (key, item) row each.
KEY_TABLES = {"quotes": ("quote_shingles", "shingle", "quote_id"), "claims": ("claim_keys", "key", "claim_id")}
KEY_KINDS = {"quotes": stage.QUOTES, "claims": stage.CLAIMS}
def delete_keys(db, items_table: str, ids: Sequence[int]) -> None:
    table, _, item_col = KEY_TABLES[items_table]
    item_type = KEY_KINDS[items_table].item_type
    for chunk in stage.chunked(ids):
        marks = ",".join("?" * len(chunk))
        db.conn.execute(f"delete from {table} where {item_col} in ({marks})", chunk)
        db.conn.execute(f"delete from short_items where item_type = ? and item_id in ({marks})", [item_type, *chunk])


def write_keys(db, items_table: str, keyed: Sequence[tuple[int, Iterable[int]]]) -> None:
    table, key_col, item_col = KEY_TABLES[items_table]
    kind = KEY_KINDS[items_table]
    listed = [(item, list(ks)) for item, ks in keyed]
    db.conn.executemany(
        f"insert into {table} ({key_col}, {item_col}) values (?, ?)", ((k, item) for item, ks in listed for k in ks)
    )
    db.conn.executemany(
        "insert or ignore into short_items (item_type, item_id) values (?, ?)",
        [(kind.item_type, item) for item, ks in listed if kind.has_short_keys(ks)],
    )


def bulk_mode_on(db: sqlite_utils.Database) -> bool:
    """Before a first ingest into an empty database: drop the key tables'
    indexes, the indexes only pages read, and the search indexes with their
    triggers. ``bulk_mode_off``
    builds each in one pass afterwards, much faster than millions of b-tree
    inserts and a search-index update per row. A run killed in between gets
    them back from the next ``open_db``."""
    conn = db.conn
    if conn.execute("select 1 from articles limit 1").fetchone() is not None:
        return False
    for table, _key_col, _item_col in KEY_TABLES.values():
        if conn.execute(f"select 1 from {table} limit 1").fetchone() is not None:
            return False
    for table, key_col, item_col in KEY_TABLES.values():
        conn.execute(f"drop index if exists idx_{table}_{key_col}_{item_col}")
        conn.execute(f"drop index if exists idx_{table}_{item_col}")
    for table, columns in PAGE_INDEXES:
        conn.execute(f"drop index if exists {index_name(table, columns)}")
    for sql in QUEUE_INDEXES:
        conn.execute(f"drop index if exists {sql.split(' ON ')[0].split()[-1]}")
    for table in FTS:
        if db.table(table).detect_fts():
            db.table(table).disable_fts()
    return True


def bulk_mode_off(db: sqlite_utils.Database) -> None:
    ensure_schema(db)


def rekey(db: sqlite_utils.Database) -> None:
    """Compute the keys of every item again (they were stored in an older
    format, or not at all), and match everything again."""
    conn = db.conn
    if conn.execute("select 1 from articles limit 1").fetchone() is None:
        return
    for _items_table, (table, _, _) in KEY_TABLES.items():
        conn.execute(f"delete from {table}")
    conn.execute("delete from short_items")
    # copies hold no keys (see versions); their representatives are matched again with them
    quotes = [
        (i, candidates.shingle_keys(t))
        for i, t in conn.execute(f"select id, text from quotes where {stage.QUOTES.live} and version_of is null")
    ]
    write_keys(db, "quotes", quotes)
    claims = [
        (row[0], claim_candidates.claim_keys(stage.claim_from_tuple(row)))
        for row in conn.execute(f"select {stage.CLAIM_COLUMNS} from claims where {stage.CLAIMS.live}")
    ]
    write_keys(db, "claims", claims)
    conn.executemany(
        "insert or ignore into pending_matches (item_type, item_id) values (?, ?)",
        [("quote", i) for i, _ in quotes] + [("claim", i) for i, _ in claims],
    )


def refigure_claims(db: sqlite_utils.Database) -> None:
    """Claims stored with their figures as JSON and related by the old
    rules: write ``numbers`` as text, store the keys of the figures' new
    kinds, drop the old relations (most were figures of different
    quantities) and match every claim again at the next ingest."""
    conn = db.conn
    rows = list(conn.execute(f"select {stage.CLAIM_COLUMNS} from claims"))
    conn.executemany(
        "update claims set numbers = ? where id = ?",
        [(numbers_text(parse_numbers(row[1])), row[0]) for row in rows],
    )
    table, _, item_col = KEY_TABLES["claims"]
    conn.execute(f"delete from {table}")
    conn.execute("delete from short_items where item_type = ?", [stage.CLAIMS.item_type])
    conn.execute("delete from claim_matches")
    live = [row for row in conn.execute(f"select {stage.CLAIM_COLUMNS} from claims where {stage.CLAIMS.live}")]
    write_keys(db, "claims", [(row[0], claim_candidates.claim_keys(stage.claim_from_tuple(row))) for row in live])
    conn.executemany(
        "insert or ignore into pending_matches (item_type, item_id) values (?, ?)",
        [(stage.CLAIMS.item_type, row[0]) for row in live],
    )


def fill_short_items(db: sqlite_utils.Database) -> None:
    conn = db.conn
    conn.execute("delete from short_items")
    for items_table, (table, key_col, item_col) in KEY_TABLES.items():
        kind = KEY_KINDS[items_table]
        short = [
            (kind.item_type, item)
            for item, n, weak in conn.execute(f"select {item_col}, count(*), sum({key_col} & 1) from {table} group by {item_col}")
            if kind.is_short(n - weak, weak)
        ]
        conn.executemany("insert into short_items (item_type, item_id) values (?, ?)", short)
