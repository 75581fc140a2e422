"""Name identity: when two printed names are one person's. A folded
surname key (spelling variants, diacritics, transliterations), the parts
of a name, a family name printed first, and the gender a given name
carries."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional

from .given_names import given_name_gender
from .names import clean_name, group_name, is_initial, is_title_word, bare_word, suffix_word
from .lexicon import HONORIFICS, PARTICLES
from .wordforms import month_name


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


@lru_cache(maxsize=65536)  # asked for every pair of names compared
def fold(word: str) -> str:
    text = word.lower().translate(_SPECIAL)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if c.isascii() and c.isalpha())
    for pattern, repl in _TRANSLIT:
        text = pattern.sub(repl, text)
    return text


@lru_cache(maxsize=8192)  # asked again for each comparison; callers only read the list
def name_parts(name: str) -> list[str]:
    cleaned = clean_name(name) or ""
    if not cleaned and name.isupper():
        cleaned = clean_name(name.title()) or ""  # "STOLTENBERG" in a caps byline
    if not cleaned and name.isalpha() and name[:1].isupper() and is_title_word(name) and bare_word(name) not in HONORIFICS:
        cleaned = name  # a title word kept as a surname ("Mr. King" -> "King")
    if not cleaned and month_name(name):
        cleaned = name  # a month kept as a surname ("Mrs May" -> "May")
    if not cleaned and name.istitle() and len(name) > 2 and name.lower() in PARTICLES:
        cleaned = name  # a particle kept as a surname ("Judge Das" -> "Das")
    words = cleaned.split()
    if len(words) > 1 and suffix_word(words[-1]):
        words = words[:-1]  # "Danforth Jr." is a Danforth
    if len(words) > 2 and _HYPHENED_GIVEN_RE.fullmatch(words[-1]):
        words = words[:-1]  # "Tom Lau Ka-chun": an English given name, the family name, the Chinese given name
    # A particle opens a surname ("van der Berg"); as the last word it is
    # the surname itself ("Minh Le", "Wei Du").
    return [w for n, w in enumerate(words) if w.lower() not in PARTICLES or n == len(words) - 1]


# A romanised East Asian given name: two syllables, hyphenated, the second
# in lower case ("Pun-tak", "Min-seo").
_HYPHENED_GIVEN_RE = re.compile(r"[A-Z][a-z]+-[a-z]+")


def family_name_first(parts: list[str]) -> bool:
    """"Ng Pun-tak", "Kwon Min-seo": a family name, then a given name
    printed as its two hyphenated syllables; the shape alone shows a
    person's name."""
    return len(parts) == 2 and parts[0][:1].isupper() and bool(_HYPHENED_GIVEN_RE.fullmatch(parts[1]))


@lru_cache(maxsize=8192)
def person_key(name: str) -> str:
    """A folded surname: the same for spelling variants of one surname
    (Zelensky, Zelenskyy, Zelenskiy, Zelenski; diacritics; case); empty
    when ``name`` holds no name."""
    parts = name_parts(name)
    if not parts or group_name(name.split()):
        return ""
    return surname_fold(parts[-1])


_ARABIC_ARTICLE_RE = re.compile(r"^(?:[Aa]l|[Ee]l)[-‐](?=\w)")


def surname_fold(word: str) -> str:
    """A surname folded for comparison, without the Arabic article a page may
    print joined to it or not ("Al-Dardir" is the "Amr Dardir" of the page)."""
    return fold(_ARABIC_ARTICLE_RE.sub("", word))


def _given_compatible(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return True
    if is_initial(a) or is_initial(b):
        return fa[0] == fb[0]
    return fa == fb or (min(len(fa), len(fb)) >= 3 and (fa.startswith(fb) or fb.startswith(fa)) and abs(len(fa) - len(fb)) <= 3)


def generation(name: str) -> str:
    """"sr" or "jr" when a full name ends with that suffix, else "": the
    suffix tells a father from a son of the same name."""
    last = name.split()[-1].rstrip(".,").lower() if name.split() else ""
    return last if last in {"sr", "jr"} else ""


@lru_cache(maxsize=8192)
def same_person(a: str, b: str) -> bool:
    """Same surname key and given names that do not contradict each other
    (``"Stoltenberg"`` ~ ``"Jens Stoltenberg"``, ``"Jens Stoltenberg"`` !~
    ``"Camilla Stoltenberg"``)."""
    pa, pb = name_parts(a), name_parts(b)
    if not pa or not pb:
        return False
    short, long_ = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    if len(short) == 1 and len(long_) > 1 and fold(short[0]) == fold(long_[0]):
        # Family name first ("Xi Jinping", "Tran Minh Hoa"): the short form
        # a later paragraph prints is the first word of the full name.
        return True
    if surname_fold(pa[-1]) != surname_fold(pb[-1]):
        return False
    ga, gb = pa[:-1], pb[:-1]
    if not ga or not gb:
        return True
    if generation(a) != generation(b):
        return False  # "Dan Roe Sr." is not his son "Dan Roe" (nor "Dan Roe Jr.")
    # A compound surname printed without the given name ("Ms Fernández de
    # Castro" for "Lucía Fernández de Castro") is the tail of the full name.
    short, long_ = (pa, pb) if len(pa) < len(pb) else (pb, pa)
    if len(short) < len(long_) and [fold(w) for w in short] == [fold(w) for w in long_[-len(short) :]]:
        return True
    return _given_compatible(ga[0], gb[0])


# Irish surname particles a woman's name carries ("Ní", "Nic"), where a
# man's carries "Ó" or "Mac".
_DAUGHTER_OF = frozenset({"Ní", "Nic"})


@lru_cache(maxsize=65536)
def name_gender(name: str) -> Optional[str]:
    """The gender the first given name of a full name carries ("Maria
    Ortiz" -> "f"), or an Irish surname that says "daughter of" ("Phil Ní
    Bhraonáin", whatever the given name); None for a surname alone or an
    initial."""
    parts = name_parts(name)
    if any(w in _DAUGHTER_OF for w in name.split()[1:-1]):
        return "f"
    return given_name_gender(parts[0]) if len(parts) > 1 else None


def one_slip(a: str, b: str) -> bool:
    """Two different words one typing slip apart: a letter added or
    dropped, or two neighbours swapped ("varnby", "varbny"). Not a letter
    changed, which often makes another name ("Lindqvist", "Lindquist"),
    nor an "s" added at the end, a family's plural."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) - len(short) != 1 or long_ == short + "s":
        return False
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]
