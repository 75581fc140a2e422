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
printed as y in a.  ``Relation.similarity`` (0..1) measures how faithfully
the words agree over the passages the two quotes share (1.0 for a faithful
excerpt); ``similarity()`` compares whole texts.

Quotes that only share common words get no relation: a relation needs a
shared run of at least three words of which at least two are content words.
"""

from __future__ import annotations

import difflib
import functools
import heapq
import math
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Optional, Sequence

from .claims import _lemma
from .model import Claim, Number, Relation

# -- normalisation -----------------------------------------------------------

_FOLD = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2039": "'", "\u203a": "'",
        "\u2010": "-", "\u2011": "-", "\u00ad": "",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
    }
)
# Pieces that separate words: whitespace, ellipses (kept to mark elisions)
# and dashes used as punctuation (em/en dash, or a hyphen between spaces).
_SPLIT = re.compile(r"(\s+|\u2026|\.\s?\.\s?\.+|\[\s*(?:\u2026|\.\.\.)\s*\]|[\u2012\u2013\u2014\u2015\u2212])")
_ELLIPSIS = re.compile(r"^(\u2026|\.\s?\.\s?\.+|\[\s*(?:\u2026|\.\.\.)\s*\])$")
_EDGE_PUNCT = "\"'()[]{}<>*_"
_NON_WORD = re.compile(r"[^\w.,]+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_ABBREV = {"mr", "mrs", "ms", "dr", "st", "prof", "gen", "col", "lt", "sgt", "rep", "sen", "gov", "jr", "sr", "vs", "no"}

# break after a token: 0 none, 1 clause (, ; : dash), 2 sentence (. ! ?), 3 ellipsis
_NONE, _CLAUSE, _SENTENCE, _ELIDED = 0, 1, 2, 3

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having he
    her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
    now of off on once only or other our ours ourselves out over own same she should so some such than that the
    their theirs them themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves us let lets may
    might must shall ive im youre were weve theyre thats theres whats dont doesnt didnt isnt arent wasnt werent
    wont cant couldnt shouldnt wouldnt hes shes its itll well ill youll theyll said says say told""".split()
)


@dataclass
class _Toks:
    """A text as words: normalised form, printed form, break after, capital."""

    norm: list[str] = field(default_factory=list)
    printed: list[str] = field(default_factory=list)
    bare: list[str] = field(default_factory=list)
    brk: list[int] = field(default_factory=list)
    cap: list[bool] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.norm)


_STRAY_DOT_COMMA = re.compile(r"(?<!\d)[.,]|[.,](?!\d)")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")


def _norm_word(word: str) -> str:
    if word.isalnum():
        return word.lower()  # the common case, without the regex passes
    w = word.translate(_FOLD).lower()
    w = _THOUSANDS.sub("", w)
    w = w.replace("'", "").replace("-", "")
    w = _NON_WORD.sub("", w)
    # keep a decimal point only between digits ("3.2"), drop other dots/commas
    w = _STRAY_DOT_COMMA.sub("", w)
    return w.replace("_", "")


def _tokenize_text(text: Optional[str]) -> _Toks:
    toks = _Toks()
    if not text:
        return toks
    # the lists' append methods, looked up once for the plain-word fast path
    norm_, printed_, bare_, brk_, cap_ = (
        toks.norm.append, toks.printed.append, toks.bare.append, toks.brk.append, toks.cap.append
    )
    for piece in _SPLIT.split(text):
        if piece.isalnum():
            # a plain word (most of them): no punctuation to fold or strip
            norm_(piece.lower())
            printed_(piece)
            bare_(piece)
            brk_(_NONE)
            cap_(piece[0].isupper())
            continue
        if not piece or piece.isspace():
            continue
        if _ELLIPSIS.match(piece.strip()):
            if toks.brk:
                toks.brk[-1] = _ELIDED
            continue
        if len(piece) == 1 and piece in "\u2012\u2013\u2014\u2015\u2212":
            if toks.brk and toks.brk[-1] == _NONE:
                toks.brk[-1] = _CLAUSE
            continue
        folded = piece.translate(_FOLD)
        if folded == "-":
            if toks.brk and toks.brk[-1] == _NONE:
                toks.brk[-1] = _CLAUSE
            continue
        norm = _norm_word(piece)
        if not norm:
            # bare punctuation such as a stray quote mark or "?"
            if toks.brk and toks.brk[-1] == _NONE:
                core = folded.strip(_EDGE_PUNCT)
                if core[-1:] in ".!?":
                    toks.brk[-1] = _SENTENCE
                elif core[-1:] in ",;:":
                    toks.brk[-1] = _CLAUSE
            continue
        core = folded.strip(_EDGE_PUNCT)
        brk = _NONE
        if core[-1:] in "!?":
            brk = _SENTENCE
        elif core[-1:] == ".":
            stem = core[:-1].lower()
            # "U.S." and "Mr." do not end a sentence
            if not (stem in _ABBREV or _INITIALS.fullmatch(stem)):
                brk = _SENTENCE
        elif core[-1:] in ",;:":
            brk = _CLAUSE
        bare = core.rstrip(".,;:!?").strip(_EDGE_PUNCT) or core
        toks.norm.append(norm)
        toks.printed.append(piece.strip(_EDGE_PUNCT.replace("(", "").replace(")", "")) or piece)
        toks.bare.append(bare)
        toks.brk.append(brk)
        toks.cap.append(bare[:1].isupper())
    return toks


# Matching compares each quote with many candidates: tokenize each text once.
# Callers never mutate the result (tokens() hands out a copy).
_tokenize = functools.lru_cache(maxsize=65536)(_tokenize_text)


def normalize(text: Optional[str]) -> str:
    """Lowercase, typographic quotes/apostrophes/dashes folded, punctuation
    and ellipses removed, whitespace collapsed."""
    return " ".join(_tokenize(text).norm)


def tokens(text: Optional[str]) -> list[str]:
    return list(_tokenize(text).norm)


def _is_content(word: str) -> bool:
    return word not in STOPWORDS and not (len(word) == 1 and word.isalpha())


# -- whole-text comparison -------------------------------------------------


def similarity(a: Optional[str], b: Optional[str]) -> float:
    """Word-level similarity of two texts, 0..1 (2 * matched words / all words)."""
    ta, tb = tokens(a), tokens(b)
    if not ta and not tb:
        return 1.0
    if not ta or not tb:
        return 0.0
    if ta == tb:
        return 1.0
    return difflib.SequenceMatcher(None, ta, tb, autojunk=False).ratio()


def diff_ops(a: Optional[str], b: Optional[str]) -> list[tuple[str, str]]:
    """Word-level ops turning a into b, for a side-by-side rendering:
    ("equal", word of a), ("delete", word only in a), ("insert", word only in b).
    Words are as printed (surrounding quote marks removed)."""
    ta, tb = _tokenize(a), _tokenize(b)
    ops: list[tuple[str, str]] = []
    sm = difflib.SequenceMatcher(None, ta.norm, tb.norm, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            ops.extend(("equal", w) for w in ta.printed[i1:i2])
            continue
        if tag in ("delete", "replace"):
            ops.extend(("delete", w) for w in ta.printed[i1:i2])
        if tag in ("insert", "replace"):
            ops.extend(("insert", w) for w in tb.printed[j1:j2])
    return ops


def diff_text(a: Optional[str], b: Optional[str]) -> str:
    """Human-readable word differences of a against b ("'x' → 'y'; dropped 'z' at the end")."""
    ta, tb = _tokenize(a), _tokenize(b)
    if ta.norm == tb.norm:
        return "same words"
    items = _edits(ta, 0, len(ta), tb, 0, len(tb), keep_ends=True)
    text = _render(items, forward=True)
    return text or "same words"


# -- tiling ------------------------------------------------------------------

_MIN_RUN = 3
_JOIN_GAP = 4  # words skipped between two runs that make them separate passages


def _valid_run(words: Sequence[str], i: int, k: int) -> bool:
    if k < _MIN_RUN:
        return False
    content = sum(1 for w in words[i : i + k] if _is_content(w))
    return content >= 2


def _tiles(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int, int]]:
    """Greedy string tiling: non-overlapping shared runs (ia, ib, length),
    longest first, in any order (so reordered passages are found too)."""
    if not a or not b:
        return []
    pos: dict[str, list[int]] = {}
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
    words = list(words)
    if len(words) <= limit:
        return " ".join(words)
    return " ".join(words[:limit]) + " …"


def _edits(ta: _Toks, a0: int, a1: int, tb: _Toks, b0: int, b1: int, keep_ends: bool) -> list[tuple]:
    """Word edits between a[a0:a1] and b[b0:b1]. Unless keep_ends, words only
    one side has at the very start/end are left to the caller."""
    items: list[tuple] = []
    sm = difflib.SequenceMatcher(None, ta.norm[a0:a1], tb.norm[b0:b1], autojunk=False)
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


def _matched(ta: _Toks, a0: int, a1: int, tb: _Toks, b0: int, b1: int) -> int:
    sm = difflib.SequenceMatcher(None, ta.norm[a0:a1], tb.norm[b0:b1], autojunk=False)
    return sum(m.size for m in sm.get_matching_blocks())


def _sentence_rest(t: _Toks, start: int, stop: int) -> list[str]:
    """Words from start up to the end of their sentence (not past stop)."""
    out = []
    for i in range(start, stop):
        out.append(t.bare[i])
        if t.brk[i] >= _SENTENCE:
            break
    return out


def _sentence_head(t: _Toks, start: int, end: int) -> list[str]:
    """Words of the sentence that ends just before ``end`` (not before start)."""
    i = end
    while i > start and t.brk[i - 1] < _SENTENCE:
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
class _Analysis:
    label: str  # from a's side
    similarity: float
    items: list[tuple]

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
        elif kind == "shared":
            _, n, first = item
            out.append(f"shares a passage of {n} words ('{first}'); each has words the other lacks")
    return "; ".join(out)


class _Concat:
    """Several quotes as one word sequence, with separators that never match."""

    def __init__(self, texts: Sequence[Optional[str]]):
        self.toks = _Toks()
        self.seg_of: list[int] = []
        self.bounds: list[tuple[int, int]] = []
        for n, text in enumerate(texts):
            t = _tokenize(text)
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


def _parts(ta: _Toks, tb: _Toks, seg_of: Sequence[int], tiles: list[tuple[int, int, int]]) -> tuple[list[_Part], list[bool], bool]:
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
            a_elided = any(ta.brk[x] == _ELIDED for x in range(p.a1 - 1, ia))
            b_elided = b_gap is not None and b_gap >= 0 and any(tb.brk[x] == _ELIDED for x in range(p.b1 - 1, ib))
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


def _cut_items(ta: _Toks, tb: _Toks, parts: list[_Part], bounds: Sequence[tuple[int, int]]) -> list[tuple]:
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
        if ta.brk[p.a1 - 1] == _SENTENCE and tb.brk[p.b1 - 1] == _NONE and p.b1 < e and p.b1 not in starts_b:
            items.append(("edit", [], _sentence_rest(tb, p.b1, e), "at the end"))
        elif tb.brk[p.b1 - 1] == _SENTENCE and ta.brk[p.a1 - 1] == _NONE and p.a1 < len(ta) and p.a1 not in starts_a:
            items.append(("edit", _sentence_rest(ta, p.a1, len(ta)), [], "at the end"))
        # start of the passage
        if p.b0 > s and p.b0 not in ends_b and tb.brk[p.b0 - 1] == _NONE and ta.cap[p.a0] and not tb.cap[p.b0]:
            head = _sentence_head(tb, s, p.b0)
            if head:
                items.append(("edit", [], head, "at the start"))
        elif p.a0 > 0 and p.a0 not in ends_a and ta.brk[p.a0 - 1] == _NONE and tb.cap[p.b0] and not ta.cap[p.a0]:
            head = _sentence_head(ta, 0, p.a0)
            if head:
                items.append(("edit", head, [], "at the start"))
    return items


def _label(tb: _Toks, p: _Part) -> str:
    words = tb.bare[p.b0 : p.b1]
    return " ".join(words[:4]) + (" …" if len(words) > 4 else "")


def _content_count(words: Iterable[str]) -> int:
    return sum(1 for w in words if _is_content(w))


def _single_part(ta: _Toks, tb: _Toks, p: _Part, seg_bounds: tuple[int, int]) -> Optional[_Analysis]:
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
    cut_words = sum(len(c[1]) + len(c[2]) for c in cuts)
    sim = min(1.0, 2 * matched / max(1, (pa1 - pa0) + (pb1 - pb0) + cut_words))
    if not (a_lead or a_trail or b_lead or b_trail):
        return _Analysis("altered", sim, mids + cuts) if mids or cuts else _Analysis("verbatim", 1.0, [])
    a_cut = any(c[2] for c in cuts)  # a lacks words of b's sentence
    b_cut = any(c[1] for c in cuts)
    if not a_lead and not a_trail and not mids and not a_cut and la >= 4:
        return _Analysis("excerpt", 1.0 if not cuts else sim, [("omit", len(b_lead), len(b_trail), "a")] + cuts)
    if not b_lead and not b_trail and not mids and not b_cut and lb >= 4:
        return _Analysis("contains", 1.0 if not cuts else sim, [("omit", len(a_lead), len(a_trail), "b")] + cuts)
    shared = pa1 - pa0
    one_way = (a_lead and b_trail and not a_trail and not b_lead) or (a_trail and b_lead and not a_lead and not b_trail)
    if one_way and not mids and not cuts and shared >= 5 and _content_count(ta.norm[pa0:pa1]) >= 3:
        return _Analysis("overlaps", sim, [("shared", shared, _quote_words(ta.bare[pa0:pa1], 6))])
    content_a = _content_count(ta.norm)
    content_b = _content_count(tb.norm[s:e])
    if matched < 0.6 * min(la, lb) or matched_content < 0.6 * min(content_a, content_b):
        return None
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
    return _Analysis("altered", sim, items + cuts)


def _multi_part(
    ta: _Toks, tb: _Toks, parts: list[_Part], marked: list[bool], reordered: bool,
    bounds: Sequence[tuple[int, int]], segs: Sequence[int],
) -> Optional[_Analysis]:
    """Relation when a and b (or b's article) share several separate passages."""
    la = len(ta)
    lb = sum(bounds[s][1] - bounds[s][0] for s in segs)
    items: list[tuple] = []
    matched = 0
    span_a = span_b = 0
    for p in parts:
        items.extend(_edits(ta, p.a0, p.a1, tb, p.b0, p.b1, keep_ends=True))
        matched += _matched(ta, p.a0, p.a1, tb, p.b0, p.b1)
        span_a += p.a1 - p.a0
        span_b += p.b1 - p.b0
    # words of a between passages that b does not have
    for p, q in zip(parts, parts[1:]):
        if q.a0 > p.a1:
            items.append(("edit", ta.bare[p.a1 : q.a0], [], "between passages"))
    cuts = _cut_items(ta, tb, parts, bounds)
    cov_a = matched / max(1, la)
    cov_b = matched / max(1, lb)
    unmarked = not all(marked) if marked else False
    n_remarks = len({p.seg for p in parts})
    sim = min(1.0, 2 * matched / max(1, span_a + span_b + sum(len(c[1]) + len(c[2]) for c in cuts)))
    if cov_a >= 0.75 or (cov_a >= 0.5 and cov_a >= cov_b):
        labels = [_label(tb, p) for p in parts]
        head = [("join", len(parts), n_remarks, labels, unmarked, "a")]
        if reordered:
            head.append(("order", "a"))
        return _Analysis("spliced", sim, head + items + cuts)
    if n_remarks == 1 and (cov_b >= 0.75 or cov_b >= 0.5):
        # b splices passages of a: describe the junctions on b's side
        order = sorted(parts, key=lambda p: p.b0)
        labels = [" ".join(ta.bare[p.a0 : p.a1][:4]) + (" …" if p.a1 - p.a0 > 4 else "") for p in order]
        head = [("join", len(parts), 1, labels, unmarked, "b")]
        if reordered:
            head.append(("order", "b"))
        return _Analysis("part_of_splice", sim, head + items + cuts)
    return None


def _analyse_pair(ta: _Toks, tb: _Toks) -> Optional[_Analysis]:
    if not ta.norm or not tb.norm:
        return None
    if ta.norm == tb.norm:
        return _Analysis("verbatim", 1.0, [])
    tiles = _tiles(ta.norm, tb.norm)
    if not tiles:
        return None
    seg_of = [0] * len(tb)
    parts, marked, reordered = _parts(ta, tb, seg_of, tiles)
    if len(parts) == 1:
        return _single_part(ta, tb, parts[0], (0, len(tb)))
    return _multi_part(ta, tb, parts, marked, reordered, [(0, len(tb))], [0])


def _analyse(a: Optional[str], b: Optional[str]) -> Optional[_Analysis]:
    try:
        return _analyse_pair(_tokenize(a), _tokenize(b))
    except Exception:  # a malformed text must never stop an ingest
        return None


def relate(a: Optional[str], b: Optional[str]) -> Optional[Relation]:
    """How quote a relates to quote b of another article, or None."""
    found = _analyse(a, b)
    return found.forward() if found else None


def _article_analyses(a: Optional[str], others: Sequence[Optional[str]]) -> list[tuple[int, _Analysis]]:
    ta = _tokenize(a)
    if not ta.norm or not others:
        return []
    pair: dict[int, _Analysis] = {}
    tok_others = [_tokenize(o) for o in others]
    for n, tb in enumerate(tok_others):
        try:
            found = _analyse_pair(ta, tb)
        except Exception:
            found = None
        if found:
            pair[n] = found
    if len(pair) >= 2:
        try:
            spliced = _article_splice(ta, others)
        except Exception:
            spliced = {}
        pair.update(spliced)
    return sorted(pair.items())


def _article_splice(ta: _Toks, others: Sequence[Optional[str]]) -> dict[int, _Analysis]:
    """A quote built from passages of several quotes of one other article."""
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
    matched = sum(p.a1 - p.a0 for p in parts)
    if matched < 0.75 * len(ta):
        return {}
    labels = [_label(tb, p) for p in parts]
    unmarked = not all(marked) if marked else False
    head: list[tuple] = [("join", len(parts), len(segs), labels, unmarked, "a")]
    if reordered:
        head.append(("order", "a"))
    between = []
    for p, q in zip(parts, parts[1:]):
        if q.a0 > p.a1:
            between.append(("edit", ta.bare[p.a1 : q.a0], [], "between passages"))
    out = {}
    for seg in segs:
        mine = [p for p in parts if p.seg == seg]
        items = list(head)
        matched = span = 0
        for p in mine:
            items.extend(_edits(ta, p.a0, p.a1, tb, p.b0, p.b1, keep_ends=True))
            matched += _matched(ta, p.a0, p.a1, tb, p.b0, p.b1)
            span += (p.a1 - p.a0) + (p.b1 - p.b0)
        cuts = _cut_items(ta, tb, mine, cat.bounds)
        items.extend(cuts)
        items.extend(between)
        span += sum(len(c[1]) + len(c[2]) for c in cuts)
        out[seg] = _Analysis("spliced", min(1.0, 2 * matched / max(1, span)), items)
    return out


def relate_to_article(a: Optional[str], others: Sequence[Optional[str]]) -> list[tuple[int, Relation]]:
    """Relations of quote a to the quotes of ONE other article, as (index in
    ``others``, relation). A quote built from several of those quotes is
    ``spliced`` against each of them ("joins 4 remarks that the other article
    prints separately")."""
    return [(n, an.forward()) for n, an in _article_analyses(a, others)]


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


# -- claims ------------------------------------------------------------------

_TOLERANCE = 0.01
_APPROX = {"about", "around", "some", "roughly", "approximately", "nearly", "almost", "close to", "just under", "just over", "~", "an estimated", "estimated"}
_LOWER_BOUND = {"over", "more than", "at least", "above", "upwards of", "in excess of", "just over", "since", "after"}
_UPPER_BOUND = {"up to", "under", "less than", "fewer than", "below", "nearly", "almost", "just under", "no more than", "at most", "before", "until", "by"}


def _interval(n: Number) -> tuple[float, float]:
    v = n.value
    q = (n.qualifier or "").lower()
    lo, hi = v * (1 - _TOLERANCE), v * (1 + _TOLERANCE)
    if v < 0:
        lo, hi = hi, lo
    if q in _APPROX:
        lo, hi = min(lo, v * 0.85), max(hi, v * 1.15)
    if q in _LOWER_BOUND:
        hi = math.inf
        if q not in _APPROX:
            lo = v
    if q in _UPPER_BOUND:
        lo = -math.inf if q not in _APPROX else lo
        if q not in _APPROX:
            hi = v
    return lo, hi


def _coarse_date(n: Number) -> bool:
    """A year, or a month without its day (dates are YYYYMMDD, 0 where the
    text leaves a part out)."""
    return n.kind == "year" or (n.kind == "date" and int(n.value) % 100 == 0)


def _unit_key(n: Number) -> Optional[str]:
    kind = n.kind or "count"
    if kind in ("date", "year"):
        return "date"
    if kind == "percent":
        return "percent"
    if kind == "ordinal":
        return f"ordinal:{n.unit}" if n.unit else None
    if not n.unit:
        return f"{kind}:" if kind == "money" else None
    return f"{kind}:{n.unit.lower()}"


_NUMBERISH = re.compile(r"^[\d.,]+(?:st|nd|rd|th|s|m|bn|k|km|mm)?$")
_COMMON_CLAIM_WORDS = STOPWORDS | {"according", "also", "new", "year", "years", "million", "billion", "per", "cent", "percent", "first", "last"}


def _claim_words(text: str) -> set[str]:
    return {w for w in tokens(text) if _is_content(w) and w not in _COMMON_CLAIM_WORDS and not _NUMBERISH.match(w)}


def _printed(n: Number) -> str:
    q = n.qualifier
    p = n.printed.strip()
    if q and not p.lower().startswith(q.lower()):
        return f"{q} {p}"
    return p


def relate_claims(a: Claim, b: Claim, words: Optional[tuple[set[str], set[str]]] = None) -> Optional[tuple[str, str]]:
    """("corroborates", differences) when b reports the same figure for the
    same thing, ("conflicts", differences) when it reports a different figure
    for it, None when they are about different things. ``words`` are the
    two claims' content words when the caller has them already."""
    try:
        return _relate_claims(a, b, words)
    except Exception:
        return None


def _relate_claims(a: Claim, b: Claim, words: Optional[tuple[set[str], set[str]]] = None) -> Optional[tuple[str, str]]:
    wa, wb = words if words is not None else (_claim_words(a.text), _claim_words(b.text))
    shared = wa & wb
    overlap = len(shared) / max(1, min(len(wa), len(wb)))
    agree: list[str] = []
    clash: list[str] = []
    used_b: set[int] = set()
    for na in a.numbers:
        ka = _unit_key(na)
        if ka is None:
            continue
        best = None
        for j, nb in enumerate(b.numbers):
            if j in used_b or _unit_key(nb) != ka:
                continue
            lo_a, hi_a = _interval(na)
            lo_b, hi_b = _interval(nb)
            same = lo_a <= hi_b and lo_b <= hi_a
            if same:
                best = (j, True)
                break
            if best is None:
                best = (j, False)
        if best is None:
            continue
        j, same = best
        nb = b.numbers[j]
        unit_words = {_lemma(w) for w in tokens(na.unit or "")} | {_lemma(w) for w in tokens(nb.unit or "")}
        context = {w for w in shared if _lemma(w) not in unit_words}
        if ka == "date" and (_coarse_date(na) or _coarse_date(nb)):
            # A month or a year alone recurs in unrelated sentences ("talks
            # resume in March"): the rest of the wording must be nearly the
            # same, so that the claims are about the same thing.
            needed = len(context) >= 3 and len(wa ^ wb) <= 2
        elif ka == "date":
            # dates and years recur in unrelated sentences: need close wording
            needed = len(context) >= 3 and overlap >= 0.5
        else:
            # Two shared words make the same subject in short claims; between
            # long ones ("According to the ministry ... $25 million for the
            # fund") two words in common are a coincidence of style.
            needed = len(context) >= 3 or (len(context) >= 2 and overlap >= 0.4) or (len(context) >= 1 and overlap >= 0.5)
        if not needed:
            continue
        used_b.add(j)
        pa, pb = _printed(na), _printed(nb)
        if same:
            agree.append(pa if normalize(pa) == normalize(pb) else f"{pa} vs {pb} (consistent)")
        else:
            clash.append(f"{pa} vs {pb}")
    if clash:
        return ("conflicts", "; ".join(clash))
    if agree:
        return ("corroborates", "same figures: " + "; ".join(agree))
    if a.kind == "event" and b.kind == "event" and len(shared) >= 4 and overlap >= 0.6:
        return ("corroborates", f"same event in similar words ({', '.join(sorted(shared)[:5])})")
    return None


# -- SQL functions -------------------------------------------------------------


def sql_normalize(text: object) -> Optional[str]:
    if text is None:
        return None
    try:
        return normalize(str(text))
    except Exception:
        return None


def sql_similarity(a: object, b: object) -> Optional[float]:
    if a is None or b is None:
        return None
    try:
        return round(similarity(str(a), str(b)), 4)
    except Exception:
        return None


def sql_diff(a: object, b: object) -> Optional[str]:
    if a is None or b is None:
        return None
    try:
        return diff_text(str(a), str(b))
    except Exception:
        return None
