"""Where the speech verbs of a stretch of text stand, and the words that
look like one but do not speak there ("continued to give", "says repeated
requests", "the date suggested by employers")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .documents import is_document_word
from .lexicon import ADVERBS, BE_FORMS, DETERMINERS, FUNCTION_WORDS, MASK, MULTIWORD_VERBS, OBLIQUE, PARTICIPLES, PRONOUNS, SPEECH_VERBS
from .text import tokens
from .wordforms import naming_in_passive

CONTINUE_FORMS = {"continue", "continues", "continued"}
# Prepositions a speech verb's form never follows as a verb ("in calls",
# "for comment"); "to" opens an infinitive and "and" joins verbs.
_NOUN_AFTER = frozenset(OBLIQUE - {"to", "and", "than", "like", "including"})
_INFINITIVE_RE = re.compile(r"[ \u00a0]+to[ \u00a0]+[a-z]")


def speech_verbs(masked: str, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of speech verbs and participles in masked[lo:hi]."""
    prev = ""
    toks = tokens(masked, lo, hi)
    lowered = [t[2].lower() for t in toks]
    for i, (s, e, w) in enumerate(toks):
        low = w.lower()
        # After a determiner the word is an adjective or a noun: "a written
        # statement", "the reported remarks".
        if low == "read" and prev in BE_FORMS:
            pass  # "items that can be read easily": a passive names no reader
        elif low.endswith("ed") and w == low and prev in SPEECH_VERBS and not prev.endswith("ing") and _noun_follows(toks, i):
            pass  # "says repeated requests fell": a past form between a speech verb and a noun describes the noun
        elif low in CONTINUE_FORMS and _INFINITIVE_RE.match(masked, e):
            pass  # "the nurses continued to give": "continue to" does, it does not speak
        elif low in PARTICIPLES and prev == "of":
            pass  # "accused the panel of asking “...” questions": a gerund, what someone is said to do
        elif w == low and i > 0 and after_preposition(toks[i - 1][2], low):
            pass  # "the rise in calls was “...”", "requests for comment": after a preposition the word is a noun
        elif low.endswith("ed") and prev.isalpha() and prev.islower() and prev not in BE_FORMS and _BY_AGENT_RE.match(masked, e):
            pass  # "the date suggested by employers": a participle describing a noun, no speech
        elif naming_in_passive(lowered, i):
            pass  # "Roe, described as one of the “...”": the one named, not a speaker
        elif (w in SPEECH_VERBS or w in PARTICIPLES or (w == low and low in SPEECH_VERBS)) and prev not in DETERMINERS:
            yield s, e, low
        elif w == "states" and is_document_word(prev):
            yield s, e, low  # "the motion states that": a verb only after a document, else "the states"
        elif i == 0 and low in SPEECH_VERBS and len(toks) > 2 and (toks[1][2][:1].isupper() or toks[1][2] in PRONOUNS or toks[1][2] in DETERMINERS) and MASK not in masked[lo:s]:
            # An inverted attribution opening the sentence: "Said Roe, “...”", "Said they: “...”",
            # "Said the agency: “...”", "Added her lawyer: “...”".
            yield s, e, low
        prev = low
    for m in MULTIWORD_VERBS.finditer(masked, lo, hi):
        word = m.group().lower()
        yield m.start(), m.end(), "according to" if word in _ACCORDING_TO else word


def after_preposition(prev: str, word: str) -> bool:
    """A speech verb's form (no participle) right after a preposition,
    printed in lower case, is a noun there ("in calls", "for comment");
    after a name that reads as one ("Al From said") it is a verb."""
    return prev in _NOUN_AFTER and not word.endswith("ing")


def _noun_follows(toks: list[tuple[int, int, str]], i: int) -> bool:
    """A plain lower-case word follows token ``i`` ("repeated requests"), not
    a quotation, a clause word or the end ("claims affirmed “...”")."""
    if i + 1 >= len(toks):
        return False
    word = toks[i + 1][2]
    return word.isalpha() and word.islower() and word not in FUNCTION_WORDS and word not in ADVERBS


# "by" and an agent after a past form; "said by phone" names a medium, not an agent.
_BY_AGENT_RE = re.compile(r"\s+by\s+(?!(?:tele)?phone\b|e-?mail\b|text\b|video\b|letter\b|satellite\b|radio\b)")
_ACCORDING_TO = {"as per", "per", "in the words of"}
