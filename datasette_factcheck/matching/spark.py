"""Matching on Spark: the relations of every stored quote and claim, with
candidate generation sharded by key and the local matcher's comparisons run
on the executors.

The driver reads the items and their stored keys from SQLite into Parquet
files (``export``) and cuts the items to match into chunks of
``stage.CHUNK`` ids, as the local matcher does; runs of consecutive chunks
make a *part*, one executor task each. Spark groups the key rows by key
into posting lists and writes each list into the folder of every part that
looks it up: the parts of its items (and, for a key of a quote with
word-for-word copies, every part that names that quote as a candidate,
since a copy's own pass looks it up again). An executor reads its part's
lists and the rows of the items they name (article, speaker, key counts,
text) with pyarrow, builds one ``ArrayPostings`` for the part and runs
``QuoteIndex.relate`` / ``relate_copies`` or ``ClaimIndex.relate`` on each
of its chunks in turn, as the local matcher's workers do (``stage``). Every
list it holds is complete and every item a list names has its row, so each
lookup answers as the whole index does. The driver merges the chunks'
results in chunk order with ``QuoteIndex.merge`` and returns them; the
caller writes them (matching never writes).

Only a full run is done here (every live item pending): the relations of a
subset depend on quotes outside it (whether a phrase is a stock phrase, see
``stage.match_quotes``), which the local matcher handles for the small
increments of an ingest.
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional, Sequence

from ..model import Relation
from .candidates import MAX_DF, ArrayPostings, QuoteIndex, short_quote, split_keys
from .claim_candidates import ClaimIndex, claim_keys, short_claim
from .stage import CHUNK, CLAIM_COLUMNS, CLAIMS, QUOTES, claim_from_tuple

# Rows per Parquet batch written by the driver (bounds its memory).
BATCH_ROWS = 500_000
# The most chunks one executor task relates with one index: more per task
# means fewer indexes built, fewer per task a smaller one (its memory).
PART_CHUNKS = 8


# -- the driver: SQLite -> Parquet -----------------------------------------------------

# An item's (strong, weak) key counts, from the joined group by item.
_COUNTS = "coalesce(n - weak, 0), coalesce(weak, 0)"


@dataclass(frozen=True)
class Exported:
    """Where the Parquet files are, and the id ranges the executors size
    their arrays by."""

    folder: str
    max_quote_id: int
    max_claim_id: int
    # the quotes matched (see QuoteIndex.merge)
    matched: frozenset[int]
    # how many chunks each job has (quotes and then their copies; claims)
    quote_chunks: int
    claim_chunks: int


def _write(path: Path, cursor: sqlite3.Cursor, schema: Any) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    names = schema.names
    with pq.ParquetWriter(str(path), schema) as writer:
        while True:
            rows = cursor.fetchmany(BATCH_ROWS)
            if not rows:
                break
            columns = list(zip(*rows))
            writer.write_batch(pa.record_batch([pa.array(c, type=schema.field(n).type) for n, c in zip(names, columns)], schema=schema))


def _write_rows(path: Path, rows: list[tuple], schema: Any) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns: list[Sequence[Any]] = list(zip(*rows)) if rows else [[] for _ in schema.names]
    pq.write_table(pa.table([pa.array(c, type=schema.field(n).type) for n, c in zip(schema.names, columns)], schema=schema), str(path))


def export(conn: sqlite3.Connection, folder: str) -> Exported:
    """Write the stored items and keys that matching reads into Parquet files
    in ``folder`` (which every executor must be able to read)."""
    import pyarrow as pa

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    i64, text = pa.int64(), pa.string()
    keys_schema = pa.schema([("key", i64), ("item", i64)])
    for table, (name, key_col, item_col) in {"quote_keys": ("quote_shingles", "shingle", "quote_id"),
                                             "claim_keys": ("claim_keys", "key", "claim_id")}.items():
        _write(out / f"{table}.parquet", conn.execute(f"select {key_col}, {item_col} from {name}"), keys_schema)
    # A quote as the local matcher sees it (stage.build_postings): its
    # article only when it is matched (0 otherwise), its named speaker or 0,
    # the quote it copies when it is a live copy, and how many strong and
    # weak keys it holds.
    speaker = f"coalesce({QUOTES.speaker_col}, 0)"
    _write(
        out / "quotes.parquet",
        conn.execute(
            f"select id, case when {QUOTES.live} then article_id else 0 end, case when {QUOTES.live} then {speaker} else 0 end, "
            f"text, continues, case when {QUOTES.live} then version_of end, {_COUNTS} from quotes "
            "left join (select quote_id item, count(*) n, sum(shingle & 1) weak from quote_shingles group by quote_id) on item = id"
        ),
        pa.schema([("item", i64), ("article", i64), ("speaker", i64), ("text", text), ("continues", i64), ("version_of", i64),
                   ("strong", i64), ("weak", i64)]),
    )
    _write(
        out / "claims.parquet",
        conn.execute(
            f"select {CLAIM_COLUMNS}, case when {CLAIMS.live} then article_id else 0 end, {_COUNTS} from claims "
            "left join (select claim_id item, count(*) n, sum(key & 1) weak from claim_keys group by claim_id) on item = id"
        ),
        pa.schema([("item", i64), ("text", text), ("kind", text), ("start", i64), ("end", i64), ("paragraph", i64), ("article", i64),
                   ("strong", i64), ("weak", i64)]),
    )
    # The chunks, numbered as the local matcher cuts them (stage._run):
    # the quotes that are not copies, then the (copy, quote copied) pairs.
    chunks_schema = pa.schema([("chunk", i64), ("item", i64), ("copy", i64)])
    quotes = [r[0] for r in conn.execute(f"select id from quotes where {QUOTES.live} and version_of is null order by id")]
    copies = conn.execute(f"select id, version_of from quotes where {QUOTES.live} and version_of is not null order by id").fetchall()
    first_copy_chunk = (len(quotes) + CHUNK - 1) // CHUNK
    rows = [(n // CHUNK, q, None) for n, q in enumerate(quotes)]
    rows += [(first_copy_chunk + n // CHUNK, rep, copy) for n, (copy, rep) in enumerate(copies)]
    _write_rows(out / "quote_chunks.parquet", rows, chunks_schema)
    claims = [r[0] for r in conn.execute(f"select id from claims where {CLAIMS.live} order by id")]
    _write_rows(out / "claim_chunks.parquet", [(n // CHUNK, c, None) for n, c in enumerate(claims)], chunks_schema)
    max_quote = conn.execute("select coalesce(max(id), 0) from quotes").fetchone()[0]
    max_claim = conn.execute("select coalesce(max(id), 0) from claims").fetchone()[0]
    quote_chunks = first_copy_chunk + (len(copies) + CHUNK - 1) // CHUNK
    claim_chunks = (len(claims) + CHUNK - 1) // CHUNK
    return Exported(str(out), max_quote, max_claim, frozenset(quotes) | {c for c, _ in copies}, quote_chunks, claim_chunks)


# -- the executors: one part (consecutive chunks) -------------------------------------------
#
# An executor reads what its part needs from the Parquet files the job wrote
# (with pyarrow: whole columns, no object per row until the index is built),
# builds one index for the part and relates its chunks one by one, in order.
# Every posting list it holds is complete and every item a list names has its
# row, so each lookup answers as the whole index does (see ``quote_part``).


def _table(path: str, where: Any = None, columns: Optional[list[str]] = None) -> Any:
    """The rows ``where`` of a Parquet file as an Arrow table."""
    import pyarrow.dataset as ds

    return ds.dataset(path, format="parquet").to_table(columns=columns, filter=where)


def _columns(table: Any, names: Sequence[str]) -> list[list[Any]]:
    return [table.column(n).to_pylist() for n in names]


def _select(path: str, items: Optional[set[int]] = None, keys: Optional[set[int]] = None) -> Any:
    """The posting lists (key, df, members) that name one of ``items`` or
    are of one of ``keys``, read batch by batch (an executor never holds
    more of the corpus than its part needs)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    wanted = pa.array(sorted(items if items is not None else keys or ()), type=pa.int64())
    picked = []
    for batch in ds.dataset(path, format="parquet").to_batches(columns=["key", "df", "members"]):
        if items is not None:
            members = batch.column(2)
            rows = pc.unique(pc.filter(pc.list_parent_indices(members), pc.is_in(pc.list_flatten(members), value_set=wanted)))
            picked.append(batch.take(rows))
        else:
            picked.append(batch.filter(pc.is_in(batch.column(0), value_set=wanted)))
    if not picked:
        return pa.table({"key": pa.array([], pa.int64()), "df": pa.array([], pa.int64()), "members": pa.array([], pa.list_(pa.int64()))})
    return pa.Table.from_batches(picked)


def _split(table: Any) -> tuple[list[tuple[int, int, Optional[list[int]]]], Any]:
    """(key, df, members) of the lists, by key, with None for the members
    of a common key (more than MAX_DF items: never read), and the common
    keys' lists as they are."""
    import pyarrow.compute as pc

    common = pc.greater(table.column("df"), MAX_DF)
    listed = table.filter(pc.invert(common))
    lists: list[tuple[int, int, Optional[list[int]]]] = list(zip(*_columns(listed, ["key", "df", "members"])))
    common_lists = table.filter(common)
    lists += [(k, d, None) for k, d in zip(*_columns(common_lists, ["key", "df"]))]
    lists.sort(key=lambda e: e[0])
    return lists, common_lists


def _part_chunks(folder: str, name: str, first: int, last: int) -> dict[int, list[tuple[int, Optional[int]]]]:
    """chunk -> its (item, copy) rows, for chunks first..last."""
    import pyarrow.dataset as ds

    table = _table(f"{folder}/{name}.parquet", (ds.field("chunk") >= first) & (ds.field("chunk") <= last))
    chunks: dict[int, list[tuple[int, Optional[int]]]] = {}
    for chunk, item, copy in zip(*_columns(table, ["chunk", "item", "copy"])):
        chunks.setdefault(chunk, []).append((item, copy))
    return chunks


def _meta(folder: str, name: str, named: set[int], columns: list[str], with_copies: bool = False) -> list[list[Any]]:
    """The rows (``columns``) of the ``named`` items, and with
    ``with_copies`` of the live copies of any of them."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    wanted = pa.array(sorted(named), type=pa.int64())
    where = ds.field("item").isin(wanted)
    if with_copies:
        where = where | ds.field("version_of").isin(wanted)
    return _columns(_table(f"{folder}/{name}", where, columns), columns)


def _arrays(size: int, items: Sequence[int], article: Sequence[int], speaker: Sequence[int], strong: Sequence[int], weak: Sequence[int]):
    group, strong_a, weak_a, speaker_a = (array("i", bytes(4 * (size + 1))) for _ in range(4))
    for i, a, sp, s, w in zip(items, article, speaker, strong, weak):
        group[i], speaker_a[i], strong_a[i], weak_a[i] = a, sp or 0, s or 0, w or 0
    return group, strong_a, weak_a, speaker_a


def quote_part(folder: str, part: int, chunks: tuple[int, int], max_id: int) -> list[tuple[int, tuple]]:
    """(chunk, its puts) of the chunks first..last of one part (see
    ``QuoteIndex.relate``): of their quotes, or of their (copy, quote
    copied) pairs. Runs on an executor."""
    import pyarrow as pa
    import pyarrow.compute as pc

    mine = _part_chunks(folder, "quote_chunks", *chunks)
    anchored = {item for rows in mine.values() for item, _ in rows}
    # The lists of the part's quotes' keys, and of the keys of every quote
    # with copies that they name (relate's second pass looks it up again
    # for its copies).
    own = _select(f"{folder}/quote_lists", items=anchored)
    seen = set(pc.list_flatten(own.filter(pc.less_equal(own.column("df"), MAX_DF)).column("members")).to_pylist()) | anchored
    copied = _table(f"{folder}/quotes.parquet", pc.field("version_of").isin(pa.array(sorted(seen), pa.int64())), ["version_of"])
    reps = set(copied.column("version_of").to_pylist())
    table = own
    if reps:
        table = pa.concat_tables([own, _select(f"{folder}/quote_lists", items=reps)])
        once = {key: n for n, key in enumerate(table.column("key").to_pylist())}
        table = table.take(pa.array(sorted(once.values()), pa.int64()))
    lists, common_lists = _split(table)
    named = {i for _, _, members in lists if members for i in members}
    named.update(i for rows in mine.values() for item, copy in rows for i in (item, copy) if i is not None)
    items, article, speaker, strong, weak, text, continues, version_of = _meta(
        folder, "quotes.parquet", named, ["item", "article", "speaker", "strong", "weak", "text", "continues", "version_of"], with_copies=True
    )
    group, strong_a, weak_a, speaker_a = _arrays(max_id, items, article, speaker, strong, weak)
    copies: dict[int, list[int]] = {}
    for item, rep in sorted(zip(items, version_of)):
        if rep is not None:
            copies.setdefault(rep, []).append(item)
    postings = ArrayPostings(lists, group, strong_a, weak_a, short_quote, speaker=speaker_a, copies=copies)
    # An item's keys among the part's: the lists it is a member of, and the
    # common keys it holds (their lists name no one).
    held: dict[int, list[int]] = {}
    for key, _, members in lists:
        for i in members or ():
            held.setdefault(i, []).append(key)
    members = common_lists.column("members").combine_chunks()
    if len(members):
        holders = pc.list_flatten(members)
        mask = pc.is_in(holders, value_set=pa.array(sorted(named), pa.int64()))
        common_keys = pc.take(common_lists.column("key"), pc.list_parent_indices(members))
        for key, i in zip(pc.filter(common_keys, mask).to_pylist(), pc.filter(holders, mask).to_pylist()):
            held.setdefault(i, []).append(key)
    keys = {i: split_keys(ks) for i, ks in held.items()}
    empty: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())
    index = QuoteIndex(
        postings, text_of=dict(zip(items, text)).get, keys_of=lambda i: keys.get(i, empty), continues_of=dict(zip(items, continues)).get,
        stock={},
    )
    out: list[tuple[int, tuple]] = []
    for chunk in sorted(mine):
        pairs = sorted((copy, item) for item, copy in mine[chunk] if copy is not None)
        if pairs:
            out.append((chunk, index.relate_copies(pairs)))
        else:
            # Every stored quote is matched in a full run, so a candidate
            # is new (its own pass covers it) unless it is a copy: relate's
            # second pass looks at those, as the local run does.
            out.append((chunk, index.relate(sorted(item for item, _ in mine[chunk]), lambda i: postings.original(i) is None)))
    return out


def claim_part(folder: str, part: int, chunks: tuple[int, int], max_id: int) -> list[tuple[int, dict]]:
    """(chunk, its claim relations) of the chunks first..last of one part
    (see ``ClaimIndex.relate``). Runs on an executor."""
    mine = _part_chunks(folder, "claim_chunks", *chunks)
    anchored = {item for rows in mine.values() for item, _ in rows}
    columns = ["item", "article", "strong", "weak", "text", "kind", "start", "end", "paragraph"]
    # The keys a claim looks up are computed from it, as the local matcher does.
    wanted: set[int] = set()
    for row in zip(*_meta(folder, "claims.parquet", anchored, ["item", "text", "kind", "start", "end", "paragraph"])):
        wanted.update(claim_keys(claim_from_tuple(row)))
    lists, _ = _split(_select(f"{folder}/claim_lists", keys=wanted))
    named = {i for _, _, members in lists if members for i in members} | anchored
    items, article, strong, weak, text, kind, start, end, paragraph = _meta(folder, "claims.parquet", named, columns)
    group, strong_a, weak_a, _ = _arrays(max_id, items, article, [0] * len(items), strong, weak)
    postings = ArrayPostings(lists, group, strong_a, weak_a, short_claim)
    claims = {row[0]: claim_from_tuple(row) for row in zip(items, text, kind, start, end, paragraph)}
    # one cache of words and figures for the part's chunks, as a local worker keeps
    index = ClaimIndex(postings, claim_of=claims.get, words={}, described={})
    return [(chunk, index.relate(sorted(item for item, _ in mine[chunk]))) for chunk in sorted(mine)]


# -- the job ------------------------------------------------------------------------------


def session(master: Optional[str] = None, app: str = "datasette-factcheck match") -> Any:
    """A Spark session: on ``master`` when given, else the one spark-submit
    configured (or Spark's default, every core of this machine)."""
    from pyspark.sql import SparkSession

    if (master is None or master.startswith("local")) and not os.environ.get("PYSPARK_PYTHON"):
        # Local executors run this Python, which has the package installed
        # (on a cluster, spark.pyspark.python names the executors' one).
        os.environ["PYSPARK_PYTHON"] = sys.executable
    builder = SparkSession.builder.appName(app).config("spark.ui.showConsoleProgress", "false")
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        # local executors share the driver's heap (1 GB by default); only
        # applies when this call starts the JVM (spark-submit sets its own)
        builder = builder.config("spark.driver.memory", os.environ.get("SPARK_DRIVER_MEMORY", "3g"))
    spark = builder.getOrCreate()
    local = re.fullmatch(r"local(?:\[(\d+|\*)(?:,\d+)?\])?", spark.sparkContext.master or "")
    if local:
        # The shuffles move a few columns of integers: a couple of
        # partitions per core, not Spark's 200 (a cluster keeps its own).
        cores = 1 if not local.group(1) else (os.cpu_count() or 1) if local.group(1) == "*" else int(local.group(1))
        spark.conf.set("spark.sql.shuffle.partitions", str(2 * cores))
    return spark


def part_spans(chunks: int, parallelism: int) -> list[tuple[int, tuple[int, int]]]:
    """(part, (its first chunk, its last)) of every part the chunks are cut
    into: a couple of parts per core, and at most PART_CHUNKS chunks in one
    (which bounds what one executor task holds)."""
    if chunks <= 0:
        return []
    per = -(-chunks // min(chunks, max(2 * parallelism, -(-chunks // PART_CHUNKS))))
    return [(p, (p * per, min((p + 1) * per, chunks) - 1)) for p in range(-(-chunks // per))]


def _group(spark: Any, folder: str, name: str) -> None:
    """Group the key rows ``{name}_keys`` by key into posting lists
    (key, df, members in id order): ``{name}_lists``."""
    from pyspark.sql import functions as F

    keys = spark.read.parquet(f"{folder}/{name}_keys.parquet")
    lists = keys.groupBy("key").agg(F.count("*").alias("df"), F.sort_array(F.collect_list("item")).alias("members"))
    lists.write.parquet(f"{folder}/{name}_lists")


def _run_parts(spark: Any, chunks: int, work: Any) -> list:
    """(chunk, result) of every chunk, in chunk order: ``work(part, (first,
    last))`` on an executor per part."""
    spans = part_spans(chunks, spark.sparkContext.defaultParallelism)
    found = spark.sparkContext.parallelize(spans, len(spans)).flatMap(lambda r: work(*r)).collect()
    return sorted(found, key=lambda e: e[0])


def quote_relations(spark: Any, exported: Exported) -> list[tuple[int, int, Relation]]:
    """(quote_id, other_quote_id, relation), both ways, of every related pair
    of stored quotes: what ``stage.match_quotes`` returns when every quote is
    pending."""
    folder, max_id = exported.folder, exported.max_quote_id
    if not exported.quote_chunks:
        return []
    _group(spark, folder, "quote")

    def work(part: int, span: tuple[int, int]) -> list:
        return quote_part(folder, part, span, max_id)

    found = _run_parts(spark, exported.quote_chunks, work)
    return QuoteIndex.merge([puts for _, puts in found], exported.matched.__contains__)


def claim_relations(spark: Any, exported: Exported) -> list[tuple[int, int, str, str]]:
    """(claim_id, other_claim_id, relation, differences), both ways, of every
    stored claim: what ``stage.claim_relations`` returns when all are pending."""
    folder, max_id = exported.folder, exported.max_claim_id
    if not exported.claim_chunks:
        return []
    _group(spark, folder, "claim")

    def work(part: int, span: tuple[int, int]) -> list:
        return claim_part(folder, part, span, max_id)

    found: dict[tuple[int, int], tuple[str, str]] = {}
    for _, part in _run_parts(spark, exported.claim_chunks, work):
        found.update(part)
    return [(x, y, r, d) for (x, y), (r, d) in sorted(found.items())]


def all_relations(conn: sqlite3.Connection, work: str, master: Optional[str] = None) -> tuple[list, list]:
    """(quote relations, claim relations) of every stored item, computed on
    Spark (``master``) from Parquet files written to ``work``."""
    exported = export(conn, work)
    spark = session(master)
    return quote_relations(spark, exported), claim_relations(spark, exported)
