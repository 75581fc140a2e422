#!/usr/bin/env python
"""Say whether two databases built from the same files hold the same items and relations.

    scripts/compare_relations.py A.db B.db [--show N]

Items are named by their place (article file, paragraph, offset), not by
id, so two ingests of the same folder compare whatever order they stored
it in. Compared: the quotes and claims found (text, kind, speaker, figures),
every quote and claim relation with its similarity and differences, the
remarks and stories they are grouped into, and the speaker conflicts. Prints
each table's rows and, when they differ, the first rows only one side has;
exits 1 when anything differs. Meant to check that a change made only to
be faster changed nothing.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys

# An item's place; the aliases are the subquery's own, so that ``{col}``
# names a column of the outer query.
QUOTE = "(select ia.file || '#' || iq.paragraph || ':' || iq.start from quotes iq join articles ia on ia.id = iq.article_id where iq.id = {col})"
CLAIM = "(select ia.file || '#' || ic.paragraph || ':' || ic.start from claims ic join articles ia on ia.id = ic.article_id where ic.id = {col})"

TABLES = {
    "quotes": "select {q}, q.text, q.kind, q.location, q.speaker_as_printed, s.name, {cont}, {ver} "
    "from quotes q left join speakers s on s.id = q.speaker_id".format(
        q=QUOTE.format(col="q.id"), cont=QUOTE.format(col="q.continues"), ver=QUOTE.format(col="q.version_of")
    ),
    "claims": "select {c}, c.text, c.kind, c.numbers, {q} from claims c".format(
        c=CLAIM.format(col="c.id"), q=QUOTE.format(col="c.quote_id")
    ),
    "quote_matches": "select {a}, {b}, relation, round(similarity, 9), differences from quote_matches".format(
        a=QUOTE.format(col="quote_id"), b=QUOTE.format(col="other_quote_id")
    ),
    "claim_matches": "select {a}, {b}, relation, differences from claim_matches".format(
        a=CLAIM.format(col="claim_id"), b=CLAIM.format(col="other_claim_id")
    ),
    "speaker_conflict_pairs": "select {a}, {b} from speaker_conflict_pairs".format(
        a=QUOTE.format(col="quote_id"), b=QUOTE.format(col="other_quote_id")
    ),
}
# Groups (remarks, stories) are compared as sets of their members: their
# ids are numbers given in order of work.
GROUPS = {
    "remarks": "select remark_id, {q} from remarks".format(q=QUOTE.format(col="quote_id")),
    "article_stories": "select story_id, (select ia.file from articles ia where ia.id = s.article_id) from article_stories s",
}


def _rows(conn: sqlite3.Connection, sql: str) -> list[tuple]:
    try:
        return sorted(conn.execute(sql), key=repr)
    except sqlite3.OperationalError as e:  # a table this database does not have
        return [("missing", str(e))]


def _groups(conn: sqlite3.Connection, sql: str) -> list[tuple]:
    try:
        members: dict[object, list] = {}
        for group, member in conn.execute(sql):
            members.setdefault(group, []).append(member)
    except sqlite3.OperationalError as e:
        return [("missing", str(e))]
    return sorted((tuple(sorted(m, key=repr)) for m in members.values()), key=repr)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("--show", type=int, default=5, help="rows to show of each difference")
    args = p.parse_args(argv)
    a = sqlite3.connect(f"file:{args.a}?mode=ro", uri=True)
    b = sqlite3.connect(f"file:{args.b}?mode=ro", uri=True)
    same = True
    for name, sql in [*TABLES.items(), *GROUPS.items()]:
        read = _groups if name in GROUPS else _rows
        ra, rb = read(a, sql), read(b, sql)
        if ra == rb:
            print(f"{name}: {len(ra)} rows, the same")
            continue
        same = False
        sa, sb = set(ra), set(rb)
        print(f"{name}: DIFFERENT ({len(ra)} and {len(rb)} rows; {len(sa - sb)} only in A, {len(sb - sa)} only in B)")
        for side, rows in (("A", sorted(sa - sb, key=repr)), ("B", sorted(sb - sa, key=repr))):
            for row in rows[: args.show]:
                print(f"  only in {side}: {row!r}"[:300])
    print("the same" if same else "DIFFERENT")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
