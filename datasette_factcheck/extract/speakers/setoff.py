"""A name and the description set off after it before the verb ("Jane
Roe, X's campaign manager, said", "A disappointed Mr Roe, a baker,
said"): the name speaks, not the role. Part of the noun-phrase scan in
``phrases``."""

from __future__ import annotations

from typing import Optional

from .lexicon import APPOSITIVE_ADVERBS, CONJUNCTIONS, FUNCTION_WORDS, MASK, OPENING_PREPOSITIONS, ORG_DESCRIPTORS, PARTICLES, POSSESSIVE_PRONOUNS, RELATIVES
from .names import capitalised, clean_name, is_possessive, is_title_word, looks_like_org, role_noun
from .placetags import party_tag, place_tag, title_of_place
from .settings import name_after_opening
from .wordforms import number_word
from .given_names import is_given_name


def _body_after_bare_role(text: str, toks: list[tuple[int, int, str]], body: tuple[int, int], role: tuple[int, int]) -> bool:
    """A body's name set off after a role printed with no article: the
    role and the body describe the name before them together."""
    role_words = [t[2] for t in toks[role[0] : role[1] + 1]]
    body_words = [t[2] for t in toks[body[0] : body[1] + 1]]
    return (
        all(w.isalpha() and w.islower() for w in role_words)
        # "head of research and campaigns": a role, then what it is over
        and (role_noun(role_words[-1]) or (len(role_words) > 2 and role_noun(role_words[0]) and role_words[1] in {"of", "for"}))
        and all(capitalised(w) or w.lower() in {"of", "and", "for", "the", "&"} for w in body_words)
        # a body's name, or capitalised words joined by "&" that open with no given name
        and (looks_like_org(" ".join(body_words)) or ("&" in text[toks[body[0]][0] : toks[body[1]][1]] and not is_given_name(body_words[0])))
    )


def name_before_description(
    text: str, toks: list[tuple[int, int, str]], groups: list[tuple[int, int]]
) -> Optional[tuple[int, int]]:
    """"Jane Roe, X's campaign manager, said": a name, then an appositive
    that describes its holder by a role (after a possessive or a
    determiner) before the verb; the name speaks, not the role."""
    if len(groups) < 2:
        return None
    (a1, b1), (a2, b2) = groups[0], groups[1]
    tag = party_tag(text[toks[a2][0] : toks[b2][1]]) if a2 <= b2 else None
    if len(groups) > 2 and (tag or (a2 == b2 and (number_word(toks[a2][2].lower()) or place_tag(text, toks[a2])))):
        (a2, b2) = groups[2]  # "Jane Roe, 61, a retired firefighter, said", "Jane Roe, R-Ohio, the ..., said": the age or tag between
    if len(groups) > 2 and a1 <= b1 and a2 <= b2 and _body_after_bare_role(text, toks, groups[0], groups[1]):
        (a1, b1), (a2, b2) = groups[1], groups[2]  # "Jane Roe, publicity executive, Halden Press, said"
    if a1 > b1 or a2 > b2:
        return None
    desc = [t[2] for t in toks[a1 : b1 + 1]]
    if len(desc) > 1 and desc[0].lower() in APPOSITIVE_ADVERBS:
        desc = desc[1:]  # "Jane Roe, also the MP for Y, said"
    if desc[0].lower() in RELATIVES:
        # "X, of Mill Road, Tallow, who is a steward for the union, said": a
        # clause, not a description; the scan past it finds the name.
        return None
    opener = desc[0].lower() in {"the", "a", "an"} | set(POSSESSIVE_PRONOUNS) or not desc[0][:1].isupper()
    possessed = any(is_possessive(t[2]) or text[t[1] : t[1] + 1] in ("'", "’") for t in toks[a1 : min(b1 + 1, a1 + 4)])
    body = describes_body(desc)
    if not (opener or possessed) or not (body or any(w.islower() and (role_noun(w) or is_title_word(w)) for w in desc)):
        if not title_of_place(desc):
            return None
    while a2 < b2 and toks[a2][2].lower() in CONJUNCTIONS:
        a2 += 1
    if not any(is_given_name(t[2]) for t in toks[a1 : b1 + 1]):
        # "In a statement Ana Roe, a plant director, said"; not "In praising X, former aide Y said",
        # where the words after the comma name the subject themselves
        a2 = name_after_opening(toks, a2, b2) or a2
    if toks[a2][2].lower() in {"a", "an"}:
        # "A disappointed Mr Roe, a baker, said": a name after an article
        # and an adjective or two, not after a role ("a spokesman for X").
        n = a2 + 1
        while n < b2 and n - a2 <= 2 and toks[n][2].isalpha() and toks[n][2].islower() and toks[n][2] not in FUNCTION_WORDS and not role_noun(toks[n][2]):
            n += 1
        if n > a2 + 1:
            a2 = n
    last_role = max((n for n in range(a2, b2) if toks[n][2].islower() and role_noun(toks[n][2])), default=None)
    if last_role is not None and all(capitalised(t[2]) or role_noun(t[2]) for t in toks[a2:last_role]):
        a2 = last_role + 1  # "Opposition leader Jane Roe, MP for Y,": the descriptors before the name
    words = [t[2] for t in toks[a2 : b2 + 1]]
    if not all(capitalised(w) or w.lower() in PARTICLES for w in words) or MASK in "".join(words):
        return None
    if words[0].lower() in OPENING_PREPOSITIONS:
        return None  # "In Tallow, a spokesperson for X said": a place or a date opening the sentence
    printed = " ".join(words)
    name = clean_name(printed)
    if not body and (name is None or looks_like_org(name)):
        # a body's name need not read as a person's; a rank's words are no
        # body's ("Group Captain Ana Roe")
        return None
    if body and words[0].lower() in FUNCTION_WORDS:
        return None  # "Today, the weekly paper said": no name before the description
    return toks[a2][0], toks[b2][1]


# Words that end a description's head and open what it is of or for.
_HEAD_ENDS = {"of", "for", "at", "in", "on", "with", "to", "from", "behind", "that", "which"}


def describes_body(desc: list[str]) -> bool:
    """A description that says what kind of body a name is ("the label",
    "the choir's agency", "a Tallow-based charity", "the firm behind the
    app"): an article or a possessive first, and a head word, before any
    "of" or "for", that is a kind of organisation. "The owner of the
    label" is headed by a person's role."""
    if len(desc) < 2 or not (desc[0].lower() in {"the", "a", "an"} | set(POSSESSIVE_PRONOUNS) or is_possessive(desc[0])):
        return False
    words = desc[1:]
    end = next((n for n, w in enumerate(words) if w.lower() in _HEAD_ENDS), len(words))
    if any(not w.split("-")[-1].islower() for w in words[:end]):
        return False  # "the People's Weekly newspaper": a name of its own, not a description
    head = words[end - 1] if end > 0 else ""
    return head in ORG_DESCRIPTORS


def name_after_addressee(toks: list[tuple[int, int, str]]) -> Optional[int]:
    """Where the speaker's name starts when an inverted verb names whom it
    was said to first ("“...,” explained to AFP Jane Roe, an engineer"):
    "to", one or two capitalised words, then a name that opens with a
    given name or an initial. None otherwise."""
    if len(toks) < 4 or toks[0][2] != "to":
        return None
    for n in (2, 3):
        if n + 1 < len(toks) and all(capitalised(t[2]) and MASK not in t[2] for t in toks[1:n]):
            first, second = toks[n][2], toks[n + 1][2]
            if (is_given_name(first) or (len(first.rstrip(".")) == 1 and first[:1].isupper())) and capitalised(second) and not is_title_word(second):
                return n
    return None
