#!/usr/bin/env python
"""Print random rows of the cross-source queries so that a person can judge them.

    scripts/judge.py DB [--query NAME ...] [--sample N] [--seed S]
                        [--context CHARS] [--width COLS] [--stacked]
    scripts/judge.py DB --score VERDICTS

For each sampled row it prints the two texts side by side (the quote and
its other version, or two claims), with who says it, the article, the
relation and the differences the matcher wrote, and under each text the
passage of its article that holds it (the quote marked ``[[...]]``), so
the reader can tell whether the two really are the same remark.

Every row starts with a key (``altered_quotes 812-97``). To measure a
query's precision, write one line per judged row into a verdicts file,
the key followed by ``y`` (right) or ``n`` (wrong) and, optionally, a
short class for the error::

    altered_quotes 812-97 n different remark, shared phrase
    altered_quotes 40-1337 y

``--score VERDICTS`` then prints, per query, how many rows were judged and
the share right, and the error classes by count. The same seed draws the
same rows from the same database.

Queries (``--query``, repeatable; default: all of them):

altered_quotes        the canned query (altered and spliced rows)
spliced               its spliced rows, with every part of the splice
same_words            verbatim and excerpt pairs of quote_matches, each pair once
speaker_conflicts     the canned query
single_source_quotes  the canned query, with the other articles' closest quotes
numeric_conflicts     the canned query (the two claims)
claim_corroborations  claim_matches marked corroborates, each pair once
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import sys
import textwrap
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from datasette_factcheck.matching import words  # noqa: E402
from datasette_factcheck.db.queries import sql_for  # noqa: E402


@dataclass
class Side:
    """One text of a row: a quote or a claim, with where it stands."""

    label: str  # "quote 12" / "claim 7"
    text: str
    who: str
    article: str
    context: str


@dataclass
class Row:
    key: str
    header: list[str]
    left: Side
    right: Optional[Side] = None
    extra: list[Side] = field(default_factory=list)  # more versions (splice parts, near quotes)
    notes: list[str] = field(default_factory=list)


# -- reading the database --------------------------------------------------------------


def _ids(cell: Optional[str]) -> list[int]:
    """Row ids named by a link cell (a JSON object or list of them)."""
    if not cell:
        return []
    try:
        value = json.loads(cell)
    except (TypeError, ValueError):
        return []
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        m = re.search(r"/(\d+)$", str(item.get("href", ""))) if isinstance(item, dict) else None
        if m:
            out.append(int(m.group(1)))
    return out


def _canned(conn: sqlite3.Connection, name: str) -> list[sqlite3.Row]:
    return conn.execute(sql_for(name, "/db")).fetchall()


def _context(conn: sqlite3.Connection, table: str, item: int, chars: int) -> str:
    """The paragraph of the article that holds the item, the item marked,
    cut to ``chars`` characters either side of it."""
    row = conn.execute(
        f'select x.start, x."end", x.paragraph, a.body, a.title from {table} x '
        "join articles a on a.id = x.article_id where x.id = ?",
        [item],
    ).fetchone()
    if row is None:
        return ""
    start, end, paragraph, body, title = row
    text = (title if paragraph == 0 and table == "quotes" else body) or ""
    if start is None or end is None or not (0 <= start <= end <= len(text)):
        return "(no position)"
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    lo, hi = max(lo, start - chars), min(hi, end + chars)
    before = ("…" if lo > 0 and text[lo - 1] != "\n" else "") + text[lo:start]
    after = text[end:hi] + ("…" if hi < len(text) and text[hi] != "\n" else "")
    return f"{before}[[{text[start:end]}]]{after}".replace("\n", " ")


def _quote_side(conn: sqlite3.Connection, qid: int, chars: int) -> Side:
    row = conn.execute(
        "select q.text, coalesce(s.name, q.speaker_as_printed || ' (not resolved)', '—'), "
        "coalesce(a.outlet, a.file), a.published, q.kind from quotes q join articles a on a.id = q.article_id "
        "left join speakers s on s.id = q.speaker_id where q.id = ?",
        [qid],
    ).fetchone()
    if row is None:
        return Side(f"quote {qid}", "(missing)", "", "", "")
    text, who, article, published, kind = row
    where = article + (f" ({published})" if published else "")
    label = f"quote {qid}" + ("" if kind == "quote" else f" [{kind}]")
    return Side(label, text, who, where, _context(conn, "quotes", qid, chars))


def _claim_side(conn: sqlite3.Connection, cid: int, chars: int) -> Side:
    row = conn.execute(
        "select c.text, c.numbers, coalesce(a.outlet, a.file), a.published from claims c "
        "join articles a on a.id = c.article_id where c.id = ?",
        [cid],
    ).fetchone()
    if row is None:
        return Side(f"claim {cid}", "(missing)", "", "", "")
    text, numbers, article, published = row
    where = article + (f" ({published})" if published else "")
    return Side(f"claim {cid}", text, f"numbers: {numbers}", where, _context(conn, "claims", cid, chars))


# -- the queries -------------------------------------------------------------------------------


def _altered(conn: sqlite3.Connection, chars: int, spliced_only: bool = False) -> list[Row]:
    rows = []
    for r in _canned(conn, "altered_quotes"):
        if spliced_only and r["relation"] != "spliced":
            continue
        (q,), (o,) = _ids(r["quote"]), _ids(r["closest_version"])
        rows.append((q, o, r))
    out = []
    for q, o, r in rows:
        row = Row(
            key=f"{q}-{o}",
            header=[f"{r['relation']}  similarity {r['similarity']}", f"differences: {r['differences']}"],
            left=_quote_side(conn, q, chars),
            right=_quote_side(conn, o, chars),
        )
        if r["more_differences"]:
            row.header.append(f"more differences: {r['more_differences']}")
        if spliced_only:
            # every other part of the splice, so the reader sees what was joined
            for (other,) in conn.execute(
                "select other_quote_id from quote_matches where quote_id = ? and relation = 'spliced' "
                "and other_quote_id != ? order by other_quote_id",
                [q, o],
            ):
                row.extra.append(_quote_side(conn, other, chars))
        out.append(row)
    return out


def _same_words(conn: sqlite3.Connection, chars: int) -> list[Row]:
    pairs = conn.execute(
        "select quote_id, other_quote_id, relation, similarity, differences from quote_matches "
        "where relation = 'excerpt' or (relation = 'verbatim' and quote_id < other_quote_id) "
        "order by quote_id, other_quote_id"
    ).fetchall()
    return [
        Row(
            key=f"{q}-{o}",
            header=[f"{rel}  similarity {sim}", f"differences: {diff}"],
            left=_quote_side(conn, q, chars),
            right=_quote_side(conn, o, chars),
        )
        for q, o, rel, sim, diff in pairs
    ]


def _speaker_conflicts(conn: sqlite3.Connection, chars: int) -> list[Row]:
    out = []
    for r in _canned(conn, "speaker_conflicts"):
        (q,), (o,) = _ids(r["quote"]), _ids(r["other_quote"])
        out.append(
            Row(key=f"{q}-{o}", header=[r["relation"]], left=_quote_side(conn, q, chars), right=_quote_side(conn, o, chars))
        )
    return out


def _near_quotes(conn: sqlite3.Connection, qid: int, text: str, limit: int = 3) -> list[tuple[float, int]]:
    """Quotes of other articles that share a 2-word shingle with this one,
    most similar first: where a missed version would be."""
    found = conn.execute(
        "select distinct o.other from (select k2.quote_id as other from quote_shingles k1 "
        "join quote_shingles k2 on k2.shingle = k1.shingle and k2.quote_id != k1.quote_id "
        "where k1.quote_id = ? limit 5000) o join quotes q2 on q2.id = o.other "
        "where q2.article_id != (select article_id from quotes where id = ?)",
        [qid, qid],
    ).fetchall()
    scored = []
    for (other,) in found:
        (other_text,) = conn.execute("select text from quotes where id = ?", [other]).fetchone()
        scored.append((words.similarity(text, other_text), other))
    scored.sort(reverse=True)
    return scored[:limit]


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _body_hits(conn: sqlite3.Connection, qid: int, text: str, limit: int = 3) -> list[str]:
    """Other articles whose text holds a 5-word run of the quote (full-text
    search), whether or not they print it as a quotation."""
    words = _WORD.findall(text)
    if len(words) < 5:
        return []
    article = conn.execute("select article_id from quotes where id = ?", [qid]).fetchone()[0]
    hits: dict[int, str] = {}
    for i in range(0, len(words) - 4, 3):
        phrase = '"' + " ".join(w.replace('"', "") for w in words[i : i + 5]) + '"'
        try:
            rows = conn.execute(
                "select rowid, coalesce(outlet, file) from articles where rowid in "
                "(select rowid from articles_fts where articles_fts match ?) and id != ? limit 5",
                [phrase, article],
            ).fetchall()
        except sqlite3.OperationalError:
            continue
        for aid, name in rows:
            hits.setdefault(aid, f"{name} (article {aid}) has '{' '.join(words[i:i + 5])}'")
        if len(hits) >= limit:
            break
    return list(hits.values())[:limit]


def _single_source(conn: sqlite3.Connection, chars: int) -> list[Row]:
    out = []
    for r in _canned(conn, "single_source_quotes"):
        (q,) = _ids(r["quote"])
        out.append(Row(key=f"{q}", header=[f"location {r['location']}, paragraph {r['paragraph']}"], left=_quote_side(conn, q, chars)))
    return out


def _single_source_detail(conn: sqlite3.Connection, row: Row, chars: int) -> None:
    qid = int(row.key)
    for sim, other in _near_quotes(conn, qid, row.left.text):
        side = _quote_side(conn, other, chars)
        side.label += f" (similarity {sim:.2f}, not related)"
        row.extra.append(side)
    row.notes.extend(f"text match: {h}" for h in _body_hits(conn, qid, row.left.text))


def _numeric_conflicts(conn: sqlite3.Connection, chars: int) -> list[Row]:
    out = []
    for r in _canned(conn, "numeric_conflicts"):
        (a,), (b,) = _ids(r["claim"]), _ids(r["other_claim"])
        out.append(
            Row(key=f"{a}-{b}", header=[f"differences: {r['differences']}"], left=_claim_side(conn, a, chars), right=_claim_side(conn, b, chars))
        )
    return out


def _claim_corroborations(conn: sqlite3.Connection, chars: int) -> list[Row]:
    pairs = conn.execute(
        "select claim_id, other_claim_id, differences from claim_matches "
        "where relation = 'corroborates' and claim_id < other_claim_id order by 1, 2"
    ).fetchall()
    return [
        Row(key=f"{a}-{b}", header=[f"differences: {d}"], left=_claim_side(conn, a, chars), right=_claim_side(conn, b, chars))
        for a, b, d in pairs
    ]


@dataclass
class Query:
    rows: Callable[[sqlite3.Connection, int], list[Row]]
    # more detail for a sampled row only (costly lookups)
    detail: Optional[Callable[[sqlite3.Connection, Row, int], None]] = None


QUERIES: dict[str, Query] = {
    "altered_quotes": Query(_altered),
    "spliced": Query(lambda conn, chars: _altered(conn, chars, spliced_only=True)),
    "same_words": Query(_same_words),
    "speaker_conflicts": Query(_speaker_conflicts),
    "single_source_quotes": Query(_single_source, _single_source_detail),
    "numeric_conflicts": Query(_numeric_conflicts),
    "claim_corroborations": Query(_claim_corroborations),
}


# -- printing ---------------------------------------------------------------------------------


def _block(side: Side, width: int) -> list[str]:
    lines = [f"{side.label}  by {side.who}", f"in {side.article}", ""]
    lines += textwrap.wrap(f"“{side.text}”", width) or [""]
    lines.append("")
    lines += textwrap.wrap(f"context: {side.context}", width)
    return lines


def _side_by_side(left: Side, right: Side, width: int) -> list[str]:
    col = (width - 3) // 2
    a, b = _block(left, col), _block(right, col)
    n = max(len(a), len(b))
    a += [""] * (n - len(a))
    b += [""] * (n - len(b))
    return [f"{x:<{col}} | {y}" for x, y in zip(a, b)]


def render(query: str, row: Row, width: int, stacked: bool) -> str:
    lines = ["=" * width, f"{query} {row.key}"]
    lines += [textwrap.shorten(h, 4 * width) for h in row.header]
    lines.append("-" * width)
    if row.right is None or stacked:
        for side in [row.left] + ([row.right] if row.right else []):
            lines += _block(side, width)
            lines.append("-" * width)
    else:
        lines += _side_by_side(row.left, row.right, width)
    for side in row.extra:
        lines.append("- " * (width // 2))
        lines += _block(side, width)
    lines += row.notes
    return "\n".join(lines)


def sample(rows: list[Row], n: int, seed: int) -> list[Row]:
    """``n`` rows drawn at random (all of them when there are fewer),
    in a stable order for one seed."""
    rows = sorted(rows, key=lambda r: r.key)
    if len(rows) <= n:
        return rows
    return random.Random(seed).sample(rows, n)


# -- scoring ---------------------------------------------------------------------------------


def parse_verdicts(lines: Iterable[str]) -> dict[tuple[str, str], tuple[bool, str]]:
    """``{(query, key): (right, error class)}`` from a verdicts file; the
    last verdict of a row wins. Blank lines and ``#`` comments are skipped."""
    out: dict[tuple[str, str], tuple[bool, str]] = {}
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(None, 3)
        if len(parts) < 3 or parts[2].lower() not in ("y", "n"):
            raise SystemExit(f"verdicts line {n}: expected 'QUERY KEY y|n [class]', got {line!r}")
        out[(parts[0], parts[1])] = (parts[2].lower() == "y", parts[3] if len(parts) > 3 else "")
    return out


def score(verdicts: dict[tuple[str, str], tuple[bool, str]]) -> str:
    by_query: dict[str, list[tuple[bool, str]]] = defaultdict(list)
    for (query, _), v in verdicts.items():
        by_query[query].append(v)
    lines = []
    for query in sorted(by_query):
        got = by_query[query]
        right = sum(1 for ok, _ in got if ok)
        lines.append(f"{query}: {right}/{len(got)} right ({100 * right / len(got):.0f} %)")
        for cls, n in Counter(c or "(no class)" for ok, c in got if not ok).most_common():
            lines.append(f"    {n:3d}  {cls}")
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("db")
    p.add_argument("--query", action="append", choices=sorted(QUERIES), help="a query to sample (repeatable; default all)")
    p.add_argument("--sample", type=int, default=30, help="rows per query (default 30)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--context", type=int, default=300, help="characters of the article either side of each text (default 300)")
    p.add_argument("--width", type=int, default=160, help="line width (default 160)")
    p.add_argument("--stacked", action="store_true", help="print the two texts one under the other")
    p.add_argument("--score", metavar="VERDICTS", help="print precision per query from a verdicts file and stop")
    args = p.parse_args(argv)
    if args.score:
        print(score(parse_verdicts(Path(args.score).read_text(encoding="utf-8").splitlines())))
        return 0
    if not Path(args.db).is_file():
        p.error(f"{args.db}: no such database file")
    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    for name in args.query or list(QUERIES):
        spec = QUERIES[name]
        rows = spec.rows(conn, args.context)
        picked = sample(rows, args.sample, args.seed)
        print(f"\n#### {name}: {len(rows)} rows, {len(picked)} sampled (seed {args.seed})")
        for row in picked:
            if spec.detail:
                spec.detail(conn, row, args.context)
            print(render(name, row, args.width, args.stacked))
    return 0


if __name__ == "__main__":
    sys.exit(main())
