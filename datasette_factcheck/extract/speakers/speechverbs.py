"""Where the speech verbs of a stretch of text stand, and the words that
look like one but do not speak there ("continued to give", "says repeated
requests", "the date suggested by employers")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Optional

from .documents import is_document_word
from .lexicon import ADDRESSEE_VERBS, ADVERBS, AUXILIARIES, BE_FORMS, DETERMINERS, FUNCTION_WORDS, MASK, MULTIWORD_VERBS, OBLIQUE, PARTICIPLES, PRONOUNS, SPEECH_VERBS, VERB_PARTICLES
from .names import is_possessive
from .text import tokens
from .wordforms import IRREGULAR_PAST, naming_in_passive

CONTINUE_FORMS = {"continue", "continues", "continued"}
# Prepositions a speech verb's form never follows as a verb ("in calls",
# "for comment"); "to" opens an infinitive and "and" joins verbs.
_NOUN_AFTER = frozenset(OBLIQUE - {"to", "and", "than", "like", "including"})
_INFINITIVE_RE = re.compile(r"[ \u00a0]+to[ \u00a0]+[a-z]")


# Words that open a plural noun phrase, after which "-s" is no verb's.
_QUANTIFIERS = frozenset({"all", "many", "several", "these", "those", "both", "few", "numerous", "multiple", "various"})

# Speech verbs whose passive is about the one spoken of ("was noted for").
_SPOKEN_OF = frozenset({"mentioned", "noted"})
# "mentioned that ...", "mentioned: “...”", "mentioned “...”": what follows is what was said.
_MENTION_OF_SPEECH_RE = re.compile(r"[ \u00a0]*(?:that\b|[:,]|" + MASK + ")")


def speech_verbs(masked: str, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of speech verbs and participles in masked[lo:hi]."""
    prev = ""
    toks = tokens(masked, lo, hi)
    lowered = [t[2].lower() for t in toks]
    for i, (s, e, w) in enumerate(toks):
        low = w.lower()
        # After a determiner the word is an adjective or a noun: "a written
        # statement", "the reported remarks".
        if (low == "read" or low in _SPOKEN_OF) and prev in BE_FORMS:
            pass  # "items that can be read easily", "Roe was mentioned as a “...”": a passive names no speaker
        elif low in {"mentioned", "mentions"} and not _MENTION_OF_SPEECH_RE.match(masked, e):
            pass  # "when X mentioned the minister": a name or a thing mentioned, no words reported
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
        elif w == low and low.endswith("s") and i > 0 and is_possessive(toks[i - 1][2]):
            pass  # "the union’s claims", "Roe's notes": a noun the possessive owns
        elif w == low and low.endswith("s") and _QUANTIFIERS & set(lowered[max(0, i - 2) : i]):
            pass  # "all recent reports", "many claims": a plural noun; "all officials say" has no -s
        elif (w in SPEECH_VERBS or w in PARTICIPLES or (w == low and low in SPEECH_VERBS)) and prev not in DETERMINERS:
            yield s, e, low
        elif w == low and i > 0 and _base_after_modal(lowered, i):
            yield s, e, low  # "X would later tell reporters", "X will add": a speech verb's plain form after a modal
        elif w == "states" and is_document_word(prev):
            yield s, e, low  # "the motion states that": a verb only after a document, else "the states"
        elif w == "states" and masked[:s].rstrip(" ,\u00a0").endswith(MASK):
            yield s, e, low  # "“...,” states the bulletin": inverted after the quotation, its subject after it
        elif i == 0 and low in SPEECH_VERBS and len(toks) > 2 and (toks[1][2][:1].isupper() or toks[1][2] in PRONOUNS or toks[1][2] in DETERMINERS) and MASK not in masked[lo:s]:
            # An inverted attribution opening the sentence: "Said Roe, “...”", "Said they: “...”",
            # "Said the agency: “...”", "Added her lawyer: “...”".
            yield s, e, low
        prev = low
    for m in MULTIWORD_VERBS.finditer(masked, lo, hi):
        word = m.group().lower()
        yield m.start(), m.end(), "according to" if word in _ACCORDING_TO else word


_MODALS = frozenset({"would", "will"})  # "could ask", "should add": what may or must be said, not what was


def _base_after_modal(lowered: list[str], i: int) -> bool:
    """The plain form of a speech verb ("tell", "add", "insist") after a
    modal, with an adverb or two between ("would later tell")."""
    word = lowered[i]
    if word in SPEECH_VERBS or not speech_verb_form(word):
        return False
    following = lowered[i + 1] if i + 1 < len(lowered) else ""
    if word not in ADDRESSEE_VERBS and (following in VERB_PARTICLES or following in DETERMINERS):
        return False  # "they should add back the “...”": a thing added, no words; "would tell the court" speaks
    n = i - 1
    while n > 0 and i - n <= 2 and (lowered[n] in ADVERBS or lowered[n].endswith("ly")) and lowered[n] not in _MODALS:
        n -= 1
    return lowered[n] in _MODALS


def speech_verb_form(word: str) -> bool:
    """A form of a speech verb the word lists hold ("told", "adds"), or its
    plain form, which they hold only inflected ("tell", "add", "stress");
    not "not" ("notes") nor "continue"."""
    if word in SPEECH_VERBS:
        return True
    if word in FUNCTION_WORDS or word in CONTINUE_FORMS:
        return False
    sibilant = word.endswith(("s", "sh", "ch", "x", "z"))  # "stress": "stresses"
    return word + "es" in SPEECH_VERBS if sibilant else word + "s" in SPEECH_VERBS


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


# Words before "as" that make no description of an object: "such as",
# "as well as", "known as", "so as to", "the same as".
_NOT_DESCRIBING_AS = {"such", "well", "known", "so", "same", "soon", "much", "long", "far", "just", "even", "only"}
# Verbs whose "as" names a role or a time, not a description given to an
# object ("acted as", "served as", "came as", "stepped down as").
_ROLE_AS_VERBS = {"acted", "acts", "served", "serves", "worked", "works", "came", "comes", "stepped", "steps", "began", "begins", "started", "starts", "joined", "joins", "remained", "remains", "stayed", "stays", "returned", "returns"}


def as_complement_verb(toks: list[tuple[int, int, str]]) -> Optional[tuple[int, int, str]]:
    """The verb whose object a quotation right after "as" describes, in
    the clause ``toks`` ends with ("X hailed the pact as a “...”", "X
    held up the plan as the “...”", "X speaks of her as “...”"): the
    description is the subject's, as after "called". (start, end, word);
    None for a passive ("was seen as"), a role ("served as"), "such as",
    or a clause with no object between the verb and "as". The start is
    the verb group's, auxiliaries included."""
    n = len(toks)
    if n and toks[n - 1][2].lower() in {"a", "an", "the"}:
        n -= 1
    if n < 3 or toks[n - 1][2].lower() != "as" or toks[n - 2][2].lower() in _NOT_DESCRIBING_AS:
        return None
    for v in range(n - 2, 0, -1):
        word = toks[v][2]
        if word in {",", ";", ":", "—", "–"} or MASK in word:
            return None  # the description is set off from the clause of any verb
        low = word.lower()
        before = toks[v - 1][2].lower()
        if not word.isalpha() or not word.islower() or low in FUNCTION_WORDS or low in BE_FORMS:
            continue
        if before in DETERMINERS or before in _NOUN_AFTER or is_possessive(toks[v - 1][2]):
            continue  # "the results", "of concerns": a noun
        aux = v - 1
        while aux > 0 and toks[aux][2].lower().endswith("ly"):
            aux -= 1
        if low.endswith("ing") and low != "being" and toks[aux][2].lower() in BE_FORMS:
            before = "progressive"  # "is now casting the firm as": the subject does it
        elif not (low in IRREGULAR_PAST or low.endswith("ed") or (low.endswith("s") and not low.endswith(("ss", "us", "is")))):
            continue
        if before in BE_FORMS or before == "having" or before.endswith("ing") or low in _ROLE_AS_VERBS:
            return None  # "was seen as", "having spoken of", "acted as": no subject gives it here
        if not _opens_object(toks[v + 1][2]):
            continue  # "most landlords treat short lets as": a plural noun, not the verb
        start = v  # the verb group opens at its auxiliaries: "has lately been casting"
        while start > 0 and (toks[start - 1][2].lower() in AUXILIARIES | BE_FORMS or toks[start - 1][2].lower().endswith("ly")):
            start -= 1
        return toks[start][0], toks[v][1], word
    return None


# Words that open a verb's object ("hailed the pact", "speaks of her",
# "positioned itself"): an article, a pronoun, a preposition of a
# prepositional verb ("held up", "spoke of"), or a name.
_OBJECT_OPENERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
                   "him", "it", "them", "us", "me", "itself", "himself", "herself", "themselves", "to", "on", "up", "out", "of"}


def _opens_object(word: str) -> bool:
    return word.lower() in _OBJECT_OPENERS or (word[:1].isupper() and word.isalpha())


def possessed_gerund_as(text: str, sent: int, verb: tuple[int, int, str], qs: int) -> bool:
    """The verb is an -ing word after a possessive ("Roe's asking about
    her role") and the quotation follows "as" (or another quotation after
    it, "as “...” and “...”"): a noun, the object that
    a verb of calling before it describes, and no speech of its own."""
    before = tokens(text, sent, verb[0])
    after = tokens(text, verb[1], qs)
    while after and (MASK in after[-1][2] or after[-1][2].lower() in {"and", "or", ","}):
        after.pop()  # "... as “baiting” and “...”": the second quotation of the same complement
    return verb[2].endswith("ing") and bool(before) and is_possessive(before[-1][2]) and bool(after) and after[-1][2].lower() == "as"
