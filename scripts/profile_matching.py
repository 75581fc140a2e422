#!/usr/bin/env python
"""Time the matching stage on a database, in one process, and keep what it found.

    scripts/profile_matching.py DB [--last N] [--profile] [--save FILE] [--compare FILE]

Relates every live quote and claim of DB again (read-only: nothing is
written) with one process, as ``ingest`` does with ``--jobs 1``, and prints
the CPU seconds of the quotes' and the claims' relations. CPU time moves
less than wall time with the load of a shared machine; compare runs of two
versions alternately. ``--last N`` relates only the items of the last N
articles (an incremental ingest). ``--profile`` prints cProfile's top
functions. ``--save FILE`` writes the relations found (with similarity and
differences); ``--compare FILE`` says whether they are exactly those of a
saved run, so a change meant only to be faster can be checked.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from datasette_factcheck.matching import stage  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("db")
    p.add_argument("--last", type=int, default=0, help="only the items of the last N articles")
    p.add_argument("--profile", action="store_true", help="print cProfile's top functions")
    p.add_argument("--save", metavar="FILE", help="write the relations found")
    p.add_argument("--compare", metavar="FILE", help="compare the relations found with a saved run")
    args = p.parse_args(argv)
    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    where = f" and article_id > (select max(id) - {int(args.last)} from articles)" if args.last else ""
    quotes = [r[0] for r in conn.execute(f"select id from quotes where {stage.QUOTES.live}{where} order by id")]
    claims = [r[0] for r in conn.execute(f"select id from claims where {stage.CLAIMS.live}{where} order by id")]
    profile = cProfile.Profile() if args.profile else None
    if profile:
        profile.enable()
    started = time.process_time()
    _, quote_relations = stage.match_quotes(conn, quotes, 1)
    between = time.process_time()
    claim_relations = stage.claim_relations(conn, claims, 1)
    ended = time.process_time()
    if profile:
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(40)
    print(
        f"quotes: {len(quotes)}, {len(quote_relations)} relations, {between - started:.2f} s CPU; "
        f"claims: {len(claims)}, {len(claim_relations)} relations, {ended - between:.2f} s CPU"
    )
    found = json.loads(json.dumps(
        {"quotes": [(a, b, r.relation, r.similarity, r.differences) for a, b, r in quote_relations], "claims": claim_relations}
    ))
    if args.save:
        Path(args.save).write_text(json.dumps(found), encoding="utf-8")
    if args.compare:
        saved = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        same = saved == found
        print("relations: the same as the saved run" if same else "relations: DIFFERENT from the saved run")
        return 0 if same else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
