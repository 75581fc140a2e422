"""The public schema: the tables users write SQL against.

Columns may be added; the ones named in the README are never renamed.
``ensure_schema`` is idempotent and also upgrades a database built by an
older version (missing columns are added, nothing is dropped).
"""

from __future__ import annotations

import sqlite_utils

from ..model import CHANGED_RELATIONS, ITEM_TYPE_OF_TABLE
from . import ddl
from .derived import CLOSEST_CHANGES, COPY_CONFLICT_PAIRS, SPEAKER_CONFLICT_PAIRS
from .primary import ensure_tables as ensure_primary_tables

# One row per input file. ``file`` is the input file's name and the key that a
# re-ingest updates in place; ``content_hash`` (sha256 of the raw bytes) tells
# an unchanged file from an edited one.
ARTICLES = """
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL UNIQUE,
    title TEXT,
    byline TEXT,
    outlet TEXT,
    url TEXT,
    published TEXT,
    body TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    -- where the file was read from, for people; not a key
    path TEXT,
    -- the headline quotes' offsets point into title, not body
    has_headline INTEGER NOT NULL DEFAULT 1
)
"""

# Reader comments, threaded: parent_id points at the comment replied to.
COMMENTS = """
CREATE TABLE IF NOT EXISTS comments (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    parent_id INTEGER REFERENCES comments(id),
    author TEXT,
    posted TEXT,
    body TEXT NOT NULL,
    depth INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL
)
"""

# Page furniture that is not the article (teasers, promo boxes, bio, labels):
# kept so that nothing is thrown away unseen.
ARTICLE_EXTRAS = """
CREATE TABLE IF NOT EXISTS article_extras (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    position INTEGER NOT NULL
)
"""

# One row per person across all articles; ingest adds, never deletes, so that
# users' merges and aliases survive a re-ingest.
SPEAKERS = """
CREATE TABLE IF NOT EXISTS speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
)
"""

# Every form of a speaker's name seen in an article or added by a user
# (source = 'user'); an exact alias is the first thing ingest looks up.
SPEAKER_ALIASES = """
CREATE TABLE IF NOT EXISTS speaker_aliases (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    alias TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'ingest',
    -- folded surname (speakers.person_key) so spelling variants meet
    person_key TEXT,
    PRIMARY KEY (speaker_id, alias)
)
"""

# The verification columns shared by quotes and claims. ``needs_review`` is set
# when a re-ingest changes the text of an item that has review work on it.
_REVIEW_COLUMNS = """
    status TEXT NOT NULL DEFAULT 'unchecked',
    verdict TEXT,
    reviewer TEXT,
    reviewed_at TEXT,
    note TEXT,
    evidence TEXT,
    needs_review INTEGER NOT NULL DEFAULT 0,
    previous_text TEXT,
    last_actor TEXT
"""

# Direct quotations. ``text`` is as printed without quote marks; start/end
# are offsets into articles.body (into articles.title when paragraph = 0).
QUOTES = f"""
CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    speaker_id INTEGER REFERENCES speakers(id),
    speaker_as_printed TEXT,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    kind TEXT NOT NULL DEFAULT 'quote',
    location TEXT NOT NULL DEFAULT 'body',
    {_REVIEW_COLUMNS}
)
"""

# Check-worthy sentences of the body; numbers is their figures as text for
# readers ("£12 million (money: 12,000,000 GBP); May 2027 (date: 2027-05,
# month)"). The matcher parses the figures again from text.
CLAIMS = f"""
CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    numbers TEXT NOT NULL DEFAULT '',
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    quote_id INTEGER REFERENCES quotes(id),
    {_REVIEW_COLUMNS}
)
"""

# How a quote relates to a quote of another article, from quote_id's side.
QUOTE_MATCHES = ddl.pairs("quote_matches", "quotes", "quote", "relation TEXT NOT NULL", "similarity REAL NOT NULL", "differences TEXT")

CLAIM_MATCHES = ddl.pairs("claim_matches", "claims", "claim", "relation TEXT NOT NULL", "differences TEXT")

# The matcher's persisted candidate index: one row per (key, item), the keys
# being a quote's 2- and 3-word shingles of content words and a claim's
# figure unit with one or two content words, as stable integers
# (candidates.shingle_keys, claim_candidates.claim_keys). New quotes are
# matched by looking up their keys here, so adding articles to a large
# database redoes nothing already matched. Internal: not for users' SQL.
QUOTE_SHINGLES = ddl.postings("quote_shingles", "shingle", "quote_id")

CLAIM_KEYS = ddl.postings("claim_keys", "key", "claim_id")

# Which remark each related quote belongs to: a remark is a connected group
# of quotes in quote_matches, named by its smallest quote id. Kept up to date
# by matching, so quotes_across_sources reads groups instead of walking the
# relation graph on every request. Quotes with no relation have no row.
REMARKS = """
CREATE TABLE IF NOT EXISTS remarks (
    quote_id INTEGER PRIMARY KEY REFERENCES quotes(id),
    remark_id INTEGER NOT NULL
)
"""

# One row per remark: its representative quote (the version
# quotes_across_sources shows), how many outlets and quotes carry it. Kept by
# matching with ``remarks``, so the query reads the remarks in display order
# from an index instead of grouping and sorting every relation per request.
REMARK_VERSIONS = """
CREATE TABLE IF NOT EXISTS remark_versions (
    remark_id INTEGER PRIMARY KEY,
    quote_id INTEGER NOT NULL REFERENCES quotes(id),
    outlets INTEGER NOT NULL,
    versions INTEGER NOT NULL
)
"""

# Pairs of quotes with the same words (verbatim or excerpt) and different
# speakers, verbatim pairs once: what speaker_conflicts lists, kept by
# matching and, when a quote's speaker changes, by the trigger below, so the
# query reads them in order instead of joining every relation to both of
# its quotes on each request.
SPEAKER_CONFLICTS = ddl.pairs("speaker_conflict_pairs", "quotes", "quote")


SPEAKER_CONFLICTS_TRIGGER = f"""
CREATE TRIGGER IF NOT EXISTS factcheck_speaker_conflict_pairs
AFTER UPDATE OF speaker_id ON quotes
WHEN old.speaker_id IS NOT new.speaker_id
BEGIN
    DELETE FROM speaker_conflict_pairs WHERE quote_id = new.id OR other_quote_id = new.id;
    INSERT OR IGNORE INTO speaker_conflict_pairs (quote_id, other_quote_id)
    {SPEAKER_CONFLICT_PAIRS.format(where="m.quote_id = new.id")};
    INSERT OR IGNORE INTO speaker_conflict_pairs (quote_id, other_quote_id)
    {SPEAKER_CONFLICT_PAIRS.format(where="m.other_quote_id = new.id")};
    INSERT OR IGNORE INTO speaker_conflict_pairs (quote_id, other_quote_id)
    {COPY_CONFLICT_PAIRS.format(where="qa.id = new.id")};
    INSERT OR IGNORE INTO speaker_conflict_pairs (quote_id, other_quote_id)
    {COPY_CONFLICT_PAIRS.format(where="m.other_quote_id = new.id")};
END
"""


# Each altered or spliced quote's closest changed version, and what
# altered_quotes sorts on (``meaning``: 1 when that change alters the
# meaning; the similarity). Kept by the triggers below whatever writes the
# relations or their classes (matching, a re-ingest, a deletion, SQL), so
# the query reads its rows in order from an index instead of choosing among
# every changed pair on each request.
CLOSEST_CHANGES_TABLE = """
CREATE TABLE IF NOT EXISTS closest_changes (
    quote_id INTEGER PRIMARY KEY REFERENCES quotes(id),
    other_quote_id INTEGER NOT NULL REFERENCES quotes(id),
    meaning INTEGER NOT NULL,
    similarity REAL NOT NULL
)
"""


def _closest_of(quote: str) -> str:
    return f"""DELETE FROM closest_changes WHERE quote_id = {quote};
    INSERT INTO closest_changes (quote_id, other_quote_id, meaning, similarity)
    {CLOSEST_CHANGES.format(where=f"c.quote_id = {quote}")};"""


_CHANGED = "(" + ", ".join(f"'{r}'" for r in CHANGED_RELATIONS) + ")"
CLOSEST_CHANGES_TRIGGERS = {
    # A replaced row fires no delete trigger: an insert that may replace a
    # changed relation chooses again too.
    "factcheck_closest_changes_insert": f"""
CREATE TRIGGER IF NOT EXISTS factcheck_closest_changes_insert
AFTER INSERT ON quote_matches
WHEN new.relation IN {_CHANGED} OR EXISTS (SELECT 1 FROM closest_changes WHERE quote_id = new.quote_id)
BEGIN
    {_closest_of("new.quote_id")}
END
""",
    "factcheck_closest_changes_delete": f"""
CREATE TRIGGER IF NOT EXISTS factcheck_closest_changes_delete
AFTER DELETE ON quote_matches
WHEN old.relation IN {_CHANGED}
BEGIN
    {_closest_of("old.quote_id")}
END
""",
    "factcheck_closest_changes_update": f"""
CREATE TRIGGER IF NOT EXISTS factcheck_closest_changes_update
AFTER UPDATE ON quote_matches
WHEN old.relation IN {_CHANGED} OR new.relation IN {_CHANGED}
BEGIN
    {_closest_of("old.quote_id")}
    {_closest_of("new.quote_id")}
END
""",
    "factcheck_closest_changes_class_insert": """
CREATE TRIGGER IF NOT EXISTS factcheck_closest_changes_class_insert
AFTER INSERT ON quote_change_classes
BEGIN
    UPDATE closest_changes SET meaning = coalesce(new.significance = 'meaning', 0)
    WHERE quote_id = new.quote_id AND other_quote_id = new.other_quote_id;
END
""",
    "factcheck_closest_changes_class_delete": """
CREATE TRIGGER IF NOT EXISTS factcheck_closest_changes_class_delete
AFTER DELETE ON quote_change_classes
BEGIN
    UPDATE closest_changes SET meaning = 0 WHERE quote_id = old.quote_id AND other_quote_id = old.other_quote_id;
END
""",
    "factcheck_closest_changes_class_update": """
CREATE TRIGGER IF NOT EXISTS factcheck_closest_changes_class_update
AFTER UPDATE ON quote_change_classes
BEGIN
    UPDATE closest_changes SET meaning = 0 WHERE quote_id = old.quote_id AND other_quote_id = old.other_quote_id;
    UPDATE closest_changes SET meaning = coalesce(new.significance = 'meaning', 0)
    WHERE quote_id = new.quote_id AND other_quote_id = new.other_quote_id;
END
""",
}

# Per story: what the stories query shows of it (derived.STORY_SUMMARIES),
# kept with article_stories (db/stories.py), so that the query reads its
# rows largest first from an index instead of grouping every article of
# every story on each request.
STORY_SUMMARIES_TABLE = """
CREATE TABLE IF NOT EXISTS story_summaries (
    story_id INTEGER PRIMARY KEY REFERENCES articles(id),
    articles INTEGER NOT NULL,
    outlets INTEGER NOT NULL,
    first_published TEXT,
    last_published TEXT,
    remarks INTEGER NOT NULL,
    article_links TEXT NOT NULL
)
"""


# Per article: how many of its quotes and claims other articles also carry
# (shared) or not (alone), and those articles' ids as a JSON list. Kept by
# matching (store.py) for the coverage query; an article without a row is
# counted live by the query.
ARTICLE_COVERAGE = """
CREATE TABLE IF NOT EXISTS article_coverage (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id),
    quotes_shared INTEGER NOT NULL,
    quotes_alone INTEGER NOT NULL,
    claims_shared INTEGER NOT NULL,
    claims_alone INTEGER NOT NULL,
    shared_with TEXT NOT NULL
)
"""

# The quotes and claims short enough that a long item looks for them in its
# weak posting lists (candidates.short_quote, short_claim), written with
# their keys: when articles are added, a long item's weak lists are read
# for these alone. Internal, like the key tables.
SHORT_ITEMS = ddl.item_set("short_items")

# Quotes and claims stored but not yet matched, written in the same
# transaction as the item itself: an ingest killed between storing and
# matching leaves them here, and the next run matches them.
PENDING_MATCHES = ddl.item_set("pending_matches")

# The highest id of each item type ever deleted. Quote and claim ids are
# never given out again: a new item must not inherit a deleted one's audit
# history, nor take over its published URL.
RETIRED_IDS = """
CREATE TABLE IF NOT EXISTS retired_ids (
    item_type TEXT PRIMARY KEY,
    max_id INTEGER NOT NULL
)
"""

# The audit trail: one row per changed verification column, written by the
# triggers below whoever makes the change (the web form, SQL, another tool).
# ``actor`` is the id of the signed-in user for changes made through the
# plugin, 'sql' for any other UPDATE. The plugin never updates or deletes it.
REVIEWS = """
CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY,
    item_type TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    field TEXT NOT NULL,
    old TEXT,
    new TEXT
)
"""

# The columns whose every change the audit trail keeps.
AUDITED_FIELDS = ("status", "verdict", "reviewer", "reviewed_at", "note", "evidence")

# Triggers cannot see who is signed in to Datasette, so the plugin's write
# stores the actor in ``last_actor`` in the same UPDATE (after clearing it,
# so two writes in a row by one person are both attributed). The trigger
# trusts ``last_actor`` only when that very UPDATE changed it: a later plain
# SQL UPDATE leaves it as it was and is recorded as 'sql', never as the
# previous web user. Store.py's re-ingest updates text columns only, so it
# fires none of these.
_AUDIT_TRIGGER = """
CREATE TRIGGER IF NOT EXISTS factcheck_audit_{table}_{field}
AFTER UPDATE OF {field} ON {table}
WHEN old.{field} IS NOT new.{field}
BEGIN
    INSERT INTO reviews (item_type, item_id, actor, at, field, old, new)
    VALUES (
        '{item_type}',
        new.id,
        CASE WHEN new.last_actor IS NOT old.last_actor AND new.last_actor IS NOT NULL
             THEN new.last_actor ELSE 'sql' END,
        strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'),
        '{field}',
        old.{field},
        new.{field}
    );
END
"""


def audit_triggers() -> list[str]:
    """CREATE TRIGGER statements for every audited column of quotes and claims."""
    return [
        _AUDIT_TRIGGER.format(table=table, item_type=item_type, field=field)
        for table, item_type in ITEM_TYPE_OF_TABLE.items()
        for field in AUDITED_FIELDS
    ]


# Columns added after the first release: a database built by an older
# version gets them on the next ensure_schema (nothing is ever dropped).
ADDED_COLUMNS = [
    ("quotes", "last_actor", "TEXT"),
    ("claims", "last_actor", "TEXT"),
    # the quote of the same paragraph that this one continues after an
    # attribution only (matching.remarks)
    ("quotes", "continues", "INTEGER"),
    # versions, not copies (db/versions.py): the key of a quote's normalised
    # words, and the quote of an earlier article that this one copies word
    # for word (NULL: a version of its own)
    ("quotes", "version_key", "INTEGER"),
    ("quotes", "version_of", "INTEGER REFERENCES quotes(id)"),
    # the key of an article's body words, and the article stored before it
    # whose body it copies (NULL: an article of its own)
    ("articles", "body_key", "TEXT"),
    ("articles", "copy_of", "INTEGER REFERENCES articles(id)"),
]


def ensure_audit(conn) -> None:
    """Create the audit table, the ``last_actor`` columns and the triggers
    if missing, on a sqlite3 connection whose quotes and claims exist.
    Idempotent; also run by the plugin before its first write, so a database
    built by an older version gains its audit trail."""
    conn.execute(REVIEWS)
    for table, column, type_ in ADDED_COLUMNS:
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")}
        if column not in columns:
            conn.execute(f"ALTER TABLE [{table}] ADD COLUMN [{column}] {type_}")
    conn.execute("CREATE INDEX IF NOT EXISTS idx_reviews_item_type_item_id ON reviews (item_type, item_id)")
    conn.execute("CREATE INDEX IF NOT EXISTS idx_reviews_at ON reviews (at)")
    for sql in audit_triggers():
        conn.execute(sql)


# Articles about the same story (db/stories.py): every article that shares a
# remark with another, and its story (the first article of the group). Not
# named "stories": that is the canned query's address.
STORIES = """
CREATE TABLE IF NOT EXISTS article_stories (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id),
    story_id INTEGER NOT NULL REFERENCES articles(id)
)
"""

# The desk's figures, counted after each ingest and match (db/figures.py).
DESK_FIGURES = """
CREATE TABLE IF NOT EXISTS desk_figures (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
)
"""

TABLES = {
    "articles": ARTICLES,
    "comments": COMMENTS,
    "article_extras": ARTICLE_EXTRAS,
    "speakers": SPEAKERS,
    "speaker_aliases": SPEAKER_ALIASES,
    "quotes": QUOTES,
    "claims": CLAIMS,
    "quote_matches": QUOTE_MATCHES,
    "claim_matches": CLAIM_MATCHES,
    "quote_shingles": QUOTE_SHINGLES,
    "claim_keys": CLAIM_KEYS,
    "pending_matches": PENDING_MATCHES,
    "retired_ids": RETIRED_IDS,
    "short_items": SHORT_ITEMS,
    "remarks": REMARKS,
    "remark_versions": REMARK_VERSIONS,
    "speaker_conflict_pairs": SPEAKER_CONFLICTS,
    "article_coverage": ARTICLE_COVERAGE,
    "article_stories": STORIES,
    "story_summaries": STORY_SUMMARIES_TABLE,
    "closest_changes": CLOSEST_CHANGES_TABLE,
    "reviews": REVIEWS,
    "desk_figures": DESK_FIGURES,
}

# Every join column gets an index: the canned queries and Datasette's
# foreign-key facets depend on them, and so does deleting a row that others
# reference (a quote of an edited article): without one, SQLite checks the
# foreign key by reading the whole referencing table, once per row deleted.
INDEXES = [
    ("comments", ["article_id"]),
    ("comments", ["parent_id"]),
    ("article_extras", ["article_id"]),
    ("speaker_aliases", ["alias"]),
    ("speaker_aliases", ["person_key"]),
    ("quotes", ["article_id"]),
    ("quotes", ["speaker_id"]),
    ("quotes", ["version_key"]),
    ("quotes", ["version_of"]),
    ("articles", ["body_key"]),
    ("articles", ["copy_of"]),
    ("claims", ["article_id"]),
    ("claims", ["quote_id"]),
    ("quote_matches", ["other_quote_id"]),
    ("claim_matches", ["other_claim_id"]),
    ("remark_versions", ["quote_id"]),
    ("closest_changes", ["other_quote_id"]),
    ("speaker_conflict_pairs", ["other_quote_id"]),
    # lookups by key (a posting list) and deletes by item
    ("remarks", ["remark_id"]),
    ("article_stories", ["story_id"]),
    ("quote_shingles", ["shingle", "quote_id"]),
    ("quote_shingles", ["quote_id"]),
    ("claim_keys", ["key", "claim_id"]),
    ("claim_keys", ["claim_id"]),
]

# Indexes only the pages read (the ingest never looks rows up by them): a
# first ingest builds them at its end, in one pass (keys.bulk_mode_on).
PAGE_INDEXES = [
    # the dashboard's review progress, counted from the indexes alone. Never
    # an index that starts with quotes.kind: with no statistics, SQLite
    # would take "kind = 'quote'" for a narrow condition and read every
    # quote through it instead of looking quotes up by id.
    ("quotes", ["status", "kind"]),
    ("quotes", ["verdict", "kind"]),
    ("quotes", ["needs_review", "kind"]),
    ("claims", ["status"]),
    ("claims", ["verdict"]),
    ("claims", ["needs_review"]),
    # the articles newest first (dashboard, articles page)
    ("articles", ["published", "id"]),
    # the review queue's choices, read value by value (web/views.distinct_sql)
    ("articles", ["outlet"]),
    ("quotes", ["reviewer"]),
    ("claims", ["reviewer"]),
]
# The review queue: items needing review first, then by article and place.
QUEUE_INDEXES = [
    "CREATE INDEX IF NOT EXISTS idx_quotes_queue ON quotes (needs_review DESC, article_id, start, id)",
    "CREATE INDEX IF NOT EXISTS idx_claims_queue ON claims (needs_review DESC, article_id, start, id)",
]


def index_name(table: str, columns: list[str]) -> str:
    """The name sqlite-utils gives the index ``create_index`` makes."""
    return f"idx_{table}_{'_'.join(columns)}"


# Indexes in the canned queries' display order, so that each query reads its
# first page of rows in order and stops instead of sorting every row (partial
# indexes hold only the relations a query lists; their WHERE must stay the
# same text as the query's).
ORDER_INDEXES = [
    "CREATE INDEX IF NOT EXISTS idx_remark_versions_order ON remark_versions (outlets DESC, versions DESC, quote_id)",
    "CREATE INDEX IF NOT EXISTS idx_quotes_article_order ON quotes (article_id, paragraph, start)",
    "CREATE INDEX IF NOT EXISTS idx_quote_matches_changed ON quote_matches (similarity, quote_id) "
    "WHERE relation IN ('altered', 'spliced')",
    "CREATE INDEX IF NOT EXISTS idx_quote_matches_same_words ON quote_matches (quote_id, other_quote_id) "
    "WHERE relation IN ('verbatim', 'excerpt')",
    "CREATE INDEX IF NOT EXISTS idx_claim_matches_conflicts ON claim_matches (claim_id, other_claim_id) "
    "WHERE relation = 'conflicts'",
    "CREATE INDEX IF NOT EXISTS idx_closest_changes_order ON closest_changes (meaning DESC, similarity, quote_id)",
    "CREATE INDEX IF NOT EXISTS idx_story_summaries_order ON story_summaries (articles DESC, story_id)",
]

FTS = {"articles": ["title", "body"], "quotes": ["text"]}


# Tables renamed since a release: (old name, new name, the trigger that
# wrote the old one). speaker_conflict_pairs was called speaker_conflicts,
# the name of the canned query that reads it: Datasette 1.0a showed the
# table at the query's address instead of the query.
RENAMED_TABLES = [("speaker_conflicts", "speaker_conflict_pairs", "factcheck_speaker_conflicts")]


def _has_table(conn, name: str) -> bool:
    return conn.execute("select 1 from sqlite_master where type = 'table' and name = ?", [name]).fetchone() is not None


def rename_tables(conn) -> list[str]:
    """Give tables of an older version their new names, keeping their rows
    (a new table already there gets the old one's rows). Runs in the
    caller's transaction; returns the old names it found."""
    found = []
    for old, new, old_trigger in RENAMED_TABLES:
        if not _has_table(conn, old):
            continue
        conn.execute(f"DROP TRIGGER IF EXISTS [{old_trigger}]")
        if _has_table(conn, new):
            conn.execute(f"INSERT OR IGNORE INTO [{new}] SELECT * FROM [{old}]")
            conn.execute(f"DROP TABLE [{old}]")
        else:
            conn.execute(f"ALTER TABLE [{old}] RENAME TO [{new}]")
        found.append(old)
    if found:
        conn.execute(SPEAKER_CONFLICTS_TRIGGER)
    return found


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create every table, index and search index that is missing."""
    db.execute("PRAGMA foreign_keys = ON")
    # WAL lets a running Datasette keep reading while an ingest writes.
    db.execute("PRAGMA journal_mode = WAL")
    with db.atomic():
        # Before creating tables: a renamed table keeps its rows.
        rename_tables(db.conn)
        for sql in TABLES.values():
            db.execute(sql)
        ensure_audit(db.conn)
        for table, columns in INDEXES + PAGE_INDEXES:
            db.table(table).create_index(columns, if_not_exists=True)
        for sql in ORDER_INDEXES + QUEUE_INDEXES:
            db.execute(sql)
        db.execute(SPEAKER_CONFLICTS_TRIGGER)
        ensure_primary_tables(db)
        # after quote_change_classes exists
        for sql in CLOSEST_CHANGES_TRIGGERS.values():
            db.execute(sql)
    for table, columns in FTS.items():
        if not db.table(table).detect_fts():
            db.table(table).enable_fts(columns, create_triggers=True, tokenize="porter")
