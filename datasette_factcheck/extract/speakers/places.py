"""Countries and their regions by name, from the ISO 3166 lists
``pycountry`` keeps: a country is a place that may speak as a state
("Ruritania said"), never a person a "he" or "she" can mean; a state,
province or county is where someone is from."""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from .given_names import is_given_name


def _key(name: str) -> str:
    words = [re.sub(r"(?<=.)'s?$", "", w) for w in name.replace("’", "'").split()]
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words).casefold()


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    names = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            # "Korea, Republic of", "Falkland Islands (Malvinas)": the list's
            # own index forms, which running text does not print.
            if value and "," not in value and "(" not in value:
                names.add(_key(value))
    return frozenset(names)


@lru_cache(maxsize=65536)
def is_country(name: str) -> bool:
    """The name (possessive and a leading "the" aside) of a country, as
    the ISO list spells it: "Kenya", "the Netherlands", "Sri Lanka's"."""
    return _key(name) in _countries()


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    # ISO 3166-2: states, provinces, counties and districts ("Alabama",
    # "Alberta", "Kent", "Kerala"), as the list spells them.
    # The list prints a second spelling in brackets ("Wales [Cymru GB-CYM]"):
    # the name before it is the one running text uses.
    names = (re.sub(r"\s*\[.*$", "", s.name) for s in pycountry.subdivisions)
    return frozenset(_key(name) for name in names if "," not in name and "(" not in name)


@lru_cache(maxsize=65536)
def is_region(name: str) -> bool:
    """The name of a country or of a part of one the ISO lists name (a
    state, province, county or district): "Alabama", "Kent", "Kenya"."""
    return is_country(name) or _key(name) in _regions()


def country_not_person(name: str) -> bool:
    """A country's name that is no given name too: "Portugal", not
    "Jordan" or "Chad", which may be a person's."""
    return is_country(name) and not is_given_name(name.split()[0])


def office_region(parts: list[str]) -> int:
    """How many of a name's first words are a country or a part of one
    ("Punjab", "British Columbia") that an office printed before it is of;
    0 unless two words remain and the first is no given name ("Georgia")."""
    if not parts or is_given_name(parts[0]):
        return 0
    return next((n for n in (3, 2, 1) if n <= len(parts) - 2 and is_region(" ".join(parts[:n]))), 0)


def country_opening(words: list[str]) -> int:
    """How many of ``words`` open with a country's name ("France",
    "South Africa"); 0 when they do not."""
    return next((n for n in (3, 2, 1) if n <= len(words) and is_country(" ".join(words[:n]))), 0)
