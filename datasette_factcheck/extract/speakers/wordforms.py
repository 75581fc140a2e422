"""What one word is, read alone: a speech verb, an adverb before a verb,
a past tense without "-ed", a number, an age, a headline's verb."""

from __future__ import annotations

import re
from typing import Optional

from .lexicon import ADVERBS, AUXILIARIES, BE_FORMS, CALENDAR_NAMES, CALL_VERBS, HEADLINE_VERBS, NUMBER_WORDS, PARTICLES, POSSESSIVE_PRONOUNS, SPEECH_VERBS, VERB_PARTICLES, WEEKDAYS
from .names import bare_word, is_initial, is_title_word
from .given_names import is_given_name


def is_verb(word: str) -> bool:
    return word in SPEECH_VERBS


# Adverbs between a subject and its verb ("X, but now said").
VERB_ADVERBS = ADVERBS | {"now", "often", "always", "sometimes", "usually", "still", "even"}
# Nouns ending in -ly that stand before a verb as its subject ("the family said").
_LY_NOUNS = {"family", "assembly", "rally", "monopoly", "bully", "supply", "reply", "homily", "anomaly"}


def verb_adverb(word: str) -> bool:
    """An adverb between a subject and its verb: a listed one ("he later
    said", "she often says") or any lower-case -ly word ("he wryly
    noted")."""
    low = word.lower()
    if low in VERB_ADVERBS:
        # "Will said": an auxiliary in capitals before the verb is a surname.
        return not (low in AUXILIARIES and word.istitle())
    return len(word) > 4 and word.islower() and word.isalpha() and word.endswith("ly") and word not in _LY_NOUNS


def opening_adverb(word: str) -> bool:
    """An adverb in capitals opening a sentence ("Again", "Repeatedly"),
    not a given name ("Kelly"): no subject of what follows."""
    return word.isalpha() and verb_adverb(word.lower()) and not is_given_name(word)


def without_loose_modifiers(printed: str) -> str:
    """``printed`` without the -ly adverbs a subject was cut with ("with
    the operator constantly blaming ...": "the operator") and without a
    place or owner joined to a participle after an article ("the
    Tallow-based firm", "the Harlow-owned paper": "the firm", "the paper"),
    which says where or whose a body is, not its name."""
    words = printed.split()
    n = len(words)
    while n > 1 and words[n - 1].endswith("ly") and verb_adverb(words[n - 1]):
        n -= 1
    words = words[:n]
    if len(words) > 2 and words[0].lower() in {"the", "a", "an"}:
        words = words[:1] + [w for w in words[1:-1] if not _placed_participle(w)] + words[-1:]
    return printed if words == printed.split() else " ".join(words)


def _placed_participle(word: str) -> bool:
    """"Tallow-based", "Harlow-owned": a capitalised word and a past
    participle joined by a hyphen."""
    head, _, tail = word.rpartition("-")
    return head[:1].isupper() and past_participle(tail.lower())


def before_auxiliary(words: list[str]) -> list[str]:
    """``words`` before the auxiliaries and adverbs that end them, as
    between a subject and its verb ("new Health Secretary Jane Roe has
    previously" -> "new Health Secretary Jane Roe"); one word at least."""
    while len(words) > 1 and (words[-1] in AUXILIARIES or verb_adverb(words[-1])):
        words = words[:-1]
    return words


def finite_verb(word: str) -> bool:
    """A lower-case word that reads as a verb in the past or a speech verb
    ("accused", "told", "made"), as after a sentence's subject."""
    return word.islower() and (word in SPEECH_VERBS or word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4))


def past_of_bare(word: str, verbs: set[str]) -> Optional[str]:
    """The past form in ``verbs`` of a bare verb ("accuse", "slam",
    "decry", "label"), as after the "to" of an infinitive; None for any
    other word."""
    if len(word) < 3 or not word.isalpha() or not word.islower():
        return None
    forms = [word + "d", word + "ed", word + word[-1] + "ed"] + ([word[:-1] + "ied"] if word.endswith("y") else [])
    return next((f for f in forms if f in verbs), None)


# Past tenses without "-ed" a body's acronym may stand before ("the UN made").
IRREGULAR_PAST = set(
    """
    made took gave put came went won lost began got led left kept held found chose saw knew thought
    sought brought bought ran set cut hit let paid meant sent spent built felt stood struck fought met
    became did can may might must
    """.split()
)


# Past participles that end in neither -ed nor -en ("the firm run by ...").
_IRREGULAR_PARTICIPLES = frozenset({"led", "run", "built", "set", "held", "kept", "bought", "sold", "made"})


def past_participle(word: str) -> bool:
    """A lower-case word that reads as a past participle ("founded",
    "taken", "led"), as before "by"."""
    return word.isalpha() and word.islower() and (word in _IRREGULAR_PARTICIPLES or word.endswith(("ed", "en")))


AGE_RE = re.compile(r"(?:\d+|[A-Za-z]+)-years?-old", re.I)


_NUMBERED_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)")


def numbered_ordinal(word: str) -> bool:
    """An ordinal in digits ("3rd", "16th")."""
    return _NUMBERED_ORDINAL_RE.fullmatch(word.lower()) is not None


def number_word(word: str) -> bool:
    """A number spelt out or in digits ("Eighteen", "Twenty-two", "18")."""
    head = word.split("-")[0]
    return head in NUMBER_WORDS or head[:1].isdigit()


def headline_verb_at(words: list[str]) -> Optional[int]:
    """Index of the verb in a capitalised headline label such as
    "Governor Quits" or "Club Hits Back"; None when the label is a noun
    phrase ("Defence Secretary Grant Shapps")."""
    for i in range(1, len(words)):
        low = bare_word(words[i])
        nxt = bare_word(words[i + 1]) if i + 1 < len(words) else ""
        if low in HEADLINE_VERBS or (low in SPEECH_VERBS and low.endswith("s")):
            return i
        if low.endswith("s") and not low.endswith("ss") and nxt in VERB_PARTICLES and i + 2 == len(words):
            return i
    return None


def sentence_case_verb_at(words: list[str]) -> Optional[int]:
    """Index of the verb in a headline set in sentence case, "Roe downplays
    rift with party": the first lower-case word after words in capitals,
    when it has the present tense's "-s"."""
    first = next((i for i, w in enumerate(words) if not w[:1].isupper()), None)
    if not first:
        return None
    low = bare_word(words[first])
    return first if low.isalpha() and low.endswith("s") and not low.endswith("ss") and low not in PARTICLES else None


def naming_in_passive(words: list[str], n: int, adverb: bool = True) -> bool:
    """The naming verb at ``n`` in the passive ("Roe has been called a
    charlatan for “...”", "was widely praised for her “...” plan"): the
    subject is the one named, not the one who spoke. ``words`` lower case;
    ``adverb`` lets an -ly word stand between the be-form and the verb."""
    if words[n] not in CALL_VERBS or words[n].endswith("ing"):
        return False  # "Roe is describing as “...” a plan": she speaks
    back = n - 1
    if adverb and back >= 0 and words[back].endswith("ly"):
        back -= 1  # "was widely praised"
    if back >= 0 and words[back] in BE_FORMS:
        return True
    # "Ana Roe, described as one of the “...”": a past participle set off
    # by a comma after a noun describes the noun, with no be-form; not
    # after a description set off by two commas ("which Ana Roe, the
    # treasurer, described as"), which closes before its subject's verb.
    return (
        back > 0
        and words[back] == ","
        and words[n].endswith("ed")
        and n + 1 < len(words)
        and words[n + 1] == "as"
        and not _closes_description(words, back)
    )


def _closes_description(words: list[str], comma: int) -> bool:
    """The comma at ``comma`` closes a description that a comma opened a
    few words before with an article or a possessive (", the treasurer,")."""
    opening = next((c for c in range(comma - 1, max(-1, comma - 8), -1) if words[c] == ","), None)
    return opening is not None and opening + 1 < comma and (words[opening + 1] in {"the", "a", "an"} or words[opening + 1] in POSSESSIVE_PRONOUNS)


def month_name(word: str) -> bool:
    """A month's name as printed ("May", "June"), which may be a surname."""
    return word.istitle() and word.lower() in CALENDAR_NAMES - WEEKDAYS


def month_surname(toks: list[tuple[int, int, str]], j: int, lo: int) -> bool:
    """The month's name at ``j`` is a surname: alone from ``lo`` or after a
    capitalised word ("Theresa May", "Mrs. May"), and before no day ("May 5")."""
    if not month_name(toks[j][2]) or (j + 1 < len(toks) and toks[j + 1][2].isdigit()):
        return False
    return j == lo or toks[j - 1][2][:1].isupper()


def initial_a(toks: list[tuple[int, int, str]], k: int, lo: int, hi: int) -> bool:
    """The capital "A" at ``k`` is an initial of the name that goes on to
    ``hi``, not an article: it follows another initial or a title and comes
    before a capitalised word ("Justice S A Roe", "Judge A Roe")."""
    if toks[k][2] != "A" or not lo < k < hi or not toks[k + 1][2][:1].isupper():
        return False
    before = toks[k - 1][2]
    return is_initial(before) or (before[:1].isupper() and is_title_word(before))


_AFTER_A_NAME = frozenset({".", ",", "!", "?", "as", "while", "when", "after", "before", "on", "at", "during"})


def month_alone(after: list[tuple[int, int, str]]) -> Optional[tuple[int, int, str]]:
    """A month's name alone between a speech verb and the sentence's end,
    or a clause or phrase after it ("said May as he left", "said May on
    Monday")."""
    if not after or (len(after) > 1 and after[1][2] not in _AFTER_A_NAME):
        return None
    return after[0] if month_name(after[0][2]) else None


# "Tallow-based", "Harbour City-headquartered": where a body sits, an
# adjective before its name and never a part of it.
_SEAT_RE = re.compile(r"^(?:[A-Z][\w'’.]*[ \u00a0]+)?[A-Z][\w'’.]*-(?:based|headquartered|registered|listed)[ \u00a0]+(?=[A-Z])")


def without_seat(name: str) -> str:
    """``name`` without a leading "X-based" ("Tallow-based Marr Energy" is Marr Energy)."""
    return _SEAT_RE.sub("", name)
