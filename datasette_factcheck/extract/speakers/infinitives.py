"""Verbs of saying in an infinitive ("took to the radio to call her
“...”", "used the meeting to accuse them of “...”"): where they stand, and
whose words they give, the subject of the clause the infinitive completes."""

from __future__ import annotations

from typing import Optional

from .cuenames import person_printed
from .lexicon import DETERMINERS, OBLIQUE, POSSESSIVE_PRONOUNS
from .names import capitalised, is_possessive
from .subjects import main_clause_start, subject_past_openers, with_clause_subject
from .subjectshapes import possessed_np
from .text import tokens
from .wordforms import past_of_bare, verb_adverb

# Someone told to do the saying: "urged Lee to call it", "asked them to".
_TOLD_TO = frozenset({"him", "her", "them", "us", "me", "you"})
# Saying not done: "chose not to respond to", "declined to comment on".
_WITHHELD = frozenset({"not", "never", "declined", "declines", "declining", "refused", "refuses", "refusing"})


def infinitive_verbs(text: str, sent: int, toks: list[tuple[int, int, str]], verbs: set[str], found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, past form) of each bare verb after "to" whose past
    form is one of ``verbs`` ("to call" read as "called"), after every verb
    already ``found`` ("X continued to question Y, saying “...”" speaks
    through "saying"), when a name or "he" or "she" is the subject of the
    clause it completes and the "to" opens a purpose, not a refusal ("chose
    not to"), a noun's complement ("his refusal to") or a span ("from state
    to state")."""
    last = max((v[0] for v in found), default=-1)
    return [
        (s, e, past) for n, (s, e, w) in enumerate(toks)
        if s > last and n > 1 and toks[n - 1][2] == "to" and (past := past_of_bare(w, verbs)) is not None
        and _purpose(toks, n - 1) and _named(text, purpose_subject(text, sent, toks[n - 1][0]))
    ]


def _purpose(toks: list[tuple[int, int, str]], to: int) -> bool:
    """The "to" at ``to`` can open a purpose its clause's subject pursues."""
    before = [t[2] for t in toks[:to]]
    while before and verb_adverb(before[-1]):
        before.pop()
    if not before or before[-1].lower() in _WITHHELD or before[-1].lower() == toks[to + 1][2].lower():
        return False
    return not (len(before) > 1 and (is_possessive(before[-2]) or before[-2].lower() in POSSESSIVE_PRONOUNS))


def _named(text: str, span: Optional[tuple[int, int]]) -> bool:
    """The span names a person, or is "he" or "she"."""
    return span is not None and person_printed(text[span[0] : span[1]]) is not None


def purpose_subject(text: str, sent: int, to: int) -> Optional[tuple[int, int]]:
    """The subject of the clause an infinitive whose "to" stands at ``to``
    completes ("Roe took to the radio to", "with Roe taking to the radio
    to", "used a speech in Tallow to"); None when a name or a pronoun
    right before the "to" is a verb's object, the one asked to speak
    ("Roe urged Lee to call it", "asked her to")."""
    before = [t[2] for t in tokens(text, sent, to)]
    n = len(before)
    while n > 0 and capitalised(before[n - 1]):
        n -= 1
    if n == len(before) and n > 0 and before[-1].lower() in _TOLD_TO:
        n -= 1
    if 0 < n < len(before) and before[n - 1].isalpha() and before[n - 1].islower() and before[n - 1] not in OBLIQUE | DETERMINERS:
        return None
    start = main_clause_start(text, sent, to)
    span = with_clause_subject(text, start, to) or subject_past_openers(text, start, to)
    return possessed_np(text, span, to) if span is not None else None  # "Tallow's mayor used ... to"
