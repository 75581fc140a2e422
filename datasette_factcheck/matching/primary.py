"""Checking a quote against the primary sources of its story.

For each quote the check answers: is this what the person said?

``exact``
    the words are in a primary source as printed (punctuation and case
    aside), or a faithful excerpt of them.
``changed``
    found with words changed, added or dropped (the word diff says which).
``assembled``
    built from separate passages: between them the source has words the
    quote leaves out (how many, and which), or they come in another order.
``misattributed``
    found, but the source gives the words to someone else.
``not_found``
    in no primary source of the story.

Each result suggests a verdict (``SUGGESTED``) that a reviewer may adopt;
the check never sets one. The words are compared by the pair comparison
(``compare``); ``significance`` says how much each difference matters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Optional, Sequence

from . import candidates, compare, significance, words
from .words import SENTENCE, tokenize

RESULTS = ("exact", "changed", "assembled", "misattributed", "not_found")
SUGGESTED = {
    "exact": "accurate",
    "changed": "altered",
    "assembled": "spliced",
    "misattributed": "misattributed",
    "not_found": "not in the primary sources",
}
# Words the source has between two passages of a quote that make them
# separate passages (fewer are a small edit inside one passage).
MIN_GAP = 4
# Share of the quote's words, and of its content words, that must be found
# for it to count as found.
MIN_FOUND = 0.5
MIN_CONTENT = 0.65
# ... or at least this many words in a row (a short quote with one word changed)
MIN_WORDS = 5
_TITLES = frozenset(
    "mr mrs ms dr prof sir dame lord lady mayor minister president secretary general prime chancellor senator "
    "governor chair chairman chairwoman director chief spokesperson spokesman spokeswoman the of deputy vice "
    "foreign defence defense state ambassador commissioner judge justice rep sen gov".split()
)
# What leaving out the words around a partial quote may change: the sense,
# when a negation or a qualifier (a condition, a hedge) is cut off.
NARROWING = ("negation dropped", "qualifier dropped")
QUESTION_LABELS = frozenset({"q", "question", "questioner", "journalist", "reporter", "audience", "audience member"})


@dataclass
class SourcePassage:
    """A passage of a stored primary source, as the check reads it."""

    number: int
    turn: int
    speaker: Optional[str]
    label: Optional[str]
    text: str
    timestamp: Optional[str] = None


@dataclass
class Source:
    id: int
    title: str
    passages: list[SourcePassage]
    keys: list[set[int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.keys:
            self.keys = [candidates.shingle_keys(p.text) for p in self.passages]


@dataclass
class Part:
    """A passage of the quote found in the source."""

    passage: int  # passage number
    quote_words: str
    source_words: str


@dataclass
class Check:
    result: str
    suggested: str
    source_id: Optional[int] = None
    passages: list[int] = field(default_factory=list)
    said_by: Optional[str] = None
    passage_text: Optional[str] = None
    # the source's words the quote is compared with (the passage trimmed
    # to the quote's extent; for an assembled quote, its parts with "…")
    source_words: Optional[str] = None
    differences: str = ""
    significance: str = "none"
    reasons: list[str] = field(default_factory=list)
    # "passages 3 and 5 (41 words apart); cut: '...'"
    gap: Optional[str] = None
    similarity: float = 0.0
    # word similarity of the quote and source_words: tells two sources with
    # as many shared words apart
    closeness: float = 0.0
    parts: list[Part] = field(default_factory=list)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def name_words(name: Optional[str]) -> list[str]:
    """The words of a name that identify a person (titles left out), in order."""
    words = re.findall(r"[a-z][a-z'\-]+", _fold(name or ""))
    return [w for w in words if w not in _TITLES and len(w) > 1]


def surname(name: Optional[str]) -> Optional[str]:
    """The last word of a name that identifies a person: what two forms of
    one name share ("STOLTENBERG", "Jens Stoltenberg", "Mr Stoltenberg")."""
    words = name_words(name)
    return words[-1] if words else None


def same_person(source_speaker: Optional[str], quote_speakers: Sequence[str]) -> Optional[bool]:
    """Whether the source's speaker is the quote's; None when either is unknown."""
    if not source_speaker or not any(quote_speakers):
        return None
    if _fold(source_speaker).strip(" .") in QUESTION_LABELS:
        return False
    mine = surname(source_speaker)
    theirs = {surname(s) for s in quote_speakers if s} - {None}
    if not mine or not theirs:
        return None
    return mine in theirs


def _words(text: str, start: int, end: int) -> str:
    return " ".join(tokenize(text).printed[start:end])


def _region(source: Source, found: list[compare.SharedPassage], among: list[int]) -> tuple[str, list[int]]:
    """The source's words from the first found passage to the last one,
    whole paragraphs, in order, as one text."""
    numbers = sorted({among[f.other] for f in found})
    first, last = numbers[0], numbers[-1]
    texts = [p.text for p in source.passages if first <= p.number <= last]
    return " ".join(texts), list(range(first, last + 1))


def _gaps(source: Source, found: list[compare.SharedPassage], among: list[int]) -> list[tuple[int, str, int, int]]:
    """For each junction of found passages that the source does not print
    together: (words cut between, the words cut, passage before, passage after);
    a negative count for passages printed in another order."""
    offsets: dict[int, int] = {}
    total = 0
    for p in source.passages:
        offsets[p.number] = total
        total += len(tokenize(p.text))
    out = []
    for f, g in zip(found, found[1:]):
        pf, pg = among[f.other], among[g.other]
        end_f = offsets[pf] + f.b_end
        start_g = offsets[pg] + g.b_start
        gap = start_g - end_f
        if gap < MIN_GAP and gap >= 0:
            continue
        cut = ""
        if gap > 0:
            words: list[str] = []
            for p in source.passages:
                if pf <= p.number <= pg:
                    t = tokenize(p.text).printed
                    lo = f.b_end if p.number == pf else 0
                    hi = g.b_start if p.number == pg else len(t)
                    words.extend(t[lo:hi])
            cut = " ".join(words)
        out.append((gap, cut, pf, pg))
    return out


def _describe_gaps(gaps: list[tuple[int, str, int, int]]) -> str:
    parts = []
    for gap, cut, pf, pg in gaps:
        where = f"passage {pf}" if pf == pg else f"passages {pf} and {pg}"
        if gap < 0:
            parts.append(f"{where}: printed in another order")
            continue
        shown = cut if len(cut.split()) <= 40 else " ".join(cut.split()[:40]) + " …"
        parts.append(f"{where}: {gap} word{'s' if gap != 1 else ''} cut between ('{shown}')")
    return "; ".join(parts)


def check_in_source(text: str, speakers: Sequence[str], source: Source) -> Optional[Check]:
    """The quote checked against one primary source; None when its words are
    not there."""
    ta = tokenize(text)
    if not ta.norm:
        return None
    keys = candidates.shingle_keys(text)
    among = [p.number for p, k in zip(source.passages, source.keys) if k & keys]
    if not among:
        return None
    by_number = {p.number: p for p in source.passages}
    texts = [by_number[n].text for n in among]
    found = compare.shared_passages(text, texts)
    covered = sum(f.a_end - f.a_start for f in found)
    # One passage, or a few sentences of one, that has as many of the
    # quote's words wins over pieces from several (a stock phrase said twice
    # is read where the rest of the quote is too).
    best_score: Optional[tuple[int, int, int]] = None
    best: Optional[tuple[int, list[compare.SharedPassage]]] = None
    quote_words = set(ta.norm)
    for n, passage_text in enumerate(texts):
        for offset, window in _windows(passage_text):
            alone = compare.shared_passages(text, [window])
            alone_covered = sum(f.a_end - f.a_start for f in alone)
            if not alone or alone_covered < covered:
                continue
            wt = tokenize(window)
            # then the one with more of the quote's other words, then the shortest
            score = (alone_covered, len(quote_words & set(wt.norm)), -len(wt))
            if best_score is None or score > best_score:
                best_score = score
                best = (n, [compare.SharedPassage(f.a_start, f.a_end, 0, f.b_start + offset, f.b_end + offset) for f in alone])
    if best is not None:
        among, texts, found = [among[best[0]]], [texts[best[0]]], best[1]
    if not found or covered < MIN_FOUND * len(ta.norm) and covered < MIN_WORDS:
        return None
    # Most of the quote's content words must be in the sentences found (in
    # any order): sharing a stock phrase is not saying the same thing.
    content = [w for w in ta.norm if words.is_content(w)]
    there = set(tokenize(_sentences(source, found, among)).norm)
    if content and sum(1 for w in content if w in there) < MIN_CONTENT * len(content):
        return None
    gaps = _gaps(source, found, among)
    region, numbers = _region(source, found, among)
    said = [by_number[among[f.other]].speaker for f in found]
    parts = [
        Part(among[f.other], _words(text, f.a_start, f.a_end), _words(texts[f.other], f.b_start, f.b_end))
        for f in found
    ]
    if gaps:
        joined = " … ".join(p.source_words for p in parts)
        judged = significance.assess(text, joined)
        judged.add(significance.Difference(_describe_gaps(gaps), "meaning", "passages joined"))
        result = "assembled"
        differences = _describe_gaps(gaps)
        extra = compare.diff_text(text, joined)
        if extra and extra != "same words":
            differences += "; " + extra
    else:
        relation = compare.relate(text, region)
        label = relation.relation if relation else "altered"
        joined = _sentences(source, found, among)
        judged = _judge(text, joined)
        if label in ("verbatim", "excerpt") and judged.significance in ("none", "cosmetic"):
            result, differences = "exact", ""
        else:
            result = "changed"
            differences = "; ".join(d.text for d in judged.differences if d.significance != "cosmetic")
            if not differences and relation and relation.differences:
                differences = relation.differences
    # a change that only touches spelling, contractions or fillers leaves
    # the quote accurate
    suggested = SUGGESTED["exact"] if result == "changed" and judged.significance in ("none", "cosmetic") else SUGGESTED[result]
    people = [s for s in said if s]
    speaker = people[0] if people else None
    check = Check(
        result=result,
        suggested=suggested,
        source_id=source.id,
        passages=numbers if not gaps else sorted({p.passage for p in parts}),
        said_by=speaker,
        passage_text=region if not gaps else " … ".join(by_number[n].text for n in sorted({p.passage for p in parts})),
        source_words=joined,
        differences=differences,
        significance=judged.significance,
        reasons=judged.reasons,
        gap=_describe_gaps(gaps) if gaps else None,
        similarity=round(covered / len(ta.norm), 4),
        closeness=round(words.similarity(text, joined), 4),
        parts=parts,
    )
    if any(same_person(s, speakers) is False for s in people):
        others = [s for s in people if same_person(s, speakers) is False]
        check.result, check.suggested = "misattributed", SUGGESTED["misattributed"]
        check.said_by = others[0]
    return check


def _windows(text: str, most: int = 3) -> list[tuple[int, str]]:
    """Runs of one to ``most`` whole sentences of a passage, as (offset of
    the first word, text); the passage itself when it is one sentence."""
    t = tokenize(text)
    bounds = [0] + [i + 1 for i in range(len(t)) if t.brk[i] >= SENTENCE and i + 1 < len(t)] + [len(t)]
    out = []
    for i in range(len(bounds) - 1):
        for j in range(i + 1, min(len(bounds), i + 1 + most)):
            lo, hi = bounds[i], bounds[j]
            window = " ".join(t.printed[lo:hi])
            if len(tokenize(window)) == hi - lo:  # the same words when read again
                out.append((lo, window))
    if len(bounds) - 1 > most:
        out.append((0, text))
    return out


def _sentences(source: Source, found: list[compare.SharedPassage], among: list[int]) -> str:
    """The whole sentences of the source that the found passages touch, as
    one text: what the quote is compared with (a partial quote of a
    sentence is judged against that sentence, not the rest of the turn)."""
    by_number = {p.number: p for p in source.passages}
    first, last = found[0], found[-1]
    start_p, end_p = among[first.other], among[last.other]
    if (start_p, first.b_start) > (end_p, last.b_start):
        start_p, end_p, first, last = end_p, start_p, last, first
    words: list[str] = []
    for number in range(start_p, end_p + 1):
        p = by_number.get(number)
        if p is None:
            continue
        t = tokenize(p.text)
        lo, hi = 0, len(t)
        if number == start_p:
            lo = first.b_start
            while lo > 0 and t.brk[lo - 1] < SENTENCE:
                lo -= 1
        if number == end_p:
            hi = max(last.b_end, lo)
            while hi < len(t) and t.brk[hi - 1] < SENTENCE:
                hi += 1
        words.extend(t.printed[lo:hi])
    return " ".join(words)


def _judge(text: str, original: str) -> significance.Assessment:
    """How much the quote differs from the source's sentences. Source words
    only left out at the quote's ends are the extent of a partial quote,
    unless what was left out changes the sense (a qualifier, a negation, a
    condition)."""
    found = compare.article_analyses(text, [original])
    if not found:
        return significance.assess(text, original)
    _, analysis = found[0]
    items = [
        item for item in analysis.items
        if not (item[0] == "edit" and not item[1] and item[3] in ("at the start", "at the end")
                and significance.classify_edit(item[1], item[2], item[3])[1] not in NARROWING)
    ]
    judged = significance.assess_items(items)
    if not judged.differences and tokenize(text).norm != tokenize(original).norm and analysis.label not in ("excerpt", "verbatim"):
        judged.add(significance.Difference("punctuation or case", "cosmetic", "punctuation or case"))
    return judged


def check_quote(text: str, speakers: Sequence[str], sources: Sequence[Source]) -> Optional[Check]:
    """The quote checked against every primary source of its story: the
    best finding (most of its words found; exact before changed), or None
    when no source has it (the caller decides whether that is "not found")."""
    best: Optional[Check] = None
    for source in sources:
        found = check_in_source(text, speakers, source)
        if found is None:
            continue
        # the source whose words are closest to the quote's, then the one
        # with more of them
        rank = (found.closeness, found.similarity, found.result == "exact", -RESULTS.index(found.result))
        if best is None or rank > (best.closeness, best.similarity, best.result == "exact", -RESULTS.index(best.result)):
            best = found
    return best


def not_found() -> Check:
    return Check(result="not_found", suggested=SUGGESTED["not_found"], significance="none")
