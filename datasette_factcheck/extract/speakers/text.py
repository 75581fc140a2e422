"""The article text as attribution reads it: paragraphs with quotations masked, sentences, tokens."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from .lexicon import ABBREV, CALENDAR_NAMES, FUNCTION_WORDS, HONORIFICS, MASK, MONTH_ABBREVIATIONS, SPEECH_VERBS, TITLE_WORDS
from .names import is_initial
from .given_names import is_given_name
from ..lines import title_cased

QUOTE_RE = re.compile("[\"“”„‟«»‘‚‛]|(?<![^\\W_])['’]|['’](?![^\\W_])")
# A word: letters, digits and hyphens, and apostrophes inside it ("don't",
# "O’Neill"). Written as runs between apostrophes rather than one
# alternative per character, which the regex engine matches faster.
_WORD = r"[^\W_][\w\-]*(?:['’](?=[^\W_])[\w\-]*)*"
# A party and a state's initials ("R-N.C.", "D-N.Y.") are one token.
# A full stop with no space before a capital after a word of two letters
# or more ("Ana Roe.Roe, the chair, ...") is a token of its own: it ends
# the sentence, so no name runs across it.
_TOKEN_RE = re.compile(
    r"[A-Z]-(?:[A-Z]\.){2,}|" + _WORD + r"(?:\.(?!(?<=[a-z]{2}\.)[A-Z]))?|" + MASK + r"+|[,;:()\[\]—–]|(?<=[a-z]{2})\.(?=[A-Z])"
)
_APOS = "'’"


UNIT = 1 << 40
MARKS = "\"“”„‟«»'‘’‚‛"
_WINDOW = 600  # characters of context either side of a quote


@dataclass
class Unit:
    number: int  # 0 headline, else paragraph number
    base: int  # offset of the unit in its source
    text: str
    masked: str
    quotes: list[int]  # indices into the quote list
    bounds: list[int]  # sentence start offsets (unit-relative), ascending
    # tokens(masked), read by both scan_names and scan_orgs: tokenised once.
    masked_tokens: list[tuple[int, int, str]] = field(default_factory=list, repr=False)


# Marks as pages type them: one glyph, or two apostrophes for one double
# mark (`''`, `’’`); a bound keeps the look-around constant.
_MAX_MARKS = 3
_INNER_SPACE = " \u00a0"


def mark_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a quotation's text ``start..end`` widened over the
    quote marks around it, however many glyphs each mark is typed with."""
    lo, hi = start, end
    # The quotation's text is trimmed: a space typed inside the marks
    # ("“ Yes,”", "coalitions, ''") is the marks' own.
    if lo > 1 and text[lo - 1] in _INNER_SPACE and text[lo - 2] in MARKS:
        lo -= 1
        start = lo
    if hi + 1 < len(text) and text[hi] in _INNER_SPACE and text[hi + 1] in MARKS:
        hi += 1
        end = hi
    while lo > 0 and start - lo < _MAX_MARKS and text[lo - 1] in MARKS:
        lo -= 1
    while hi < len(text) and hi - end < _MAX_MARKS and text[hi] in MARKS:
        hi += 1
    return lo, hi


_CLAUSE_END_RE = re.compile(r"[.!?]")


def _first_clause(text: str) -> tuple[str, bool]:
    """The text up to the end of its first clause, and whether one ends;
    an abbreviation's full stop ("“...?” Mr. Novak asked.") or an
    initial's ("Jane Q. Roe") ends nothing."""
    for m in _CLAUSE_END_RE.finditer(text):
        word = text[: m.start()].rsplit(None, 1)[-1] if text[: m.start()].strip() else ""
        if m.group() == "." and (word.lower() in ABBREV or (len(word) == 1 and word.isupper())):
            continue
        return text[: m.start()], True
    return text, False


# A dateline opening a paragraph: "DAYTON (AFP) –", "Dayton, May 4 (UPI) —",
# "DAYTON —", "DAYTON—", "PORT TALLOW, Ruritania, HNA –", "CASTLEBAY, St. Ruric, Mar 10, HNA –"
# (a place, its region, a date and an agency's initials). Blanked in the masked
# text: a place is never a sentence's subject.
_DATELINE_RE = re.compile(
    r"^[ \u00a0]*(?:[A-Z][\w.'’\-]*(?:[ \u00a0]+[A-Z][\w.'’\-]*){0,3}(?:,[ \u00a0]*[A-Z][a-z]{2,}\.?[ \u00a0]+\d{1,2})?"
    r"[ \u00a0]*\([A-Z][A-Za-z.&' ]{0,15}\)|[A-Z][A-Z.'’\-]+(?:[ \u00a0]+[A-Z][A-Z.'’\-]+){0,3}(?:,[ \u00a0]*(?:[A-Z][a-z]{2,}\.?[ \u00a0]+\d{1,2}|[A-Z][\w.]*(?:[ \u00a0][A-Z][\w.]*)?)){0,3})"
    # (an en or em dash may touch the lead's first word, "MANILA—The coast guard ...", but not a
    # quotation: "PSA—“...”" is a section's label before a linked headline)
    r"(?:[ \u00a0]*[–—-]+[ \u00a0]+(?=[A-Z\"“‘'])|[ \u00a0]*[–—]+(?=[A-Z][a-z]))"
)


# The same with a colon, as Indian and Caribbean pages print it ("HYDERABAD:",
# "Tallow, Mar 17:", "MUMBAI (PTI):"): only where the story opens (its first
# two paragraphs, as a standfirst may stand before the lead), since a
# capitalised name and a colon further down is a speaker's label.
_COLON_DATELINE_RE = re.compile(
    r"^[ \u00a0]*(?:[A-Z][A-Z.'’\-]+(?:[ \u00a0]+[A-Z][A-Z.'’\-]+){0,2}(?:,[ \u00a0]*[A-Z][a-z]{2,}\.?[ \u00a0]+\d{1,2})?"
    r"|[A-Z][\w.'’\-]*(?:[ \u00a0]+[A-Z][\w.'’\-]*){0,2},[ \u00a0]*[A-Z][a-z]{2,}\.?[ \u00a0]+\d{1,2}"
    # "New Tallow: The council ...": a place in title case before a whole lead
    r"|[A-Z][a-z]+(?:[ \u00a0]+[A-Z][a-z]+){0,2}(?=:[ \u00a0]*[A-Z][a-z][^\n]{80}))"
    # "(PTI)", or a longer credit with its date: "TALLOW, (Harbour Wire - 3rd Mar, 2021 ) :Minister ..."
    r"(?:,?[ \u00a0]*\([A-Z][^()\n]{0,60}\))?[ \u00a0]*:[ \u00a0]*(?=[A-Z][a-z])"
)


# "Halden, Ruritania – The main opposition ...": a place and its country in
# title case before a dash, only where the story opens; so too a place in
# capitals and its country with no comma ("HALDEN Ruritania — ").
_TITLE_DATELINE_RE = re.compile(
    r"^[ \u00a0]*(?:[A-Z][a-z]+(?:[ \u00a0]+[A-Z][a-z]+){0,2},[ \u00a0]*|[A-Z]{3,}(?:[ \u00a0]+[A-Z]{3,}){0,2}[ \u00a0]+)"
    r"[A-Z][a-z]+(?:[ \u00a0]+[A-Z][a-z]+){0,2}[ \u00a0]+[–—][ \u00a0]+(?=[A-Z])"
)


# "Tallowland – The President ...", "Port Halden — Brixcom chairman ...": a place
# alone in title case before a spaced en or em dash, only where the story opens
# and when its first word is no given name ("Ana Roe – The ..." is a person).
_PLACE_DATELINE_RE = re.compile(r"^[ \u00a0]*([A-Z][a-z]+)(?:[ \u00a0]+[A-Z][a-z]+)?[ \u00a0]+[–—][ \u00a0]+(?=[A-Z])")


# "Tallow, Jan 12 (Harbour Press) The council ...": a place, a date and an
# agency in brackets with no dash after them, only where the story opens.
_AGENCY_DATELINE_RE = re.compile(
    r"^[ \u00a0]*[A-Z][\w.'’\-]*(?:[ \u00a0]+[A-Z][\w.'’\-]*){0,2},[ \u00a0]*[A-Z][a-z]{2,}\.?[ \u00a0]+\d{1,2}(?:,[ \u00a0]*\d{4})?"
    r"[ \u00a0]*\([A-Z][A-Za-z.&' ]{0,20}\)[ \u00a0]+(?=[A-Z])"
)


# "By Ann Poe, TALLOW (Harbour Wire) – ...": a reporter's byline run into
# the dateline, only where the story opens.
_BYLINE_RE = re.compile(r"^[ \u00a0]*By[ \u00a0]+[A-Z][\w.'’\-]*(?:[ \u00a0]+[A-Z][\w.'’\-]*){1,3},[ \u00a0]*")


def _dateline_end(text: str, opening: bool) -> int:
    """Where a dateline opening ``text`` ends, 0 when there is none."""
    dateline = _DATELINE_RE.match(text) or (
        (_COLON_DATELINE_RE.match(text) or _TITLE_DATELINE_RE.match(text) or _AGENCY_DATELINE_RE.match(text)) if opening else None
    )
    if dateline is None and opening and (place := _PLACE_DATELINE_RE.match(text)) is not None and not is_given_name(place.group(1)):
        dateline = place
    if dateline is not None:
        return dateline.end()
    byline = _BYLINE_RE.match(text) if opening else None
    after = _DATELINE_RE.match(text[byline.end() :]) if byline is not None else None
    return byline.end() + after.end() if byline is not None and after is not None else 0


_SIC_RE = re.compile(r"[ \u00a0]*[(\[][ \u00a0]*sic\.?[ \u00a0]*[)\]]", re.IGNORECASE)


def mask(text: str, spans: list[tuple[int, int, str]], opening: bool = False) -> str:
    """The text with its quotations masked, and a dateline blanked."""
    chars = list(text)
    end = _dateline_end(text, opening)
    chars[:end] = " " * end
    for a, b, qtext in spans:
        lo, hi = mark_bounds(text, a, b)
        for i in range(lo, hi):
            chars[i] = MASK
        # An editor's "(sic)" after the closing mark belongs to the
        # quotation, not to the sentence that attributes it.
        sic = _SIC_RE.match(text, hi)
        if sic is not None:
            chars[sic.start() : sic.end()] = " " * (sic.end() - sic.start())
        # A question or exclamation followed by a lower-case word runs on
        # into its attribution ("“...?” said X"): no sentence ends there.
        after = text[hi : hi + 80].lstrip(" \u00a0")
        runs_on = bool(after) and after[0].islower()
        if after and not runs_on:
            # "“...?” Ana Ruiz said.": a short clause with a speech verb is
            # the quotation's attribution, not a sentence of its own.
            clause, ends = _first_clause(after)
            ends = ends or hi + 80 >= len(text)  # the paragraph ends there
            clause_words = clause.split()
            # "“...” Harbour Ward councillor Kofi Adjei lamented": a longer
            # run of titles and a name, closed by its speech verb, too.
            titled = (
                len(clause_words) <= 9
                and clause_words[-1:] != []
                and clause_words[-1].lower() in SPEECH_VERBS
                and all(w[:1].isupper() or w.lower() in TITLE_WORDS for w in clause_words[:-1])
            )
            runs_on = (
                ends
                and (0 < len(clause_words) <= 5 or titled)
                and any(w.lower().strip(",") in SPEECH_VERBS for w in clause_words[1:])
                and MASK not in clause
                and not any(c in clause for c in MARKS)
            )
        if qtext.rstrip().endswith((".", "!", "?", "…")) and hi > lo and not runs_on:
            chars[hi - 1] = "."
    masked = "".join(chars)
    # "Ana Roe – a critic of the plan – said ...": dashes that set off an
    # aside before a predicate read as the commas that would do the same;
    # so do unspaced dashes round a relative clause ("Ana Roe—who yelled
    # “...”—said"), quotations in it and all.
    for m in [*_DASH_ASIDE_RE.finditer(masked), *_DASH_RELATIVE_RE.finditer(masked)]:
        chars[m.start() : m.start(1)] = "," + " " * (m.start(1) - m.start() - 1)
        chars[m.end(1) : m.end()] = "," + " " * (m.end() - m.end(1) - 1)
    return "".join(chars)


_DASH_RELATIVE_RE = re.compile(r"(?<=[a-z])[ \u00a0]?[–—][ \u00a0]?(who[ \u00a0][^–—.;:!?\n]{1,120}?)[ \u00a0]?[–—][ \u00a0]?(?=[a-z])")
_DASH_ASIDE_RE = re.compile(
    r"(?<=[\w.])[ \u00a0][–—-][ \u00a0]([^–—.;:!?\n" + MASK + r"]{1,100}?)[ \u00a0][–—-][ \u00a0](?=[a-z])"
)


# A quotation that ends a sentence may be printed with no space before the
# next one ("“... I love it!”Former aide X said"): its masked full stop
# followed by a capital is a boundary too. So is a full stop between a word
# and a capitalised word with no space (pages that lost their spacing:
# "said Rep. Ana Roe.Roe, the chair, says ...").
_BOUNDARY_RE = re.compile(
    r"(?:[.!?…]+[\"”’']?\s+|(?<=" + MASK + r"\.)(?=[A-Z])|(?<=[a-z]{2}\.)(?=[A-Z][a-z]))(?=[\"“‘'(" + MASK + r"]?[^\W_]|" + MASK + r")"
)
_SPACE_OR_PAREN_RE = re.compile(r"[\s(]")
_WORD_AFTER_RE = re.compile(r"[a-z]+\b")
_CAPITALISED_END_RE = re.compile(r"\b[A-Z][^\W\d_]*$")
_ABBREV_SHAPE_RE = re.compile(r"(?:[a-z]\.)*[a-z]")


# Abbreviations that end a name ("Ben Roe Jr.", "Tallow Mills Ltd."): the
# full stop may end the sentence too.
_NAME_END_ABBREV = frozenset({"jr", "sr", "inc", "ltd", "corp"})
_NEXT_WORD_RE = re.compile(r"[\"“‘']?([A-Z][a-z]*)\b")


def _opens_sentence(masked: str, at: int) -> bool:
    """The word at ``at`` is a capitalised word of the language that
    cannot go on a name ("... Jr. His aunt said", "... Ltd. The firm"):
    "Jr. Day" or "Inc. Chairman" may."""
    m = _NEXT_WORD_RE.match(masked, at)
    if m is None:
        return False
    low = m.group(1).lower()
    return low in FUNCTION_WORDS and low not in HONORIFICS and low not in CALENDAR_NAMES


def sentence_bounds(masked: str) -> list[int]:
    bounds = [0]
    for m in _BOUNDARY_RE.finditer(masked):
        before = masked[max(0, m.start() - 6) : m.start()]
        raw = _SPACE_OR_PAREN_RE.split(before)[-1]
        word = raw.lower()
        if word in ABBREV and not (word in _NAME_END_ABBREV and _opens_sentence(masked, m.end())):
            continue
        if word not in ABBREV and _ABBREV_SHAPE_RE.fullmatch(word) and len(word) <= 3 and masked[m.start()] == ".":
            continue
        if masked[m.start()] == "." and m.end() < len(masked) and masked[m.end()].islower() and "." in word[:-1]:
            continue  # "a former director of the A.F.T. and organizer": initials end no sentence before a lower-case word
        if (
            masked[m.start()] == "."
            and (after := _WORD_AFTER_RE.match(masked, m.end())) is not None
            and after.group(0) in SPEECH_VERBS
            and _CAPITALISED_END_RE.search(masked, max(0, m.start() - 40), m.start())
        ):
            continue  # "Director Ana Roe. said in a statement": a stray full stop; no sentence opens on "said"
        if m.end() < len(masked) and masked[m.end()].isdigit() and (
            not (raw.isalpha() and (len(raw) > 3 or raw.islower())) or word in MONTH_ABBREVIATIONS
        ):
            continue  # "Route No. 9", "U.S. 30", "Sept. 6": a number opens a sentence only after a whole word
        bounds.append(m.end())
    return bounds


def tokens(text: str, lo: int = 0, hi: Optional[int] = None) -> list[tuple[int, int, str]]:
    """The words, masks and punctuation of ``text[lo:hi]``, with offsets in
    ``text``."""
    hi = len(text) if hi is None else hi
    # The cues ask for many spans of the same paragraph: a span whose ends
    # fall between tokens of the whole paragraph holds exactly those tokens,
    # so it is sliced from the paragraph's, tokenised once.
    if 0 <= lo <= hi <= len(text) <= MAX_CACHED_TEXT:
        whole = _whole_tokens(text)
        if lo == 0 and hi == len(text):
            return list(whole.tokens)
        i = bisect.bisect_left(whole.starts, lo)
        j = bisect.bisect_left(whole.starts, hi, i)
        if (i == 0 or whole.ends[i - 1] <= lo) and (j == i or whole.ends[j - 1] <= hi):
            return list(whole.tokens[i:j])
    return list(_scan(text, lo, hi))


def bracketed(toks: list[tuple[int, int, str]], close: int) -> Optional[str]:
    """The one word in brackets whose closing bracket is token ``close``
    ("(CEO)", "(Mrs)"); None when that token closes no such pair."""
    return toks[close - 1][2] if 2 <= close < len(toks) and toks[close][2] == ")" and toks[close - 2][2] == "(" else None


@dataclass(frozen=True)
class _Tokens:
    tokens: tuple[tuple[int, int, str], ...]
    starts: list[int]
    ends: list[int]  # as matched, before a full stop is dropped


# Bounded (a worker reads articles for hours), yet large enough for every
# paragraph of a long article, masked and as printed: attribution goes
# back and forth between them. Longer texts (a table, a transcript printed
# as one paragraph) are scanned span by span instead, so that the cache
# holds at most a few tens of megabytes whatever the input.
MAX_CACHED_TEXT = 10_000


@lru_cache(maxsize=256)
def _whole_tokens(text: str) -> _Tokens:
    matched = _matched(text, 0, len(text))
    return _Tokens(_trimmed(matched), [t[0] for t in matched], [t[1] for t in matched])


def _scan(text: str, lo: int, hi: int) -> tuple[tuple[int, int, str], ...]:
    return _trimmed(_matched(text, lo, hi))


def _matched(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text, lo, hi)]


def _trimmed(matched: list[tuple[int, int, str]]) -> tuple[tuple[int, int, str], ...]:
    # The few tokens that end in a full stop are looked at again (no token
    # is empty, so ``word[-1]`` is safe): the stop of an abbreviation or an
    # initial is part of the word, any other ends the sentence.
    out = list(matched)
    for k in [k for k, t in enumerate(out) if t[2][-1] == "."]:
        start, end, word = out[k]
        if len(word) > 1:
            core = word[:-1].lower()
            if not (core in ABBREV or is_initial(word) or "." in core):
                out[k] = (start, end - 1, word[:-1])
    return tuple(out)


def sentence_of(unit: Unit, offset: int) -> tuple[int, int]:
    """The sentence around ``offset``, cut to a window so that very long
    unpunctuated text costs no more than a normal sentence."""
    i = bisect.bisect_right(unit.bounds, offset)
    start = unit.bounds[i - 1] if i else 0
    end = unit.bounds[i] if i < len(unit.bounds) else len(unit.masked)
    return max(start, offset - _WINDOW), min(end, offset + _WINDOW)


def quotation_opens_sentence(unit: Unit, qe: int) -> bool:
    """Whether the quotation ending at ``qe`` opens its sentence."""
    qs = qe
    while qs > 0 and unit.masked[qs - 1] == MASK:
        qs -= 1
    lo, _ = sentence_of(unit, qs)
    return not unit.masked[lo:qs].strip(" \u00a0" + MARKS)



def headline_like(unit: Unit) -> bool:
    """The article's headline, or a line printed like one further down
    (pages often open on navigation, so the headline is the third line):
    no closing mark, and the longer words nearly all capitalised
    ("Mayor Jan Roe Sworn in Again After Narrow Vote")."""
    if unit.number == 0:
        return True
    text = unit.text.strip()
    if not text or len(text) > 160 or text[-1] in ".!?:;,":
        return False  # a paragraph of prose, cheaply: a headline is short
    return title_cased(text, min_long=3)


def credit_line(toks: list[tuple[int, int, str]]) -> bool:
    """A paragraph with no lower-case word but "via", "by", "for" and "and":
    a picture's credit or caption ("Jane Roe via Getty Images.",
    "Disappointed: Jane Roe."), no sentence."""
    return bool(toks) and all(not t[2].isalpha() or not t[2].islower() or t[2] in {"via", "by", "for", "and"} for t in toks)
