"""Speaker identity across articles: one row a person, every printed form an
alias, merges and user aliases honoured by later ingests."""

from __future__ import annotations

from typing import Iterable, Optional

import sqlite_utils

from ..extract import speakers


def resolve_speaker(db, name: str, forms: Iterable[str] = (), organisation: bool = False) -> int:
    """The speaker row for a person or an organisation, created if new;
    every form becomes an alias. Aliases added or moved by users are looked
    up first, so merges and added aliases survive a re-ingest. An
    organisation is found by its exact name or alias only, and its aliases
    carry no surname key: a surname never joins a person to a body
    ("College Republicans")."""
    speaker_id = _find_speaker(db, name, exact_only=organisation, organisation=organisation)
    if speaker_id is None:
        for form in forms:
            speaker_id = _find_speaker(db, form, exact_only=True, organisation=organisation)
            if speaker_id is not None and not organisation and not _same_or_chosen(db, speaker_id, name, form):
                # "Ortiz" printed for Luis is no tie to the Maria Ortiz
                # of another article: a bare surname joins nobody by itself.
                speaker_id = None
            if speaker_id is not None:
                break
    if speaker_id is None:
        speaker_id = db["speakers"].insert({"name": name}).last_pk
    else:
        _prefer_fuller_name(db, speaker_id, name)
    for alias in {name, *forms}:
        if alias:
            _insert_alias(db, speaker_id, alias, "ingest", keyed=not organisation)
    return speaker_id


def _same_or_chosen(db, speaker_id: int, name: str, form: str) -> bool:
    """The speaker found by the alias ``form`` may take ``name``: a user
    put the alias there, or their names are of one person."""
    row = db.execute("select name from speakers where id = ?", [speaker_id]).fetchone()
    by_user = db.execute(
        "select 1 from speaker_aliases where speaker_id = ? and alias = ? and source = 'user'", [speaker_id, form]
    ).fetchone()
    return bool(by_user) or (row is not None and speakers.same_person(name, row[0]))


def _insert_alias(db, speaker_id: int, alias: str, source: str, replace: bool = False, keyed: bool = True) -> None:
    verb = "insert or replace" if replace else "insert or ignore"
    key = (speakers.person_key(alias) or None) if keyed else None
    db.execute(
        f"{verb} into speaker_aliases (speaker_id, alias, source, person_key) values (?, ?, ?, ?)",
        [speaker_id, alias, source, key],
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


def _find_speaker(db, name: str, exact_only: bool = False, organisation: bool = False) -> Optional[int]:
    # An organisation's aliases carry no surname key and a person's do (when
    # the name has one): the same printed word ("Halvorsen" the company,
    # "Mr. Halvorsen") names a body in one article and a person in another.
    keyed = "person_key is null" if organisation else "(person_key is not null or ? = '')"
    params = [name] if organisation else [name, speakers.person_key(name)]
    row = db.conn.execute(
        f"""select speaker_id from speaker_aliases where alias = ? and ({keyed} or source = 'user')
           order by source = 'user' desc, speaker_id limit 1""",
        params,
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
