"""Speaker identity across articles: one row a person, every printed form an
alias, merges and user aliases honoured by later ingests."""

from __future__ import annotations

from typing import Iterable, Optional

import sqlite_utils

from ..extract import speakers


def resolve_speaker(db, name: str, forms: Iterable[str] = ()) -> int:
    """The speaker row for a person, created if new; every form becomes an
    alias. Aliases added or moved by users are looked up first, so merges
    and added aliases survive a re-ingest."""
    speaker_id = _find_speaker(db, name)
    if speaker_id is None:
        for form in forms:
            speaker_id = _find_speaker(db, form, exact_only=True)
            if speaker_id is not None:
                break
    if speaker_id is None:
        speaker_id = db["speakers"].insert({"name": name}).last_pk
    else:
        _prefer_fuller_name(db, speaker_id, name)
    for alias in {name, *forms}:
        if alias:
            _insert_alias(db, speaker_id, alias, "ingest")
    return speaker_id


def _insert_alias(db, speaker_id: int, alias: str, source: str, replace: bool = False) -> None:
    verb = "insert or replace" if replace else "insert or ignore"
    db.execute(
        f"{verb} into speaker_aliases (speaker_id, alias, source, person_key) values (?, ?, ?, ?)",
        [speaker_id, alias, source, speakers.person_key(alias) or None],
    )


def _prefer_fuller_name(db, speaker_id: int, name: str) -> None:
    """A speaker first met as "Zelensky" is named "Volodymyr Zelenskyy" once
    an article gives the full name; a name a user chose is never replaced."""
    current = db.execute("select name from speakers where id = ?", [speaker_id]).fetchone()[0]
    if len(name.split()) <= len(current.split()):
        return
    chosen_by_user = db.execute(
        "select 1 from speaker_aliases where speaker_id = ? and alias = ? and source = 'user'",
        [speaker_id, current],
    ).fetchone()
    if not chosen_by_user and speakers.same_person(name, current):
        db["speakers"].update(speaker_id, {"name": name})


def _find_speaker(db, name: str, exact_only: bool = False) -> Optional[int]:
    row = db.conn.execute(
        """select speaker_id from speaker_aliases where alias = ?
           order by source = 'user' desc, speaker_id limit 1""",
        [name],
    ).fetchone()
    if row:
        return row[0]
    if exact_only:
        return None
    key = speakers.person_key(name)
    if not key:
        return None
    # Compare with each candidate's own name, not with its aliases: a bare
    # surname alias ("Stoltenberg" of Jens) must not absorb another person
    # of that surname ("Camilla Stoltenberg").
    for speaker_id, speaker_name in db.conn.execute(
        """select distinct speakers.id, speakers.name from speaker_aliases
           join speakers on speakers.id = speaker_aliases.speaker_id
           where person_key = ? order by source = 'user' desc, speakers.id""",
        [key],
    ):
        if speakers.same_person(name, speaker_name):
            return speaker_id
    return None


def merge_speakers(db: sqlite_utils.Database, keep_id: int, merge_id: int) -> None:
    """Fold speaker ``merge_id`` into ``keep_id``: its quotes and aliases move,
    the aliases become user aliases so the next ingest honours the merge."""
    if keep_id == merge_id:
        raise ValueError("cannot merge a speaker into itself")
    for speaker_id in (keep_id, merge_id):
        if not db.execute("select 1 from speakers where id = ?", [speaker_id]).fetchone():
            raise ValueError(f"no speaker with id {speaker_id}")
    with db.atomic():
        db.execute("update quotes set speaker_id = ? where speaker_id = ?", [keep_id, merge_id])
        moved = [r[0] for r in db.execute("select alias from speaker_aliases where speaker_id = ?", [merge_id])]
        name = db.execute("select name from speakers where id = ?", [merge_id]).fetchone()[0]
        for alias in {*moved, name}:
            _insert_alias(db, keep_id, alias, "user", replace=True)
        db.execute("delete from speaker_aliases where speaker_id = ?", [merge_id])
        db.execute("delete from speakers where id = ?", [merge_id])


def add_alias(db: sqlite_utils.Database, speaker_id: int, alias: str) -> None:
    """Record that ``alias`` names this speaker; later ingests use it."""
    if not db.execute("select 1 from speakers where id = ?", [speaker_id]).fetchone():
        raise ValueError(f"no speaker with id {speaker_id}")
    with db.atomic():
        db.execute("delete from speaker_aliases where alias = ? and source = 'ingest'", [alias])
        _insert_alias(db, speaker_id, alias, "user", replace=True)
