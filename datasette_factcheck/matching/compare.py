"""Cross-source matching of quotes and claims.

Quote relations (``Relation.relation``), always read as "quote a ... quote b"
where b is a quote of another article:

``verbatim``
    the same words (case, punctuation, typographic quotes and ellipses aside).
``excerpt``
    a is one contiguous run of b's words (at least 4), cut where b has a
    clause or sentence boundary or where a is a fragment: a faithful partial
    quote.  A quote that ends with a full stop where b's sentence goes on
    ("... a NATO member." / "... a NATO member straightaway.") is NOT an
    excerpt: the cut is silent, so it is ``altered`` ("dropped 'straightaway'
    at the end").  The same holds at the start when a capitalises a word that
    b prints mid-sentence.
``contains``
    the reverse of ``excerpt``: b is a faithful excerpt of a (a quotes a
    longer version).
``spliced``
    a is built from several separate passages of b -- or of several quotes of
    b's article (see ``relate_to_article``) -- with or without ellipses
    between them.
``part_of_splice``
    the reverse of ``spliced``: b joins a passage of a with other passages
    (of a, or of other quotes of a's article).
``altered``
    the same remark with words changed, added or dropped (symmetric).
``overlaps``
    a and b share a passage; a has words before it that b lacks and b words
    after it that a lacks (or the other way round): two cuts of one remark.

``Relation.differences`` is written from a's side: "dropped 'x'" = b has
words a lacks, "added 'x'" = a has words b lacks, "'x' → 'y'" = b's words x
printed as y in a.  ``Relation.similarity`` (0..1) describes the whole of
both quotes: twice the words they share over all the words of both (a short
excerpt of a long quote is faithful but not similar).

Quotes that only share common words get no relation: a relation needs a
shared run of at least three words of which at least two are content words;
a changed version (``altered``) must share three quarters of the shorter
quote's words, and at least five words of which three content words.
Passages of one sentence with words left out between them are ``altered``
(or, each cut marked with an ellipsis and nothing else changed, an
``excerpt``); passages of different sentences joined are a splice. Quotes
that the other article prints one after the other, interrupted only by an
attribution ('...," she said. "...'), are one remark: joining them is not a
splice (``relate_to_article``'s ``joined``).
"""

from __future__ import annotations

import difflib
import heapq
import re
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Optional, Sequence

from ..model import Relation
from .words import ELIDED, NO_BREAK, SENTENCE, Tokens, is_content, tokenize


# -- tiling ------------------------------------------------------------------

_MIN_RUN = 3
_JOIN_GAP = 4  # words skipped between two runs that make them separate passages


def _valid_run(words: Sequence[str], i: int, k: int) -> bool:
    if k < _MIN_RUN:
        return False
    content = sum(1 for w in words[i : i + k] if is_content(w))
    return content >= 2


def _tiles(a: Sequence[str], b: Sequence[object]) -> list[tuple[int, int, int]]:
    """Greedy string tiling: non-overlapping shared runs (ia, ib, length),
    longest first, in any order (so reordered passages are found too)."""
    if not a or not b:
        return []
    pos: dict[object, list[int]] = {}
    for j, w in enumerate(b):
        pos.setdefault(w, []).append(j)
    heap: list[tuple[int, int, int]] = []
    la, lb = len(a), len(b)
    for i, w in enumerate(a):
        for j in pos.get(w, ()):
            if i and j and a[i - 1] == b[j - 1]:
                continue  # not the start of a maximal run
            k = 1
            while i + k < la and j + k < lb and a[i + k] == b[j + k]:
                k += 1
            if k >= _MIN_RUN:
                heap.append((-k, i, j))
    heapq.heapify(heap)
    mark_a = bytearray(la)
    mark_b = bytearray(lb)
    tiles = []
    while heap:
        nk, i, j = heapq.heappop(heap)
        k = -nk
        # the unmarked sub-runs that are left of this run
        runs = []
        s = None
        for o in range(k + 1):
            free = o < k and not mark_a[i + o] and not mark_b[j + o]
            if free and s is None:
                s = o
            elif not free and s is not None:
                runs.append((s, o - s))
                s = None
        if len(runs) == 1 and runs[0] == (0, k):
            if _valid_run(a, i, k):
                tiles.append((i, j, k))
                for o in range(k):
                    mark_a[i + o] = 1
                    mark_b[j + o] = 1
            continue
        for s, n in runs:
            if n >= _MIN_RUN:
                heapq.heappush(heap, (-n, i + s, j + s))
    tiles.sort()
    return tiles


# -- analysis ----------------------------------------------------------------

# Difference items, stored neutrally so they can be rendered from either side:
#   ("edit", a_words, b_words, where)   where in "", "at the start", "at the end",
#                                       "between passages"
#   ("join", n_passages, n_remarks, labels, unmarked, splicer)  splicer "a"|"b"
#   ("order", splicer)
#   ("omit", before, after, side)       side quotes only part of the other
#   ("shared", n_words, first_words)


def _quote_words(words: Sequence[str], limit: int = 8) -> str:
    words = [w for w in words if w]
    if len(words) <= limit:
        return " ".join(words)
    return " ".join(words[:limit]) + " …"


def _edits(ta: Tokens, a0: int, a1: int, tb: Tokens, b0: int, b1: int, keep_ends: bool) -> list[tuple]:
    """Word edits between a[a0:a1] and b[b0:b1]. Unless keep_ends, words only
    one side has at the very start/end are left to the caller."""
    a, b = ta.norm[a0:a1], tb.norm[b0:b1]
    if a == b:
        return []  # what the alignment would say, without aligning
    return _edits_of(difflib.SequenceMatcher(None, a, b, autojunk=False), ta, a0, tb, b0, keep_ends)


def _edits_of(sm: difflib.SequenceMatcher, ta: Tokens, a0: int, tb: Tokens, b0: int, keep_ends: bool) -> list[tuple]:
    items: list[tuple] = []
    ops = sm.get_opcodes()
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            continue
        first, last = n == 0, n == len(ops) - 1
        if not keep_ends and (first or last) and tag != "replace":
            continue
        aw = ta.bare[a0 + i1 : a0 + i2]
        bw = tb.bare[b0 + j1 : b0 + j2]
        where = "at the start" if first else "at the end" if last else ""
        if tag == "replace" and not last and len(aw) <= 3 and len(bw) <= 3:
            # one word of context makes "'comes from' → 'is coming from'" readable
            nxt = ops[n + 1]
            if nxt[0] == "equal":
                aw = aw + [ta.bare[a0 + nxt[1]]]
                bw = bw + [tb.bare[b0 + nxt[3]]]
        items.append(("edit", aw, bw, where))
    return items


def _passage_edits(ta: Tokens, tb: Tokens, parts: Sequence["_Part"]) -> tuple[list[tuple], int]:
    """The word edits inside each shared passage, and how many words the
    passages share (one alignment per passage serves both)."""
    items: list[tuple] = []
    matched = 0
    for p in parts:
        a, b = ta.norm[p.a0 : p.a1], tb.norm[p.b0 : p.b1]
        if a == b:
            matched += len(a)  # the same words: no edits, all shared
            continue
        sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
        items.extend(_edits_of(sm, ta, p.a0, tb, p.b0, keep_ends=True))
        matched += sum(m.size for m in sm.get_matching_blocks())
    return items, matched


def _between(ta: Tokens, parts: Sequence["_Part"]) -> list[tuple]:
    """Words of a between its passages (in a's order) that b does not have."""
    return [("edit", ta.bare[p.a1 : q.a0], [], "between passages") for p, q in zip(parts, parts[1:]) if q.a0 > p.a1]


def _splice_head(splicer: str, n_parts: int, n_remarks: int, labels: list[str], marked: list[bool], reordered: bool) -> list[tuple]:
    """The items that open a splice's differences: which passages it joins
    (``splicer`` is the side that joins them) and whether their order differs."""
    unmarked = not all(marked) if marked else False
    head: list[tuple] = [("join", n_parts, n_remarks, labels, unmarked, splicer)]
    if reordered:
        head.append(("order", splicer))
    return head


def _sentence_rest(t: Tokens, start: int, stop: int) -> list[str]:
    """Words from start up to the end of their sentence (not past stop)."""
    out = []
    for i in range(start, stop):
        out.append(t.bare[i])
        if t.brk[i] >= SENTENCE:
            break
    return out


def _sentence_head(t: Tokens, start: int, end: int) -> list[str]:
    """Words of the sentence that ends just before ``end`` (not before start)."""
    i = end
    while i > start and t.brk[i - 1] < SENTENCE:
        i -= 1
    return t.bare[i:end]


@dataclass
class _Part:
    a0: int
    a1: int
    b0: int
    b1: int
    seg: int


@dataclass
class Analysis:
    label: str  # from a's side
    similarity: float
    items: list[tuple]
    # words the two share: how much evidence the relation rests on
    matched: int = 0

    def forward(self) -> Relation:
        return Relation(self.label, round(self.similarity, 4), _render(self.items, forward=True))

    def backward(self) -> Relation:
        return Relation(REVERSE[self.label], round(self.similarity, 4), _render(self.items, forward=False))


# Each relation read from the other quote's side.
REVERSE = {
    "verbatim": "verbatim",
    "excerpt": "contains",
    "contains": "excerpt",
    "spliced": "part_of_splice",
    "part_of_splice": "spliced",
    "altered": "altered",
    "overlaps": "overlaps",
}


def _render(items: list[tuple], forward: bool) -> str:
    out = []
    for item in items:
        kind = item[0]
        if kind == "edit":
            _, aw, bw, where = item
            mine, other = (aw, bw) if forward else (bw, aw)
            suffix = f" {where}" if where else ""
            if mine and other:
                out.append(f"'{_quote_words(other)}' → '{_quote_words(mine)}'{suffix}")
            elif other:
                out.append(f"dropped '{_quote_words(other)}'{suffix}")
            elif mine:
                out.append(f"added '{_quote_words(mine)}'{suffix}")
        elif kind == "join":
            _, n_parts, n_remarks, labels, unmarked, splicer = item
            listed = ", ".join(f"'{lab}'" for lab in labels)
            unmarked_note = " without marking the cuts" if unmarked else ""
            mine = (splicer == "a") == forward
            if n_remarks > 1:
                what = f"{n_remarks} remarks that the other article prints separately"
                if n_parts > n_remarks:
                    what = f"{n_parts} passages from {what}"
                if mine:
                    out.append(f"joins {what}{unmarked_note} ({listed})")
                else:
                    out.append(f"the other article joins this with {n_remarks - 1} more of this article's remarks into one quote{unmarked_note}")
            else:
                if mine:
                    out.append(f"joins {n_parts} separate passages of the other quote{unmarked_note} ({listed})")
                else:
                    out.append(f"the other quote joins {n_parts} separate passages of this one{unmarked_note}")
        elif kind == "order":
            out.append("puts the passages in a different order")
        elif kind == "omit":
            _, before, after, side = item
            mine = (side == "a") == forward
            gaps = []
            if before:
                gaps.append(f"{before} word{'s' if before != 1 else ''} before")
            if after:
                gaps.append(f"{after} word{'s' if after != 1 else ''} after")
            gap = " and ".join(gaps)
            if mine:
                out.append(f"quotes only part of the other (leaves out {gap})")
            else:
                out.append(f"the other quotes only part of this (leaves out {gap})")
        elif kind == "elide":
            _, dropped, side = item
            mine = (side == "a") == forward
            words = "; ".join(f"'{_quote_words(w)}'" for w in dropped)
            if mine:
                out.append(f"leaves out {words}, marked with an ellipsis")
            else:
                out.append(f"the other leaves out {words}, marked with an ellipsis")
        elif kind == "shared":
            _, n, first = item
            out.append(f"shares a passage of {n} words ('{first}'); each has words the other lacks")
    return "; ".join(out)


class _Concat:
    """Several quotes as one word sequence, with separators that never match."""

    def __init__(self, texts: Sequence[Optional[str]]):
        self.toks = Tokens()
        self.seg_of: list[int] = []
        self.bounds: list[tuple[int, int]] = []
        for n, text in enumerate(texts):
            t = tokenize(text)
            start = len(self.toks.norm)
            for name in ("norm", "printed", "bare", "brk", "cap"):
                getattr(self.toks, name).extend(getattr(t, name))
            self.seg_of.extend([n] * len(t))
            self.bounds.append((start, start + len(t)))
        # separators are unique so no shared run crosses two quotes
        self.sep_ids = self._with_separators()

    def _with_separators(self) -> list[object]:
        out: list[object] = []
        self.pos_of: list[int] = []  # index in out -> token index
        for n, (s, e) in enumerate(self.bounds):
            for i in range(s, e):
                out.append(self.toks.norm[i])
                self.pos_of.append(i)
            out.append(("sep", n))
            self.pos_of.append(-1)
        return out


def _parts(ta: Tokens, tb: Tokens, seg_of: Sequence[int], tiles: list[tuple[int, int, int]]) -> tuple[list[_Part], list[bool], bool]:
    """Group tiles (in a's order) into passages; returns the passages, for each
    junction whether a marks it with an ellipsis, and whether b's order differs."""
    parts: list[_Part] = []
    marked: list[bool] = []
    reordered = False
    for ia, ib, k in tiles:
        seg = seg_of[ib]
        if parts:
            p = parts[-1]
            a_gap = ia - p.a1
            b_gap = ib - p.b1 if seg == p.seg else None
            a_elided = any(ta.brk[x] == ELIDED for x in range(p.a1 - 1, ia))
            b_elided = b_gap is not None and b_gap >= 0 and any(tb.brk[x] == ELIDED for x in range(p.b1 - 1, ib))
            continuous = (
                b_gap is not None
                and 0 <= b_gap < _JOIN_GAP
                and a_gap < _JOIN_GAP
                and not (a_elided and b_gap > 0)
                and not (b_elided and a_gap > 0)
            )
            if continuous:
                p.a1, p.b1 = ia + k, ib + k
                continue
            marked.append(a_elided or b_elided)
            if b_gap is not None and b_gap < 0:
                reordered = True
        parts.append(_Part(ia, ia + k, ib, ib + k, seg))
    return parts, marked, reordered


def _cut_items(ta: Tokens, tb: Tokens, parts: list[_Part], bounds: Sequence[tuple[int, int]]) -> list[tuple]:
    """Silent cuts: a passage that ends with a full stop where the other
    side's sentence goes on, or starts with a capital where the other side
    prints the word mid-sentence (either side)."""
    items: list[tuple] = []
    starts_b = {p.b0 for p in parts}
    starts_a = {p.a0 for p in parts}
    ends_b = {p.b1 for p in parts}
    ends_a = {p.a1 for p in parts}
    for p in parts:
        s, e = bounds[p.seg]
        # end of the passage
        if ta.brk[p.a1 - 1] == SENTENCE and tb.brk[p.b1 - 1] == NO_BREAK and p.b1 < e and p.b1 not in starts_b:
            items.append(("edit", [], _sentence_rest(tb, p.b1, e), "at the end"))
        elif tb.brk[p.b1 - 1] == SENTENCE and ta.brk[p.a1 - 1] == NO_BREAK and p.a1 < len(ta) and p.a1 not in starts_a:
            items.append(("edit", _sentence_rest(ta, p.a1, len(ta)), [], "at the end"))
        # start of the passage
        if p.b0 > s and p.b0 not in ends_b and tb.brk[p.b0 - 1] == NO_BREAK and ta.cap[p.a0] and not tb.cap[p.b0]:
            head = _sentence_head(tb, s, p.b0)
            if head:
                items.append(("edit", [], head, "at the start"))
        elif p.a0 > 0 and p.a0 not in ends_a and ta.brk[p.a0 - 1] == NO_BREAK and tb.cap[p.b0] and not ta.cap[p.a0]:
            head = _sentence_head(ta, 0, p.a0)
            if head:
                items.append(("edit", head, [], "at the start"))
    return items


def _label(tb: Tokens, p: _Part) -> str:
    words = tb.bare[p.b0 : p.b1]
    return " ".join(words[:4]) + (" …" if len(words) > 4 else "")


def _content_count(words: Iterable[str]) -> int:
    return sum(1 for w in words if is_content(w))


def _single_part(ta: Tokens, tb: Tokens, p: _Part, seg_bounds: tuple[int, int]) -> Optional[Analysis]:
    """Relation when a and b share one passage."""
    s, e = seg_bounds
    la, lb = len(ta), e - s
    # widen the passage over short differing ends so that difflib can align
    # changed words at the edges ("the threat comes" / "the threat is coming")
    a0, a1, b0, b1 = p.a0, p.a1, p.b0, p.b1
    if 0 < a0 <= 6 and b0 > s:
        b0 = max(s, b0 - (a0 + 2))
        a0 = 0
    if 0 < la - a1 <= 6 and b1 < e:
        b1 = min(e, b1 + (la - a1) + 2)
        a1 = la
    sm = difflib.SequenceMatcher(None, ta.norm[a0:a1], tb.norm[b0:b1], autojunk=False)
    blocks = [m for m in sm.get_matching_blocks() if m.size]
    if not blocks:
        return None
    first, last = blocks[0], blocks[-1]
    pa0, pb0 = a0 + first.a, b0 + first.b
    pa1, pb1 = a0 + last.a + last.size, b0 + last.b + last.size
    matched = sum(m.size for m in blocks)
    matched_content = sum(_content_count(ta.norm[a0 + m.a : a0 + m.a + m.size]) for m in blocks)
    mids = _edits(ta, pa0, pa1, tb, pb0, pb1, keep_ends=True)
    a_lead, a_trail = ta.bare[:pa0], ta.bare[pa1:]
    b_lead, b_trail = tb.bare[s:pb0], tb.bare[pb1:e]
    cuts = _cut_items(ta, tb, [_Part(pa0, pa1, pb0, pb1, 0)], [(s, e)])
    # similarity describes the whole of both quotes, not only what they share
    sim = min(1.0, 2 * matched / max(1, la + lb))
    if not (a_lead or a_trail or b_lead or b_trail):
        if not (mids or cuts):
            return Analysis("verbatim", 1.0, [], matched)
        return _altered(ta, tb, s, e, matched, matched_content, sim, mids + cuts)
    a_cut = any(c[2] for c in cuts)  # a lacks words of b's sentence
    b_cut = any(c[1] for c in cuts)
    if not a_lead and not a_trail and not mids and not a_cut and la >= 4:
        return Analysis("excerpt", sim, [("omit", len(b_lead), len(b_trail), "a")] + cuts, matched)
    if not b_lead and not b_trail and not mids and not b_cut and lb >= 4:
        return Analysis("contains", sim, [("omit", len(a_lead), len(a_trail), "b")] + cuts, matched)
    shared = pa1 - pa0
    one_way = (a_lead and b_trail and not a_trail and not b_lead) or (a_trail and b_lead and not a_lead and not b_trail)
    if one_way and not mids and not cuts and shared >= _OVERLAP_MIN and _content_count(ta.norm[pa0:pa1]) >= 4:
        return Analysis("overlaps", sim, [("shared", shared, _quote_words(ta.bare[pa0:pa1], 6))], matched)
    items = list(mids)
    cut_at = {c[3] for c in cuts}
    for where, aw, bw in (("at the start", a_lead, b_lead), ("at the end", a_trail, b_trail)):
        if where in cut_at:
            continue
        if aw and bw and len(aw) <= 6 and len(bw) <= 6:
            items.append(("edit", aw, bw, where))
        elif aw:
            items.append(("edit", aw, [], where))
        elif bw and len(bw) <= 3:
            # a short trim of the same remark; longer ones are the natural
            # extent of a partial quote
            items.append(("edit", [], bw, where))
    return _altered(ta, tb, s, e, matched, matched_content, sim, items + cuts)


# Two cuts of one remark must share this many words: shorter shared
# passages are mostly common phrases.
_OVERLAP_MIN = 6
# A changed version must share this share of the shorter quote's words and
# content words, and at least this many words, of which this many content
# words: a short quote that only shares a phrase with a longer one ("the
# right thing") is another remark.
_ALTERED_COVER = 0.75
_ALTERED_MIN = 5
_ALTERED_MIN_CONTENT = 3


def _altered(ta: Tokens, tb: Tokens, s: int, e: int, matched: int, matched_content: int, sim: float, items: list) -> Optional[Analysis]:
    la, lb = len(ta), e - s
    content_a, content_b = _content_count(ta.norm), _content_count(tb.norm[s:e])
    if (
        matched < _ALTERED_COVER * min(la, lb)
        or matched_content < _ALTERED_COVER * min(content_a, content_b)
        or matched < _ALTERED_MIN
        or matched_content < _ALTERED_MIN_CONTENT
    ):
        return None
    return Analysis("altered", sim, items, matched)


def _multi_part(
    ta: Tokens, tb: Tokens, parts: list[_Part], marked: list[bool], reordered: bool,
    bounds: Sequence[tuple[int, int]], segs: Sequence[int],
) -> Optional[Analysis]:
    """Relation when a and b share several separate passages of one quote:
    a splice when the passages come from different sentences or in another
    order; words left out inside one sentence are an alteration (or, marked
    with an ellipsis and nothing else changed, a faithful excerpt)."""
    la = len(ta)
    lb = sum(bounds[s][1] - bounds[s][0] for s in segs)
    part_edits, matched = _passage_edits(ta, tb, parts)
    items = part_edits + _between(ta, parts)
    cuts = _cut_items(ta, tb, parts, bounds)
    cov_a = matched / max(1, la)
    cov_b = matched / max(1, lb)
    n_remarks = len({p.seg for p in parts})
    sim = min(1.0, 2 * matched / max(1, la + lb))
    content = _content_count(w for p in parts for w in ta.norm[p.a0 : p.a1])
    if cov_a >= 0.75 or (cov_a >= 0.5 and cov_a >= cov_b):
        if n_remarks == 1 and not reordered and not _gaps_cross_sentences(tb, [(p.b0, p.b1) for p in parts]):
            return _omission(ta, tb, parts, marked, part_edits, cuts, sim, matched, content)
        labels = [_label(tb, p) for p in parts]
        head = _splice_head("a", len(parts), n_remarks, labels, marked, reordered)
        return Analysis("spliced", sim, head + items + cuts, matched)
    if n_remarks == 1 and (cov_b >= 0.75 or cov_b >= 0.5):
        order = sorted(parts, key=lambda p: p.b0)
        if not reordered and not _gaps_cross_sentences(ta, [(p.a0, p.a1) for p in parts]):
            return _omission(ta, tb, parts, marked, part_edits, cuts, sim, matched, content)
        # b splices passages of a: describe the junctions on b's side
        labels = [" ".join(w for w in ta.bare[p.a0 : p.a1][:4] if w) + (" …" if p.a1 - p.a0 > 4 else "") for p in order]
        head = _splice_head("b", len(parts), 1, labels, marked, reordered)
        return Analysis("part_of_splice", sim, head + items + cuts, matched)
    return None


def _gaps_cross_sentences(t: Tokens, spans: list[tuple[int, int]]) -> bool:
    """Whether what lies between these passages of t (in t's order) holds
    the end of a sentence: the passages are then separate sentences."""
    spans = sorted(spans)
    return any(t.brk[x] >= SENTENCE and t.brk[x] != ELIDED for (_, e1), (s2, _) in zip(spans, spans[1:]) for x in range(e1 - 1, s2))


def _omission(
    ta: Tokens, tb: Tokens, parts: list[_Part], marked: list[bool], part_edits: list, cuts: list,
    sim: float, matched: int, content: int,
) -> Optional[Analysis]:
    """Passages of one sentence with words left out between them (by a,
    by b, or words changed there): a faithful excerpt (or its reverse) when
    one side only leaves words out and marks every cut with an ellipsis,
    else an alteration naming the words."""
    gaps = [(ta.bare[p.a1 : q.a0], tb.bare[p.b1 : q.b0]) for p, q in zip(parts, parts[1:])]
    a_adds = any(ga for ga, _ in gaps)
    b_adds = any(gb for _, gb in gaps)
    if all(marked) and not part_edits and not cuts and a_adds != b_adds:
        if b_adds:
            return Analysis("excerpt", sim, [("elide", [gb for _, gb in gaps if gb], "a")], matched)
        return Analysis("contains", sim, [("elide", [ga for ga, _ in gaps if ga], "b")], matched)
    if matched < _ALTERED_MIN or content < _ALTERED_MIN_CONTENT:
        return None
    between = [("edit", ga, gb, "") for ga, gb in gaps if ga or gb]
    return Analysis("altered", sim, part_edits + between + cuts, matched)


def _analyse_pair(ta: Tokens, tb: Tokens) -> Optional[Analysis]:
    if not ta.norm or not tb.norm:
        return None
    if ta.norm == tb.norm:
        return Analysis("verbatim", 1.0, [], len(ta))
    tiles = _tiles(ta.norm, tb.norm)
    if not tiles:
        return None
    seg_of = [0] * len(tb)
    parts, marked, reordered = _parts(ta, tb, seg_of, tiles)
    if len(parts) == 1:
        return _single_part(ta, tb, parts[0], (0, len(tb)))
    return _multi_part(ta, tb, parts, marked, reordered, [(0, len(tb))], [0])


def _analyse(a: Optional[str], b: Optional[str]) -> Optional[Analysis]:
    try:
        return _analyse_pair(tokenize(a), tokenize(b))
    except Exception:  # a malformed text must never stop an ingest
        return None


def relate(a: Optional[str], b: Optional[str]) -> Optional[Relation]:
    """How quote a relates to quote b of another article, or None."""
    found = _analyse(a, b)
    return found.forward() if found else None


def article_analyses(
    a: Optional[str], others: Sequence[Optional[str]], joined: Optional[Sequence[bool]] = None
) -> list[tuple[int, Analysis]]:
    ta = tokenize(a)
    if not ta.norm or not others:
        return []
    pair: dict[int, Analysis] = {}
    tok_others = [tokenize(o) for o in others]
    for n, tb in enumerate(tok_others):
        try:
            found = _analyse_pair(ta, tb)
        except Exception:
            found = None
        if found:
            pair[n] = found
    if len(pair) >= 2:
        try:
            spliced = _article_splice(ta, others, joined)
        except Exception:
            spliced = {}
        pair.update(spliced)
    return sorted(pair.items())


def _article_splice(ta: Tokens, others: Sequence[Optional[str]], joined: Optional[Sequence[bool]] = None) -> dict[int, Analysis]:
    """A quote built from passages of several quotes of one other article.
    ``joined[n]``: the other article prints quote n as the continuation of
    quote n - 1, interrupted only by an attribution ("...," he said, "...");
    passages joined across such a junction are one remark, not a splice."""
    cat = _Concat(others)
    tb = cat.toks
    raw = _tiles(ta.norm, cat.sep_ids)
    tiles = [(ia, cat.pos_of[jb], k) for ia, jb, k in raw]
    if not tiles:
        return {}
    parts, marked, reordered = _parts(ta, tb, cat.seg_of, tiles)
    segs = sorted({p.seg for p in parts})
    if len(segs) < 2:
        return {}
    if joined is not None and all(
        _continues(cat, joined, p, q) for p, q in zip(parts, parts[1:]) if q.seg != p.seg
    ):
        return {}
    matched = sum(p.a1 - p.a0 for p in parts)
    if matched < 0.75 * len(ta):
        return {}
    head = _splice_head("a", len(parts), len(segs), [_label(tb, p) for p in parts], marked, reordered)
    between = _between(ta, parts)
    out = {}
    for seg in segs:
        mine = [p for p in parts if p.seg == seg]
        edits, matched = _passage_edits(ta, tb, mine)
        items = head + edits + _cut_items(ta, tb, mine, cat.bounds) + between
        s, e = cat.bounds[seg]
        out[seg] = Analysis("spliced", min(1.0, 2 * matched / max(1, len(ta) + e - s)), items, matched)
    return out


def _continues(cat: "_Concat", joined: Sequence[bool], p: _Part, q: _Part) -> bool:
    """Whether passage q follows passage p across a junction the other
    article marks as one remark: q's quote continues p's, p runs to the end
    of its quote and q starts at the start of its own (a word aside)."""
    if q.seg != p.seg + 1 or q.seg >= len(joined) or not joined[q.seg]:
        return False
    return cat.bounds[p.seg][1] - p.b1 <= 1 and q.b0 - cat.bounds[q.seg][0] <= 1


def relate_to_article(
    a: Optional[str], others: Sequence[Optional[str]], joined: Optional[Sequence[bool]] = None
) -> list[tuple[int, Relation]]:
    """Relations of quote a to the quotes of ONE other article, as (index in
    ``others``, relation). A quote built from several of those quotes is
    ``spliced`` against each of them ("joins 4 remarks that the other article
    prints separately")."""
    return [(n, an.forward()) for n, an in article_analyses(a, others, joined)]


# -- dates -------------------------------------------------------------------


def _parse_date(value: Optional[str]) -> Optional[date]:
    if not value:
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", str(value))
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def published_note(a_date: Optional[str], b_date: Optional[str]) -> Optional[str]:
    """A note when the other article (b) was published more than ~30 days
    before or after this one (a)."""
    da, db_ = _parse_date(a_date), _parse_date(b_date)
    if not da or not db_:
        return None
    days = (db_ - da).days
    if abs(days) <= 30:
        return None
    months = max(1, round(abs(days) / 30.44))
    when = "earlier" if days < 0 else "later"
    unit = "month" if months == 1 else "months"
    return f"the other article is {months} {unit} {when}: the same words reused from another occasion?"


def diff_text(a: Optional[str], b: Optional[str]) -> str:
    """Human-readable word differences of a against b ("'x' → 'y'; dropped 'z' at the end")."""
    ta, tb = tokenize(a), tokenize(b)
    if ta.norm == tb.norm:
        return "same words"
    items = _edits(ta, 0, len(ta), tb, 0, len(tb), keep_ends=True)
    text = _render(items, forward=True)
    return text or "same words"


# -- where the words are -----------------------------------------------------


@dataclass
class SharedPassage:
    """A run of quote a's words found in text ``other`` of ``others``: a's
    words ``a_start:a_end`` are (with small edits) that text's words
    ``b_start:b_end``, word indices as ``words.tokenize`` counts them."""

    a_start: int
    a_end: int
    other: int
    b_start: int
    b_end: int


def shared_passages(a: Optional[str], others: Sequence[Optional[str]]) -> list[SharedPassage]:
    """The passages quote a shares with the texts ``others`` (read as one
    document in order), in a's order: the same tiling and grouping as the
    relations, so a caller can tell how far apart the passages are."""
    ta = tokenize(a)
    if not ta.norm or not others:
        return []
    cat = _Concat(others)
    tiles = [(ia, cat.pos_of[jb], k) for ia, jb, k in _tiles(ta.norm, cat.sep_ids)]
    parts, _, _ = _parts(ta, cat.toks, cat.seg_of, tiles)
    out = []
    for p in parts:
        start = cat.bounds[p.seg][0]
        out.append(SharedPassage(p.a0, p.a1, p.seg, p.b0 - start, p.b1 - start))
    return out
