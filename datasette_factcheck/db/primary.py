"""Primary sources, their passages, and the check of each quote against
them: the tables and every write to them.

Primary sources live apart from articles (they are no outlet and are not
mined for claims). A quote's check is computed after matching, for the
quotes of every story that has a primary source; re-ingesting a corrected
transcript checks its story's quotes again, and a quote whose check changed
while a reviewer had worked on it is flagged ``needs_review``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Optional, Sequence

import sqlite_utils

from ..extract.primary import PrimarySource
from ..matching import significance
from ..matching import primary as check
from ..model import CHANGED_RELATIONS, now
from . import ddl

PRIMARY_SOURCES = """
CREATE TABLE IF NOT EXISTS primary_sources (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    title TEXT,
    speaker TEXT,
    published TEXT,
    url TEXT,
    path TEXT,
    body TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    ingested_at TEXT NOT NULL
)
"""

# One row per paragraph of a speaker's turn; ``number`` counts passages in
# the source from 1, ``turn`` the speaker turns; start/end are offsets into
# primary_sources.body.
PRIMARY_PASSAGES = """
CREATE TABLE IF NOT EXISTS primary_passages (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES primary_sources(id),
    number INTEGER NOT NULL,
    turn INTEGER NOT NULL,
    speaker TEXT,
    label TEXT,
    timestamp TEXT,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    UNIQUE (source_id, number)
)
"""

# The check of one quote against the primary sources of its story (see
# matching/primary.py): result, the verdict it suggests, where the words
# are (source, passage numbers, the passage's words as stored), what
# differs and how much it matters. ``suggested`` is never copied into
# quotes.verdict by the plugin: a reviewer decides.
PRIMARY_CHECKS = """
CREATE TABLE IF NOT EXISTS primary_checks (
    quote_id INTEGER PRIMARY KEY REFERENCES quotes(id),
    result TEXT NOT NULL,
    suggested TEXT NOT NULL,
    source_id INTEGER REFERENCES primary_sources(id),
    passages TEXT NOT NULL DEFAULT '[]',
    location TEXT,
    said_by TEXT,
    passage_text TEXT,
    source_words TEXT,
    differences TEXT,
    significance TEXT NOT NULL DEFAULT 'none',
    reasons TEXT NOT NULL DEFAULT '[]',
    gap TEXT,
    similarity REAL NOT NULL DEFAULT 0,
    checked_at TEXT NOT NULL
)
"""

# How much each changed relation between two outlets' versions matters
# (matching/significance.py), kept beside quote_matches for the rows whose
# relation is altered or spliced; ``differences`` is the relation's text it
# was judged for, so a rewritten relation is judged again.
QUOTE_CHANGE_CLASSES = ddl.pairs(
    "quote_change_classes", "quotes", "quote",
    "significance TEXT NOT NULL", "reasons TEXT NOT NULL DEFAULT '[]'", "differences TEXT",
)

TABLES = (PRIMARY_SOURCES, PRIMARY_PASSAGES, PRIMARY_CHECKS, QUOTE_CHANGE_CLASSES)
INDEXES = (
    "CREATE INDEX IF NOT EXISTS idx_primary_passages_source ON primary_passages (source_id)",
    "CREATE INDEX IF NOT EXISTS idx_primary_checks_suggested ON primary_checks (suggested)",
    "CREATE INDEX IF NOT EXISTS idx_primary_checks_source ON primary_checks (source_id)",
    "CREATE INDEX IF NOT EXISTS idx_quote_change_classes_meaning ON quote_change_classes (significance, quote_id)",
    # deleting a quote checks the classes that name it as the other version
    "CREATE INDEX IF NOT EXISTS idx_quote_change_classes_other ON quote_change_classes (other_quote_id)",
)


def ensure_tables(db: sqlite_utils.Database) -> None:
    """Create the primary-source tables if missing (an upgrade step and
    idempotent)."""
    for sql in TABLES + INDEXES:
        db.conn.execute(sql)


@dataclass
class PrimaryResult:
    status: str  # new, updated, unchanged
    source_id: int
    passages: int = 0


def store_primary(db: sqlite_utils.Database, source: PrimarySource) -> PrimaryResult:
    """Insert or update one primary source and its passages."""
    ensure_tables(db)
    row = db.conn.execute("select id, content_hash from primary_sources where file = ?", [source.file]).fetchone()
    if row and row[1] == source.content_hash:
        return PrimaryResult("unchanged", row[0])
    values = {
        "file": source.file, "type": source.kind, "title": source.title, "speaker": source.speaker,
        "published": source.published, "url": source.url, "path": source.path, "body": source.body,
        "content_hash": source.content_hash, "ingested_at": now(),
    }
    with db.atomic():
        if row:
            source_id = row[0]
            sets = ", ".join(f"[{k}] = :{k}" for k in values)
            db.conn.execute(f"update primary_sources set {sets} where id = :id", dict(values, id=source_id))
            db.conn.execute("delete from primary_passages where source_id = ?", [source_id])
        else:
            cols = ", ".join(f"[{k}]" for k in values)
            marks = ", ".join(f":{k}" for k in values)
            source_id = db.conn.execute(f"insert into primary_sources ({cols}) values ({marks})", values).lastrowid
        db.conn.executemany(
            'insert into primary_passages (source_id, number, turn, speaker, label, timestamp, text, start, "end") '
            "values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(source_id, p.number, p.turn, p.speaker, p.label, p.timestamp, p.text, p.start, p.end) for p in source.passages],
        )
    return PrimaryResult("updated" if row else "new", source_id, len(source.passages))


def load_sources(db: sqlite_utils.Database) -> list[check.Source]:
    out = []
    for source_id, title in db.conn.execute("select id, coalesce(title, file) from primary_sources order by id").fetchall():
        passages = [
            check.SourcePassage(*r)
            for r in db.conn.execute(
                "select number, turn, speaker, label, text, timestamp from primary_passages where source_id = ? order by number",
                [source_id],
            )
        ]
        out.append(check.Source(source_id, title, passages))
    return out


def _candidate_quotes(db: sqlite_utils.Database, sources: Sequence[check.Source]) -> set[int]:
    """Quotes that share a key (two or three content words in a row) with
    some passage, looked up in the matcher's key table."""
    keys: set[int] = set()
    for source in sources:
        for passage_keys in source.keys:
            keys |= passage_keys
    found: set[int] = set()
    ordered = sorted(keys)
    for i in range(0, len(ordered), 500):
        chunk = ordered[i : i + 500]
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in db.conn.execute(f"select distinct quote_id from quote_shingles where shingle in ({marks})", chunk))
    return found


def _primary_people(sources: Sequence[check.Source]) -> set[str]:
    """The surnames of everyone who speaks in a primary source (not the
    people asking questions)."""
    out: set[str] = set()
    for source in sources:
        for p in source.passages:
            if p.speaker and check.same_person(p.speaker, [p.speaker]) is not False:
                out.add(check.surname(p.speaker) or "")
    return out - {""}


def _speakers(db: sqlite_utils.Database, quote_id: int) -> list[str]:
    rows = db.conn.execute(
        """select s.name, q.speaker_as_printed from quotes q left join speakers s on s.id = q.speaker_id
           where q.id = ?""",
        [quote_id],
    ).fetchall()
    names = [n for r in rows for n in r if n]
    names += [
        r[0] for r in db.conn.execute(
            "select a.alias from quotes q join speaker_aliases a on a.speaker_id = q.speaker_id where q.id = ?", [quote_id]
        )
    ]
    return names


def _location(source: check.Source, numbers: list[int]) -> Optional[str]:
    """Where in the source, e.g. passage 4, turn 4 (MAYOR OKAFOR, 00:03:01)."""
    if not numbers:
        return None
    by_number = {p.number: p for p in source.passages}
    bits = []
    for n in numbers:
        p = by_number.get(n)
        if p is None:
            continue
        who = p.label or p.speaker
        bit = f"passage {n}, turn {p.turn}"
        if who:
            bit += f" ({who}{', ' + p.timestamp if p.timestamp else ''})"
        elif p.timestamp:
            bit += f" ({p.timestamp})"
        bits.append(bit)
    return "; ".join(bits)


# What a check is compared on, to tell whether a re-check changed it.
_COMPARED = ("result", "source_id", "passages", "differences", "said_by")


def refresh_checks(db: sqlite_utils.Database, only: Optional[set[int]] = None) -> dict[str, int]:
    """Check the quotes of every story that has a primary source (all of
    them, or those in ``only`` when no primary source changed). Returns the
    count of each result, plus ``flagged``: reviewed quotes whose check
    changed, now needing review."""
    ensure_tables(db)
    sources = load_sources(db)
    counts = {r: 0 for r in check.RESULTS}
    counts["flagged"] = 0
    if not sources:
        if only is None:
            with db.atomic():
                db.conn.execute("delete from primary_checks")
        return counts
    by_id = {s.id: s for s in sources}
    linked = _candidate_quotes(db, sources)
    # the quotes of articles, not of a file that is also a primary source
    quotes = db.conn.execute(
        """select q.id, q.article_id, q.text from quotes q join articles a on a.id = q.article_id
           where q.kind = 'quote' and q.location != 'removed'
             and not exists (select 1 from primary_sources p where p.file = a.file)"""
    ).fetchall()
    found: dict[int, check.Check] = {}
    article_found: set[int] = set()
    for quote_id, article_id, text in quotes:
        if quote_id not in linked:
            continue
        if only is not None and quote_id not in only:
            continue
        result = check.check_quote(text, _speakers(db, quote_id), sources)
        if result is not None:
            found[quote_id] = result
            article_found.add(article_id)
    if only is not None:
        # the stories already checked: articles with a quote found before
        article_found |= {r[0] for r in db.conn.execute(
            "select distinct q.article_id from primary_checks c join quotes q on q.id = c.quote_id where c.result != 'not_found'"
        )}
    # A quote is of a story with a primary source when its article has a
    # quote found there, or when its speaker speaks in one.
    people = _primary_people(sources)
    speaker_of = dict(db.conn.execute("select q.id, s.name from quotes q join speakers s on s.id = q.speaker_id").fetchall())
    rows = []
    for quote_id, article_id, _ in quotes:
        if only is not None and quote_id not in only:
            continue
        if quote_id in found:
            rows.append((quote_id, found[quote_id]))
        elif article_id in article_found or check.surname(speaker_of.get(quote_id)) in people:
            rows.append((quote_id, check.not_found()))
    stamp = now()
    with db.atomic():
        if only is None:
            keep = {q for q, _ in rows}
            stale = [r[0] for r in db.conn.execute("select quote_id from primary_checks") if r[0] not in keep]
            for quote_id in stale:
                db.conn.execute("delete from primary_checks where quote_id = ?", [quote_id])
        for quote_id, c in rows:
            counts[c.result] += 1
            values = {
                "quote_id": quote_id, "result": c.result, "suggested": c.suggested, "source_id": c.source_id,
                "passages": json.dumps(c.passages), "said_by": c.said_by, "passage_text": c.passage_text, "source_words": c.source_words,
                "differences": c.differences, "significance": c.significance, "reasons": json.dumps(c.reasons),
                "gap": c.gap, "similarity": c.similarity, "checked_at": stamp,
                "location": _location(by_id[c.source_id], c.passages) if c.source_id in by_id else None,
            }
            old = db.conn.execute(
                f"select {', '.join(_COMPARED)} from primary_checks where quote_id = ?", [quote_id]
            ).fetchone()
            if old is not None and tuple(old) != tuple(values[k] for k in _COMPARED):
                counts["flagged"] += _flag(db, quote_id)
            cols = ", ".join(f"[{k}]" for k in values)
            marks = ", ".join(f":{k}" for k in values)
            db.conn.execute(f"insert or replace into primary_checks ({cols}) values ({marks})", values)
    return counts


def _flag(db: sqlite_utils.Database, quote_id: int) -> int:
    """Flag a quote whose check changed, when a reviewer worked on it."""
    cur = db.conn.execute(
        """update quotes set needs_review = 1
           where id = ? and needs_review = 0
             and (status != 'unchecked' or verdict is not null or note is not null)""",
        [quote_id],
    )
    return cur.rowcount


def also_an_article(db: sqlite_utils.Database, file: str) -> bool:
    """Whether an article row has the file name of a primary source (the
    file was ingested before it was marked as one)."""
    return db.conn.execute("select 1 from articles where file = ?", [file]).fetchone() is not None


def pending_quote_ids(db: sqlite_utils.Database) -> set[int]:
    """The quotes stored but not yet matched: those a run adds or changes."""
    return {r[0] for r in db.conn.execute("select item_id from pending_matches where item_type = 'quote'")}


def refresh_change_classes(db: sqlite_utils.Database) -> int:
    """Class (cosmetic / wording / meaning) every changed relation between
    outlets that has none yet or whose differences were rewritten."""
    ensure_tables(db)
    changed = "(" + ", ".join(f"'{r}'" for r in CHANGED_RELATIONS) + ")"
    with db.atomic():
        db.conn.execute(
            f"""delete from quote_change_classes where not exists (
                  select 1 from quote_matches m where m.quote_id = quote_change_classes.quote_id
                    and m.other_quote_id = quote_change_classes.other_quote_id and m.relation in {changed}
                    and m.differences is quote_change_classes.differences)"""
        )
    todo = db.conn.execute(
        f"""select m.quote_id, m.other_quote_id, m.relation, m.differences, q.text, o.text
              from quote_matches m
              join quotes q on q.id = m.quote_id
              join quotes o on o.id = m.other_quote_id
             where m.relation in {changed}
               and not exists (select 1 from quote_change_classes c
                               where c.quote_id = m.quote_id and c.other_quote_id = m.other_quote_id)"""
    ).fetchall()
    rows = []
    for quote_id, other_id, relation, differences, text, other in todo:
        # the relation's own differences, read back; the texts compared
        # again only when they are not in the usual form
        judged = significance.assess_differences(differences) or significance.assess(text, other)
        if not judged.differences:
            judged = significance.assess(text, other)
        if relation == "spliced":
            judged.add(significance.Difference("joins passages printed apart", "meaning", "passages joined"))
        rows.append((quote_id, other_id, judged.significance, json.dumps(judged.reasons), differences))
    with db.atomic():
        db.conn.executemany(
            "insert or replace into quote_change_classes (quote_id, other_quote_id, significance, reasons, differences) "
            "values (?, ?, ?, ?, ?)",
            rows,
        )
    return len(rows)
