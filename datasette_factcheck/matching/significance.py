"""How much a difference between two versions of a quote matters.

Every difference is one of three classes, from least to most serious:

``cosmetic``
    punctuation, case, contractions ("we'll" / "we will"), spelling
    variants ("organisation" / "organization"), a number written in words
    or figures ("four" / "4"), filler words ("uh", "you know").
``wording``
    other words for the same thing (a synonym), the same words in another
    order, a word added or dropped that carries none of the below.
``meaning``
    a negation added or dropped, a number, date or name changed, a modal or
    hedge changed ("will" / "may", "all" / "some"), a qualifier dropped or
    added ("only", "nearly", "if ..."), words from separate passages joined.

The differences come from the pair comparison (``compare.article_analyses``:
its items are the edits it found); this module only judges them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

from . import compare
from .words import STOPWORDS, diff_ops

CLASSES = ("cosmetic", "wording", "meaning")
RANK = {"none": 0, "cosmetic": 1, "wording": 2, "meaning": 3}

NEGATIONS = frozenset("not no never none nobody nothing neither nor without nowhere".split())
MODALS = frozenset("will would shall should may might can could must".split())
QUANTIFIERS = frozenset(
    "all some most many few every each any always sometimes often rarely seldom usually everyone everybody "
    "everything someone somebody something several both half majority minority".split()
)
HEDGES = frozenset(
    "perhaps maybe probably possibly likely unlikely certainly definitely surely clearly almost nearly "
    "approximately roughly only just merely partly partially largely mostly mainly somewhat slightly "
    "hardly barely scarcely least yet already still if unless except provided although though whether "
    "until apparently allegedly reportedly".split()
)
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight".split()
)
# Said, not meant: left out of a quote without changing it.
FILLERS = frozenset("uh um uhm er erm ah eh hmm mm mhm okay ok well so look like basically actually".split())
FILLER_PAIRS = frozenset({("you", "know"), ("i", "mean"), ("you", "see"), ("sort", "of"), ("kind", "of")})

_CONTRACTIONS = {
    "won't": "will not", "can't": "can not", "cannot": "can not", "shan't": "shall not", "ain't": "is not",
    "let's": "let us", "it's": "it is", "that's": "that is", "there's": "there is", "here's": "here is",
    "what's": "what is", "who's": "who is", "he's": "he is", "she's": "she is", "where's": "where is",
}
_SUFFIXES = (("n't", " not"), ("'ll", " will"), ("'re", " are"), ("'ve", " have"), ("'m", " am"), ("'d", " would"))
_SPELLING = {
    "defence": "defense", "offence": "offense", "licence": "license", "grey": "gray", "programme": "program",
    "cheque": "check", "tyre": "tire", "aluminium": "aluminum", "plough": "plow", "mould": "mold",
    "judgement": "judgment", "ageing": "aging", "whilst": "while", "amongst": "among", "towards": "toward",
    "okay": "ok", "per": "per", "percent": "percent", "%": "percent",
}
_OUR_KEEP = frozenset("four hour your our tour pour flour sour devour detour".split())
_NUMBER_WORDS = {
    w: n for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90})
_MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_NUMERAL = re.compile(r"^\d+(?:[.,]\d+)*$")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})


@dataclass
class Difference:
    """One difference, as the comparison renders it, with its class."""

    text: str
    significance: str
    reason: str


@dataclass
class Assessment:
    """All differences between two versions; ``significance`` is the most
    serious class among them ("none" when the words are the same)."""

    significance: str = "none"
    differences: list[Difference] = field(default_factory=list)

    def add(self, diff: Difference) -> None:
        self.differences.append(diff)
        if RANK[diff.significance] > RANK[self.significance]:
            self.significance = diff.significance

    @property
    def reasons(self) -> list[str]:
        """The reasons of the most serious class, each once, in order."""
        seen: list[str] = []
        for d in self.differences:
            if d.significance == self.significance and d.reason not in seen:
                seen.append(d.reason)
        return seen


def _fold(word: str) -> str:
    word = unicodedata.normalize("NFKD", word.translate(_APOSTROPHES))
    return "".join(c for c in word if not unicodedata.combining(c)).lower().strip(".,;:!?\"()[]")


def spelling(word: str) -> str:
    """One spelling for the British and American forms of a word."""
    w = _SPELLING.get(word, word)
    if len(w) > 5:
        w = re.sub(r"is(e|ed|es|ing|ation|ations)$", r"iz\1", w)
        w = re.sub(r"yse(d|s)?$", r"yze\1", w)
        if w not in _OUR_KEEP:
            w = re.sub(r"our(s|ed|ing|ite|ites|able)?$", r"or\1", w)
        w = re.sub(r"([^aeiou])tre(s)?$", r"\1ter\2", w)
        w = re.sub(r"([aeiou])ll(ed|ing|er|ers)$", r"\1l\2", w)
        w = re.sub(r"ogue(s)?$", r"og\1", w)
    return w


def _expand(word: str) -> list[str]:
    w = _fold(word)
    if w in _CONTRACTIONS:
        return _CONTRACTIONS[w].split()
    for suffix, full in _SUFFIXES:
        if w.endswith(suffix) and len(w) > len(suffix):
            stem = w[: -len(suffix)]
            return [stem] + full.split() if suffix != "n't" else [{"ca": "can", "wo": "will", "sha": "shall"}.get(stem, stem), "not"]
    if w.endswith("'s"):
        return [w[:-2], "'s"]
    return [w.replace("'", "")] if w else []


def _numbers(words: Sequence[str]) -> list[str]:
    """Words with every number (figures or words) replaced by its value."""
    out: list[str] = []
    value: Optional[float] = None
    for w in list(words) + [""]:
        clean = w.replace(",", "")
        if _NUMERAL.match(w) and value is None:
            value = float(clean)
            continue
        if w in _NUMBER_WORDS and value is None:
            value = float(_NUMBER_WORDS[w])
            continue
        if w in _NUMBER_WORDS and value is not None and value >= 20 and value % 10 == 0 and _NUMBER_WORDS[w] < 10:
            value += _NUMBER_WORDS[w]
            continue
        if w in _MULTIPLIERS and value is not None:
            value *= _MULTIPLIERS[w]
            continue
        if value is not None:
            out.append(f"#{value:g}")
            value = None
        if w:
            out.append(w)
    return out


def canonical(words: Iterable[str]) -> list[str]:
    """Words as compared for meaning: contractions expanded, one spelling,
    numbers as values, fillers left out."""
    expanded: list[str] = []
    for word in words:
        for part in re.split(r"[\s\-\u2013\u2014/]+", word):
            expanded.extend(spelling(w) for w in _expand(part) if w)
    expanded = [w for w in expanded if w != "'s"] if "'s" in expanded else expanded
    numbered = _numbers(expanded)
    out: list[str] = []
    i = 0
    while i < len(numbered):
        if tuple(numbered[i : i + 2]) in FILLER_PAIRS:
            i += 2
            continue
        if numbered[i] not in FILLERS:
            out.append(numbered[i])
        i += 1
    return out


def _names(words: Sequence[str], at_start: bool) -> set[str]:
    """Capitalised words that are not common words: names."""
    found = set()
    for n, w in enumerate(words):
        bare = _fold(w)
        if not w[:1].isupper() or not bare or bare in STOPWORDS or bare in MONTHS or bare.startswith("month:"):
            continue
        if n == 0 and at_start:
            continue  # the first word of a quote is capitalised anyway
        found.add(bare)
    return found


def _months(words: Sequence[str], where: str) -> list[str]:
    """"May" the month told from "may" the modal by its capital."""
    return [
        "month:may" if _fold(w) == "may" and w[:1].isupper() and not (n == 0 and where == "at the start") else w
        for n, w in enumerate(words)
    ]


def _drop_shared_ends(a: list[str], b: list[str]) -> tuple[list[str], list[str]]:
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    while a and b and a[0] == b[0]:
        a, b = a[1:], b[1:]
    return a, b


def classify_edit(printed: Sequence[str], original: Sequence[str], where: str = "") -> tuple[str, str]:
    """(class, reason) of one edit: ``original`` words printed as ``printed``
    (either may be empty: words added or dropped)."""
    a, b = canonical(_months(printed, where)), canonical(_months(original, where))
    if a == b:
        return "cosmetic", _cosmetic_reason(printed, original)
    a, b = _drop_shared_ends(a, b)
    sa, sb = set(a), set(b)
    neg_a, neg_b = [w for w in a if w in NEGATIONS], [w for w in b if w in NEGATIONS]
    if sorted(neg_a) != sorted(neg_b):
        return "meaning", "negation added" if len(neg_a) > len(neg_b) else "negation dropped" if len(neg_a) < len(neg_b) else "negation changed"
    if {w for w in sa if w.startswith("#")} != {w for w in sb if w.startswith("#")}:
        return "meaning", "number changed"
    if (sa & MONTHS) - {"may"} != (sb & MONTHS) - {"may"} or ("month:may" in sa) != ("month:may" in sb):
        return "meaning", "date changed"
    if (sa & MODALS) != (sb & MODALS):
        return "meaning", "modal changed"
    if (sa & QUANTIFIERS) != (sb & QUANTIFIERS):
        return "meaning", "quantifier changed"
    if sb & HEDGES - sa:
        return "meaning", "qualifier dropped"
    if sa & HEDGES - sb:
        return "meaning", "qualifier added"
    at_start = where == "at the start"
    if _names(printed, at_start) != _names(original, at_start):
        return "meaning", "name changed"
    if sorted(a) == sorted(b):
        return "wording", "word order"
    if not a:
        return "wording", "words dropped"
    if not b:
        return "wording", "words added"
    return "wording", "other words"


def _cosmetic_reason(printed: Sequence[str], original: Sequence[str]) -> str:
    fp = [_fold(w) for w in printed]
    fo = [_fold(w) for w in original]
    if any("'" in w for w in fp + fo):
        return "contraction"
    if set(fp) & FILLERS or set(fo) & FILLERS or any(tuple(x[i : i + 2]) in FILLER_PAIRS for x in (fp, fo) for i in range(len(x))):
        return "filler words"
    if any(_NUMERAL.match(w) for w in fp + fo):
        return "number written differently"
    if fp != fo:
        return "spelling variant"
    return "punctuation or case"


def assess_items(items: Sequence[tuple]) -> Assessment:
    """The differences of one comparison (the items of an analysis of
    ``compare.article_analyses``), each classed."""
    out = Assessment()
    for item in items:
        kind = item[0]
        if kind == "edit":
            _, printed, original, where = item
            cls, reason = classify_edit(printed, original, where)
            text = compare_text(printed, original, where)
            out.add(Difference(text, cls, reason))
        elif kind == "join":
            out.add(Difference(f"joins {item[1]} separate passages", "meaning", "passages joined"))
        elif kind == "order":
            out.add(Difference("puts the passages in a different order", "wording", "word order"))
    return out


def compare_text(printed: Sequence[str], original: Sequence[str], where: str = "") -> str:
    suffix = f" {where}" if where else ""
    if printed and original:
        return f"'{' '.join(original)}' → '{' '.join(printed)}'{suffix}"
    if original:
        return f"dropped '{' '.join(original)}'{suffix}"
    return f"added '{' '.join(printed)}'{suffix}"


_WHERE = r"(?: (at the start|at the end|between passages))?"
_CHANGED = re.compile(rf"^'(.*)' \u2192 '(.*)'{_WHERE}$")
_DROPPED = re.compile(rf"^dropped '(.*)'{_WHERE}$")
_ADDED = re.compile(rf"^added '(.*)'{_WHERE}$")
# Items of a relation's text that describe its extent, not a difference.
_EXTENT = ("quotes only part of", "the other quotes only part", "shares a passage", "the other article joins",
           "the other quote joins", "the other article is ")


def assess_differences(differences: Optional[str]) -> Optional[Assessment]:
    """The differences as ``compare`` renders them for a relation ("'x' →
    'y'; dropped 'z' at the end; joins 2 separate passages ..."), each
    classed, without comparing the texts again; None when an item is not
    in that form (the caller compares the texts instead)."""
    out = Assessment()
    for item in (differences or "").split("; "):
        item = item.strip()
        if not item or item.startswith(_EXTENT):
            continue
        if item.startswith("joins "):
            out.add(Difference(item, "meaning", "passages joined"))
            continue
        if item == "puts the passages in a different order":
            out.add(Difference(item, "wording", "word order"))
            continue
        changed, dropped, added = _CHANGED.match(item), _DROPPED.match(item), _ADDED.match(item)
        if changed:
            original, printed, where = changed.group(1).split(), changed.group(2).split(), changed.group(3) or ""
        elif dropped:
            original, printed, where = dropped.group(1).split(), [], dropped.group(2) or ""
        elif added:
            original, printed, where = [], added.group(1).split(), added.group(2) or ""
        else:
            return None
        # a long run is shown cut ("… "): judge the words shown
        original = [w for w in original if w != "\u2026"]
        printed = [w for w in printed if w != "\u2026"]
        cls, reason = classify_edit(printed, original, where)
        out.add(Difference(item, cls, reason))
    return out


def word_edits(printed: Optional[str], original: Optional[str]) -> list[tuple]:
    """The word diff of two texts as edit items (runs of words only one
    side has), in the form ``compare`` gives them."""
    items: list[tuple] = []
    mine: list[str] = []
    theirs: list[str] = []
    ops = diff_ops(printed, original)
    for n, (op, word) in enumerate(ops + [("equal", "")]):
        if op == "delete":
            mine.append(word)
        elif op == "insert":
            theirs.append(word)
        elif mine or theirs:
            where = "at the start" if len(mine) + len(theirs) == n else "at the end" if n == len(ops) else ""
            items.append(("edit", mine, theirs, where))
            mine, theirs = [], []
    return items


def assess(printed: Optional[str], original: Optional[str]) -> Assessment:
    """Every difference of ``printed`` from ``original`` (two versions of one
    remark), classed. Only punctuation or case apart: one cosmetic
    difference; the same text: none."""
    if (printed or "").strip() == (original or "").strip():
        return Assessment()
    pa, po = canonical((printed or "").split()), canonical((original or "").split())
    if pa != po and sorted(pa) == sorted(po):
        return Assessment("wording", [Difference("the same words in another order", "wording", "word order")])
    found = compare.article_analyses(printed, [original])
    out = Assessment()
    if found:
        _, analysis = found[0]
        out = assess_items(analysis.items)
        if analysis.label == "spliced" and not out.differences:
            out.add(Difference("joins separate passages", "meaning", "passages joined"))
    else:
        # too far apart for a relation: judge the plain word diff
        out = assess_items(word_edits(printed, original))
    if not out.differences:
        out.add(Difference("punctuation or case", "cosmetic", "punctuation or case"))
    return out
