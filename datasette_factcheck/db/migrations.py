"""Bringing a database of an older version up to date, and opening one."""

from __future__ import annotations

import sqlite_utils

from . import keys, primary, relations
from .schema import ensure_schema


def open_db(path: str) -> sqlite_utils.Database:
    """Open (creating if needed) a factcheck database with its schema."""
    db = sqlite_utils.Database(path)
    ensure_schema(db)
    upgrade(db)
    return db


# What a database at an older version (pragma user_version) is brought up
# to date with, in order: keys in the current format (2), speaker_conflicts
# kept (3), short_items kept (4), claims' figures as text and related by
# quantity (5), primary sources and quote checks (6).
UPGRADES = [
    (2, keys.rekey), (3, relations.fill_speaker_conflicts), (4, keys.fill_short_items), (5, keys.refigure_claims),
    (6, primary.ensure_tables),
]


def upgrade(db: sqlite_utils.Database) -> None:
    for version, step in UPGRADES:
        if db.conn.execute("pragma user_version").fetchone()[0] < version:
            with db.atomic():
                step(db)
                db.conn.execute(f"pragma user_version = {version}")
