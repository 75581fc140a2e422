"""The shapes several tables share (schema.py, primary.py), written once so
that the tables of one family keep the same columns, types and keys."""

from __future__ import annotations


def create_table(name: str, *columns: str) -> str:
    """``CREATE TABLE IF NOT EXISTS name (...)``, one column or constraint a line."""
    body = ",\n    ".join(columns)
    return f"\nCREATE TABLE IF NOT EXISTS {name} (\n    {body}\n)\n"


def pairs(name: str, table: str, item: str, *columns: str) -> str:
    """How a row of ``table`` relates to another of its rows, from the first
    one's side: ``{item}_id`` and ``other_{item}_id`` (together the key),
    then ``columns``."""
    return create_table(
        name,
        f"{item}_id INTEGER NOT NULL REFERENCES {table}(id)",
        f"other_{item}_id INTEGER NOT NULL REFERENCES {table}(id)",
        *columns,
        f"PRIMARY KEY ({item}_id, other_{item}_id)",
    )


def item_set(name: str) -> str:
    """A set of quotes and claims, each named once by its type and id."""
    return create_table(name, "item_type TEXT NOT NULL", "item_id INTEGER NOT NULL", "PRIMARY KEY (item_type, item_id)")


def postings(name: str, key: str, item: str) -> str:
    """Posting lists: one row per (key, item), no key of their own."""
    return create_table(name, f"{key} INTEGER NOT NULL", f"{item} INTEGER NOT NULL")
