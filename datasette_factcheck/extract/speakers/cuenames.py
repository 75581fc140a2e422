"""The words of an attribution that name a person: "he" or "she", or a name
without the descriptors, the body's possessive or the body's name printed
before it ("former Ohio Gov. Jane Roe", "State University's Jane Roe",
"the Tallow Weavers' Association Ana Roe"); None when the words can be
something other than a person."""

from __future__ import annotations

from typing import Optional

from .given_names import is_given_name
from .lexicon import FUNCTION_WORDS, HONORIFICS, ORG_WORDS
from .names import bare_word, capitalised, clean_name, is_possessive, looks_like_org, role_noun, titled_person_at


def personal(printed: str) -> bool:
    """A cue that can only be a person: he/she or a name."""
    return person_printed(printed) is not None


# Words that open a style of address before an honorific ("the Rt Hon", "the Right Honourable").
_STYLE_OPENERS = frozenset({"rt", "right", "honourable", "honorable", "very"})


def person_printed(printed: str) -> Optional[str]:
    """The words of a cue that name a person (he/she, or a name without
    the descriptors and the body's possessive before it); None when the
    cue can be something other than a person."""
    low = printed.strip().lower()
    if low in {"he", "she"}:
        return printed.strip()
    words = printed.split()
    if len(words) > 3 and words[0].lower() in {"the", "a", "an"} and words[1].isalpha() and words[1].islower():
        # "The captain Ben Lowe": an article before a role and the name; the
        # role must end the descriptors ("The new Harbour Secretary" names no one).
        n = 1
        while n < len(words) - 2 and words[n].isalpha() and words[n].islower() and words[n] not in FUNCTION_WORDS:
            n += 1
        if n > 1 and role_noun(words[n - 1]) and capitalised(words[n]) and capitalised(words[n + 1]):
            words = words[n:]
    # "former Ohio Gov. Jane Roe": lower-case descriptors before the name;
    # "State University's Jane Roe": the person after a body's possessive.
    while len(words) > 1 and words[0].isalpha() and words[0].islower() and words[0] not in FUNCTION_WORDS:
        words = words[1:]
    owner = max((n for n, w in enumerate(words[:-1]) if w.endswith(("'s", "’s", "s'", "s’"))), default=-1)
    words = words[owner + 1 :]
    if len(words) > 2 and bare_word(words[0]) == "the" and (bare_word(words[1]) in HONORIFICS or bare_word(words[1]) in _STYLE_OPENERS):
        words = words[1:]  # "The Hon Ana Roe", "the Rt Hon Ana Roe": the article of a style of address
    if not words or not capitalised(words[0]):
        return None
    first = bare_word(words[0])
    # "Mrs. Roe thanked ...": an honorific opens a name; other function
    # words ("Even", "After") do not.
    if first in FUNCTION_WORDS and not (first in HONORIFICS and len(words) > 1):
        return None
    name = " ".join(words)
    if clean_name(name) is None:
        return None
    # "House Whip Ana Roe": a body's word opens the title, and a person's name ends it.
    if looks_like_org(name) and titled_person_at(words) is None and body_then_name_at(words) is None:
        return None
    return name


def body_then_name_at(words: list[str]) -> Optional[int]:
    """Where a person's name starts when a body's name is printed straight
    before a given name and a surname ("Tallow Weavers' Association Ana
    Roe" -> 3): the body is the person's, as a title would be. None when
    the run ends otherwise."""
    for g in range(1, len(words) - 1):
        if is_given_name(words[g]):
            rest = words[g:]
            if (
                bare_word(words[g - 1]) in ORG_WORDS  # not "The Post's Dana Roe", which the owner's rules read
                and len(rest) <= 3
                and all(capitalised(w) and not is_possessive(w) for w in rest)
                and not looks_like_org(" ".join(rest))
            ):
                return g
            return None
    return None
