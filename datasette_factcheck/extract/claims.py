"""Check-worthy claims: sentences of the article body that state a figure,
a date, a count, a rank or a named event, with their numbers parsed into
comparable values.

``Number.value`` conventions: money in units of the currency ("$60bn" ->
60e9, unit "USD"); percent as printed ("5.5%" -> 5.5, unit "%"); dates as
YYYYMMDD with 0 for what the text leaves out ("July 9-11" -> 709, "September
2022" -> 20220900); years as the year; ordinals as their rank ("fifth trip"
-> 5, unit "trip"); counts as the number with the counted noun lemmatised as
unit ("over 50 countries" -> 50, unit "country", qualifier "over").
"""

from __future__ import annotations

import functools

import re
from typing import Optional

from ..model import Claim, Number, Quote, Segmented

# -- numbers -----------------------------------------------------------------

_TOKEN = re.compile(
    r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?(?:[A-Za-z%]+)?)"
    r"|(?P<word>[A-Za-z]+(?:['\u2019][A-Za-z]+)*)"
    r"|(?P<sym>US\$|[$£€¥%~])"
    r"|(?P<punct>[^\s\w])"
)

_CURRENCY_SYMBOL = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY"}
_CURRENCY_WORD = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
    "gbp": "GBP", "euro": "EUR", "euros": "EUR", "eur": "EUR", "yen": "JPY", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "yuan": "CNY", "rupees": "INR",
}
_SCALE = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}
_SCALE_WORDS = {"thousand", "million", "millions", "billion", "billions", "trillion"}
_MEASURE = {
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mm": "mm", "millimetre": "mm", "millimetres": "mm", "cm": "cm", "centimetres": "cm", "metre": "m",
    "metres": "m", "meter": "m", "meters": "m", "mile": "mile", "miles": "mile", "mi": "mile", "mph": "mph",
    "kph": "km/h", "kmh": "km/h", "kg": "kg", "kilograms": "kg", "kilogram": "kg", "kilos": "kg", "tonnes": "tonne",
    "tonne": "tonne", "tons": "tonne", "ton": "tonne", "lb": "lb", "lbs": "lb", "litres": "l", "liters": "l",
    "barrels": "barrel", "acres": "acre", "hectares": "ha", "ha": "ha", "ft": "ft", "feet": "ft", "foot": "ft",
    "inches": "inch", "degrees": "degree", "mw": "MW", "gw": "GW", "kw": "kW", "kwh": "kWh", "mwh": "MWh",
    "gb": "GB", "tb": "TB", "sq": "sq", "km2": "km2",
}
_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100,
}
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# A month name alone is a date only after one of these ("in July", not "March on").
_MONTH_CONTEXT = {"in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "of", "from", "before", "after", "during", "throughout", "on", "to"}
_QUALIFIERS = [
    ("in", "excess", "of"), ("more", "than"), ("fewer", "than"), ("less", "than"), ("at", "least"), ("at", "most"),
    ("up", "to"), ("close", "to"), ("just", "over"), ("just", "under"), ("no", "more", "than"), ("upwards", "of"),
    ("an", "estimated"),
    ("over",), ("about",), ("some",), ("nearly",), ("almost",), ("around",), ("roughly",), ("approximately",),
    ("under",), ("below",), ("above",), ("since",), ("before",), ("after",), ("until",), ("~",), ("estimated",),
]
_YEAR_ONLY_QUALIFIERS = {"since", "before", "after", "until"}
_DURATION_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "weekend", "night"}
_RATE_PERIODS = {"hour": "hour", "day": "day", "week": "week", "month": "month", "year": "year"}
_MONEY_VERBS = {
    "give", "giving", "gave", "given", "spend", "spent", "spending", "cost", "costs", "costing", "pay", "paid",
    "paying", "worth", "fund", "funds", "funding", "funded", "budget", "raised", "raise", "invest", "invested",
    "investment", "pledged", "pledge", "donated", "aid", "loan", "loans", "grant", "allocated", "sent", "committed",
}
# Words after which a number is part of a name ("Article 5", "Flight 17").
_NAME_HEADS = {"article", "section", "chapter", "clause", "paragraph", "resolution", "flight", "route", "room", "no", "number", "page", "vol", "volume", "part", "level", "phase", "type", "class", "model"}
_STOP = {
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "from", "by", "with", "as", "is",
    "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "that", "this", "these", "those",
    "than", "more", "less", "per", "into", "over", "up", "down", "out", "off", "after", "before", "since",
    "will", "would", "can", "could", "may", "might", "must", "should", "who", "which", "what", "when", "where",
    "not", "no", "so", "if", "then", "there", "their", "his", "her", "our", "your", "my", "we", "they", "he",
    "she", "i", "you", "do", "did", "does", "about", "ago", "each", "every", "all", "both", "either", "other",
    "another", "such", "only", "just", "also", "very", "still", "yet", "again", "ever", "times",
}
_IRREGULAR = {"people": "person", "children": "child", "men": "man", "women": "woman", "feet": "foot", "mice": "mouse", "lives": "life", "wives": "wife", "troops": "troop", "series": "series", "species": "species", "news": "news"}


@functools.lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    w = word.lower().strip("'\u2019")
    if w.endswith(("'s", "\u2019s")):
        w = w[:-2]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "ches", "shes", "xes", "zes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


class _Tok:
    __slots__ = ("kind", "text", "low", "start", "end")

    def __init__(self, m: re.Match):
        self.kind = m.lastgroup or "punct"
        self.text = m.group()
        self.low = self.text.lower()
        self.start = m.start()
        self.end = m.end()


_NUM_SPLIT = re.compile(r"^(\d+(?:,\d{3})*(?:\.\d+)?)([A-Za-z%]*)$")


def _number_word_run(toks: list[_Tok], i: int) -> tuple[Optional[float], int]:
    """Words as a number ("twenty-five", "two hundred", "a dozen"); returns
    (value, index after) or (None, i)."""
    t = toks[i]
    if t.kind != "word":
        return None, i
    low = t.low
    if low == "a" and i + 1 < len(toks) and toks[i + 1].low == "dozen":
        return 12.0, i + 2
    if low == "dozen":
        return 12.0, i + 1
    value = None
    j = i
    if low in _TENS:
        value = float(_TENS[low])
        j = i + 1
        # twenty-five
        if j + 1 < len(toks) and toks[j].text == "-" and toks[j + 1].low in _ONES and toks[j].start == t.end:
            value += _ONES[toks[j + 1].low]
            j += 2
    elif low in _ONES:
        value = float(_ONES[low])
        j = i + 1
    if value is None:
        return None, i
    if j < len(toks) and toks[j].low == "hundred":
        value *= 100
        j += 1
    return value, j


def _parse_float(s: str) -> Optional[float]:
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


# The qualifiers by their last word, each list in the order of _QUALIFIERS:
# only those ending in the word before a number can match it.
_QUALIFIERS_BY_LAST: dict[str, list[tuple[str, ...]]] = {}
for _q in _QUALIFIERS:
    _QUALIFIERS_BY_LAST.setdefault(_q[-1], []).append(_q)


def _qualifier(toks: list[_Tok], i: int) -> tuple[Optional[str], int]:
    """The qualifier printed just before token i, and where it starts."""
    if i == 0:
        return None, i
    for q in _QUALIFIERS_BY_LAST.get(toks[i - 1].low, ()):
        n = len(q)
        if i - n < 0:
            continue
        if all(toks[i - n + k].low == q[k] for k in range(n)):
            return " ".join(q), i - n
    return None, i


def _noun_after(toks: list[_Tok], j: int, plural_ok: bool) -> tuple[Optional[str], int]:
    """The counted noun after a number: the first plural within four words
    (skipping adjectives: "three pivotal decisions", "514 likely Democratic
    primary voters"), else the next word."""
    first = None
    for k in range(j, min(j + 4, len(toks))):
        t = toks[k]
        if t.kind != "word" or t.low in _STOP:
            break
        if first is None:
            first = (k, t)
        if plural_ok and t.low.endswith("s") and not t.low.endswith(("ss", "us", "is")) and len(t.low) > 3:
            return lemma(t.low), k + 1
        if t.low in _IRREGULAR:
            return lemma(t.low), k + 1
    if first is not None and first[0] == j:
        k, t = first
        if t.text[:1].isupper() and not plural_ok:
            return None, j
        return lemma(t.low), k + 1
    return None, j


def _is_year(v: float, raw: str) -> bool:
    return raw.isdigit() and len(raw) == 4 and 1800 <= v <= 2099


def parse_numbers(text: str) -> list[Number]:
    """Amounts of money, quantities, counts, ordinals, percentages, years and
    dates in text, in order. Never raises."""
    try:
        return _parse_numbers(text or "")
    except Exception:
        return []


# The words a number can start with: month names, ordinals, number words
# ("a dozen" starts at "a", but needs "dozen").
_LEAD_WORDS = set(_MONTHS) | set(_ORDINAL_WORDS) | set(_TENS) | set(_ONES) | {"a", "dozen"}
_DIGIT = re.compile(r"\d")
_ASCII_WORD = re.compile(r"[A-Za-z]+")
_NUMBER_WORDS = _LEAD_WORDS - {"a"}


def _may_have_number(text: str) -> bool:
    """False when no number can be found in ``text``: every number has a
    digit or one of _NUMBER_WORDS as a whole run of ASCII letters, as _TOKEN
    splits words. Most sentences are skipped this way without being
    tokenised."""
    return bool(_DIGIT.search(text)) or not _NUMBER_WORDS.isdisjoint(map(str.lower, _ASCII_WORD.findall(text)))


def _parse_numbers(text: str) -> list[Number]:
    if not _may_have_number(text):
        return []
    toks = [_Tok(m) for m in _TOKEN.finditer(text)]
    out: list[Number] = []
    i = 0
    n = len(toks)

    def emit(
        start_tok: int, end_tok: int, value: float, unit: Optional[str], qualifier: Optional[str], kind: str,
        precision: Optional[str] = None,
    ) -> None:
        out.append(Number(text[toks[start_tok].start : toks[end_tok - 1].end], float(value), unit, qualifier, kind, precision))

    while i < n:
        t = toks[i]
        if t.kind == "word" and t.low not in _LEAD_WORDS:
            i += 1  # no number starts at this word (the branches below all skip it)
            continue
        prev = toks[i - 1] if i else None
        # -- dates led by a month name ------------------------------------
        if t.kind == "word" and t.low in _MONTHS and t.text[:1].isupper() and not (prev and prev.text == "-"):
            month = _MONTHS[t.low]
            j = i + 1
            day = 0
            year = 0
            if j < n and toks[j].kind == "num":
                m = _NUM_SPLIT.match(toks[j].text)
                if m and m.group(2).lower() in ("", "st", "nd", "rd", "th"):
                    v = _parse_float(m.group(1))
                    if v is not None and _is_year(v, m.group(1)) and not m.group(2):
                        year = int(v)
                        j += 1
                    elif v is not None and 1 <= v <= 31 and "." not in m.group(1):
                        day = int(v)
                        j += 1
                        # a range "9-11"
                        if j + 1 < n and toks[j].text in "-–" and toks[j + 1].kind == "num":
                            m2 = _NUM_SPLIT.match(toks[j + 1].text)
                            v2 = _parse_float(m2.group(1)) if m2 else None
                            if v2 is not None and 1 <= v2 <= 31:
                                j += 2
                        if j + 1 < n and toks[j].text == "," and toks[j + 1].kind == "num" and _is_year(_parse_float(toks[j + 1].text) or 0, toks[j + 1].text):
                            year = int(toks[j + 1].text)
                            j += 2
                        elif j < n and toks[j].kind == "num" and _is_year(_parse_float(toks[j].text) or 0, toks[j].text):
                            year = int(toks[j].text)
                            j += 1
            has_context = prev is not None and prev.low in _MONTH_CONTEXT
            abbreviated = len(t.low) <= 4 and t.low not in ("may", "june", "july")
            if (day or year) or (has_context and not abbreviated):
                q, qs = _qualifier(toks, i)
                q = q if q in _YEAR_ONLY_QUALIFIERS else None
                emit(qs if q else i, j, year * 10000 + month * 100 + day, None, q, "date", "day" if day else "month")
                i = j
                continue
            i += 1
            continue
        if t.kind not in ("num", "sym", "word"):
            i += 1
            continue
        # numbers glued to letters are names or models ("T90", "F16s", "COVID-19")
        if t.kind == "num" and t.start > 0 and (text[t.start - 1].isalpha() or text[t.start - 1] in "_/" or (text[t.start - 1] == "-" and t.start > 1 and text[t.start - 2].isalpha())):
            i += 1
            continue
        if t.kind == "num" and prev is not None and prev.kind == "word" and prev.low in _NAME_HEADS and prev.text[:1].isupper():
            i += 1
            continue
        start = i
        currency = None
        if t.kind == "sym" and t.text in _CURRENCY_SYMBOL and i + 1 < n and toks[i + 1].kind == "num":
            currency = _CURRENCY_SYMBOL[t.text]
            i += 1
            t = toks[i]
        elif t.kind == "sym":
            i += 1
            continue
        # -- the value -----------------------------------------------------
        suffix = ""
        word_number = False
        if t.kind == "num":
            m = _NUM_SPLIT.match(t.text)
            if not m:
                i += 1
                continue
            raw, suffix = m.group(1), m.group(2)
            value = _parse_float(raw)
            j = i + 1
            if value is None:
                i += 1
                continue
            # a fraction "2/3" or "2/3rds"
            if not suffix and not currency and j + 1 < n and toks[j].text == "/" and toks[j + 1].kind == "num" and toks[j].start == t.end and toks[j + 1].start == toks[j].end:
                m2 = _NUM_SPLIT.match(toks[j + 1].text)
                bottom = _parse_float(m2.group(1)) if m2 else None
                suffix2 = m2.group(2).lower() if m2 else ""
                # "2/26/2012": a date, month first unless the first number cannot be a month
                if j + 3 < n and toks[j + 2].text == "/" and toks[j + 3].kind == "num" and raw.isdigit() and bottom and not suffix2:
                    year_raw = toks[j + 3].text
                    month, day = (int(value), int(bottom)) if value <= 12 else (int(bottom), int(value))
                    if _is_year(_parse_float(year_raw) or 0, year_raw) and 1 <= month <= 12 and 1 <= day <= 31:
                        emit(start, j + 4, int(year_raw) * 10000 + month * 100 + day, None, None, "date", "day")
                    i = j + 4
                    continue
                # "2/3rds", "2/3 of": a share; "9/11", "24/7" are names and dates
                share = suffix2 in ("rds", "ths", "th", "rd", "nds") or (j + 2 < n and toks[j + 2].low == "of" and not suffix2)
                if bottom and share and value < bottom:
                    emit(start, j + 2, round(100 * value / bottom, 2), "%", None, "percent")
                i = j + 2
                continue
        else:
            low = t.low
            if low in _ORDINAL_WORDS:
                nxt = toks[i + 1] if i + 1 < n else None
                # "First, we ..." enumerates; "First Lady" is a title
                if nxt is None or nxt.text in (",", ":", ";") or (t.text[:1].isupper() and i > 0 and prev is not None and prev.text not in ".!?\"“”"):
                    i += 1
                    continue
                unit = None
                end = i + 1
                if nxt.kind == "word" and nxt.low not in _STOP:
                    unit, end = lemma(nxt.low), i + 2
                elif not (prev is not None and prev.low in ("the", "its", "his", "her", "their", "our")):
                    i += 1
                    continue
                q, qs = _qualifier(toks, i)
                emit(i, i + 1 if unit is None else end, _ORDINAL_WORDS[low], unit, None, "ordinal")
                i = end
                continue
            value, j = _number_word_run(toks, i)
            if value is None:
                i += 1
                continue
            word_number = True
            raw = ""
            # "one" is mostly a pronoun ("one of the causes", "one day")
            if t.low == "one" and j < n and toks[j].low not in _SCALE_WORDS:
                i += 1
                continue
        low_suffix = suffix.lower()
        # -- dates led by the day: "1 March 2027", "21st May" -----------------
        if not currency and not word_number and low_suffix in ("", "st", "nd", "rd", "th") and raw.isdigit() and 1 <= value <= 31 and j < n and _month_at(toks, j):
            month = _MONTHS[toks[j].low]
            end = j + 1
            year = 0
            if end < n and toks[end].kind == "num" and _is_year(_parse_float(toks[end].text) or 0, toks[end].text):
                year = int(toks[end].text)
                end += 1
            elif end + 1 < n and toks[end].text == "," and toks[end + 1].kind == "num" and _is_year(_parse_float(toks[end + 1].text) or 0, toks[end + 1].text):
                year = int(toks[end + 1].text)
                end += 2
            emit(start, end, year * 10000 + month * 100 + int(value), None, None, "date", "day")
            i = end
            continue
        # -- ordinals as digits: "3rd", "27th" -------------------------------
        if low_suffix in ("st", "nd", "rd", "th", "rds", "ths") and not currency:
            unit = None
            end = j
            if j < n and toks[j].kind == "word" and toks[j].low not in _STOP:
                unit, end = lemma(toks[j].low), j + 1
            emit(start, end, value, unit, None, "ordinal")
            i = end
            continue
        # -- decades and years ---------------------------------------------
        if not currency and low_suffix == "s" and raw.isdigit() and len(raw) == 4 and 1800 <= value <= 2090:
            q, qs = _qualifier(toks, start)
            q = q if q in _YEAR_ONLY_QUALIFIERS else None
            emit(qs if q else start, j, value * 10000, None, q, "date", "decade")
            i = j
            continue
        scale = 1.0
        if low_suffix in _SCALE and (currency or low_suffix not in ("m", "b", "k")) or (low_suffix in ("bn", "billion", "million", "trillion")):
            scale = _SCALE.get(low_suffix, 1.0)
            low_suffix = ""
        elif low_suffix in ("m", "k", "b") and currency:
            scale = _SCALE[low_suffix]
            low_suffix = ""
        if j < n and toks[j].kind == "word" and toks[j].low in _SCALE_WORDS:
            scale *= _SCALE[toks[j].low]
            j += 1
        elif j < n and toks[j].low in ("mn", "bn", "tn") and toks[j].start == toks[j - 1].end + 1:
            scale *= _SCALE[toks[j].low]
            j += 1
        q, qs = _qualifier(toks, start)
        if q in _YEAR_ONLY_QUALIFIERS:
            q_year, q = q, None
        else:
            q_year = None
        first = qs if q else start
        value *= scale
        # -- percentages --------------------------------------------------
        if low_suffix == "%" or (j < n and toks[j].text == "%"):
            if low_suffix != "%":
                j += 1
            emit(first, j, value, "%", q, "percent")
            i = j
            continue
        if j < n and toks[j].low in ("percent", "pct"):
            emit(first, j + 1, value, "%", q, "percent")
            i = j + 1
            continue
        if j + 1 < n and toks[j].low == "per" and toks[j + 1].low == "cent":
            emit(first, j + 2, value, "%", q, "percent")
            i = j + 2
            continue
        if j + 1 < n and toks[j].low == "percentage" and toks[j + 1].low in ("point", "points"):
            emit(first, j + 2, value, "pp", q, "percent")
            i = j + 2
            continue
        # "46 to 40 percent", "55-41%": the first share of a pair printed once
        if not currency and j + 1 < n and toks[j].low in ("to", "-", "\u2013") and toks[j + 1].kind == "num" and _percent_at(toks, j + 1):
            emit(first, j, value, "%", q, "percent")
            i = j + 1
            continue
        # -- money ------------------------------------------------------------
        if not currency and j < n and toks[j].low in _CURRENCY_WORD:
            currency = _CURRENCY_WORD[toks[j].low]
            if toks[j].low in ("pound", "pounds") and j + 1 < n and toks[j + 1].low in ("of", "in", "per"):
                currency = None  # a weight: "pounds of"
            else:
                j += 1
        if currency:
            # "$15 an hour", "$250,000 a year": a rate, not an amount
            if j + 1 < n and toks[j].low in ("a", "an", "per") and toks[j + 1].low in _RATE_PERIODS:
                currency = f"{currency}/{_RATE_PERIODS[toks[j + 1].low]}"
                j += 2
            emit(first, j, value, currency, q, "money")
            i = j
            continue
        # -- measured quantities ------------------------------------------------
        unit = _MEASURE.get(low_suffix) if low_suffix else None
        if unit is None and low_suffix and low_suffix not in ("",):
            i = j  # unknown suffix: a code or model number
            continue
        if unit is None and j < n and toks[j].kind == "word" and toks[j].low in _MEASURE and not (toks[j].low in ("m", "b") and scale == 1.0 and False):
            unit = _MEASURE[toks[j].low]
            j += 1
        if unit is not None:
            emit(first, j, value, unit, q, "quantity")
            i = j
            continue
        # -- years --------------------------------------------------------------
        if not word_number and scale == 1.0 and _is_year(value, raw):
            # a range "1919-1921" gives two years
            emit(qs if q_year else start, j, value * 10000, None, q_year, "date", "year")
            i = j
            continue
        # -- counts ----------------------------------------------------------------
        noun, end = _noun_after(toks, j, plural_ok=value != 1)
        if noun is None and scale >= 1e6 and any(tk.low in _MONEY_VERBS for tk in toks[max(0, first - 3) : first]):
            emit(first, j, value, None, q, "money")  # "giving 3Billion to Ukraine"
            i = j
            continue
        if noun is None and word_number and scale == 1.0:
            i = j  # a bare "two" with nothing counted is not a checkable figure
            continue
        if noun in _DURATION_UNITS:
            # "eight years", "four years ago": a length of time or a time, not a count
            ago = end < n and toks[end].low == "ago"
            emit(first, end + 1 if ago else end, value, noun, "ago" if ago else q, "duration")
            i = end + 1 if ago else end
            continue
        emit(first, end if noun else j, value, noun, q, "count")
        i = end if noun else j
    return out


def _month_at(toks: list[_Tok], j: int) -> bool:
    """A month name at token j that can follow a day number ("1 March")."""
    t = toks[j]
    return t.kind == "word" and t.low in _MONTHS and t.text[:1].isupper() and (len(t.low) > 3 or t.low == "may")


def _percent_at(toks: list[_Tok], k: int) -> bool:
    """The number at token k is a percentage ("40%", "40 percent")."""
    t = toks[k]
    if t.text.endswith("%"):
        return True
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    return nxt in ("%", "percent", "pct") or (nxt == "per" and k + 2 < len(toks) and toks[k + 2].low == "cent")


# -- sentences ---------------------------------------------------------------

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "prof", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt", "maj", "cpt",
    "jr", "sr", "inc", "ltd", "co", "corp", "vs", "no", "nos", "fig", "approx", "dept", "est", "rev", "hon",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "e.g", "i.e",
}
_STARTERS = {"the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "this", "that", "a", "an", "on", "at", "his", "her", "their", "its", "there", "however", "meanwhile", "yet", "so"}
_CLOSERS = "\"'\u201d\u2019)]\u00bb"
_OPENERS = "\"'\u201c\u2018(\u00ab["


_TERMINAL_RE = re.compile("[.!?\u2026]")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of text, trimmed of surrounding spaces.
    Handles "U.S.", "Mr", "Dr.", decimals, ellipses and closing quotes."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    i = 0
    while i < n:
        # jump straight to the next sentence-ending mark
        found = _TERMINAL_RE.search(text, i)
        if found is None:
            break
        i = found.start()
        j = i
        while j < n and text[j] in ".!?\u2026":
            j += 1
        run = text[i:j]
        while j < n and text[j] in _CLOSERS:
            j += 1
        elided = "\u2026" in run or "..." in run
        boundary = False
        if j >= n:
            boundary = True
        elif text[j].isspace():
            k = j
            while k < n and text[k].isspace():
                k += 1
            nxt = text[k] if k < n else ""
            if nxt and (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
                boundary = True
                if run == ".":
                    m = re.search(r"([A-Za-z][A-Za-z.]*)$", text[start:i])
                    word = m.group(1).lower() if m else ""
                    if word in _ABBREVIATIONS and text[j - 1] == ".":
                        boundary = False
                    elif re.fullmatch(r"(?:[a-z]\.)+[a-z]", word) or (len(word) == 1 and word.isalpha()):
                        # "U.S." / "W." go on unless a new sentence clearly starts
                        nw = re.match(r"[A-Za-z]+", text[k:])
                        boundary = bool(nw and nw.group().lower() in _STARTERS and nw.group()[0].isupper() and word.count(".") >= 1)
                        if len(word) == 1:
                            boundary = False
        elif elided and text[j].isupper():
            boundary = True  # "front line…But it is"
        if boundary:
            _add_trimmed(spans, text, start, j)
            start = j
        i = j
    _add_trimmed(spans, text, start, n)
    return spans


def _add_trimmed(spans: list[tuple[int, int]], text: str, s: int, e: int) -> None:
    """Append text[s:e] without its outer whitespace, if anything is left."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))


# -- claims ------------------------------------------------------------------

_EVENT_NOUNS = (
    "Summit|Conference|Treaty|Agreement|Accords?|Pact|Charter|Convention|Declaration|Olympics|Games|"
    "Elections?|Referendum|Act|Resolution|Protocol|Forum|Congress|Council|Assembly|Plan|Initiative|"
    "War|Offensive|Operation|Talks|Meeting|Cup|Championships?|Festival|Review"
)
_EVENT = re.compile(
    r"\b((?:[A-Z][\w\u2019'.-]*\s+(?:of\s+|for\s+|on\s+)?){1,5}(?:" + _EVENT_NOUNS + r")\b(?:\s+of\s+[A-Z]\w+)?)"
    r"|\b(Article\s+\d+[A-Za-z]?)\b|\b(Treaty\s+of\s+[A-Z]\w+)"
)
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "our", "its", "my", "your"}
_KIND_ORDER = ["money", "percent", "quantity", "count", "duration", "ordinal", "date"]


def _events(sentence: str) -> list[str]:
    found = []
    for m in _EVENT.finditer(sentence):
        name = next(g for g in m.groups() if g)
        words = name.split()
        while words and words[0].lower() in _DETERMINERS:
            words = words[1:]
        if len(words) >= 2:
            found.append(" ".join(words))
    return found


def _claim_kind(numbers: list[Number], events: list[str]) -> Optional[str]:
    # "the two leaders" is no figure to check next to a named event
    kinds = {n.kind for n in numbers if not (n.kind == "count" and n.value <= 2 and not any(ch.isdigit() for ch in n.printed))}
    if events and kinds <= {"date", "duration", "ordinal"}:
        return "event"
    for kind in _KIND_ORDER:
        if kind in kinds:
            return kind
    return "event" if events else None


def _is_question(sentence: str) -> bool:
    return sentence.rstrip(_CLOSERS + " ").endswith("?")


# "WASHINGTON (AP) — ", "CONCORD, N.H. -- ": where and from whom, not what.
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'\u2019-]{2,}(?:\s+[A-Z][A-Z.'\u2019-]+)*"
    r"(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?)?"
    r"\s*(?:\([A-Za-z .&-]{1,30}\))?\s*(?:\u2014|\u2013|\u2015|--|-)\s*"
)
# Page furniture inside the body: a labelled editorial note, a credit line,
# an author's bio, embedded markup. None of it is the story's claim.
_FURNITURE = re.compile(
    r"^\W*(?:editor['\u2019]?s?\s+note|correction|clarification|disclosure|update)\s*:"
    r"|contributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)"
    r"|^\W*\(?(?:reporting|additional reporting|writing|editing)\s+by\b"
    r"|^\W*follow\s+(?:\w+\s+){0,3}on\s+(?:twitter|facebook|instagram)"
    r"|^[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}"
    r"(?:reporter|writer|correspondent|columnist|editor|contributor|journalist)\s+(?:for|at|with|of)\b"
    r"|<[A-Za-z][\w-]*\s+[\w-]+=|</[A-Za-z][\w-]*>",
    re.I,
)


def _dateline_end(sentence: str) -> int:
    """Where the text starts after a dateline at the start of a sentence."""
    m = _DATELINE.match(sentence)
    return m.end() if m and m.end() < len(sentence) else 0


def is_furniture(sentence: str) -> bool:
    """Notes, credits, bios and markup printed in the body, and lead-ins
    that end in a colon ("... (all times Eastern):"): not claims."""
    return bool(_FURNITURE.search(sentence)) or sentence.rstrip().endswith(":")


# News sentences stay under a few hundred characters (the longest claim of
# 929 real articles: 601). A "sentence" of megabytes is a table or a
# generated file: reading its million figures took gigabytes.
MAX_SENTENCE_CHARS = 3000


def extract_claims(seg: Segmented, quotes: list[Quote], limit: Optional[int] = None) -> list[Claim]:
    """Check-worthy factual sentences of the article body, in order; the
    first ``limit`` of them when set."""
    try:
        return _extract_claims(seg, quotes or [], limit)
    except Exception:
        return []


def _extract_claims(seg: Segmented, quotes: list[Quote], limit: Optional[int] = None) -> list[Claim]:
    body = seg.body or ""
    paragraphs = [(p.number, p.start, p.end) for p in seg.paragraphs] or ([(1, 0, len(body))] if body.strip() else [])
    body_quotes = [(k, q.start, q.end) for k, q in enumerate(quotes) if q.paragraph != 0 and q.kind == "quote"]
    body_quotes.sort(key=lambda x: x[1])
    claims: list[Claim] = []
    qpos = 0
    for number, p_start, p_end in paragraphs:
        text = body[p_start:p_end]
        for s, e in split_sentences(text):
            if s == 0:
                s += _dateline_end(text[s:e])
            sentence = text[s:e]
            if len(sentence) > MAX_SENTENCE_CHARS or len(sentence.split()) < 4 or _is_question(sentence) or is_furniture(sentence):
                continue
            numbers = parse_numbers(sentence)
            events = _events(sentence)
            kind = _claim_kind(numbers, events)
            if kind is None:
                continue
            start, end = p_start + s, p_start + e
            # quotes are sorted, so the scan over them stays linear overall
            while qpos < len(body_quotes) and body_quotes[qpos][2] <= start:
                qpos += 1
            best, best_overlap = None, 0
            for k, qs, qe in body_quotes[qpos:]:
                if qs >= end:
                    break
                overlap = min(end, qe) - max(start, qs)
                if overlap > best_overlap:
                    best, best_overlap = k, overlap
            claims.append(Claim(sentence, start, end, number, kind, numbers, best))
            if limit is not None and len(claims) >= limit:
                return claims
    return claims


# -- figures as text -----------------------------------------------------------


def _amount(v: float) -> str:
    return f"{v:,.2f}".rstrip("0").rstrip(".") if v != int(v) else f"{int(v):,}"


def number_text(n: Number) -> str:
    """One figure as a reader sees it: as printed, then its comparable value
    ("£12 million (money: 12,000,000 GBP)", "May 2027 (date: 2027-05, month)")."""
    q = f"{n.qualifier} " if n.qualifier and n.qualifier != "ago" else ""
    kind = n.kind or "count"
    if kind in ("date", "year"):
        v = int(n.value) * (10000 if kind == "year" else 1)
        year, month, day = v // 10000, v // 100 % 100, v % 100
        precision = n.precision or ("day" if day else "month" if month else "year")
        # ISO 8601 writes a date whose year is not printed as --MM(-DD)
        y = f"{year:04d}" if year else "-"
        if precision == "decade":
            value = f"{y}s"
        elif precision == "year" or not month:
            value = y
        elif precision == "month" or not day:
            value = f"{y}-{month:02d}"
        else:
            value = f"{y}-{month:02d}-{day:02d}"
        return f"{n.printed} (date: {q}{value}, {precision})"
    if kind == "percent":
        unit = "percentage points" if n.unit == "pp" else "%"
        return f"{n.printed} (percent: {q}{_amount(n.value)}{'' if unit == '%' else ' '}{unit})"
    if kind == "money":
        return f"{n.printed} (money: {q}{_amount(n.value)} {n.unit or 'currency not printed'})"
    if kind == "ordinal":
        return f"{n.printed} (ordinal: {int(n.value)}{' ' + n.unit if n.unit else ''})"
    ago = " ago" if n.qualifier == "ago" else ""
    return f"{n.printed} ({kind}: {q}{_amount(n.value)}{' ' + n.unit if n.unit else ''}{ago})"


def numbers_text(numbers: list[Number]) -> str:
    """A claim's figures for the ``claims.numbers`` column, "; " between them."""
    return "; ".join(number_text(n) for n in numbers)
