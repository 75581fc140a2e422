"""Bringing a database of an older version up to date, and opening one."""

from __future__ import annotations

import sqlite_utils

from . import articles, figures, keys, primary, relations, stories, versions
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
# quantity (5), primary sources and quote checks (6), quotes.continues kept,
# speaker conflicts without pronouns, words normalised anew (7), ids with audit rows retired (8),
# copies of quotes and articles kept as versions (9), speaker conflicts only where both outlets
# name different people for the words (10), each changed quote's closest version and each
# story's summary kept for the canned queries (11), stories no longer than
# their time window, each listing its first articles (12), the desk's figures
# counted once for the pages that show them (13). New indexes need
# no step: ensure_schema creates every missing one.
def _continues_and_new_words(db: sqlite_utils.Database) -> None:
    articles.fill_continues(db)
    relations.recreate_conflict_trigger(db)
    keys.rekey(db)  # the relations of every quote are found again, hence the conflicts


def retire_audited_ids(db: sqlite_utils.Database) -> None:
    """Ids deleted before ``retired_ids`` was kept are unknown; those with
    audit rows are retired, so no new item inherits their history."""
    db.conn.execute(
        "insert or replace into retired_ids (item_type, max_id) "
        "select r.item_type, max(max(r.item_id), coalesce((select max_id from retired_ids x where x.item_type = r.item_type), 0)) "
        "from reviews r where r.item_type in ('quote', 'claim') group by r.item_type"
    )


UPGRADES = [
    (2, keys.rekey), (3, relations.fill_speaker_conflicts), (4, keys.fill_short_items), (5, keys.refigure_claims),
    (6, primary.ensure_tables), (7, _continues_and_new_words), (8, retire_audited_ids), (9, versions.fill_versions),
    (10, relations.refresh_speaker_conflicts), (11, relations.fill_query_tables),
    (12, stories.update_stories), (13, figures.refresh_figures),
]


def upgrade(db: sqlite_utils.Database) -> None:
    for version, step in UPGRADES:
        if db.conn.execute("pragma user_version").fetchone()[0] < version:
            with db.atomic():
                step(db)
                db.conn.execute(f"pragma user_version = {version}")
