"""What a figure in a claim measures, so that only figures of the same
quantity are compared.

A ``Figure`` is a parsed ``Number`` together with what the sentence says
around it: its comparable key (kind and unit), the interval of values the
printed figure allows (dates as day intervals by their precision), the
content words near it, the names in its clause (what it is about) and the
times its clause mentions. Pure functions: text in, dataclasses out.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from typing import Optional, Sequence

from .claims import lemma, parse_numbers
from ..model import Number

# Words of a clause around a figure that describe what it measures.
WINDOW = 5

_APPROX = {"about", "around", "some", "roughly", "approximately", "nearly", "almost", "close to", "just under",
           "just over", "~", "an estimated", "estimated"}
_LOWER = {"over", "more than", "at least", "above", "upwards of", "in excess of", "just over", "since", "after"}
_UPPER = {"up to", "under", "less than", "fewer than", "below", "nearly", "almost", "just under", "no more than",
          "at most", "before", "until", "by"}
# Printed figures are rounded: "$1.5 billion" and "$1.52 billion" agree.
_TOLERANCE = 0.01
_APPROX_TOLERANCE = 0.15

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019.-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*")
# Where a clause ends: a figure belongs to the clause it is printed in.
_CLAUSE_BREAK = re.compile(
    r"[;:()\[\]]|\s[\u2014\u2013\u2015]\s?|\s?[\u2014\u2013\u2015]\s|--|\s-\s"
    r"|,\s+(?:while|but|whereas|although|though|and|followed\s+by|compared\s+with|compared\s+to)\b"
    r"|\b(?:while|whereas)\b"
)
_FUNCTION = {
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "from", "by", "with", "as", "is",
    "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "its", "that", "this", "these", "those",
    "than", "more", "less", "per", "into", "over", "up", "down", "out", "off", "after", "before", "since", "will",
    "would", "can", "could", "may", "might", "must", "should", "who", "which", "what", "when", "where", "not", "no",
    "so", "if", "then", "there", "their", "his", "her", "our", "your", "my", "we", "they", "he", "she", "i", "you",
    "do", "did", "does", "about", "ago", "each", "every", "all", "both", "either", "other", "another", "such",
    "only", "just", "also", "very", "still", "yet", "again", "ever", "times", "said", "says", "say", "according",
    "some", "nearly", "almost", "around", "roughly", "approximately", "least", "most", "under", "above", "below",
    "percent", "pct", "cent", "percentage", "million", "billion", "trillion", "thousand", "hundred", "dozen",
    "new", "now", "them", "him", "us", "me", "while", "whereas", "because", "though", "although", "even",
    "estimated", "worth", "total", "totaling", "totalling", "compared", "followed", "among", "including", "plus",
    "minus", "dollar", "dollars", "pound", "pounds", "euro", "euros", "like", "many", "much", "own",
}
_NUMBER_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
    "fifty", "sixty", "seventy", "eighty", "ninety", "first", "second", "third", "fourth", "fifth", "half",
}
_MONTH_NAMES = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}
# Capitalised at the start of a sentence without being names.
_STARTERS = {
    "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his",
    "her", "their", "our", "my", "your", "in", "on", "at", "for", "from", "by", "with", "as", "of", "to", "but",
    "and", "or", "so", "yet", "if", "when", "while", "after", "before", "since", "until", "among", "about", "around",
    "some", "many", "most", "more", "less", "only", "just", "also", "even", "still", "there", "here", "then", "now",
    "however", "meanwhile", "according", "despite", "although", "though", "because", "nearly", "almost", "over",
    "under", "what", "which", "who", "how", "why", "where", "all", "both", "each", "every", "no", "not", "one",
    "another", "other", "such", "last", "next", "earlier", "later", "today", "yesterday", "instead", "overall",
    "during", "through", "without", "within", "against", "between", "into", "upon", "unlike", "like", "once",
}
_ROLES = {"by", "to", "from"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "all"}
_TEMPORAL_ADJECTIVES = {"current", "previous", "present", "existing", "original", "new", "old"}
_ANAPHORA = {"that", "this", "those", "these", "it", "them", "which", "whom"}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_RELATIVE = {"yesterday", "today", "tonight", "tomorrow"}
# A running figure: true on the article's day only ("has won 100 delegates so far").
_ONGOING = {"now", "currently", "presently", "so far", "to date", "as of", "at present", "thus far", "yet", "latest",
            "most recent"}
_PERIOD_WORDS = {"week", "month", "year", "weekend", "night", "morning", "quarter", "season", "summer", "winter",
                 "spring", "fall", "autumn", "term", "session"}
# Words before a name that are not part of what it names.
_TITLES = {
    "mr", "mrs", "ms", "dr", "sen", "gov", "rep", "gen", "lt", "col", "sgt", "capt", "prof", "rev", "hon", "president",
    "senator", "governor", "secretary", "minister", "mayor", "judge", "justice", "chairman", "speaker", "leader",
    "former", "sir", "dame", "lord", "lady", "st", "mt", "ft", "u.s", "the",
}


@dataclass(frozen=True)
class Figure:
    """A number of a claim with what it measures."""

    number: Number
    key: str  # kind and unit: "money:USD", "count:delegate", "date", ...
    lo: float
    hi: float
    bound: str  # "" for a value, "lower" ("more than 5"), "upper" ("up to 5")
    words: frozenset[str]  # content words near the figure, in its clause
    entities: frozenset[str]  # the names in its clause
    times: tuple[tuple[float, float], ...]  # other dates in its clause, as day intervals
    when: frozenset[str]  # relative times in its clause ("tuesday", "last month")
    # content word -> the content words printed just before it in the clause
    # ("poverty" for "rate" in "the poverty rate")
    modifiers: tuple[tuple[str, frozenset[str]], ...] = ()
    whole: Optional[str] = None  # shares: what they are a share of
    purpose: Optional[str] = None  # amounts and counts: what they are for

    @property
    def printed(self) -> str:
        q = self.number.qualifier
        p = self.number.printed.strip()
        if q and q != "ago" and not p.lower().startswith(q.lower()):
            return f"{q} {p}"
        return p


def figure_key(n: Number) -> Optional[str]:
    """What kind of quantity a number is, with its unit; None when it is not
    one a claim can be compared on (an ordinal or count with nothing
    counted, a time "ago")."""
    kind = n.kind or "count"
    if kind in ("date", "year"):
        return "date"
    if kind == "duration":
        return None if n.qualifier == "ago" else f"duration:{n.unit}"
    if kind == "percent":
        return f"percent:{n.unit or '%'}"
    if kind == "money":
        return f"money:{n.unit or ''}"
    if not n.unit:
        return None
    return f"{kind}:{n.unit.lower()}"


# -- values --------------------------------------------------------------------


def date_interval(n: Number) -> tuple[float, float]:
    """A date as the interval of YYYYMMDD numbers it covers ("May 2027" ->
    20270501..20270531); the year is 0 when the text leaves it out."""
    v = int(n.value)
    if n.kind == "year":  # as stored by older versions
        v *= 10000
    year, month, day = v // 10000, v // 100 % 100, v % 100
    precision = n.precision or ("day" if day else "month" if month else "year")
    if precision == "decade":
        return (year * 10000 + 101, (year + 9) * 10000 + 1231)
    if precision == "year" or not month:
        return (year * 10000 + 101, year * 10000 + 1231)
    if precision == "month" or not day:
        return (year * 10000 + month * 100 + 1, year * 10000 + month * 100 + 31)
    last = day
    m = re.search(r"\d\s*[-\u2013]\s*(\d{1,2})\b", n.printed)
    if m and day < int(m.group(1)) <= 31:
        last = int(m.group(1))  # "July 9-11"
    return (year * 10000 + month * 100 + day, year * 10000 + month * 100 + last)


def _value_interval(n: Number) -> tuple[float, float, str]:
    v = n.value
    q = (n.qualifier or "").lower()
    lo, hi = sorted((v * (1 - _TOLERANCE), v * (1 + _TOLERANCE)))
    if q in _APPROX:
        lo, hi = min(lo, v * (1 - _APPROX_TOLERANCE)), max(hi, v * (1 + _APPROX_TOLERANCE))
    bound = ""
    if q in _LOWER:
        hi, bound = math.inf, "lower"
        if q not in _APPROX:
            lo = v
    elif q in _UPPER:
        lo, bound = -math.inf, "upper"
        if q not in _APPROX:
            hi = v
    return lo, hi, bound


def _interval(n: Number) -> tuple[float, float, str]:
    if n.kind in ("date", "year"):
        lo, hi = date_interval(n)
        q = (n.qualifier or "").lower()
        if q in _LOWER:
            return lo, math.inf, "lower"
        if q in _UPPER:
            return -math.inf, hi, "upper"
        return lo, hi, ""
    return _value_interval(n)


# -- context -------------------------------------------------------------------


def _clauses(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _CLAUSE_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _content(word: str) -> Optional[str]:
    low = word.lower().strip(".'\u2019-")
    if not low or low in _FUNCTION or low in _NUMBER_WORDS or low in _MONTH_NAMES or low in _WEEKDAYS:
        return None
    if low[0].isdigit() or len(low) < 3:
        return None
    return lemma(low)


def _entity_key(words: list[str]) -> Optional[str]:
    words = [w for w in words if w.lower().rstrip(".") not in _TITLES]
    if not words:
        return None
    last = re.sub(r"['\u2019]s?$", "", words[-1]).lower().rstrip(".")
    if not last or last in _NUMBER_WORDS or last in _STARTERS:
        return None
    if last in _MONTH_NAMES or last in _WEEKDAYS:
        # a date, unless part of a name ("Super Tuesday")
        return " ".join(w.lower() for w in words) if len(words) > 1 else None
    return last


def _entities(tokens: list[tuple[str, int, int]]) -> frozenset[str]:
    """Names in a clause: runs of capitalised words, each named by its last
    word without titles ("Sen. Bernie Sanders" -> "sanders"). The first word
    of a sentence counts unless it is a function word: a capitalised common
    noun there makes the clause look about more than it is, which costs a
    relation, never invents one."""
    found: set[str] = set()
    run: list[str] = []
    for w, _, _ in tokens + [("", 0, 0)]:
        if w[:1].isupper():
            run.append(w)
            continue
        if run:
            key = _entity_key(run)
            if key:
                found.add(key)
        run = []
    return frozenset(found)


def _relative_times(tokens: list[tuple[str, int, int]]) -> frozenset[str]:
    found = set()
    lows = [w.lower() for w, _, _ in tokens]
    for k, w in enumerate(lows):
        if w in _WEEKDAYS or w in _RELATIVE or w in _ONGOING:
            found.add(w)
        elif k + 1 < len(lows) and f"{w} {lows[k + 1]}" in _ONGOING:
            found.add(f"{w} {lows[k + 1]}")
        elif w in ("last", "this", "next", "past", "previous") and k + 1 < len(lows) and lemma(lows[k + 1]) in _PERIOD_WORDS:
            found.add(f"{'last' if w in ('past', 'previous') else w} {lemma(lows[k + 1])}")
    return frozenset(found)


def _locate(text: str, numbers: Sequence[Number]) -> list[tuple[int, int]]:
    """Where each number is printed in text (in order; -1 when not found)."""
    spans, pos = [], 0
    for n in numbers:
        p = n.printed.strip()
        at = text.find(p, pos) if p else -1
        if at < 0:
            at = text.find(p) if p else -1
        spans.append((at, at + len(p)) if at >= 0 else (-1, -1))
        if at >= 0:
            pos = at + len(p)
    return spans


def describe(text: str, numbers: Optional[Sequence[Number]] = None) -> list[Figure]:
    """The comparable figures of a claim sentence, with their context.
    ``numbers`` defaults to the numbers parsed from ``text``."""
    numbers = list(parse_numbers(text) if numbers is None else numbers)
    return list(_describe(text, tuple(_freeze(n) for n in numbers)))


def _freeze(n: Number) -> tuple:
    return (n.printed, n.value, n.unit, n.qualifier, n.kind, n.precision)


@functools.lru_cache(maxsize=65536)
def _describe(text: str, frozen: tuple) -> tuple[Figure, ...]:
    numbers = [Number(*f) for f in frozen]
    spans = _locate(text, numbers)
    tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    clauses = _clauses(text)
    # Dates are what other figures of their clause are dated by; a date is
    # compared as a figure itself only in a claim with no other figure.
    other_kinds = {n.kind for n in numbers if figure_key(n) not in (None, "date")}
    out = []
    for n, (s, e) in zip(numbers, spans):
        key = figure_key(n)
        if key is None or (key == "date" and other_kinds):
            continue
        cs, ce = next(((a, b) for a, b in clauses if a <= max(s, 0) < max(b, a + 1)), (0, len(text)))
        in_clause = [t for t in tokens if t[1] >= cs and t[2] <= ce]
        figure_tokens = [t for t in in_clause if s <= t[1] < e]
        before = [t for t in in_clause if t[2] <= s]
        after = [t for t in in_clause if t[1] >= e]
        unit_lemma = lemma(n.unit) if n.unit and n.unit.isalpha() else None
        words = _near(reversed(before), unit_lemma) | _near(after, unit_lemma)
        others = [m for m in numbers if m is not n]
        times = []
        for m, (ms, _me) in zip(numbers, spans):
            if m is n or ms < 0 or not (cs <= ms < ce) or m.kind not in ("date", "year"):
                continue
            lo, hi = date_interval(m)
            times.append((lo, hi))
        when = set(_relative_times(in_clause))
        when |= {f"{int(m.value)} {m.unit} ago" for m, (ms, _) in zip(others, _locate(text, others)) if m.qualifier == "ago" and cs <= ms < ce}
        ents = _entities([t for t in in_clause if t not in figure_tokens])
        mods = _modifiers(in_clause, figure_tokens)
        lo, hi, bound = _interval(n)
        role = _role(before)
        if role and key != "date":
            # "rose by 5 percent" is a difference, "raised to $15" a target,
            # "from $7.25" a starting level: none is the level itself
            key += f":{role}"
        out.append(Figure(n, key, lo, hi, bound, frozenset(words), ents, tuple(times), frozenset(when), mods,
                          _whole(after) if n.kind == "percent" else None,
                          _purpose(after) if n.kind in ("money", "count", "quantity") else None))
    return tuple(out)


def _near(tokens, unit: Optional[str]) -> set[str]:
    """The first WINDOW content words of ``tokens`` (names aside)."""
    found: list[str] = []
    for w, _, _ in tokens:
        c = _content(w)
        if c and c != unit and not w[:1].isupper():
            found.append(c)
            if len(found) == WINDOW:
                break
    return set(found)


def _role(before: list[tuple[str, int, int]]) -> Optional[str]:
    """The preposition that makes a figure a difference or an end point:
    "by 5 percent", "to $15", "from the current $7.25"."""
    for w, _, _ in reversed(before[-3:]):
        low = w.lower()
        if low in _ROLES:
            return low
        if low not in _DETERMINERS and low not in _TEMPORAL_ADJECTIVES:
            return None
    return None


def _whole(after: list[tuple[str, int, int]]) -> Optional[str]:
    """What a share is of: "52 percent of Democratic primary voters" ->
    "democratic primary voter"; "?" when it points back ("of that vote",
    "of it"), None when the text does not say."""
    if not after or after[0][0].lower() != "of":
        return None
    words: list[str] = []
    for w, _, _ in after[1:6]:
        low = w.lower()
        if low in _ANAPHORA:
            return "?"
        if low in _DETERMINERS:
            continue
        if low in _FUNCTION or low[0].isdigit() or (words and low.endswith(("ed", "ing"))):
            break  # "of farmers backed ...": the verb after the whole
        words.append(lemma(low))
        if lemma(low) != low:
            break  # a plural ends the whole: "of registered farmers"
    return " ".join(words) if words else None


def _purpose(after: list[tuple[str, int, int]]) -> Optional[str]:
    """What an amount or count is for or spent on: "a £12 million grant for
    the harbour bridge" -> "harbour bridge"; None when the text does not say."""
    k = 0
    while k < min(2, len(after)) and _content(after[k][0]) and not after[k][0][:1].isupper():
        k += 1  # the head noun: "grant", "youth jobs program"
    if k >= len(after) or after[k][0].lower() not in ("for", "on", "to"):
        return None
    words: list[str] = []
    for w, _, _ in after[k + 1 : k + 6]:
        low = w.lower()
        if low in _DETERMINERS:
            continue
        if low in _FUNCTION or low in _ANAPHORA or low[0].isdigit():
            break
        words.append(lemma(low))
    return " ".join(words) if words else None


def _modifiers(tokens: list[tuple[str, int, int]], skip: list) -> tuple[tuple[str, frozenset[str]], ...]:
    found: dict[str, set[str]] = {}
    prev: Optional[str] = None
    for t in tokens:
        if t in skip:
            prev = None
            continue
        w = t[0]
        c = None if w[:1].isupper() else _content(w)
        if c is not None and prev is not None:
            found.setdefault(c, set()).add(prev)
        prev = c
    return tuple(sorted((k, frozenset(v)) for k, v in found.items()))


# -- comparison ----------------------------------------------------------------


def _dates_overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    if a[0] < 10000 or b[0] < 10000:  # a year left out: compare month and day
        a, b = (a[0] % 10000, a[1] % 10000), (b[0] % 10000, b[1] % 10000)
    return a[0] <= b[1] and b[0] <= a[1]


def same_time(a: Figure, b: Figure) -> bool:
    """The clauses of a and b are not dated differently."""
    if a.times and b.times and not any(_dates_overlap(x, y) for x in a.times for y in b.times):
        return False
    if a.when and b.when and not (a.when & b.when):
        return False
    return True


def same_quantity(a: Figure, b: Figure, min_words: int = 3) -> bool:
    """a and b measure the same thing: same kind and unit, words in common
    around them, the same names in their clauses, times that agree."""
    # What a clause names is what its figure is about; a clause that names
    # nothing ("The margin of error is 3 points") is about something only
    # its article knows, and is compared with nothing.
    if a.key != b.key or not a.entities or a.entities != b.entities:
        return False
    # Shares of different wholes ("of Hispanic voters", "of voters of
    # colour") are different quantities; "of that vote" is a whole only its
    # article knows.
    if a.whole != b.whole or a.whole == "?":
        return False
    if a.purpose and b.purpose and a.purpose != b.purpose:
        return False  # "a grant for the bridge", "a grant for the school"
    if a.key == "date" and (a.hi - a.lo > 100 or b.hi - b.lo > 100):
        min_words += 1  # years recur in unrelated sentences
    # A running figure ("has won 100 delegates so far") is of its
    # article's day, which the text does not give.
    if a.when & _ONGOING or b.when & _ONGOING:
        return False
    # The thing measured: words near both figures; a month or day both
    # print counts as two ("raised ... in January"), a year as one.
    on_date = _shared_time(a, b)
    shared = len(a.words & b.words) + on_date
    if shared < min_words:
        return False
    # "on Tuesday", "last year": the same words, or a month or day both print
    if (a.when or b.when) and a.when != b.when and on_date < 2:
        return False
    # "the poverty rate" and "the unemployment rate" share "rate" only
    ma, mb = dict(a.modifiers), dict(b.modifiers)
    for w in a.words & b.words:
        if ma.get(w) and mb.get(w) and not (ma[w] & mb[w]):
            return False
    return same_time(a, b)


def _shared_time(a: Figure, b: Figure) -> int:
    """2 when both clauses print the same month or day, 1 the same year.
    A weekday or "last month" names a different day in every article and
    is no evidence."""
    best = 0
    for x in a.times:
        for y in b.times:
            if (x[0] >= 10000) != (y[0] >= 10000) or not _dates_overlap(x, y):
                continue
            year_only = x[1] - x[0] > 1000 or y[1] - y[0] > 1000
            best = max(best, 1 if year_only else 2)
    return best


def compare(a: Figure, b: Figure) -> Optional[bool]:
    """True when the two values agree, False when they conflict, None when
    neither can be said (two open bounds)."""
    if a.key == "date":
        if a.bound or b.bound:
            return None  # "since 2020" against a date says little
        overlap = _dates_overlap((a.lo, a.hi), (b.lo, b.hi))
    else:
        overlap = a.lo <= b.hi and b.lo <= a.hi
    if a.bound and b.bound:
        if a.bound == b.bound:
            # "more than 500" and "more than 700" can both be true
            return True if a.number.value == b.number.value else None
        return None if overlap else False
    return overlap
