"""Who said each quotation, and how names of one person are recognised.

``attribute`` reads the article the way a reader does:

1. the attribution in the quote's own sentence (``“...,” said Mr X``,
   ``X told reporters``, ``X said: “...``, ``X said it held “...``);
   when there is one before and one after the quote, the nearer wins;
2. a lead-in ending with a colon in the previous paragraph
   (``the Secretary General said:``);
3. an earlier quote of the same paragraph, or, for a paragraph that opens
   with a quote, the last speaker of the previous paragraph (a quote-only
   paragraph continues the speech before it);
4. for a quotation over several paragraphs, the attribution of any part.

The words found (``speaker_as_printed``) are then resolved to a person:
a name to the fullest form of that name in the article, a pronoun to the
most recent person named as a subject (not an organisation, not a name in
a prepositional phrase or a possessive), a role noun (``the alliance
chief``) to the person the article introduced with that role. Nothing is
guessed: an organisation, a plural or an unknown role leaves ``speaker``
empty.

``clean_name``, ``person_key`` and ``same_person`` are also used by the
database layer to keep one row per person across articles.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, field, replace
from typing import Optional

from .model import Quote, Segmented

# -- vocabulary ---------------------------------------------------------------

HONORIFICS = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": None, "dr": None, "sir": "m", "dame": "f",
    "lord": "m", "lady": "f", "prof": None, "rev": None, "fr": "m", "sr": None, "jr": None,
    "mister": "m", "madam": "f", "madame": "f", "monsieur": "m", "herr": "m", "frau": "f",
}

# Words of a title or role: they precede a name but are never part of it.
TITLE_WORDS = set(
    """
    president vice secretary general minister prime deputy chief chancellor premier governor mayor
    senator congressman congresswoman representative rep sen gov councillor councilor alderman
    commissioner ambassador envoy spokesman spokeswoman spokesperson director chairman chairwoman chair
    ceo cfo coo cto executive officer manager coach head leader speaker judge justice magistrate attorney
    prosecutor inspector superintendent sheriff constable detective sergeant sgt lieutenant lt captain
    capt colonel col major maj commander admiral general gen marshal brigadier corporal private
    king queen prince princess duke duchess emperor pope cardinal bishop archbishop rabbi imam sheikh
    professor doctor dean rector provost principal founder owner boss chairperson treasurer clerk
    assistant associate senior junior acting interim former foreign defence defense finance health
    interior home state affairs economy economic justice education transport environment energy
    trade culture sport sports labour labor treasury commerce agriculture security intelligence
    striker midfielder defender goalkeeper winger forward player captain referee analyst expert
    economist scientist researcher author writer editor correspondent reporter lawyer barrister
    solicitor counsel adviser advisor aide official officials delegate negotiator lawmaker mp mep
    council cabinet committee board alliance ministry department office agency commission union
    government administration parliament congress senate assembly court tribunal club team party
    company firm group bank university institute organisation organization association federation
    league service authority house kremlin
    """.split()
)
# Words that make a capitalised run an organisation, never a person.
ORG_WORDS = set(
    """
    council cabinet committee board alliance ministry department office agency commission union
    government administration parliament congress senate assembly court tribunal club team party
    company firm group bank university institute organisation organization association federation
    league service authority house kremlin network foundation trust coalition campaign society fund
    partnership initiative forum centre center partners holdings media news times post corporation
    inc ltd plc llc appliances industries motors airlines systems technologies foods standards
    police army navy command united city county school hospital forces force airways railway
    """.split()
)
TITLE_WORDS |= ORG_WORDS
# Titles and roles only a person holds: evidence that a name is a person's.
PERSON_ROLES = TITLE_WORDS - set(
    """
    assistant associate senior junior acting interim former foreign defence defense finance health
    interior home state affairs economy economic education transport environment energy trade culture
    sport sports labour labor treasury commerce agriculture security intelligence council cabinet
    committee board alliance ministry department office agency commission union government
    administration parliament congress senate assembly court tribunal club team party company firm
    group bank university institute organisation organization association federation league service
    authority house kremlin officials
    """.split()
) - ORG_WORDS

PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "they": "p", "it": "n", "we": "p", "i": None, "you": None}

# Capitalised at the start of a sentence but never a name.
FUNCTION_WORDS = set(
    """
    a an the this that these those and but or nor so yet for of in on at to by with from into onto
    upon about above after against along among around as before behind below beneath beside between
    beyond during except inside near off out outside over past since through throughout till toward
    towards under until up via within without however meanwhile moreover furthermore nevertheless
    nonetheless still also then later earlier now today yesterday tomorrow tonight here there while
    when where whether which who whom whose what why how if though although because since unless
    once after despite including like unlike than instead indeed thus hence therefore otherwise
    speaking asked according following turning referring highlighting emphasising emphasizing
    touching lastly finally first second third next last both either neither each every all some
    any many much more most few several no not only even just it its it's his her their our my your
    he she they we i you him them us me mr mrs ms dr sir on monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october november
    december yes no please thank thanks let
    """.split()
)

# Name particles written in lower case inside a name ("Erik ten Hag").
PARTICLES = {"de", "da", "di", "del", "della", "der", "den", "van", "von", "ten", "ter", "la", "le", "du", "dos", "das", "bin", "ibn", "al", "el", "st", "y"}

SPEECH_VERBS = set(
    """
    said says say told tells stated added adds explained explains continued continues concluded
    concludes noted asserted asserts stressed stresses argued argues insisted insists warned warns
    declared declares announced announces wrote writes tweeted posted replied responded responds
    answered remarked commented emphasised emphasized emphasises emphasizes acknowledged acknowledges
    admitted admits claimed observed observes urged urges vowed predicted predicts confirmed confirms
    recalled recalls conceded concedes suggested suggests cautioned underlined underscored maintained
    contended complained reiterated reiterates affirmed boasted joked quipped shouted mused exclaimed
    lamented revealed disclosed ruled wrote countered pledged promised told asked described
    """.split()
)
PARTICIPLES = set(
    """
    adding saying noting stressing explaining insisting warning declaring arguing telling writing
    concluding emphasising emphasizing asserting claiming acknowledging urging promising vowing
    continuing remarking recalling cautioning reiterating countering
    """.split()
)
SPEECH_NOUNS = set(
    """
    announcement announcements statement statements comment comments remark remarks words message
    speech address interview tweet post pledge promise warning claim declaration testimony letter
    questions
    """.split()
)
_MULTIWORD_VERBS = re.compile(r"\b(?:pointed|points|went|goes|summed|sums) (?:out|on|up)\b|\baccording to\b")

ADVERBS = {
    "also", "later", "then", "further", "again", "previously", "recently", "once", "reportedly",
    "subsequently", "simply", "just", "repeatedly", "quickly", "earlier", "had", "has", "have", "was",
    "is", "would", "will", "has", "already", "publicly", "privately", "separately", "herself",
    "himself", "themselves", "however", "meanwhile", "though", "too", "previously", "once", "firmly",
    "clearly", "angrily", "calmly", "bluntly", "flatly",
}
# Words that end a noun phrase scanned leftwards from a verb.
_NP_BREAK = FUNCTION_WORDS - {"the", "a", "an", "mr", "mrs", "ms", "dr", "sir"} | {"that", "said", "who", "which"}
_OBLIQUE = {
    "with", "to", "by", "from", "for", "of", "about", "on", "at", "in", "into", "against", "between",
    "among", "toward", "towards", "alongside", "than", "like", "including", "via", "upon", "over",
    "under", "after", "before", "behind", "beside", "and",
}
_ABBREV = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "lt", "col", "capt", "sgt", "rev", "no", "vs", "fr", "gov", "sen", "rep", "maj", "u.s", "u.k", "e.g", "i.e", "inc", "ltd", "co", "corp"}

_APPOSITIVE_END = {"for", "of", "at", "in", "responsible", "who", "which", "on", "to", "since", "with", "from", "and"}
_ROLE_ADJECTIVES = {"new", "former", "top", "senior", "longtime", "long-time", "outgoing", "incoming", "current", "then", "chief", "lead", "veteran"}
MASK = "\u25a0"
_QUOTE_RE = re.compile("[\"“”„‟«»‘‚‛]|(?<![^\\W_])['’]|['’](?![^\\W_])")
_WORD = r"[^\W_](?:[\w\-]|['’](?=[^\W_]))*"
_TOKEN_RE = re.compile(_WORD + r"\.?|" + MASK + r"+|[,;:()\[\]—–]")
_APOS = "'’"


# -- names ----------------------------------------------------------------------


def _strip_possessive(word: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


def _is_possessive(word: str) -> bool:
    return word.endswith(("’s", "'s", "s’", "s'"))


def _bare(word: str) -> str:
    return word.strip(".,;:!?()[]\"“”‘’'").lower()


def _is_title_word(word: str) -> bool:
    low = _bare(_strip_possessive(word))
    if low in TITLE_WORDS or low in HONORIFICS:
        return True
    parts = [p for p in re.split(r"[-–]", low) if p]
    return len(parts) > 1 and all(p in TITLE_WORDS for p in parts)


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_initial(word: str) -> bool:
    return bool(re.fullmatch(r"[^\W\d_]\.?", word)) and word[0].isupper()


def _name_token(word: str) -> bool:
    """A word that can be part of a person's name."""
    if not word or not word[0].isupper() or not word[0].isalpha():
        return False
    if _is_initial(word):
        return True
    low = _bare(word)
    if low in FUNCTION_WORDS or _is_title_word(word) or _is_acronym(word.rstrip(".")):
        return False
    return True


def _name_from_tokens(words: list[str]) -> Optional[str]:
    """The trailing name of a run of words, titles before it dropped."""
    if not words:
        return None
    last = words[-1]
    if _is_possessive(last):
        words = words[:-1] + [_strip_possessive(last)]
    kept: list[str] = []
    for word in reversed(words):
        if _name_token(word) or (kept and word.lower() in PARTICLES):
            kept.append(word)
            if len(kept) >= 5:
                break
        else:
            break
    while kept and kept[-1].lower() in PARTICLES:
        kept.pop()
    if not kept:
        return None
    kept.reverse()
    # A person is never "the X": "the White House", "the Kremlin".
    before = len(words) - len(kept) - 1
    if before >= 0 and words[before].lower() in {"the", "a", "an"}:
        return None
    return " ".join(w.rstrip(".") if not _is_initial(w) else w for w in kept)


@lru_cache(maxsize=8192)
def clean_name(printed: str) -> Optional[str]:
    """A person's name without titles, honorifics, roles or possessive.

    ``"NATO Chief Jens Stoltenberg"`` -> ``"Jens Stoltenberg"``,
    ``"Mr Stoltenberg"`` -> ``"Stoltenberg"``; ``None`` for a pronoun or a
    bare role noun. With an appositive (``"Olga Stefanishina, Ukraine's
    deputy prime minister"``) the part that is a name is taken."""
    if not printed or not printed.strip():
        return None
    for part in printed.split(","):
        words = [w for w in re.split(r"\s+", part.strip()) if w]
        words = [w.strip("\"“”‘:;()[]") for w in words]
        words = [w for w in words if w]
        if not words:
            continue
        if len(words) == 1 and _bare(words[0]) in PRONOUNS:
            continue
        # A run that carries lower-case role words keeps only its capitalised tail.
        tail: list[str] = []
        for w in reversed(words):
            if w[0].isupper() or (tail and w.lower() in PARTICLES):
                tail.append(w)
            else:
                if w.lower() in {"the", "a", "an"}:
                    tail.append(w)
                break
        tail.reverse()
        name = _name_from_tokens(tail)
        if name:
            return name
    return None


_TRANSLIT = [
    (re.compile(r"(?:yy|iy|yi|ij|yj|ii)(?=$|[^a-z])"), "y"),
    (re.compile(r"(?<=[^aeiou])i$"), "y"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"w"), "v"),
    (re.compile(r"(?<=[a-z])j(?=[aeiou])"), "y"),
    (re.compile(r"([a-z])\1"), r"\1"),
]
_SPECIAL = str.maketrans({"ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "ı": "i", "þ": "th", "ð": "d"})


def _fold(word: str) -> str:
    text = word.lower().translate(_SPECIAL)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if c.isascii() and c.isalpha())
    for pattern, repl in _TRANSLIT:
        text = pattern.sub(repl, text)
    return text


def _name_parts(name: str) -> list[str]:
    cleaned = clean_name(name) or ""
    if not cleaned and name.isupper():
        cleaned = clean_name(name.title()) or ""  # "STOLTENBERG" in a caps byline
    return [w for w in cleaned.split() if w.lower() not in PARTICLES]


@lru_cache(maxsize=8192)
def person_key(name: str) -> str:
    """A folded surname: the same for spelling variants of one surname
    (Zelensky, Zelenskyy, Zelenskiy, Zelenski; diacritics; case); empty
    when ``name`` holds no name."""
    parts = _name_parts(name)
    if not parts:
        return ""
    return _fold(parts[-1])


def _given_compatible(a: str, b: str) -> bool:
    fa, fb = _fold(a), _fold(b)
    if not fa or not fb:
        return True
    if _is_initial(a) or _is_initial(b):
        return fa[0] == fb[0]
    return fa == fb or (min(len(fa), len(fb)) >= 3 and (fa.startswith(fb) or fb.startswith(fa)) and abs(len(fa) - len(fb)) <= 3)


@lru_cache(maxsize=8192)
def same_person(a: str, b: str) -> bool:
    """Same surname key and given names that do not contradict each other
    (``"Stoltenberg"`` ~ ``"Jens Stoltenberg"``, ``"Jens Stoltenberg"`` !~
    ``"Camilla Stoltenberg"``)."""
    pa, pb = _name_parts(a), _name_parts(b)
    if not pa or not pb or _fold(pa[-1]) != _fold(pb[-1]):
        return False
    ga, gb = pa[:-1], pb[:-1]
    if not ga or not gb:
        return True
    return _given_compatible(ga[0], gb[0])


def _looks_like_org(printed: str) -> bool:
    """A capitalised run naming an organisation ("Climate Action Network",
    "the Ministry of Transport"): any organisation word in it."""
    return any(_bare(_strip_possessive(w)) in ORG_WORDS for w in printed.split())


# -- article model ---------------------------------------------------------------


@dataclass
class _Person:
    names: list[str] = field(default_factory=list)  # clean names as printed
    forms: list[str] = field(default_factory=list)  # every name form printed
    roles: set[str] = field(default_factory=set)
    gender: Optional[str] = None
    positions: list[int] = field(default_factory=list)

    @property
    def full(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()), len(n)))

    def matches(self, name: str) -> bool:
        return any(same_person(name, n) for n in self.names)


@dataclass
class _Mention:
    pos: int  # global position: unit * _UNIT + offset
    person: _Person
    salient: bool


_UNIT = 1 << 40
_MARKS = "\"“”„‟«»'‘’‚‛"
_WINDOW = 600  # characters of context either side of a quote
_LOOKBACK = 200  # mentions searched back for a pronoun's antecedent


@dataclass
class _Unit:
    number: int  # 0 headline, else paragraph number
    base: int  # offset of the unit in its source
    text: str
    masked: str
    quotes: list[int]  # indices into the quote list
    bounds: list[int]  # sentence start offsets (unit-relative), ascending


def _mask(text: str, spans: list[tuple[int, int, str]]) -> str:
    chars = list(text)
    for a, b, qtext in spans:
        lo = a - 1 if a > 0 and text[a - 1] in "\"“”„‟«»'‘’‚‛" else a
        hi = b + 1 if b < len(text) and text[b] in "\"“”„‟«»'‘’‚‛" else b
        for i in range(lo, hi):
            chars[i] = MASK
        if qtext.rstrip().endswith((".", "!", "?", "…")) and hi > lo:
            chars[hi - 1] = "."
    return "".join(chars)


_BOUNDARY_RE = re.compile(r"[.!?…]+[\"”’']?\s+(?=[\"“‘'" + MASK + r"]?[^\W\d_]|" + MASK + r")")


def _sentence_bounds(masked: str) -> list[int]:
    bounds = [0]
    for m in _BOUNDARY_RE.finditer(masked):
        before = masked[max(0, m.start() - 6) : m.start()]
        word = re.split(r"[\s(]", before)[-1].lower()
        if word in _ABBREV or re.fullmatch(r"(?:[a-z]\.)*[a-z]", word) and len(word) <= 3 and masked[m.start()] == ".":
            continue
        bounds.append(m.end())
    return bounds


def _tokens(text: str, lo: int = 0, hi: Optional[int] = None) -> list[tuple[int, int, str]]:
    hi = len(text) if hi is None else hi
    out = []
    for m in _TOKEN_RE.finditer(text, lo, hi):
        word = m.group()
        if word.endswith(".") and len(word) > 1:
            core = word[:-1].lower()
            if not (core in _ABBREV or _is_initial(word) or "." in core):
                out.append((m.start(), m.end() - 1, word[:-1]))
                continue
        out.append((m.start(), m.end(), word))
    return out


# -- noun phrases around attribution verbs -----------------------------------------


def _is_verb(word: str) -> bool:
    return word in SPEECH_VERBS


def _np_before(text: str, lo: int, end: int) -> Optional[tuple[int, int]]:
    """The subject noun phrase that ends just before ``end`` (a verb),
    skipping adverbs and an appositive between commas."""
    toks = _tokens(text, lo, end)
    i = len(toks) - 1
    while i >= 0 and toks[i][2].lower() in ADVERBS:
        i -= 1
    # "X, however, said" / "X, the spokesman for Y, said": look past comma groups.
    groups: list[tuple[int, int]] = []
    while i >= 0:
        if toks[i][2] == ",":
            i -= 1
            while i >= 0 and toks[i][2].lower() in ADVERBS:
                i -= 1
            continue
        j = i
        while j >= 0 and toks[j][2] not in {",", ";", ":", "(", ")", "—", "–"} and MASK not in toks[j][2]:
            j -= 1
        groups.append((j + 1, i))
        if j < 0 or toks[j][2] != "," or len(groups) >= 4:
            break
        i = j
    # The nearest group that is wholly a noun phrase is the subject; a
    # descriptive appositive in between ("the spokesman for Y", "Ukraine's
    # deputy prime minister") is looked past; a clause stops the search.
    nearest = None
    for a, b in groups:
        if a > b:
            break
        span = _trailing_np(toks, a, b)
        if nearest is None:
            nearest = span
        if span is not None and span[0] == toks[a][0]:
            return span
        first = toks[a][2]
        if not (first.lower() in {"the", "a", "an"} or _is_possessive(first) or not first[0].isupper()):
            break
    return nearest


def _trailing_np(toks: list[tuple[int, int, str]], a: int, b: int) -> Optional[tuple[int, int]]:
    """The noun phrase at the end of tokens a..b: a pronoun, a capitalised
    run with its titles, or a determiner phrase ("the alliance chief")."""
    if b < a:
        return None
    last = toks[b][2]
    if last.lower() in PRONOUNS:
        return toks[b][0], toks[b][1]
    k = b
    while k >= a:
        word = toks[k][2]
        low = word.lower()
        # "Secretary for European and Eurasian Affairs James O'Brien"
        if low in {"for", "of", "and"} and k > a and k < b and toks[k - 1][2][0].isupper() and toks[k + 1][2][0].isupper():
            k -= 1
            continue
        if low in {"the", "a", "an"}:
            return toks[k][0], toks[b][1]
        if word[0].isupper() or low in PARTICLES or _is_possessive(word) or low in TITLE_WORDS:
            if low in _NP_BREAK and not word[0].isupper():
                break
            if word[0].isupper() and low in FUNCTION_WORDS and low not in HONORIFICS and not _is_acronym(word):
                break
            k -= 1
            continue
        break
    if k == b:
        return None
    lo_i = k + 1
    while lo_i <= b and toks[lo_i][2].lower() in {"for", "of", "and"}:
        lo_i += 1
    # A connector only belongs to a title: "Minister of Finance X", not
    # "Kyiv and Moscow".
    for c in range(b, lo_i - 1, -1):
        if toks[c][2] in {"for", "of", "and"}:
            if not any(_is_title_word(toks[t][2]) for t in range(lo_i, c)):
                lo_i = c + 1
            break
    if lo_i > b:
        return None
    return toks[lo_i][0], toks[b][1]


def _np_after(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """The noun phrase right after a verb ("said the Secretary General")."""
    toks = _tokens(text, start, end)
    if not toks:
        return None
    first = toks[0][2]
    if first.lower() in PRONOUNS:
        return toks[0][0], toks[0][1]
    k = 0
    if first.lower() in {"the", "a", "an"}:
        k = 1
    j = k
    while j < len(toks):
        word = toks[j][2]
        low = word.lower()
        if word[0].isupper() and low not in FUNCTION_WORDS - set(HONORIFICS):
            j += 1
        elif j > k and low in PARTICLES:
            j += 1
        elif k == 1 and (low in TITLE_WORDS or _is_possessive(word)) and j - k < 5:
            j += 1
        elif low in TITLE_WORDS and j > 0 and j + 1 < len(toks) and toks[j + 1][2][0].isupper():
            j += 1  # "Trading Standards officer Janet Pryce"
        else:
            break
    if j == 0 or (k == 1 and j == 1):
        return None
    return toks[0][0], toks[j - 1][1]


def _sentence_subject(text: str, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """The subject at the start of a sentence, past an introductory phrase
    ("Turning to NATO, the General Secretary ...")."""
    toks = _tokens(text, lo, hi)
    if not toks:
        return None
    i = 0
    first = toks[0][2].lower()
    if first in FUNCTION_WORDS or first.endswith("ing") or first.endswith("ly"):
        if first not in PRONOUNS and first not in {"the", "a", "an"}:
            commas = [n for n, t in enumerate(toks[:25]) if t[2] == ","]
            if not commas:
                return None
            i = commas[0] + 1
    return _np_after(text, toks[i][0], hi) if i < len(toks) else None


# -- the article ---------------------------------------------------------------------


class _Article:
    def __init__(self, seg: Segmented, quotes: list[Quote]):
        self.seg = seg
        self.quotes = quotes
        self.units: list[_Unit] = []
        self.persons: list[_Person] = []
        self.mentions: list[_Mention] = []
        self.by_key: dict[str, list[_Person]] = {}
        by_para: dict[int, list[int]] = {}
        for n, q in enumerate(quotes):
            by_para.setdefault(q.paragraph, []).append(n)
        if seg.title:
            self._add_unit(0, 0, seg.title, by_para.get(0, []))
        for p in seg.paragraphs:
            text = seg.body[p.start : p.end]
            self._add_unit(p.number, p.start, text, by_para.get(p.number, []))
        self.unit_of = {u.number: k for k, u in enumerate(self.units)}

    def _add_unit(self, number: int, base: int, text: str, qidx: list[int]) -> None:
        spans = []
        for n in qidx:
            q = self.quotes[n]
            a, b = q.start - base, q.end - base
            if 0 <= a <= b <= len(text):
                spans.append((a, b, q.text))
        masked = _mask(text, spans)
        self.units.append(_Unit(number, base, text, masked, qidx, _sentence_bounds(masked)))

    # persons ------------------------------------------------------------------

    def person_for(self, name: str, create: bool) -> Optional[_Person]:
        # The most specific match: a full name before a bare surname.
        best = None
        key = person_key(name)
        for person in self.by_key.get(key, []):
            if person.matches(name):
                if best is None or len(person.full.split()) > len(best.full.split()):
                    best = person
        if best is None and create:
            best = _Person()
            self.persons.append(best)
            self.by_key.setdefault(key, []).append(best)
        return best

    def register(self, name: str, printed: str, roles: set[str] = frozenset(), gender=None) -> _Person:
        person = self.person_for(name, create=True)
        if name not in person.names:
            person.names.append(name)
        for form in (name, printed):
            if form and form not in person.forms:
                person.forms.append(form)
        person.roles |= set(roles)
        if gender and not person.gender:
            person.gender = gender
        return person

    def scan_names(self) -> None:
        """Find the people the article names: names with a title or role
        ("Secretary General Jens Stoltenberg", "alliance chief X", "X, the
        spokesman"), then every other mention of them."""
        runs = []
        for k, unit in enumerate(self.units):
            toks = _tokens(unit.text)
            masked_toks = {t[0] for t in _tokens(unit.masked)}
            i = 0
            while i < len(toks):
                if not toks[i][2][0].isupper():
                    i += 1
                    continue
                j = i
                while j + 1 < len(toks) and (
                    toks[j + 1][2][0].isupper() or (toks[j + 1][2].lower() in PARTICLES and j + 2 < len(toks) and toks[j + 2][2][0].isupper())
                ) and toks[j + 1][0] - toks[j][1] <= 1 and not _is_possessive(toks[j][2]):
                    j += 1
                runs.append((k, toks, i, j, toks[i][0] in masked_toks))
                i = j + 1
        pending = []
        for k, toks, i, j, outside in runs:
            unit = self.units[k]
            words = [t[2] for t in toks[i : j + 1]]
            name = _name_from_tokens(words)
            if not name:
                continue
            name_len = len(name.split())
            title_words = words[: len(words) - name_len]
            roles = {_bare(_strip_possessive(w)) for w in title_words}
            gender = None
            honorific = False
            for w in title_words:
                if _bare(w) in HONORIFICS:
                    gender = HONORIFICS[_bare(w)]
                    honorific = True
            # Lower-case role words just before the run ("alliance chief X").
            p = i - 1
            while p >= 0 and i - p <= 4 and (toks[p][2].lower() in TITLE_WORDS or _is_possessive(toks[p][2])) and not toks[p][2][0].isupper():
                roles.add(_bare(_strip_possessive(toks[p][2])))
                p -= 1
            # Appositives: "X, the spokesman for Y," and "the role, X,".
            comma_after = j + 1 < len(toks) and toks[j + 1][2] == ","
            if j + 2 < len(toks) and comma_after and not _QUOTE_RE.search(unit.text, toks[j][1], toks[j + 2][0] + 1):
                roles |= self._appositive_roles(unit.text, toks, j + 2, forward=True)
            if i - 2 >= 0 and toks[i - 1][2] == "," and comma_after:
                roles |= self._appositive_roles(unit.text, toks, i - 2, forward=False)
            roles &= TITLE_WORDS
            printed = unit.text[toks[i][0] : toks[j][1]]
            printed = _strip_possessive(printed)
            # The printed form keeps an honorific ("Mr Stoltenberg") but no title.
            form = name
            if title_words and _bare(title_words[-1]) in HONORIFICS:
                form = f"{title_words[-1]} {name}"
            prev_word = toks[p][2].lower() if p >= 0 else ""
            salient = outside and prev_word not in _OBLIQUE and not _is_possessive(toks[j][2])
            pos = k * _UNIT + toks[i][0]
            if roles & PERSON_ROLES or honorific:
                self.register(name, form, roles, gender)
            elif (
                2 <= name_len <= 3
                and len(words) == name_len
                and prev_word not in {"the", "a", "an"}
                and not any(_bare(_strip_possessive(w)) in ORG_WORDS for w in words)
                and self.person_for(name, create=False) is None
            ):
                # "Tom Becker met ...": a first name and a surname with no
                # title is taken as a person, for pronouns to find.
                self.register(name, form)
            pending.append((pos, name, form, salient, roles))
        # Second pass: other mentions of the people found, in reading order.
        for pos, name, form, salient, roles in pending:
            person = self.person_for(name, create=False)
            if person is None:
                continue
            if form not in person.forms:
                person.forms.append(form)
            if name not in person.names:
                person.names.append(name)
            self.mentions.append(_Mention(pos, person, salient))
            person.positions.append(pos)

    @staticmethod
    def _appositive_roles(text: str, toks, start: int, forward: bool) -> set[str]:
        """Role words of a descriptive appositive next to a name ("X, the
        spokesman for Y," / "the alliance's secretary general, X,"); empty
        when the neighbouring words are a clause rather than a description."""
        step = 1 if forward else -1
        idx = start
        span = []
        while 0 <= idx < len(toks) and toks[idx][2] not in {",", ";", ":", "(", ")"} and len(span) < 14:
            span.append(toks[idx][2])
            nxt = idx + step
            if 0 <= nxt < len(toks):
                a, b = (toks[idx][1], toks[nxt][0]) if forward else (toks[nxt][1], toks[idx][0])
                if _QUOTE_RE.search(text, a, b) or "." in text[a:b]:
                    break
            idx = nxt
        if not forward:
            span.reverse()
        if not span:
            return set()
        head = span[0]
        if head.lower() not in {"the", "a", "an"} and not _is_possessive(head):
            return set()
        roles: list[str] = []
        for w in span[1:]:
            low = _bare(_strip_possessive(w))
            if low in _APPOSITIVE_END:
                break
            roles.append(low)
        # A description ends in its head noun, a role ("the district
        # superintendent"); a clause ("the Secretary General made several
        # comments") does not.
        if not roles or roles[-1] not in TITLE_WORDS:
            return set()
        return set(roles)

    def add_mention(self, pos: int, person: _Person) -> None:
        bisect.insort(self.mentions, _Mention(pos, person, True), key=lambda m: m.pos)
        bisect.insort(person.positions, pos)

    # resolution -----------------------------------------------------------------

    def resolve(self, printed: str, pos: int, headline: bool) -> tuple[Optional[str], list[str]]:
        words = printed.split()
        low = printed.lower().strip()
        if low in PRONOUNS:
            if PRONOUNS[low] in {"p", "n", None}:
                return None, []
            person = self._recent(pos, PRONOUNS[low])
            return (person.full, list(person.forms)) if person else (None, [])
        name = clean_name(printed)
        if name:
            person = self.person_for(name, create=False)
            if person is None:
                if _looks_like_org(printed):
                    return None, []
                person = self.register(name, name)
            self.add_mention(pos, person)
            return person.full, list(person.forms)
        roles = {_bare(_strip_possessive(w)) for w in re.split(r"[\s\-]+", printed) if w}
        roles -= {"the", "a", "an"}
        if not roles or not words:
            return None, []
        head = _bare(_strip_possessive(re.split(r"[\s\-]+", printed)[-1]))
        best = None
        for person in self.persons:
            if not person.roles or (head not in person.roles) or (head in {"general"} and len(roles & person.roles) < 2):
                continue
            score = len(roles & person.roles)
            last = self._last_pos(person, None if headline else pos)
            if last is None:
                continue
            key = (score, last)
            if best is None or key > best[0]:
                best = (key, person)
        if best is None:
            return None, []
        person = best[1]
        self.add_mention(pos, person)
        return person.full, list(person.forms)

    def _last_pos(self, person: _Person, before: Optional[int]) -> Optional[int]:
        if not person.positions:
            return None
        if before is None:
            return person.positions[-1]
        i = bisect.bisect_left(person.positions, before)
        return person.positions[i - 1] if i else None

    def _recent(self, pos: int, gender: Optional[str]) -> Optional[_Person]:
        i = bisect.bisect_left(self.mentions, pos, key=lambda m: m.pos)
        # Bounded look-back: an antecedent further away is no antecedent.
        for m in reversed(self.mentions[max(0, i - _LOOKBACK) : i]):
            if m.salient:
                if gender and m.person.gender and m.person.gender != gender:
                    continue
                return m.person
        return None


# -- attribution -----------------------------------------------------------------------


@dataclass
class _Cue:
    printed: str
    pos: int  # global position of the phrase
    distance: int
    resolvable: bool = True


def _speech_verbs(masked: str, lo: int, hi: int):
    """(start, end, word) of speech verbs and participles in masked[lo:hi]."""
    for s, e, w in _tokens(masked, lo, hi):
        low = w.lower()
        if w in SPEECH_VERBS or w in PARTICIPLES or (w == low and low in SPEECH_VERBS):
            yield s, e, low
    for m in _MULTIWORD_VERBS.finditer(masked, lo, hi):
        yield m.start(), m.end(), m.group()


def _before_cue(unit: _Unit, k: int, sent: int, qs: int) -> Optional[_Cue]:
    text = unit.masked
    verbs = sorted(_speech_verbs(text, sent, qs))
    if not verbs:
        return None
    vs, ve, word = verbs[-1]
    if word == "according to":
        span = _np_after(text, ve, qs)
    elif word in PARTICIPLES:
        span = _sentence_subject(text, sent, vs)
    else:
        span = _np_before(text, sent, vs)
        prev = _tokens(text, sent, vs)
        if span is None and (not prev or prev[-1][2].lower() in {"and", "but", "or", "then", ","}):
            span = _sentence_subject(text, sent, vs)
        if span is None:
            span = _np_after(text, ve, qs)  # "said Mr X: “...”"
    if span is None:
        return None
    return _Cue(unit.text[span[0] : span[1]], k * _UNIT + span[0], qs - ve)


def _after_cue(unit: _Unit, k: int, qe: int, end: int) -> Optional[_Cue]:
    text = unit.masked
    for vs, ve, word in _speech_verbs(text, qe, end):
        pre = text[qe:vs]
        stripped = pre.strip(" ,—–-\u00a0")
        if MASK in pre or len(stripped.split()) > 25 or word in PARTICIPLES:
            return None
        if not stripped:
            span = _np_after(text, ve, end)
        else:
            first = stripped.split()[0]
            pre_words = stripped.split()
            role_np = (
                len(pre_words) <= 5
                and _bare(pre_words[-1]) in TITLE_WORDS
                and all(not w[0].isupper() for w in pre_words)
            )
            if word in PARTICIPLES or not (
                first[0].isupper() or first.lower() in PRONOUNS or first.lower() in {"the", "a", "an"} or role_np
            ):
                return None
            span = _np_before(text, qe, vs)
        if span is None and not stripped:
            return None
        if span is None:
            # "a spokeswoman for the manufacturer said": someone unnamed.
            lo = qe + len(pre) - len(pre.lstrip(" ,—–-\u00a0"))
            return _Cue(unit.text[lo:vs].strip(), k * _UNIT + lo, vs - qe, resolvable=False)
        return _Cue(unit.text[span[0] : span[1]], k * _UNIT + span[0], vs - qe)
    return None


def _sentence_of(unit: _Unit, offset: int) -> tuple[int, int]:
    """The sentence around ``offset``, cut to a window so that very long
    unpunctuated text costs no more than a normal sentence."""
    i = bisect.bisect_right(unit.bounds, offset)
    start = unit.bounds[i - 1] if i else 0
    end = unit.bounds[i] if i < len(unit.bounds) else len(unit.masked)
    return max(start, offset - _WINDOW), min(end, offset + _WINDOW)


def _speech_noun_subject(unit: _Unit, k: int, sent: int, qs: int) -> Optional[_Cue]:
    words = {w.lower() for _, _, w in _tokens(unit.masked, sent, qs)}
    if not words & SPEECH_NOUNS:
        return None
    span = _sentence_subject(unit.masked, sent, qs)
    if span is None:
        return None
    return _Cue(unit.text[span[0] : span[1]], k * _UNIT + span[0], qs - span[1])


def _lead_in(unit: _Unit, k: int) -> Optional[_Cue]:
    """A paragraph that ends with a colon introduces the next one."""
    text = unit.masked.rstrip()
    if not text.endswith(":"):
        return None
    sent, _ = _sentence_of(unit, len(text) - 1)
    cue = _before_cue(unit, k, sent, len(text))
    if cue is None:
        span = _sentence_subject(unit.masked, sent, len(text))
        if span is not None:
            cue = _Cue(unit.text[span[0] : span[1]], k * _UNIT + span[0], 0)
    return cue


def _headline_label(unit: _Unit, k: int, qs: int) -> Optional[_Cue]:
    """Headline style "Marsh: rail link will be “on time”": a short name
    or role before a colon speaks the quotations after it."""
    colon = unit.masked.find(":", 0, qs)
    if colon <= 0:
        return None
    prefix = unit.text[:colon].strip()
    words = prefix.split()
    if not words or len(words) > 6 or MASK in unit.masked[:colon]:
        return None
    if clean_name(prefix) is None and _bare(words[-1]) not in TITLE_WORDS:
        return None
    return _Cue(prefix, k * _UNIT, qs - colon)


def _last_sentence_cue(unit: _Unit, k: int) -> Optional[_Cue]:
    """The speaker of the last sentence of a paragraph when it reports
    speech ("Smith said the club had offers.")."""
    text = unit.masked.rstrip()
    if not text or MASK in text[-3:]:
        return None
    sent, _ = _sentence_of(unit, max(0, len(text) - 1))
    cue = _before_cue(unit, k, sent, len(text))
    if cue is None:
        cue = _speech_noun_subject(unit, k, sent, len(text))
    return cue


def attribute(seg: Segmented, quotes: list[Quote]) -> list[Quote]:
    """The quotes with ``speaker_as_printed``, ``speaker`` and
    ``speaker_forms`` filled in where the article says who spoke."""
    if not quotes:
        return []
    art = _Article(seg, quotes)
    art.scan_names()
    cues: list[Optional[_Cue]] = [None] * len(quotes)
    inherit: list[Optional[int]] = [None] * len(quotes)

    for k, unit in enumerate(art.units):
        prev_unit = art.units[k - 1] if k > 0 and unit.number > 0 and art.units[k - 1].number > 0 else None
        lead = len(unit.masked) - len(unit.masked.lstrip(" \u00a0—–-"))
        last_quote: Optional[int] = None  # the previous non-scare quote here
        prev_end = 0  # end of the previous quotation's closing mark
        spans = []
        for n in unit.quotes:
            q = quotes[n]
            qs, qe = q.start - unit.base, q.end - unit.base
            if qs > 0 and unit.text[qs - 1] in _MARKS:
                qs -= 1
            if qe < len(unit.text) and unit.text[qe] in _MARKS:
                qe += 1
            spans.append((qs, qe))
        for rank, n in enumerate(unit.quotes):
            q = quotes[n]
            qs, qe = spans[rank]
            # Context stops at the neighbouring quotations: each stretch of
            # text is read once or twice, keeping the whole pass linear.
            next_start = spans[rank + 1][0] if rank + 1 < len(spans) else len(unit.masked)
            sent, _ = _sentence_of(unit, qs)
            sent = max(sent, min(prev_end, qs))
            _, sent_end = _sentence_of(unit, max(qs, qe - 1))
            sent_end = max(qe, min(sent_end, next_start))
            prev_end = qe
            before = _before_cue(unit, k, sent, qs)
            after = _after_cue(unit, k, qe, sent_end)
            options = [c for c in (before, after) if c is not None]
            previous = last_quote
            if q.kind != "scare":
                last_quote = n
            if q.kind == "scare":
                cue = before if before is not None and before.distance < 80 else None
                cues[n] = cue
                continue
            if options:
                cues[n] = min(options, key=lambda c: c.distance)
                continue
            at_start = qs <= lead
            if unit.number == 0:
                cues[n] = _headline_label(unit, k, qs)
                continue
            if previous is not None and not at_start:
                inherit[n] = previous
                continue
            if sent == 0 and not at_start:
                cue = _speech_noun_subject(unit, k, sent, qs)
                if cue is not None:
                    cues[n] = cue
                    continue
            if at_start and prev_unit is not None:
                intro = _lead_in(prev_unit, k - 1)
                if intro is not None:
                    cues[n] = intro
                    continue
                pk = k - 1
                prev_quotes = [m for m in prev_unit.quotes if quotes[m].kind != "scare"]
                last_cue = _last_sentence_cue(prev_unit, pk)
                if prev_quotes and (last_cue is None or last_cue.pos < quotes[prev_quotes[-1]].start - prev_unit.base + pk * _UNIT):
                    inherit[n] = prev_quotes[-1]
                elif last_cue is not None:
                    cues[n] = last_cue
                continue
            if sent > 0 or not at_start:
                cue = _speech_noun_subject(unit, k, sent, qs)
                if cue is not None:
                    cues[n] = cue

    # A quotation over several paragraphs: a part without a cue of its own
    # takes the attribution printed with a later part.
    for k, unit in enumerate(art.units):
        for n in unit.quotes:
            if cues[n] is not None or inherit[n] is not None or quotes[n].kind == "scare":
                continue
            m = _continued_part(art, quotes, k, n)
            while m is not None and cues[m] is None and inherit[m] is None:
                m = _continued_part(art, quotes, art.unit_of.get(quotes[m].paragraph, -1), m)
            if m is not None and cues[m] is not None:
                cues[n] = cues[m]

    out: list[Quote] = []
    resolved: list[Optional[Quote]] = [None] * len(quotes)
    order = sorted(range(len(quotes)), key=lambda n: (art.unit_of.get(quotes[n].paragraph, 0), quotes[n].start))
    for n in order:
        q = quotes[n]
        cue = cues[n]
        if cue is None and inherit[n] is not None and resolved[inherit[n]] is not None:
            src = resolved[inherit[n]]
            resolved[n] = replace(q, speaker_as_printed=src.speaker_as_printed, speaker=src.speaker, speaker_forms=list(src.speaker_forms))
            continue
        if cue is None:
            resolved[n] = replace(q, speaker_as_printed=None, speaker=None, speaker_forms=[])
            continue
        printed = cue.printed.strip()
        speaker, forms = art.resolve(printed, cue.pos, headline=q.paragraph == 0) if cue.resolvable else (None, [])
        resolved[n] = replace(q, speaker_as_printed=printed, speaker=speaker, speaker_forms=forms)
    for n in range(len(quotes)):
        out.append(resolved[n])
    return out


def _continued_part(art: _Article, quotes: list[Quote], k: int, n: int) -> Optional[int]:
    """The first quote of the next paragraph when quote ``n`` runs to the
    end of its paragraph without a closing mark."""
    if k < 0 or k + 1 >= len(art.units):
        return None
    unit = art.units[k]
    if art.units[k + 1].number == 0 or not unit.quotes or unit.quotes[-1] != n:
        return None
    q = quotes[n]
    rest = unit.text[q.end - unit.base :].strip()
    if rest:
        return None
    nxt = art.units[k + 1]
    if not nxt.quotes or nxt.masked.lstrip()[:1] != MASK:
        return None
    return nxt.quotes[0]
