"""Matching on Spark: the relations of every stored quote and claim, with
candidate generation sharded by key and the local matcher's comparisons run
on the executors.

The driver reads the items and their stored keys from SQLite into Parquet
files (``export``). Spark groups the key rows by key into posting lists and
cuts the items to match into chunks of ``stage.CHUNK`` ids, as the local
matcher does. Each chunk is shipped what its comparisons can ask for: the
posting lists of its items' keys (and of the keys of any candidate that has
word-for-word copies, which a copy's own pass looks up), and, for every item
those lists name, its article, speaker, key counts, text and its keys among
the chunk's. An executor builds an ``ArrayPostings`` from that and runs
``QuoteIndex.relate`` / ``relate_copies`` or ``ClaimIndex.relate`` on it,
as the local matcher's workers do (``stage``), so that every answer is the
one the local matcher computes from the whole index. The driver merges the chunks' results
in chunk order with ``QuoteIndex.merge`` and returns them; the caller writes
them (matching never writes).

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
from typing import Any, Iterable, Optional, Sequence

from ..model import Relation
from .candidates import MAX_DF, ArrayPostings, QuoteIndex, short_quote, split_keys
from .claim_candidates import ClaimIndex, claim_keys, short_claim
from .stage import CHUNK, CLAIM_COLUMNS, CLAIMS, QUOTES, claim_from_tuple

# Rows per Parquet batch written by the driver (bounds its memory).
BATCH_ROWS = 500_000


# -- the driver: SQLite -> Parquet -----------------------------------------------------


@dataclass(frozen=True)
class Exported:
    """Where the Parquet files are, and the id ranges the executors size
    their arrays by."""

    folder: str
    max_quote_id: int
    max_claim_id: int
    # the quotes matched (see QuoteIndex.merge)
    matched: frozenset[int]
    # the most chunks of one job (quotes and their copies, or claims)
    chunks: int


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
    # the quote it copies when it is a live copy.
    speaker = f"coalesce({QUOTES.speaker_col}, 0)"
    _write(
        out / "quotes.parquet",
        conn.execute(
            f"select id, case when {QUOTES.live} then article_id else 0 end, case when {QUOTES.live} then {speaker} else 0 end, "
            f"text, continues, case when {QUOTES.live} then version_of end from quotes"
        ),
        pa.schema([("id", i64), ("article", i64), ("speaker", i64), ("text", text), ("continues", i64), ("version_of", i64)]),
    )
    _write(
        out / "claims.parquet",
        conn.execute(f"select {CLAIM_COLUMNS}, case when {CLAIMS.live} then article_id else 0 end from claims"),
        pa.schema([("id", i64), ("text", text), ("kind", text), ("start", i64), ("end", i64), ("paragraph", i64), ("article", i64)]),
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
    chunks = max(first_copy_chunk + (len(copies) + CHUNK - 1) // CHUNK, (len(claims) + CHUNK - 1) // CHUNK)
    return Exported(str(out), max_quote, max_claim, frozenset(quotes) | {c for c, _ in copies}, chunks)


# -- the executors: one chunk ---------------------------------------------------------------


def _arrays(size: int, meta: Iterable[Any]) -> tuple[array, array, array, array]:
    group, strong, weak, speaker = (array("i", bytes(4 * (size + 1))) for _ in range(4))
    for m in meta:
        group[m.item], speaker[m.item] = m.article, m.speaker or 0
        strong[m.item], weak[m.item] = m.strong, m.weak
    return group, strong, weak, speaker


def _lists(rows: Iterable[Any]) -> list[tuple[int, int, Optional[list[int]]]]:
    return sorted(((r.key, r.df, None if r.df > MAX_DF else sorted(r.members)) for r in rows), key=lambda e: e[0])


def quote_chunk(row: Any, max_id: int, anchors: Sequence[int], copy_pairs: Sequence[tuple[int, int]]) -> tuple:
    """The puts of one chunk (see ``QuoteIndex.relate``): of its quotes, or
    of its (copy, quote copied) pairs. Runs on an executor."""
    group, strong, weak, speaker = _arrays(max_id, row.meta)
    copies: dict[int, list[int]] = {}
    for m in sorted(row.meta, key=lambda m: m.item):
        if m.version_of is not None:
            copies.setdefault(m.version_of, []).append(m.item)
    postings = ArrayPostings(_lists(row.lists), group, strong, weak, short_quote, speaker=speaker, copies=copies)
    texts = {m.item: m.text for m in row.meta}
    continues = {m.item: m.continues for m in row.meta}
    held = {k.item: split_keys(sorted(k.keys)) for k in (row.held or ())}
    empty: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())
    index = QuoteIndex(postings, text_of=texts.get, keys_of=lambda i: held.get(i, empty), continues_of=continues.get)
    if copy_pairs:
        return index.relate_copies(copy_pairs)
    # Every stored quote is matched in a full run, so a candidate is new
    # (its own pass covers it) unless it is a copy: relate's second pass
    # looks at those, as the local run does.
    return index.relate(anchors, lambda item: postings.original(item) is None)


def claim_chunk(row: Any, max_id: int, anchors: Sequence[int]) -> dict[tuple[int, int], tuple[str, str]]:
    """The claim relations of one chunk (see ``ClaimIndex.relate``)."""
    group, strong, weak, _ = _arrays(max_id, row.meta)
    postings = ArrayPostings(_lists(row.lists), group, strong, weak, short_claim)
    claims = {m.item: claim_from_tuple((m.item, m.text, m.kind, m.start, m.end, m.paragraph)) for m in row.meta}
    return ClaimIndex(postings, claim_of=claims.get).relate(anchors)


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
    local = re.fullmatch(r"local(?:\[(\d+|\*)(?:,\d+)?\])?", spark.sparkContext.master)
    if local:
        # Chunks, not rows, are the unit of work: a couple of shuffle
        # partitions per core, not Spark's 200 (a cluster keeps its own).
        cores = 1 if not local.group(1) else (os.cpu_count() or 1) if local.group(1) == "*" else int(local.group(1))
        spark.conf.set("spark.sql.shuffle.partitions", str(2 * cores))
    return spark


def _posting_stats(keys: Any) -> Any:
    """(key, df, members): every key's posting list, by key; the members of a
    common key (more than MAX_DF items) are never read, so not kept."""
    from pyspark.sql import functions as F

    return keys.groupBy("key").agg(F.count("*").alias("df"), F.collect_list("item").alias("members")).withColumn(
        "members", F.when(F.col("df") <= MAX_DF, F.col("members"))
    )


def _listed(lists: Any) -> Any:
    """(chunk, item) of every member of a chunk's posting lists."""
    from pyspark.sql import functions as F

    return lists.where(F.col("members").isNotNull()).select("chunk", F.explode("members").alias("item"))


def _key_counts(keys: Any) -> Any:
    from pyspark.sql import functions as F

    return keys.groupBy("item").agg(
        (F.count("*") - F.sum(F.col("key").bitwiseAND(1))).alias("strong"), F.sum(F.col("key").bitwiseAND(1)).alias("weak")
    )


def _chunk_rows(described: Any, lists: Any, meta: Any, held: Optional[Any] = None) -> Any:
    """One row per chunk: what it matches (``described``), its posting lists,
    its items' rows and (quotes) their keys among the chunk's."""
    from pyspark.sql import functions as F

    rows = described.join(
        lists.groupBy("chunk").agg(F.collect_list(F.struct("key", "df", "members")).alias("lists")), "chunk", "left"
    ).join(meta.groupBy("chunk").agg(F.collect_list(F.struct(*[c for c in meta.columns if c != "chunk"])).alias("meta")), "chunk", "left")
    if held is not None:
        rows = rows.join(held.groupBy("chunk").agg(F.collect_list(F.struct("item", "keys")).alias("held")), "chunk", "left")
    return rows


def quote_relations(spark: Any, exported: Exported) -> list[tuple[int, int, Relation]]:
    """(quote_id, other_quote_id, relation), both ways, of every related pair
    of stored quotes: what ``stage.match_quotes`` returns when every quote is
    pending."""
    from pyspark.sql import functions as F

    folder, max_id = exported.folder, exported.max_quote_id
    keys = spark.read.parquet(f"{folder}/quote_keys.parquet")
    items = spark.read.parquet(f"{folder}/quotes.parquet")
    live = items.where("article > 0")
    chunks = spark.read.parquet(f"{folder}/quote_chunks.parquet")
    anchored = chunks.select("chunk", "item").distinct()
    copies = chunks.where("copy is not null")
    stats = _posting_stats(keys).cache()
    own_keys = anchored.join(keys, "item").select("chunk", "key")
    # A candidate with copies is looked up again for them (relate's second
    # pass): its keys' lists are the chunk's too.
    reps = live.where("version_of is not null").select(F.col("version_of").alias("item")).distinct()
    seen = _listed(own_keys.distinct().join(stats, "key")).unionByName(anchored).distinct()
    chunk_keys = own_keys.unionByName(seen.join(reps, "item").join(keys, "item").select("chunk", "key")).distinct().cache()
    lists = chunk_keys.join(stats, "key").cache()
    named = _listed(lists).unionByName(anchored).unionByName(copies.select("chunk", F.col("copy").alias("item"))).distinct()
    copy_of = live.where("version_of is not null").select(F.col("id").alias("copy"), F.col("version_of").alias("item"))
    named = named.unionByName(named.join(copy_of, "item").select("chunk", F.col("copy").alias("item"))).distinct().cache()
    meta = named.join(items.withColumnRenamed("id", "item"), "item").join(_key_counts(keys), "item", "left").select(
        "chunk", "item", "article", "speaker", F.coalesce("strong", F.lit(0)).alias("strong"),
        F.coalesce("weak", F.lit(0)).alias("weak"), "text", "continues", "version_of",
    )
    # An item's keys among the chunk's: the lists it is a member of, and the
    # common keys it holds (their lists are not kept).
    common = lists.where(F.col("members").isNull()).select("chunk", "key")
    held = lists.where(F.col("members").isNotNull()).select("chunk", "key", F.explode("members").alias("item")).unionByName(
        common.join(keys, "key").join(named, ["chunk", "item"]).select("chunk", "key", "item")
    ).groupBy("chunk", "item").agg(F.collect_list("key").alias("keys"))
    described = chunks.groupBy("chunk").agg(
        F.collect_list(F.when(F.col("copy").isNull(), F.col("item"))).alias("anchors"),
        F.collect_list(F.when(F.col("copy").isNotNull(), F.struct("copy", "item"))).alias("pairs"),
    )
    rows = _chunk_rows(described, lists, meta, held)

    def run(row: Any) -> tuple[int, tuple]:
        pairs = sorted((p.copy, p.item) for p in row.pairs or ())
        return row.chunk, quote_chunk(row, max_id, sorted(row.anchors or ()), pairs)

    parts = [part for _, part in sorted(rows.rdd.map(run).collect(), key=lambda e: e[0])]
    for frame in (stats, chunk_keys, lists, named):
        frame.unpersist()
    return QuoteIndex.merge(parts, exported.matched.__contains__)


def claim_relations(spark: Any, exported: Exported) -> list[tuple[int, int, str, str]]:
    """(claim_id, other_claim_id, relation, differences), both ways, of every
    stored claim: what ``stage.claim_relations`` returns when all are pending."""
    from pyspark.sql import functions as F

    folder, max_id = exported.folder, exported.max_claim_id
    keys = spark.read.parquet(f"{folder}/claim_keys.parquet")
    items = spark.read.parquet(f"{folder}/claims.parquet")
    anchors = spark.read.parquet(f"{folder}/claim_chunks.parquet").select("chunk", "item")
    columns = ["item", "text", "kind", "start", "end", "paragraph"]

    def looked_up(row: Any) -> list[tuple[int, int]]:
        # the keys ClaimIndex looks up for a claim: computed from the claim,
        # as the local matcher does
        claim = claim_from_tuple(tuple(row[c] for c in columns))
        return [(row.chunk, k) for k in claim_keys(claim)]

    described = anchors.join(items.withColumnRenamed("id", "item"), "item")
    chunk_keys = spark.createDataFrame(described.rdd.flatMap(looked_up), "chunk long, key long").distinct()
    lists = chunk_keys.join(_posting_stats(keys), "key").cache()
    named = _listed(lists).unionByName(anchors.select("chunk", "item")).distinct()
    meta = named.join(items.withColumnRenamed("id", "item"), "item").join(_key_counts(keys), "item", "left").select(
        "chunk", "item", "article", F.lit(0).alias("speaker"), F.coalesce("strong", F.lit(0)).alias("strong"),
        F.coalesce("weak", F.lit(0)).alias("weak"), "text", "kind", "start", "end", "paragraph",
    )
    rows = _chunk_rows(anchors.groupBy("chunk").agg(F.collect_list("item").alias("anchors")), lists, meta)

    def run(row: Any) -> tuple[int, dict]:
        return row.chunk, claim_chunk(row, max_id, sorted(row.anchors))

    found: dict[tuple[int, int], tuple[str, str]] = {}
    for _, part in sorted(rows.rdd.map(run).collect(), key=lambda e: e[0]):
        found.update(part)
    lists.unpersist()
    return [(x, y, r, d) for (x, y), (r, d) in sorted(found.items())]


def all_relations(conn: sqlite3.Connection, work: str, master: Optional[str] = None) -> tuple[list, list]:
    """(quote relations, claim relations) of every stored item, computed on
    Spark (``master``) from Parquet files written to ``work``."""
    exported = export(conn, work)
    spark = session(master)
    # One shuffle partition per chunk at least: a task then holds the
    # aggregated rows of one chunk, not of many, in its heap.
    partitions = int(spark.conf.get("spark.sql.shuffle.partitions"))
    spark.conf.set("spark.sql.shuffle.partitions", str(max(partitions, exported.chunks)))
    return quote_relations(spark, exported), claim_relations(spark, exported)

