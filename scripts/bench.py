#!/usr/bin/env python
"""Benchmark the ingest on a synthetic corpus with planted relations.

    scripts/bench.py --articles N [--seed S] [--db PATH] [--keep]
    scripts/bench.py --syndication N [N ...] [--stories K]
    scripts/bench.py --articles N --spark [MASTER]

Writes N article files (bench_corpus) plus 100 more
that quote them, runs the real ingest (datasette_factcheck.ingest.run) on
the N in a child process (so its peak memory is measured alone), adds the
100 to the built database, checks the relations found against the planted
ones, times a naive all-pairs matcher on a sample, and times every canned
query and a quote row page through Datasette's test client. Prints a table
and, as its last line, one JSON object with every figure.

With ``--spark`` (needs the ``spark`` extra and Java), the built database is
also matched again in full by ``datasette factcheck match``, once on this
machine and once on Spark (``local[2]`` unless a master is given), each on
a copy, timed, and the two copies' relations compared row by row.

With ``--syndication``, it measures instead how the ingest grows when K wire
stories are reprinted by N outlets (bench_syndication): rows stored, time and
peak memory for each N, and the rows per copy, which stay flat when relations
grow with the copies rather than with their square.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bench_corpus  # noqa: E402
import bench_primary  # noqa: E402
import bench_syndication  # noqa: E402

from datasette_factcheck.matching.words import normalize  # noqa: E402

INCREMENT = 100

# Runs in a child process: the ingest alone, with its own clock and memory.
_INGEST = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from datasette_factcheck import ingest
t = time.perf_counter()
s = ingest.run({db!r}, [{folder!r}], jobs={jobs})
total = time.perf_counter() - t
rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps(dict(seconds=total, match_seconds=s.match_seconds, new=s.new, quotes=s.quotes, claims=s.claims,
                      rejected=len(s.rejected), quote_matches=s.quote_matches, claim_matches=s.claim_matches,
                      peak_rss_mb=rss / 1024)))
"""


# Runs in a child process: one full match (datasette factcheck match) of a
# copy of the database; on Spark, the session is started (and timed) first.
_MATCH = """
import json, sys, time
sys.path.insert(0, {root!r})
from datasette_factcheck import rematch
started = 0.0
if {spark!r}:
    from datasette_factcheck.matching import spark as spark_job
    t = time.perf_counter()
    spark_job.session({master!r})
    started = time.perf_counter() - t
s = rematch.run({db!r}, spark={spark!r}, master={master!r}, jobs={jobs})
print(json.dumps(dict(seconds=s.seconds, start_seconds=started, quote_matches=s.quote_matches, claim_matches=s.claim_matches)))
"""


def spark_match(db: Path, master: str, jobs: int) -> dict:
    """The full match of the built database on this machine and on Spark,
    each on a copy, and whether they store the same relations."""
    rows = []
    figures: dict = {"spark_master": master}
    for name, spark in (("local", False), ("spark", True)):
        copy = db.with_name(f"{db.stem}-{name}-match.db")
        copy.unlink(missing_ok=True)
        with sqlite3.connect(db) as conn:
            conn.execute("VACUUM INTO ?", [str(copy)])
        code = _MATCH.format(root=str(ROOT), db=str(copy), spark=spark, master=master, jobs=jobs)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        if out.returncode != 0:
            sys.stderr.write(out.stderr)
            raise SystemExit(f"{name} match failed ({out.returncode})")
        done = json.loads(out.stdout.strip().splitlines()[-1])
        figures[f"match_{name}_seconds"] = round(done["seconds"], 2)
        if spark:
            figures["spark_start_seconds"] = round(done["start_seconds"], 2)
        with sqlite3.connect(copy) as conn:
            rows.append((
                conn.execute("select quote_id, other_quote_id, relation, similarity, differences from quote_matches order by 1, 2").fetchall(),
                conn.execute("select claim_id, other_claim_id, relation, differences from claim_matches order by 1, 2").fetchall(),
            ))
        for suffix in ("", "-wal", "-shm"):
            Path(str(copy) + suffix).unlink(missing_ok=True)
    figures["spark_same_relations"] = rows[0] == rows[1]
    figures["spark_relations"] = len(rows[1][0]) + len(rows[1][1])
    return figures


def run_ingest(db: Path, folder: Path, jobs: int) -> dict:
    code = _INGEST.format(root=str(ROOT), db=str(db), folder=str(folder), jobs=jobs)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        raise SystemExit(f"ingest failed ({out.returncode})")
    return json.loads(out.stdout.strip().splitlines()[-1])


# -- ground truth against the database -----------------------------------------


def evaluate(db_path: Path, truth: bench_corpus.Truth) -> dict:
    """Recall and precision of the stored relations against the planted ones.

    A planted relation is found when both directions are stored with the
    planted label (and its reverse). Precision counts every stored relation
    between two planted items: it is right only when planted with that label.
    """
    import sqlite3

    from datasette_factcheck.matching.words import normalize

    conn = sqlite3.connect(str(db_path))
    ids: dict[tuple[str, str], list[int]] = defaultdict(list)
    for qid, file, text in conn.execute(
        "select q.id, a.file, q.text from quotes q join articles a on a.id = q.article_id where q.kind = 'quote'"
    ):
        ids[(file, normalize(text))].append(qid)
    cids: dict[tuple[str, str], list[int]] = defaultdict(list)
    for cid, file, text in conn.execute("select c.id, a.file, c.text from claims c join articles a on a.id = c.article_id"):
        cids[(file, normalize(text))].append(cid)

    def side(kind_ids, relations, table, left, right):
        expected: dict[tuple[int, int], str] = {}
        missing_items = 0
        for fa, ta, fb, tb, label in relations:
            a_ids, b_ids = kind_ids.get((fa, normalize(ta)), []), kind_ids.get((fb, normalize(tb)), [])
            if not a_ids or not b_ids:
                missing_items += 1
                continue
            for a in a_ids:
                for b in b_ids:
                    expected[(a, b)] = label
                    expected[(b, a)] = bench_corpus.REVERSE[label]
        stored = {(a, b): rel for a, b, rel in conn.execute(f"select {left}, {right}, relation from {table}")}
        if table == "quote_matches":
            stored = with_copies(stored)
        found = 0
        for fa, ta, fb, tb, label in relations:
            a_ids, b_ids = kind_ids.get((fa, normalize(ta)), []), kind_ids.get((fb, normalize(tb)), [])
            if any(
                stored.get((a, b)) == label and stored.get((b, a)) == bench_corpus.REVERSE[label]
                for a in a_ids
                for b in b_ids
            ):
                found += 1
        return found, stored, expected, missing_items

    def with_copies(stored: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
        """The stored relations as they stand for copies (quotes.version_of):
        a copy relates as the quote it copies does, to every quote of
        another article (see db/versions.py)."""
        article = dict(conn.execute("select id, article_id from quotes"))
        copies: dict[int, list[int]] = defaultdict(list)
        for c, rep in conn.execute("select id, version_of from quotes where version_of is not null"):
            copies[rep].append(c)
        out = dict(stored)
        for (a, b), rel in stored.items():
            for c in copies.get(b, ()):
                if c != a and article[c] != article[a]:
                    out.setdefault((a, c), rel)
            for c in copies.get(a, ()):
                if c != b and article[c] != article[b]:
                    out.setdefault((c, b), rel)
        return out

    planted_quotes = {i for key in ids for i in ids[key]}
    q_found, q_stored, q_expected, q_missing = side(ids, truth.relations, "quote_matches", "quote_id", "other_quote_id")
    planted_claims = {i for (f, t) in truth.claims for i in cids.get((f, normalize(t)), [])}
    c_found, c_stored, c_expected, c_missing = side(cids, truth.claim_relations, "claim_matches", "claim_id", "other_claim_id")
    q_rows = [(k, v) for k, v in q_stored.items() if k[0] in planted_quotes and k[1] in planted_quotes]
    c_rows = [(k, v) for k, v in c_stored.items() if k[0] in planted_claims and k[1] in planted_claims]
    q_right = sum(1 for k, v in q_rows if q_expected.get(k) == v)
    c_right = sum(1 for k, v in c_rows if c_expected.get(k) == v)
    planted_q, planted_c = len(truth.relations), len(truth.claim_relations)
    wrong = [(k, v, q_expected.get(k)) for k, v in q_rows if q_expected.get(k) != v][:5]
    conn.close()
    return {
        "planted_relations": planted_q + planted_c,
        "planted_quote_relations": planted_q,
        "planted_claim_relations": planted_c,
        "relation_recall": round((q_found + c_found) / max(1, planted_q + planted_c), 4),
        "relation_precision": round((q_right + c_right) / max(1, len(q_rows) + len(c_rows)), 4),
        "quote_relation_recall": round(q_found / max(1, planted_q), 4),
        "quote_relation_precision": round(q_right / max(1, len(q_rows)), 4),
        "claim_relation_recall": round(c_found / max(1, planted_c), 4),
        "claim_relation_precision": round(c_right / max(1, len(c_rows)), 4),
        "planted_quotes_not_extracted": q_missing,
        "_wrong_examples": wrong,
    }


# -- the naive baseline -----------------------------------------------------------


def baseline(db_path: Path, sample: int, seed: int) -> dict:
    """All pairs of a sample of quotes through rapidfuzz's partial_ratio, the
    matcher one would write first; extrapolated to all pairs of the corpus."""
    import sqlite3

    from rapidfuzz import fuzz

    conn = sqlite3.connect(str(db_path))
    texts = [r[0] for r in conn.execute("select text from quotes where kind = 'quote'")]
    conn.close()
    total = len(texts)
    rng = random.Random(seed)
    chosen = rng.sample(texts, min(sample, total))
    t = time.perf_counter()
    pairs = 0
    for i, a in enumerate(chosen):
        for b in chosen[i + 1 :]:
            fuzz.partial_ratio(a, b, score_cutoff=90)
            pairs += 1
    seconds = time.perf_counter() - t
    rate = pairs / seconds if seconds else float("inf")
    all_pairs = total * (total - 1) / 2
    return {"baseline_sample": len(chosen), "baseline_pairs_per_second": round(rate), "baseline_full_seconds": round(all_pairs / rate, 1)}


# -- queries ------------------------------------------------------------------------


def time_queries(db_path: Path, runs: int) -> dict:
    from datasette.app import Datasette

    from datasette_factcheck.db import queries

    async def go() -> dict:
        ds = Datasette([str(db_path)])
        await ds.invoke_startup()
        name = db_path.stem
        import sqlite3

        conn = sqlite3.connect(str(db_path))
        ids = [r[0] for r in conn.execute("select id from quotes where kind = 'quote' order by random() limit ?", [runs])]
        conn.close()
        paths = {q: f"/{name}/{q}.json?_shape=array" for q in queries.QUERIES}
        timings: dict[str, list[float]] = defaultdict(list)
        errors: dict[str, int] = {}
        for path_name, path in paths.items():
            for _ in range(runs):
                t = time.perf_counter()
                r = await ds.client.get(path)
                timings[path_name].append((time.perf_counter() - t) * 1000)
                if r.status_code != 200:
                    # e.g. over Datasette's time limit: report it, keep going
                    errors[path_name] = r.status_code
        for qid in ids:
            t = time.perf_counter()
            r = await ds.client.get(f"/{name}/quotes/{qid}")
            timings["quote_row_page"].append((time.perf_counter() - t) * 1000)
            if r.status_code != 200:
                errors["quote_row_page"] = r.status_code
        return {k: round(statistics.median(v), 1) for k, v in timings.items()}, errors

    per, errors = asyncio.run(go())
    return {"query_median_ms": max(per.values()), "query_median_ms_each": per, "query_errors": errors}


# -- the primary-source check -------------------------------------------------------------


DISTRACTORS = 200


def primary_check(work: Path, corpus: Path, args) -> dict:
    """Stories with transcripts and planted edits (bench_primary) ingested
    with some of the corpus's unrelated articles into a database of their
    own: precision and recall of the check and of the "meaning" class, and
    how many unrelated quotes were given a check (should be none)."""
    folder = work / "primary"
    truth = bench_primary.generate(folder, args.primary_stories, seed=args.seed)
    unrelated = sorted(corpus.glob("*.txt"))[:DISTRACTORS]
    for f in unrelated:
        shutil.copy(f, folder / f.name)
    pdb = work / "primary.db"
    built = run_ingest(pdb, folder, args.jobs)
    out = {"primary_ingest_seconds": round(built["seconds"], 2)}
    out.update(bench_primary.evaluate(pdb, truth, normalize))
    conn = sqlite3.connect(str(pdb))
    names = [f.name for f in unrelated]
    out["primary_checks_on_unrelated_quotes"] = conn.execute(
        f"select count(*) from primary_checks c join quotes q on q.id = c.quote_id join articles a on a.id = q.article_id "
        f"where a.file in ({','.join('?' * len(names))})",
        names,
    ).fetchone()[0] if names else 0
    conn.close()
    return out


# -- syndication --------------------------------------------------------------------------


def syndication(outlets: list[int], stories: int, seed: int, jobs: int) -> dict:
    """Ingest K stories reprinted by each N of ``outlets``, one fresh
    database each, and count what was stored."""
    runs = []
    for n in outlets:
        work = Path(tempfile.mkdtemp(prefix="factcheck-syndication-"))
        try:
            made = bench_syndication.generate(work / "corpus", stories, n, seed=seed)
            db = work / "syndication.db"
            built = run_ingest(db, work / "corpus", jobs)
            with sqlite3.connect(db) as conn:
                quotes = conn.execute("select count(*) from quotes where kind = 'quote'").fetchone()[0]
                texts = [t for (t,) in conn.execute("select text from quotes where kind = 'quote'")]
                versions = len({normalize(t) for t in texts})
                rows = conn.execute("select count(*) from quote_matches").fetchone()[0]
            runs.append({
                "outlets": n, "files": made.files, "copies": made.copies, "quotes": quotes, "versions": versions,
                "quote_match_rows": rows, "rows_per_copy": round(rows / max(made.files, 1), 1),
                "ingest_seconds": round(built["seconds"], 2), "peak_rss_mb": round(built["peak_rss_mb"]),
                "db_mb": round(os.path.getsize(db) / 2**20, 1),
            })
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return {"syndication": runs, "stories": stories, "seed": seed}


def print_syndication(figures: dict) -> None:
    columns = ["outlets", "files", "quotes", "versions", "quote_match_rows", "rows_per_copy", "ingest_seconds", "peak_rss_mb", "db_mb"]
    print("  ".join(f"{c:>16}" for c in columns))
    for run in figures["syndication"]:
        print("  ".join(f"{run[c]!s:>16}" for c in columns))
    print(json.dumps(figures))


# -- main -------------------------------------------------------------------------------


def main(argv=None) -> dict:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--articles", type=int)
    mode.add_argument("--syndication", type=int, nargs="+", metavar="N", help="outlets reprinting the same stories, one run each")
    p.add_argument("--stories", type=int, default=5, help="with --syndication: wire stories each outlet reprints")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--db", type=Path, default=None, help="database to build (default: a temporary file)")
    p.add_argument("--keep", action="store_true", help="keep the corpus folder and the database")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--baseline-sample", type=int, default=2000)
    p.add_argument("--query-runs", type=int, default=5)
    p.add_argument("--primary-stories", type=int, default=40,
                   help="stories with a transcript and planted edits for the primary-source check (0: none)")
    p.add_argument("--spark", nargs="?", const="local[2]", default=None, metavar="MASTER",
                   help="also time a full match on this machine and on Spark (default master local[2]) and compare them")
    args = p.parse_args(argv)
    if args.syndication:
        figures = syndication(args.syndication, args.stories, args.seed, args.jobs)
        print_syndication(figures)
        return figures

    work = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    corpus, more = work / "corpus", work / "more"
    db = args.db or (work / "bench.db")
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    figures: dict = {"articles": args.articles, "seed": args.seed}
    try:
        t = time.perf_counter()
        truth = bench_corpus.generate(corpus, args.articles, seed=args.seed, extra=INCREMENT, extra_folder=more)
        figures["generate_seconds"] = round(time.perf_counter() - t, 1)

        built = run_ingest(db, corpus, args.jobs)
        figures.update(
            quotes=built["quotes"],
            claims=built["claims"],
            rejected=built["rejected"],
            ingest_seconds=round(built["seconds"], 2),
            articles_per_second=round(args.articles / built["seconds"], 1),
            match_seconds=round(built["match_seconds"], 2),
            peak_rss_mb=round(built["peak_rss_mb"]),
        )
        figures.update({k: v for k, v in evaluate(db, bench_corpus.first_articles(truth, args.articles)).items()})
        if args.spark:
            figures.update(spark_match(db, args.spark, args.jobs))
        figures["db_mb"] = round(sum(os.path.getsize(str(db) + s) for s in ("", "-wal") if os.path.exists(str(db) + s)) / 2**20, 1)

        base = baseline(db, args.baseline_sample, args.seed)
        figures.update(base)
        figures["speedup_vs_baseline"] = round(base["baseline_full_seconds"] / max(figures["match_seconds"], 1e-3), 1)

        figures.update(time_queries(db, args.query_runs))

        if args.primary_stories:
            figures.update(primary_check(work, corpus, args))

        added = run_ingest(db, more, args.jobs)
        figures["incremental_seconds"] = round(added["seconds"], 2)
        figures["incremental_match_seconds"] = round(added["match_seconds"], 2)
        after = evaluate(db, truth)
        figures["incremental_relation_recall"] = after["relation_recall"]
        figures["incremental_relation_precision"] = after["relation_precision"]
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
            if args.db is None:
                pass  # inside work, already gone
        else:
            figures["corpus"] = str(corpus)
    figures["db"] = str(db)
    figures["bench_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)

    width = max(len(k) for k in figures)
    for k, v in figures.items():
        if not k.startswith("_") and not isinstance(v, dict):
            print(f"{k:<{width}}  {v}")
    for k, v in figures.get("query_median_ms_each", {}).items():
        print(f"  {k:<{width - 2}}  {v} ms")
    for k, v in figures.get("primary_by_class", {}).items():
        print(f"  class {k:<{width - 8}}  {v['planted']} planted, precision {v['precision']}, recall {v['recall']}")
    for k, v in figures.get("primary_by_result", {}).items():
        print(f"  primary {k:<{width - 10}}  {v['planted']} planted, precision {v['precision']}, recall {v['recall']}")
    if figures.get("_primary_wrong"):
        print("primary check wrong (first):", figures["_primary_wrong"])
    if figures.get("_wrong_examples"):
        print("wrong (first):", figures["_wrong_examples"])
    print(json.dumps({k: v for k, v in figures.items() if not k.startswith("_")}))
    return figures


if __name__ == "__main__":
    main()
