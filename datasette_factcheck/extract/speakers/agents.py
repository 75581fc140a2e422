"""A subject that a past participle and "by" describe ("the company headed
by billionaire Ana Roe said", "the firm founded by Ana Roe wrote"): the one
after "by" heads, founds or runs the subject; the subject speaks."""

from __future__ import annotations

from typing import Optional

from .documents import is_document_word
from .lexicon import AUXILIARIES, BE_FORMS, FUNCTION_WORDS
from .names import capitalised
from .text import tokens
from .wordforms import past_participle

_DETERMINERS = {"the", "a", "an"}


def subject_before_agent(text: str, lo: int, span: tuple[int, int]) -> Optional[tuple[int, int]]:
    """When the name at ``span`` follows "<participle> by" (with up to two
    lower-case words describing it) after a description that opens with an
    article, that description's span; None otherwise."""
    toks = tokens(text, max(lo, span[0] - 120), span[0])
    n = len(toks) - 1
    while n >= 0 and n >= len(toks) - 2 and toks[n][2].isalpha() and toks[n][2].islower() and toks[n][2] != "by":
        n -= 1  # "by billionaire Ana Roe": the words describing the name
    if n < 2 or toks[n][2] != "by" or not past_participle(toks[n - 1][2]):
        return None
    head = n - 2
    if head < 0 or is_document_word(toks[head][2]):
        return None  # "a letter released by the Trust said": the issuer speaks
    d = head
    while d >= 0 and head - d < 4 and toks[d][2].lower() not in _DETERMINERS:
        word = toks[d][2]
        if not (word.isalpha() and word.islower()) or word in FUNCTION_WORDS or word in BE_FORMS or word in AUXILIARIES:
            return None  # "The plan was seconded by Ana Roe, who ...": a passive, no description
        d -= 1
    if d < 0 or d == head or toks[d][2].lower() not in _DETERMINERS:
        return None
    if d > 0 and (capitalised(toks[d - 1][2]) or toks[d - 1][2].isalpha()):
        return None  # "X met the man led by ...": the description is no sentence's subject after a word
    return toks[d][0], toks[head][1]
