"""Phrases of place, time and occasion that stand between a subject and
its verb ("Jane Roe at a briefing said", "Roe on Tuesday said", "the
Harbour Trust in Marren said", "Hours after the vote, ..."): the subject
is read past them."""

from __future__ import annotations

from typing import Optional

from .given_names import is_given_name
from .lexicon import FUNCTION_WORDS, OPENING_PREPOSITIONS, PERSON_ROLES, SPEECH_NOUNS, SPEECH_VERBS, TIME_NOUNS, TIME_PLURALS, WEEKDAYS
from .names import bare_word, capitalised, role_noun


_SETTINGS = frozenset({"at", "during"})


def before_place_phrase(toks: list[tuple[int, int, str]], i: int) -> int:
    """The index before "in" and a place's name of one to three capitalised
    words that end at ``i`` ("the Harbour Trust in Marren", "the Harbour
    Agency (HA) in Marren"), when a name or a bracket stands before "in";
    ``i`` when there is none."""
    for n in range(max(1, i - 3), i + 1):
        if toks[n][2] != "in":
            continue
        before = toks[n - 1][2]
        place = toks[n + 1 : i + 1]
        if (before == ")" or (capitalised(before) and before.lower() not in FUNCTION_WORDS and bare_word(before) not in PERSON_ROLES)) and place and all(
            capitalised(t[2]) and t[2].lower() not in FUNCTION_WORDS and not is_given_name(t[2]) for t in place
        ):
            # ("Party Leader in Tallow Ben Lowe said": a title's place, then the name)
            return n - 1
    return i


def setting_after_name(toks: list[tuple[int, int, str]], a: int, b: int) -> Optional[int]:
    """Where a name ends when a phrase of place or occasion follows it
    before the verb ("Jane Roe at a briefing at the party office"): the
    index of the name's last word, or None."""
    for p in range(a + 1, b):
        if toks[p][2] not in _SETTINGS and not (toks[p][2] == "in" and any(t[2].lower() in SPEECH_NOUNS for t in toks[p + 1 : b + 1])):
            continue  # "Jane Roe in a tweet said", "X in her first address as leader says"
        if not (capitalised(toks[p - 1][2]) or (toks[p][2] == "in" and role_noun(toks[p - 1][2]))) or toks[p - 1][2].lower() in FUNCTION_WORDS:
            return None
        rest = [t[2] for t in toks[p + 1 : b + 1]]
        if rest and rest[0].lower() in {"a", "an", "the", "his", "her", "their"} and not any(w in SPEECH_VERBS or (w.endswith("ed") and not _before_noun(rest, n)) for n, w in enumerate(rest)):
            return p - 1
        return None
    return None


def _before_noun(words: list[str], n: int) -> bool:
    """An -ed word before the speech noun it describes is an adjective
    ("her prepared address", "his prepared opening remarks"), not a verb
    ("the fair included broadcaster X")."""
    return any(w.lower() in SPEECH_NOUNS for w in words[n + 1 : n + 3])


_TIME_OPENERS = {"last", "this", "next", "earlier", "later", "late", "early"}


_DAY_ADVERBS = {"yesterday", "today", "tonight"}


def before_time_phrase(toks: list[tuple[int, int, str]], i: int) -> int:
    """The index before a phrase of time that ends at ``i`` between a
    subject and its verb ("on Tuesday", "last week", "earlier this month",
    "Tuesday"); ``i`` when there is none. A capitalised weekday follows a
    name only as the time of its verb."""
    if i >= 1 and toks[i][2].lower() in _DAY_ADVERBS and capitalised(toks[i - 1][2]):
        return i - 1  # "Jane Roe yesterday stated"
    if i < 1 or toks[i][2].lower() not in TIME_NOUNS:
        return i
    j = i - 1
    if toks[j][2].lower() in {"this", "last", "next"} and j >= 1 and toks[j - 1][2].lower() in {"earlier", "later"}:
        j -= 1  # "earlier this month"
    if toks[j][2].lower() in _TIME_OPENERS or (toks[j][2].lower() == "on" and toks[i][2].lower() in WEEKDAYS):
        return j - 1 if j >= 1 else i
    if toks[i][2].lower() in WEEKDAYS and toks[i][2][:1].isupper() and (capitalised(toks[j][2]) or (toks[j][2].isalpha() and toks[j][2] not in FUNCTION_WORDS)):
        return j  # "Jane Roe Tuesday said", "The Tallow council Monday voted"
    return i


# Words after a span of time that make it the sentence's opening phrase.
_AFTER_SPAN = {"later", "earlier", "ago", "after", "before", "into", "on", "of", "since"}


def time_span_opening(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Word ``i`` is a plural of time that opens a phrase of time ("Hours
    after the vote,", "Days later,"), not a name printed so: a surname set
    off by a comma ("Weeks, a planner, said") has no such word after it."""
    return toks[i][2].lower() in TIME_PLURALS and i + 1 < len(toks) and toks[i + 1][2].lower() in _AFTER_SPAN


# A sentence's phrase of occasion opens on one of the prepositions that open
# a sentence ("In a letter to staff", "At the launch", "Following the vote").
_OCCASION_OPENERS = OPENING_PREPOSITIONS | {"following"}


def name_after_opening(toks: list[tuple[int, int, str]], a: int, b: int) -> Optional[int]:
    """Where the subject's name starts when a phrase of occasion opens the
    group ``a..b`` without its comma ("In a letter to staff Ana Roe", "In a
    statement Harbour Mills"): the capitalised words that close the group;
    None when there is no such phrase or they are not capitalised."""
    if not capitalised(toks[a][2]) or toks[a][2].lower() not in _OCCASION_OPENERS or b - a < 3 or not capitalised(toks[b][2]):
        return None
    start = b
    while start - 1 > a + 1 and capitalised(toks[start - 1][2]):
        start -= 1
    return start
