"""A "who" clause between a name and the speech verb: the name right
before a bare "who" speaks, and so does a name opening the sentence whose
relative clause the comma before the verb closes, or a description whose
clause has a verb of its own. Verbs joined inside an "in which" clause
share that clause's subject."""

from __future__ import annotations

import re
from typing import Optional

from .lexicon import CALL_VERBS, MASK, OBLIQUE, SPEECH_VERBS
from .descriptors import anaphoric_description
from .phrases import np_before
from .subjects import named_person, sentence_subject
from .text import tokens
from .wordforms import finite_verb


# "who" right before the verb, with no comma: "met by shopkeeper Jo
# Roe who said"; an adverb or an auxiliary may stand between, or an aside
# set off by commas ("Jo Roe who, of her first trip, said").
_BARE_WHO_RE = re.compile(r"(?<=[^\s,])[ \u00a0]+who(?:[ \u00a0]+(?:also|later|then|had|has|[a-z]+ly))?(?:[ \u00a0]*,[^,;:" + MASK + r"]{1,60},)?[ \u00a0]*$")


def named_before_who(text: str, masked: str, sent: int, vs: int) -> Optional[tuple[int, int]]:
    """The person named right before a "who" that is the speech verb's
    subject: the relative clause is theirs, whatever put the name in the
    sentence ("was met by shopkeeper Jo Roe who said")."""
    m = _BARE_WHO_RE.search(masked, sent, vs)
    span = np_before(masked, sent, m.start()) if m is not None else None
    if span is None or not named_person(text[span[0] : span[1]]):
        return None
    return span


_WHO_RE = re.compile(r"[ \u00a0]+who[ \u00a0]")


def subject_before_who_clause(text: str, masked: str, sent: int, vs: int) -> Optional[tuple[int, int]]:
    """"Harbour party leader Jo Roe who had spent the morning at the quay,
    with her brother Ben, when the boat came in, said ...": a sentence
    that opens with a person and a relative clause closed only by the
    comma before the verb; the person speaks, not a name inside the
    clause."""
    m = _WHO_RE.search(masked, sent, vs)
    if m is None:
        return None
    if not masked[:vs].rstrip(" \u00a0").endswith(","):
        # "The veteran MP who came back to run the party years later has said":
        # a description whose clause has a verb of its own, closed by no comma.
        opening = tokens(masked, sent, m.start())
        opening = opening[max((n + 1 for n, t in enumerate(opening) if t[2] == ","), default=0) :]
        clause = tokens(masked, m.end(), vs)
        words = [t[2] for t in opening]
        if (
            len(opening) > 1
            and words[0] in {"The", "the"}
            and all(w.islower() for w in words[1:])
            and anaphoric_description(words, words[-1])
            and clause
            and finite_verb(clause[0][2])
            and clause[0][2] not in SPEECH_VERBS
            and not any(t[2] in {",", ";"} or t[2] in SPEECH_VERBS for t in clause[1:])
        ):
            return opening[0][0], opening[-1][1]
        return None
    before = [t for t in tokens(masked, sent, m.start()) if t[2] != ","]
    words = [t[2] for t in before]
    if before and words[0] == "The" and all(w.islower() for w in words[1:]) and anaphoric_description(words, words[-1]):
        return before[0][0], before[-1][1]  # "The retired hotel porter, who ..., added": the description speaks
    span = np_before(masked, sent, m.start())
    lead = masked[sent : span[0]].split() if span is not None else []
    # Only a description may stand before the name: "Harbour party leader".
    if span is None or len(lead) > 5 or any(not w.isalpha() for w in lead) or not named_person(text[span[0] : span[1]]):
        return None
    return span


def which_clause_subject(text: str, prev: list[tuple[int, int, str]], vs: int) -> Optional[tuple[int, int]]:
    """"a report in which Jo Roe accused the board of “...” and said “...”":
    a speech verb that "and" or "but" joins to a verb of saying inside a
    relative clause a preposition and "which" open shares that clause's
    subject, not the sentence's."""
    if not prev or prev[-1][2].lower() not in {"and", "but"}:
        return None
    rel = next((n for n in range(len(prev) - 2, 0, -1) if prev[n][2] == "which" and prev[n - 1][2].lower() in OBLIQUE), None)
    if rel is None or rel + 1 >= len(prev) - 1 or not any(t[2] in SPEECH_VERBS or t[2] in CALL_VERBS for t in prev[rel + 1 : -1]):
        return None  # "a basis on which X can claim ..., and called on Y": the main clause's verb goes on
    return sentence_subject(text, prev[rel + 1][0], vs)
