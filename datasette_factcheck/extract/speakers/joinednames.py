"""Names joined by "and" or commas: a body's name that goes on after
"and", a line of nothing but names (a byline), the surname two given
names share ("Ana and Ben Roe"), and subjects of more than one person
("Roe and Vale sent a letter", "Roe, Vale and Marsh were held")."""

from __future__ import annotations

import re

from .given_names import is_given_name
from .lexicon import AUXILIARIES, BE_FORMS, ORG_WORDS, PARTICLES
from .names import bare_word, capitalised, is_title_word, name_token, strip_possessive
from .wordforms import finite_verb


def body_name_goes_on(toks: list[tuple[int, int, str]], j: int) -> bool:
    """The run ending at ``j`` is the first part of a body's name joined by
    "and" ("Tallow Mills and Weavers Union"): the capitalised words after the
    "and" end in a body's word."""
    if j + 2 >= len(toks) or toks[j + 1][2] != "and" or not capitalised(toks[j + 2][2]):
        return False
    e = j + 2
    while e + 1 < len(toks) and capitalised(toks[e + 1][2]):
        e += 1
    return bare_word(toks[e][2]) in ORG_WORDS


def names_only(line: str) -> bool:
    """A line that is nothing but people's names joined by "and" or commas
    ("Ana Roe and Ben de Lowe"), each opening with a given name: a byline."""
    parts = [p.strip() for p in re.split(r",|\band\b|&", line.strip())]
    if not 2 <= len(parts) <= 4:
        return False
    for part in parts:
        words = part.split()
        if not 2 <= len(words) <= 4 or not is_given_name(words[0]):
            return False
        if not all(w[:1].isupper() or w in PARTICLES for w in words) or not all(w.replace("’", "").replace("'", "").replace("-", "").isalpha() for w in words):
            return False
    return True


def shared_surname(toks: list[tuple[int, int, str]], i: int, j: int) -> str | None:
    """The surname a given name alone at ``i`` shares with the full name
    joined to it by "and" ("Ana and Ben Roe", "Ana and Ben Roe-Lowe"), as
    couples and siblings are printed; None for anything else."""
    if i != j or not is_given_name(toks[i][2]) or j + 3 >= len(toks) or toks[j + 1][2] != "and":
        return None
    given, surname = toks[j + 2][2], toks[j + 3][2]
    if not (capitalised(given) and is_given_name(given) and capitalised(surname) and name_token(surname)):
        return None
    if j + 4 < len(toks) and capitalised(toks[j + 4][2]) and name_token(toks[j + 4][2]):
        return None  # "Ana and Ben Roe Lowe": no telling which part is shared
    return strip_possessive(surname)


_JOINED_BEFORE_RE = re.compile(r"(?:\band|&)[\s\u00a0]*$")


def joined_after(text: str, lo: int, span: tuple[int, int]) -> bool:
    """The span is the second of two subjects joined by "and" ("X and Y
    sent a letter"): what they issued together is neither one's alone."""
    return _JOINED_BEFORE_RE.search(text, lo, span[0]) is not None


_NAME = r"[A-Z][\w.-]*(?:['’][A-Z][\w-]*)?(?:\s+[A-Z][\w.-]*(?:['’][A-Z][\w-]*)?)*"
# A name, then more set off by commas, then "and" another, that owns nothing ("Roe and Vale's plan").
_JOINED_RE = re.compile(rf"(?:,\s+{_NAME})*,?\s+(?:and|&)\s+{_NAME}(?![\w'’])")


def joined_subject(text: str, end: int, hi: int) -> bool:
    """The name that ends at ``end`` opens a subject of names joined by
    "and" ("Roe, Vale and Marsh were held", "Roe and Vale, with aides,
    were"): the subject is more than one person, and no later "he" or
    "she" means the first of them."""
    m = _JOINED_RE.match(text, end, hi)
    if m is None or is_title_word(m.group().split()[-1]):
        return False
    # A verb or a comma after the last name: "Roe, Harbour and Dock Party
    # MP for Tallow, said" is one person's titles.
    after = text[m.end() : hi].split(maxsplit=1)
    word = after[0] if after else ""
    return word.startswith(",") or word in BE_FORMS or word in AUXILIARIES or finite_verb(word)
