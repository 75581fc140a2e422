"""What the words around a name say of the person's gender before any
pronoun is resolved: the pronoun that opens the clause of their speech
verb ("X said he ..."), or a possessive in the phrase that opens their
sentence ("In her speech, X said ...")."""

from __future__ import annotations

import re
from typing import Optional

from .lexicon import ADDRESSEE_VERBS, APPOSITIVE_ADVERBS, AUXILIARIES, FUNCTION_WORDS, MASK, OBLIQUE, POSSESSIVE_PRONOUNS, PRONOUNS, SPEECH_VERBS
from .names import capitalised, run_end
from .identity import name_gender
from .given_names import is_given_name
from .descriptors import SUBORDINATORS
from .text import Unit, sentence_of
from .wordforms import finite_verb


# "X said he would appeal": the pronoun of the clause a name's speech verb
# opens is that person's, which tells their gender.
_CLAUSE_PRONOUNS = {"he": "m", "she": "f"}
_SAID_AUXILIARIES = {"has", "had", "have"}


def said_pronoun_gender(toks: list[tuple[int, int, str]], i: int) -> Optional[str]:
    """The gender a pronoun gives the name before token ``i``: "X said
    he", "X says that she", "X has also said he"; not "X told Y he", where
    the pronoun may be Y."""
    at = _said_clause_at(toks, i)
    return _CLAUSE_PRONOUNS.get(toks[at][2].lower()) if at is not None else None


def said_possessive_gender(toks: list[tuple[int, int, str]], i: int, name: str) -> Optional[str]:
    """The gender a possessive opening the clause of a name's speech verb
    confirms ("X said her colleague ...", "X says that his team ..."): the
    possessive may be someone else's, so it only ever confirms the gender
    the given name suggests, which the text then holds to."""
    at = _said_clause_at(toks, i)
    if at is None or at + 1 >= len(toks) or not toks[at + 1][2].islower():
        return None
    gender = _FRONTED_POSSESSIVES.get(toks[at][2].lower())
    return gender if gender is not None and name_gender(name) == gender else None


def _said_clause_at(toks: list[tuple[int, int, str]], i: int) -> Optional[int]:
    """The token that opens the clause of the speech verb at ``i`` ("has
    also said that | she"), if a speech verb with no addressee is there."""
    if i < len(toks) and toks[i][2].lower() in _SAID_AUXILIARIES:
        i += 1
    if i < len(toks) and toks[i][2].lower() in APPOSITIVE_ADVERBS:
        i += 1
    if i >= len(toks) or toks[i][2] not in SPEECH_VERBS or toks[i][2] in ADDRESSEE_VERBS:
        return None
    i += 1
    if i < len(toks) and toks[i][2] == "that":
        i += 1
    return i if i < len(toks) else None


# "In his speech, X urged ...": a possessive in the phrase that opens the
# sentence looks ahead to its subject, the name after the comma.
_FRONTED_POSSESSIVES = {"his": "m", "her": "f"}


def owned_by_subject_gender(toks: list[tuple[int, int, str]], i: int, opens: bool) -> Optional[str]:
    """The gender a possessive right after the verb gives the name before
    token ``i`` that opens its clause (``opens``): "X accepted her award",
    "X officially took up his post". Not "X told Y her ...", where the
    possessive may be Y's, nor a verb after a preposition ("from X")."""
    if not opens:
        return None
    while i < len(toks) and (toks[i][2].lower() in APPOSITIVE_ADVERBS or toks[i][2].endswith("ly")) and toks[i][2].islower():
        i += 1
    if i + 2 < len(toks) and toks[i][2] in {"has", "had"} and _PAST_OR_PRESENT_RE.fullmatch(toks[i + 1][2]) and toks[i + 1][2] not in ADDRESSEE_VERBS:
        i += 1  # "X has retained her seat"
        if i + 3 < len(toks) and toks[i + 1][2] == "to" and toks[i + 2][2].isalpha() and toks[i + 2][2].islower():
            i += 2  # "X has worked to defend her seat": the verb after "to" takes the object
    elif i + 1 >= len(toks) or not _PAST_OR_PRESENT_RE.fullmatch(toks[i][2]) or toks[i][2] in FUNCTION_WORDS or toks[i][2] in ADDRESSEE_VERBS:
        return None
    verb = toks[i][2]
    if i + 2 < len(toks) and toks[i + 1][2] in {"up", "on", "off", "over", "down", "out", "back"}:
        i += 1  # "X took up her seat"
    owner = toks[i + 1][2].lower()
    if owner == "her" and (verb in _TWO_OBJECT_VERBS or verb + "s" in _TWO_OBJECT_VERBS):
        return None  # "X emailed her condolences": "her" may be the one written to
    return _FRONTED_POSSESSIVES.get(owner)


# Verbs that take a person and a thing ("sent her flowers", "called her a
# liar"), after which "her" may be the person, not an owner.
_TWO_OBJECT_VERBS = frozenset(
    """
    gave gives sent sends emailed emails handed hands offered offers told tells showed shows wrote
    writes texted texts paid pays lent lends owed owes brought brings promised promises wished
    wishes asked asks bought buys sold sells left leaves awarded awards granted grants denied denies
    taught teaches called calls named names made makes found finds kept keeps got gets cost costs
    thanked thanks urged urges
    """.split()
)


# A verb in the past or the third person present: "accepted", "takes", "won".
_PAST_OR_PRESENT_RE = re.compile(r"[a-z]+(?:ed|es|s)|won|took|gave|made|lost|kept|held|led|left|paid|spent|began|came|went")


def fronted_possessive_gender(unit: Unit, toks: list[tuple[int, int, str]], i: int) -> Optional[str]:
    """The gender a possessive in a sentence's opening phrase gives the
    name at ``i`` that follows the phrase's comma; None when the phrase
    has any other name, or no speech verb follows the name."""
    start, _ = sentence_of(unit, toks[i][0])
    a = i - 1
    while a > 0 and toks[a - 1][0] >= start:
        a -= 1
    phrase = toks[a : i - 1]
    if not 2 <= len(phrase) <= 8 or phrase[0][2].lower() not in OBLIQUE - {"and"}:
        return None
    if phrase[1][2].lower() not in _FRONTED_POSSESSIVES or any(capitalised(t[2]) or not t[2].isalpha() for t in phrase[1:]):
        return None
    # Only a speech verb: "After his suspension, Jane Roe replaced X" has
    # the possessive look at the object.
    n = run_end(toks, i) + 1
    if n >= len(toks) or toks[n][2] not in SPEECH_VERBS:
        return None
    gender = _FRONTED_POSSESSIVES[phrase[1][2].lower()]
    given = name_gender(" ".join(t[2] for t in toks[i:n]))
    return gender if given in (None, gender) else None


_SIGNED_NEXT_RE = re.compile(r"[\s\u00a0]*" + MASK + r"+[\s\u00a0]*(?:[,.!?][\s\u00a0]*)?(he|she|He|She)[\s\u00a0]+([a-z]+)")
# Pronouns that can only look back to a sentence's subject when no other
# name stands between ("X had looked tired in his briefing"); "her" may be
# an object, and the others name no single person.
_LATER_PRONOUNS = {w: PRONOUNS[w] for w in ("he", "she")} | {"his": POSSESSIVE_PRONOUNS["his"], "himself": "m", "herself": "f"}


def later_pronoun_gender(unit: Unit, toks: list[tuple[int, int, str]], j: int) -> Optional[str]:
    """The gender the first personal pronoun later in the sentence gives the
    one name that opens it (ending at token ``j``), when no other
    capitalised word stands between them: "X had looked downbeat in his
    briefing" is a man; "X told Y he ..." tells nothing."""
    _, end = sentence_of(unit, toks[j][1])
    if j + 1 < len(toks) and toks[j + 1][2] in {"have", "are", "were"}:
        return None  # "Things have changed": a plural, no one
    for n, (_, b, word) in enumerate(toks[j + 1 :], start=j + 1):
        if b > end:
            # "X rejected that. “...,” she said.": the next sentence is a
            # quotation its speaker's pronoun signs.
            signed = _SIGNED_NEXT_RE.match(unit.masked, end)
            return _CLAUSE_PRONOUNS[signed.group(1).lower()] if signed and signed.group(2) in SPEECH_VERBS else None
        low = word.lower()
        if low in _LATER_PRONOUNS:
            # "..., she says,": an aside's speaker, not the subject
            return None if n + 1 < len(toks) and toks[n + 1][2] in SPEECH_VERBS else _LATER_PRONOUNS[low]
        if low in PRONOUNS or low in POSSESSIVE_PRONOUNS or capitalised(word):
            return None
    return None


def subordinate_subject_gender(unit: Unit, toks: list[tuple[int, int, str]], i: int, j: int) -> Optional[str]:
    """The gender the main clause's "he" or "she" gives the name (tokens
    ``i``..``j``) that is the subject of the clause opening the sentence:
    "When X first asked the board for it, she got ..." is a woman.
    None when a given name stands between, who may be the one meant."""
    start, end = sentence_of(unit, toks[i][0])
    if i == 0 or toks[i - 1][2].lower() not in SUBORDINATORS or toks[i - 1][0] < start or (i > 1 and toks[i - 2][0] >= start):
        return None
    v = j + 1
    while v < len(toks) and (toks[v][2] in APPOSITIVE_ADVERBS or toks[v][2] in {"first", "once", "later"} or toks[v][2].endswith("ly")):
        v += 1  # "When X first asked"
    if v >= len(toks) or not toks[v][2].isalpha() or not toks[v][2].islower() or toks[v][2] in OBLIQUE | {"or", "of", "the", "a", "an"}:
        return None  # the name is the clause's subject: a verb follows it, no "and" or "of"
    for n in range(j + 1, len(toks) - 1):
        if toks[n][0] >= end or MASK in toks[n][2]:
            return None
        if toks[n][2] == ",":
            return _CLAUSE_PRONOUNS.get(toks[n + 1][2]) if toks[n + 1][0] < end else None
        if toks[n][2].lower() in PRONOUNS or (is_given_name(toks[n][2]) and toks[n - 1][2].lower() not in {"the", "a", "an"}):
            return None  # "When X met Ana Roe, she ...": either may be meant; "the Haida council" names no one
    return None


def described_opener(unit: Unit, toks: list[tuple[int, int, str]], i: int) -> bool:
    """The name at token ``i`` opens its sentence, after at most three
    words that describe it ("Shopkeeper X", "Local farmer X")."""
    start, _ = sentence_of(unit, toks[i][0])
    before = [t[2] for t in toks[:i] if t[0] >= start]
    return len(before) <= 3 and all(w.isalpha() and w.lower() not in FUNCTION_WORDS and not finite_verb(w.lower()) for w in before)


def opens_clause_at(toks: list[tuple[int, int, str]], j: int) -> bool:
    """A verb follows the name that ends at token ``j``: it is the subject."""
    return j + 1 < len(toks) and (toks[j + 1][2] in AUXILIARIES | {"was", "is"} or finite_verb(toks[j + 1][2]))
