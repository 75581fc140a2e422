"""A body's name followed by its kind in lower case ("the Harbour Nurses
Guild (HNG) trade union said"): the name speaks, the kind only says what
it is."""

from __future__ import annotations

import re
from typing import Optional

from .lexicon import FUNCTION_WORDS, ORG_CONNECTORS, ORG_DESCRIPTORS, ORG_NOUNS, PLACE_BODY_WORDS
from .names import capitalised, looks_like_org
from .text import bracketed


def kind_after_name(words: list[str]) -> list[str]:
    """``words`` without the kind of body that follows its name in lower
    case, nor the initials in brackets before it ("the Harbour Nurses
    Guild (HNG) trade union said", "the Tallow Trust charity"): the name
    speaks."""
    toks: list[tuple[int, int, str]] = []
    for i, w in enumerate(words):
        # the word's index stands in each token's place, as a bracket splits one word in three
        toks += [(i, i, "("), (i, i, w[1:-1]), (i, i, ")")] if _BRACKETED_INITIALS_RE.fullmatch(w) else [(i, i, w)]
    n = _name_before_kind(toks, 0, len(toks) - 1)
    return words if n is None else words[: toks[n][0] + 1]


def name_before_kind(toks: list[tuple[int, int, str]], a: int, b: int) -> Optional[int]:
    """The index of the name's last token when tokens ``a``..``b`` close
    with a body's name, its initials in brackets and its kind in lower case
    ("the Harbour Nurses Guild (HNG) trade union"), and more than the kind
    follows the name; else None."""
    n = _name_before_kind(toks, a, b)
    return None if n is None or n >= b - 1 else n


def _name_before_kind(toks: list[tuple[int, int, str]], a: int, b: int) -> Optional[int]:
    words = [t[2] for t in toks]
    last = words[b]
    if b - a < 1 or not last.islower() or last not in _KINDS:
        return None
    n = b - 1
    if n > a and words[n].isalpha() and words[n].islower() and words[n] not in FUNCTION_WORDS:
        n -= 1  # "trade union", "pressure group"
    if n - 2 > a and (initials := bracketed(toks, n)) is not None and initials.isupper():
        n -= 3
    start = n + 1
    while start > a and (capitalised(words[start - 1]) or words[start - 1] in ORG_CONNECTORS) and not words[start - 1].endswith(","):
        start -= 1
    # "the research team", "a Tallow-based advocacy group": no body's name before the kind
    return n if start <= n and looks_like_org(" ".join(words[start : n + 1])) else None


# What a body is, after its name; not a place's own body ("the Tallow police")
# nor a unit inside one ("the Tallow Bank board").
_KINDS = ORG_NOUNS - PLACE_BODY_WORDS - {"department", "office", "board", "committee", "panel", "bench", "court", "service", "network"}
_BRACKETED_INITIALS_RE = re.compile(r"\([A-Z][A-Za-z&]{1,7}\)")


# "is one of the opposition parties", "was a freight company": up to four lower-case words.
_COPULA_KIND_RE = re.compile(r"\s+(?:is|was)\s+(one\s+of\s+the|an?|the)\s+((?:[a-z][a-z-]*\s+){0,3}[a-z]+)\b(?!['’])")


def kinds_by_copula(text: str, end: int) -> set[str]:
    """The kind of body a sentence says the name ending at ``end`` is
    ("The HFP is one of the opposition parties", "Harbour Rail was a
    freight company"), so that "the party" or "the company" can mean it."""
    m = _COPULA_KIND_RE.match(text, end)
    if m is None:
        return set()
    words = m.group(2).split()
    # the noun closes the run ("a company director" is a person's): a
    # clause word after it ("one of the parties which ...") ends it too
    cut = next((n for n, w in enumerate(words) if w in FUNCTION_WORDS), len(words))
    if not cut:
        return set()
    word = words[cut - 1]
    if m.group(1).startswith("one"):
        word = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else ""
    return {word} if word in ORG_NOUNS | ORG_DESCRIPTORS else set()
