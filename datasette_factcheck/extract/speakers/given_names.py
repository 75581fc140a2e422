"""Given names and the gender they usually carry, from the name list of
the ``gender-guesser`` package (about 40,000 first names from many
countries): a person's gender for pronoun agreement when the text gives
none, and evidence that a capitalised run is a person's name at all."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Optional

# Only names the list gives to one gender: "mostly" answers ("Bernie",
# "Kim", "Chris" in some countries) would split one person in two.
_GENDERS = {"male": "m", "female": "f"}


@lru_cache(maxsize=1)
def _detector():
    # Loaded on first use (about 0.2 s), once per process.
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


@lru_cache(maxsize=65536)
def _lookup(word: str) -> Optional[str]:
    """The list's answer for one given name: male, female, mostly_*, andy,
    or None for a word that is no known given name."""
    word = word.strip(".,;:’'")
    if len(word) < 2 or not word[0].isupper() or not word.replace("-", "").isalpha():
        return None
    answer = _detector().get_gender(word)
    if answer == "unknown" and "-" in word:
        answer = _detector().get_gender(word.split("-")[0])  # "Jean-Pierre"
    if answer == "unknown":
        plain = "".join(c for c in unicodedata.normalize("NFKD", word) if c.isascii())
        if plain != word and plain:
            answer = _detector().get_gender(plain)  # "Zoë" as "Zoe"
    return None if answer == "unknown" else answer


def is_given_name(word: str) -> bool:
    """A word the list knows as someone's first name."""
    return _lookup(word) is not None


# The countries whose news the desk reads most: where the list knows a
# name there, that answer counts rather than the worldwide one ("Laurence"
# is a man's name in the US and Britain, a woman's in France).
_NEWS_COUNTRIES = ("usa", "great_britain")
_SEX = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}


@lru_cache(maxsize=65536)
def given_name_gender(word: str) -> Optional[str]:
    """"m" or "f" for a first name given to men or to women; None for one
    given to both or mostly to one, and for a word that is no known first
    name. The desk's main countries decide when the list knows the name
    there."""
    answer = _lookup(word)
    if answer is None:
        return None
    name = word.strip(".,;:’'")
    local = [a for a in (_detector().get_gender(name, c) for c in _NEWS_COUNTRIES) if a in _SEX]
    if not local:
        return _GENDERS.get(answer)
    sexes = {_SEX[a] for a in local}
    if len(sexes) == 1 and any(a in _GENDERS for a in local):
        return sexes.pop()
    return None


def firmly_gendered(word: str) -> bool:
    """A first name the list gives to one gender only, worldwide and in the
    desk's main countries ("Maria"); not one given mostly to one ("Rene",
    "Jan"), whose gender an honorific in the text may overrule."""
    if _lookup(word) not in _GENDERS:
        return False
    name = word.strip(".,;:’'")
    return all(_detector().get_gender(name, c) in (_GENDERS.keys() | {"unknown"}) for c in _NEWS_COUNTRIES)


def name_after_place(parts: list[str]) -> list[str]:
    """The person's name in the words after an office's "of" or "for"
    ("Mayor of London Ana Roe", "Leader of Tallow Harbour Ana Roe"): the
    first word is the office's place or body, and so is each word after it
    that no given name opens while one follows."""
    held = parts[1:]
    while len(held) > 2 and not is_given_name(held[0]) and any(is_given_name(w) for w in held[1:-1]):
        held = held[1:]
    return held
