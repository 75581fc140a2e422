"""The matching stage: relations of the pending quotes and claims, found
from their stored keys (see ``candidates``).

The posting lists are read once into flat arrays; the pending items are then
split into chunks that worker processes (forked, so they share the arrays)
relate to everything stored, each through its own read-only connection.
The caller (``store``) writes what they return: this module only reads.
"""

from __future__ import annotations

import gc
import heapq
import json
import multiprocessing
import sqlite3
from array import array
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional, Sequence

from .candidates import (
    MAX_DF, STOCK_ARTICLES, ArrayPostings, QuoteIndex, is_stock, printed_by, short_quote, split_keys,
)
from .claim_candidates import ClaimIndex, short_claim
from ..extract.claims import parse_numbers
from ..model import PRONOUNS, Claim, Relation

# When at least this share of the stored items is pending (a first ingest),
# every posting list is read in one pass over the key index instead of
# looking up the pending items' keys one by one.
FULL_SCAN_SHARE = 0.2
# Pending items per chunk handed to a worker, and the fewest worth a pool.
CHUNK = 2000
PARALLEL_MIN = 3 * CHUNK
# (copy, representative) pairs per chunk: each costs a few alignments.
COPIES_CHUNK = 500


@dataclass(frozen=True)
class Kind:
    items: str  # the items' table
    live: str  # which of its rows are matched
    keys: str  # the key table, with columns key_col and item_col
    key_col: str
    item_col: str
    is_short: Callable[[int, int], bool]
    item_type: str  # in pending_matches and short_items
    # whether candidates are weighed by their key counts (Postings.counts)
    ranks_by_counts: bool
    # SQL of the items' speakers (Postings.speaker), if they have one
    speaker_col: Optional[str] = None
    # the column naming the item an item copies word for word (it then holds
    # no keys: see db.versions), if items have copies
    copy_col: Optional[str] = None

    def has_short_keys(self, keys: Sequence[int]) -> bool:
        """Whether an item with these stored keys is short (see candidates)."""
        weak = sum(k & 1 for k in keys)
        return self.is_short(len(keys) - weak, weak)


# A quote's speaker as matching sees it: unknown when the article gives only a pronoun.
_NAMED_SPEAKER = (
    "case when lower(coalesce(speaker_as_printed, '')) in (" + ", ".join(f"'{p}'" for p in PRONOUNS) + ") "
    "then null else speaker_id end"
)
QUOTES = Kind(
    "quotes", "kind = 'quote' and location != 'removed'", "quote_shingles", "shingle", "quote_id", short_quote,
    "quote", True, _NAMED_SPEAKER, "version_of",
)
CLAIMS = Kind("claims", "paragraph >= 0", "claim_keys", "key", "claim_id", short_claim, "claim", False)


def chunked(ids: Iterable[int], size: int = 500) -> list[list[int]]:
    """Sorted ids in lists of ``size`` (by default small enough for one
    ``in (...)``)."""
    ids = sorted(ids)
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def rows_in(conn: sqlite3.Connection, sql: str, ids: Iterable[int]) -> Iterator[tuple]:
    """Rows of ``sql`` (with one ``{ids}`` placeholder) for ids, in chunks."""
    for chunk in chunked(ids):
        yield from conn.execute(sql.format(ids=",".join("?" * len(chunk))), chunk)


def build_postings(conn: sqlite3.Connection, kind: Kind, pending: Sequence[int]) -> ArrayPostings:
    """The posting lists every pending item may need, with the article and
    key counts of every item they name."""
    max_id = conn.execute(f"select max(id) from {kind.items}").fetchone()[0] or 0
    group, strong, weak, speaker = (array("i", bytes(4 * (max_id + 1))) for _ in range(4))
    speaker_sql = f"coalesce({kind.speaker_col}, 0)" if kind.speaker_col else "0"
    stored = conn.execute(f"select count(*) from {kind.items} where {kind.live}").fetchone()[0]
    # A common key (more than MAX_DF items) is only counted: its items are
    # never candidates, and its list can name most of the corpus.
    lists_sql = (
        f"select k.{kind.key_col}, count(*), case when count(*) <= {MAX_DF} "
        f"then group_concat(case when {{keep}} then k.{kind.item_col} end) end "
        f"from {kind.keys} k {{where}} group by k.{kind.key_col} having count(*) >= 2{{also}} order by k.{kind.key_col}"
    )
    full_scan = len(pending) >= FULL_SCAN_SHARE * stored
    # An item with copies holds keys of its own that count (see
    # ``_with_copied_keys``): in a full scan the query keeps them itself, as
    # merging them in afterwards cost more than the scan.
    also = (
        f" or min(k.{kind.item_col}) in (select {kind.copy_col} from {kind.items} "
        f"where {kind.copy_col} is not null and {kind.live})"
        if kind.copy_col and full_scan else ""
    )

    def posting_lists(rows) -> Iterator[tuple[int, int, Optional[array]]]:
        for key, n, items in rows:
            yield key, n, None if items is None else array("q", map(int, items.split(",")))

    if full_scan:
        for item, article, who in conn.execute(f"select id, article_id, {speaker_sql} from {kind.items} where {kind.live}"):
            group[item], speaker[item] = article, who
        counts: Iterable[tuple] = conn.execute(
            f"select {kind.item_col}, count(*), sum({kind.key_col} & 1) from {kind.keys} group by {kind.item_col}"
        )
        lists: Iterable[tuple[int, int, Optional[array]]] = posting_lists(conn.execute(lists_sql.format(keep="1", where="", also=also)))
    else:
        # Read-only on purpose: this connection is also the writer's.
        lists = _lookup_lists(conn, kind, pending, lists_sql, posting_lists)
        involved = {item for _, _, items in lists if items is not None for item in items} | set(pending)
        for item, article, who in rows_in(
            conn, f"select id, article_id, {speaker_sql} from {kind.items} where id in ({{ids}}) and {kind.live}", involved
        ):
            group[item], speaker[item] = article, who
        if not kind.ranks_by_counts:
            # Key counts only tell short items apart here: count those alone.
            involved &= {i for (i,) in conn.execute("select item_id from short_items where item_type = ?", [kind.item_type])}
        counts = rows_in(
            conn,
            f"select {kind.item_col}, count(*), sum({kind.key_col} & 1) from {kind.keys} "
            f"where {kind.item_col} in ({{ids}}) group by {kind.item_col}",
            involved,
        )
    copies: dict[int, list[int]] = {}
    if kind.copy_col:
        if full_scan:
            rows: Iterable[tuple] = conn.execute(
                f"select id, {kind.copy_col}, article_id, {speaker_sql} from {kind.items} "
                f"where {kind.copy_col} is not null and {kind.live}"
            )
        else:
            rows = rows_in(
                conn,
                f"select id, {kind.copy_col}, article_id, {speaker_sql} from {kind.items} "
                f"where {kind.copy_col} in ({{ids}}) and {kind.live}",
                involved,
            )
        for item, rep, article, who in rows:
            copies.setdefault(rep, []).append(item)
            group[item], speaker[item] = article, who
        if not full_scan:
            lists = _with_copied_keys(conn, kind, lists, copies)
    for item, n, n_weak in counts:
        if item <= max_id:
            strong[item], weak[item] = n - n_weak, n_weak
    return ArrayPostings(
        lists, group, strong, weak, kind.is_short, speaker=speaker if kind.speaker_col else None, copies=copies
    )


def _with_copied_keys(
    conn: sqlite3.Connection, kind: Kind, lists: Iterable[tuple[int, int, Optional[array]]], copies: dict[int, list[int]]
) -> Iterator[tuple[int, int, Optional[array]]]:
    """The posting lists, with the keys that only an item with copies holds
    (its copies count where the key is printed: see ``candidates.is_stock``)."""
    held: dict[int, list[int]] = {}
    for key, item in rows_in(
        conn, f"select {kind.key_col}, {kind.item_col} from {kind.keys} where {kind.item_col} in ({{ids}})", copies
    ):
        held.setdefault(key, []).append(item)
    own = [(key, len(items), array("q", sorted(items))) for key, items in sorted(held.items())]
    last = None
    for entry in heapq.merge(lists, own, key=lambda e: e[0]):
        if entry[0] != last:
            yield entry
        last = entry[0]


def _lookup_lists(conn: sqlite3.Connection, kind: Kind, pending: Sequence[int], lists_sql: str, posting_lists: Callable) -> list:
    """The posting lists of the pending items' keys, looked up: in full for
    strong keys and a short item's weak keys; for a long item's weak keys
    only their short items and the pending ones (all it looks at there)."""
    mine: dict[int, list[int]] = {}
    for item, key in rows_in(conn, f"select {kind.item_col}, {kind.key_col} from {kind.keys} where {kind.item_col} in ({{ids}})", pending):
        mine.setdefault(item, []).append(key)
    full_keys: set[int] = set()
    weak_keys: set[int] = set()
    for keys in mine.values():
        if kind.has_short_keys(keys):
            full_keys.update(keys)
        else:
            full_keys.update(k for k in keys if not k & 1)
            weak_keys.update(k for k in keys if k & 1)
    pending_json = json.dumps(sorted(pending))
    where = f"where k.{kind.key_col} in (select value from json_each(:keys))"
    short_only = (
        f"k.{kind.item_col} in (select value from json_each(:pending)) "
        f"or k.{kind.item_col} in (select item_id from short_items where item_type = '{kind.item_type}')"
    )
    lists = []
    for keys, keep in ((sorted(full_keys), "1"), (sorted(weak_keys - full_keys), short_only)):
        for i in range(0, len(keys), 5000):
            rows = conn.execute(lists_sql.format(keep=keep, where=where, also=""), {"keys": json.dumps(keys[i : i + 5000]), "pending": pending_json})
            lists += posting_lists(rows)
    lists.sort(key=lambda entry: entry[0])
    return lists


class _Reader:
    """What a chunk reads besides the postings: keys, texts, claims; fetched
    a chunk at a time, then one by one for the few items outside it."""

    def __init__(self, conn: sqlite3.Connection, kind: Kind, claims: Optional[dict[int, Optional[Claim]]] = None):
        self.conn, self.kind = conn, kind
        self._keys: dict[int, tuple[frozenset[int], frozenset[int]]] = {}
        self._rows: dict[int, tuple] = {}
        self._claims: dict[int, Optional[Claim]] = {} if claims is None else claims

    def prefetch(self, items: Sequence[int], keys: bool = True) -> None:
        k = self.kind
        if keys:
            found = dict.fromkeys(items, _NO_KEYS)
            # Split and joined by SQLite: a row per key, split in Python, was
            # most of the cost of reading a chunk.
            for item, strong, weak in rows_in(self.conn, _keys_sql(k), items):
                found[item] = (_int_set(strong), _int_set(weak))
            self._keys.update(found)
        for row in rows_in(self.conn, f"select {_COLUMNS[k.items]} from {k.items} where id in ({{ids}})", items):
            self._rows[row[0]] = row

    def prefetch_missing(self, items: Sequence[int]) -> None:
        """Keys and rows of the items not read yet, in bulk."""
        self.prefetch([i for i in items if i not in self._keys])

    def prefetch_rows(self, items: Sequence[int]) -> None:
        """Rows of the items not read yet, in bulk."""
        self.prefetch([i for i in items if i not in self._rows and i not in self._claims], keys=False)

    def keys(self, item: int) -> tuple[frozenset[int], frozenset[int]]:
        got = self._keys.get(item)
        if got is None:
            k = self.kind
            got = self._keys[item] = split_keys(
                r[0] for r in self.conn.execute(f"select {k.key_col} from {k.keys} where {k.item_col} = ?", [item])
            )
        return got

    def row(self, item: int) -> Optional[tuple]:
        got = self._rows.get(item)
        if got is None:
            got = self.conn.execute(f"select {_COLUMNS[self.kind.items]} from {self.kind.items} where id = ?", [item]).fetchone()
            if got is not None:
                self._rows[item] = got
        return got

    def text(self, item: int) -> Optional[str]:
        row = self.row(item)
        return row[1] if row else None

    def continues(self, item: int) -> Optional[int]:
        row = self.row(item)
        return row[2] if row else None

    def claim(self, item: int) -> Optional[Claim]:
        if item not in self._claims:
            row = self.row(item)
            self._claims[item] = claim_from_tuple(row) if row else None
        return self._claims[item]


_NO_KEYS: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())


def _keys_sql(kind: Kind) -> str:
    """An item's (strong, weak) keys, each joined with commas (None for none)."""
    key = f"k.{kind.key_col}"
    return (
        f"select k.{kind.item_col}, group_concat(case when {key} & 1 = 0 then {key} end), "
        f"group_concat(case when {key} & 1 then {key} end) "
        f"from {kind.keys} k where k.{kind.item_col} in ({{ids}}) group by k.{kind.item_col}"
    )


def _int_set(joined: Optional[str]) -> frozenset[int]:
    return frozenset(map(int, joined.split(","))) if joined else frozenset()


_COLUMNS = {"quotes": "id, text, continues", "claims": 'id, text, kind, start, "end", paragraph'}
CLAIM_COLUMNS = _COLUMNS["claims"]


def claim_from_tuple(row: tuple) -> Claim:
    """A stored claim (``CLAIM_COLUMNS``) as the matcher compares it: its
    figures parsed again from its sentence, which is what the extraction
    parsed (``claims.numbers`` is the readers' text of them)."""
    _, text, kind, start, end, paragraph = row
    return Claim(text=text, start=start, end=end, paragraph=paragraph, kind=kind, numbers=parse_numbers(text))


# -- one job -------------------------------------------------------------------------------


@dataclass
class _Job:
    path: Optional[str]  # None: read through ``conn`` in this process
    conn: Optional[sqlite3.Connection]
    postings: ArrayPostings
    pending: frozenset[int]
    # which keys of the postings are stock phrases, found as the chunks ask
    stock: dict[int, bool] = field(default_factory=dict)

    def reader(self, kind: Kind, claims: Optional[dict[int, Optional[Claim]]] = None) -> _Reader:
        global _CONN
        if self.path is None:
            assert self.conn is not None
            return _Reader(self.conn, kind, claims)
        if _CONN is None:
            _CONN = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        return _Reader(_CONN, kind, claims)


# Set before the pool forks, so the workers share the job's arrays.
_JOB: Optional[_Job] = None
_CONN: Optional[sqlite3.Connection] = None


def _quote_chunk(items: list[int]):
    assert _JOB is not None
    reader = _JOB.reader(QUOTES)
    reader.prefetch(items)
    index = QuoteIndex(
        _JOB.postings, text_of=reader.text, keys_of=reader.keys, continues_of=reader.continues, stock=_JOB.stock,
        read_ahead=reader.prefetch_missing, complete_lists=True,
    )
    return index.relate(items, _JOB.pending.__contains__)


def _copies_chunk(pairs: list[tuple[int, int]]):
    """Relations of (copy, representative) pairs (``QuoteIndex.relate_copies``)."""
    assert _JOB is not None
    reader = _JOB.reader(QUOTES)
    reader.prefetch(sorted({rep for _, rep in pairs}))
    reader.prefetch(sorted(copy for copy, _ in pairs), keys=False)
    index = QuoteIndex(_JOB.postings, text_of=reader.text, keys_of=reader.keys, continues_of=reader.continues, stock=_JOB.stock)
    return index.relate_copies(pairs)


def _quote_task(task: tuple[str, list]):
    what, part = task
    return _quote_chunk(part) if what == "items" else _copies_chunk(part)


# Stored claims and their words, kept by each process from one chunk to the
# next of one job: the same claims are candidates of many chunks, and
# reading and tokenising them again was most of a chunk's work.
_CLAIMS_SEEN: dict[int, Optional[Claim]] = {}
_WORDS_SEEN: dict[int, set[str]] = {}
_FIGURES_SEEN: dict = {}
_SEEN_MAX = 100_000


def _claim_chunk(items: list[int]):
    # Each cache is emptied on its own when full: the words of every
    # candidate fill theirs first, and emptying the parsed claims with them
    # had most of a large corpus parsed twice.
    for seen in (_CLAIMS_SEEN, _WORDS_SEEN, _FIGURES_SEEN):
        if len(seen) > _SEEN_MAX:
            seen.clear()
    assert _JOB is not None
    reader = _JOB.reader(CLAIMS, _CLAIMS_SEEN)
    reader.prefetch(items, keys=False)
    return ClaimIndex(
        _JOB.postings, claim_of=reader.claim, words=_WORDS_SEEN, described=_FIGURES_SEEN,
        text_of=reader.text, read_ahead=reader.prefetch_rows,
    ).relate(items)


def _forget_claims() -> None:
    _CLAIMS_SEEN.clear()
    _WORDS_SEEN.clear()
    _FIGURES_SEEN.clear()


def _database_path(conn: sqlite3.Connection) -> Optional[str]:
    for _, name, path in conn.execute("pragma database_list"):
        if name == "main":
            return path or None
    return None


def _worth_forking(jobs: int, pending: Sequence[int], path: Optional[str]) -> bool:
    """Whether a job is split over forked processes: several cores, enough
    items, and a database file the processes can open themselves."""
    return jobs > 1 and len(pending) >= PARALLEL_MIN and path is not None and "fork" in multiprocessing.get_all_start_methods()


def _run(
    conn: sqlite3.Connection, kind: Kind, pending: Sequence[int], work: Callable, jobs: int,
    postings: Optional[ArrayPostings] = None, stock: Optional[dict[int, bool]] = None, tasks: Optional[list] = None,
) -> list:
    """``work`` of each chunk of ``pending`` (or of each of ``tasks``), in order."""
    global _JOB, _CONN
    postings = postings or build_postings(conn, kind, pending)
    chunks = chunked(pending, CHUNK) if tasks is None else tasks
    path = _database_path(conn)
    parallel = _worth_forking(jobs, pending, path)
    _JOB = _Job(path if parallel else None, conn, postings, frozenset(pending), {} if stock is None else stock)
    _forget_claims()  # ids of another job or database
    try:
        if not parallel:
            return [work(c) for c in chunks]
        _CONN = None
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            return list(pool.map(work, chunks))
    finally:
        _JOB = None
        _forget_claims()


def in_background(find: Callable, conn: sqlite3.Connection, pending: Sequence[int], jobs: int) -> Callable[[], list]:
    """Start ``find(conn, pending, jobs)`` in a forked process (reading the
    database through its own connection) when the job is large enough to
    split, and return a function that waits for its result; otherwise run
    it now."""
    path = _database_path(conn)
    if not _worth_forking(jobs, pending, path):
        found = find(conn, pending, jobs)
        return lambda: found
    receive, send = multiprocessing.Pipe(duplex=False)

    def child() -> None:
        try:
            own = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            send.send(("ok", find(own, pending, jobs)))
        except BaseException as e:  # reported by the parent
            send.send(("error", f"{type(e).__name__}: {e}"))

    process = multiprocessing.get_context("fork").Process(target=child)
    process.start()
    send.close()

    def result() -> list:
        try:
            status, value = receive.recv()
        except EOFError:
            status, value = "error", f"the matching process ended with code {process.exitcode}"
        process.join()
        if status != "ok":
            raise RuntimeError(f"matching failed: {value}")
        return value

    return result


def quote_relations(conn: sqlite3.Connection, pending: Sequence[int], jobs: int = 1) -> list[tuple[int, int, Relation]]:
    """(quote_id, other_quote_id, relation), both ways, of every related
    pair with a pending quote. Reads only committed rows when ``jobs`` > 1."""
    return match_quotes(conn, pending, jobs)[1]


# Allocations between two collections of the youngest generation while
# matching (Python's default is 700).
GC_THRESHOLD = 100_000


@contextmanager
def few_collections() -> Iterator[None]:
    """Run the cycle collector rarely: matching allocates millions of small
    objects and frees them by reference counting, while each collection of
    the oldest generation walks every cached text, claim and posting list
    (a quarter of the matching CPU at 10,000 articles, and none of it found
    garbage). Forked workers inherit the setting."""
    saved = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD, saved[1], saved[2])
    try:
        yield
    finally:
        gc.set_threshold(*saved)


def match_quotes(conn: sqlite3.Connection, pending: Sequence[int], jobs: int = 1) -> tuple[set[int], list[tuple[int, int, Relation]]]:
    """The quotes matched again besides the pending ones (their relations
    must be replaced too: see ``_stock_flips``), and the relations, both
    ways, of every related pair with a pending or re-matched quote."""
    with few_collections():
        return _match_quotes(conn, pending, jobs)


def _match_quotes(conn: sqlite3.Connection, pending: Sequence[int], jobs: int) -> tuple[set[int], list[tuple[int, int, Relation]]]:
    if not pending:
        return set(), []
    asked = set(pending)
    # A representative matched again loses its relations with its copies:
    # they are related again too.
    todo = asked | _copies_of(conn, asked)
    copies = _representatives(conn, todo)
    postings = build_postings(conn, QUOTES, _keyed(todo, copies))
    stored = conn.execute(f"select count(*) from quotes where {QUOTES.live}").fetchone()[0]
    flips = _stock_flips(conn, postings, todo) if stored > len(todo) else set()
    if flips:
        todo |= flips | _copies_of(conn, flips)
        copies = _representatives(conn, todo)
        postings = build_postings(conn, QUOTES, _keyed(todo, copies))
    stock: dict[int, bool] = {}
    keyed = sorted(todo - copies.keys())
    pairs = sorted(copies.items())
    # The copies are related by the workers too, after the items (merge
    # reads the parts in order): in the parent they were a serial tail.
    tasks: list[tuple[str, list]] = [("items", chunk) for chunk in chunked(keyed, CHUNK)]
    tasks += [("copies", pairs[i : i + COPIES_CHUNK]) for i in range(0, len(pairs), COPIES_CHUNK)]
    parts = _run(conn, QUOTES, keyed, _quote_task, jobs, postings, stock, tasks)
    return todo - asked, QuoteIndex.merge(parts, frozenset(todo).__contains__)


def _copies_of(conn: sqlite3.Connection, items: Iterable[int]) -> set[int]:
    return {r[0] for r in rows_in(conn, f"select id from quotes where version_of in ({{ids}}) and {QUOTES.live}", items)}


def _representatives(conn: sqlite3.Connection, items: Iterable[int]) -> dict[int, int]:
    """Copy -> the quote it copies, of the copies among ``items``."""
    return dict(
        rows_in(conn, f"select id, version_of from quotes where id in ({{ids}}) and version_of is not null and {QUOTES.live}", items)
    )


def _keyed(items: set[int], copies: dict[int, int]) -> list[int]:
    """The items whose keys are looked up: copies hold none, their
    representatives' stand for them."""
    return sorted((items - copies.keys()) | set(copies.values()))


def claim_relations(conn: sqlite3.Connection, pending: Sequence[int], jobs: int = 1) -> list[tuple[int, int, str, str]]:
    """(claim_id, other_claim_id, relation, differences), both ways."""
    if not pending:
        return []
    found: dict[tuple[int, int], tuple[str, str]] = {}
    with few_collections():
        for part in _run(conn, CLAIMS, pending, _claim_chunk, jobs):
            found.update(part)
    return [(x, y, r, d) for (x, y), (r, d) in sorted(found.items())]



def _stock_flips(conn: sqlite3.Connection, postings: ArrayPostings, pending: Iterable[int]) -> set[int]:
    """Quotes to match again because the pending ones change whether a key
    they hold is a stock phrase (see ``candidates.is_stock``): every quote
    of the articles that hold such a key, so that articles added one by one
    relate exactly as all at once."""
    pending = frozenset(pending)
    is_pending = pending.__contains__
    articles: set[int] = set()
    for key, holders in postings.key_lists():
        items = printed_by(postings, holders)
        if len(items) < STOCK_ARTICLES or all(map(is_pending, items)) or not any(map(is_pending, items)):
            continue
        if is_stock(postings, key) != is_stock(postings, key, skip=is_pending):
            for i in items:
                group = postings.group(i)
                if group is not None and not is_pending(i):
                    articles.add(group)
    if not articles:
        return set()
    return {r[0] for r in rows_in(conn, f"select id from quotes where article_id in ({{ids}}) and {QUOTES.live}", articles)} - set(pending)
