"""A party's member named by a noun in capitals ("the Utah Republican
said", "the 52-year-old Democrat replied"): a description news uses
for a politician it has named, never a name."""

from __future__ import annotations

from typing import Optional

from .lexicon import FUNCTION_WORDS, PARTY_MEMBERS


def party_description_start(toks: list[tuple[int, int, str]], a: int, b: int) -> Optional[int]:
    """The index of the "the" that opens a description ending in a party's
    member at ``b``, one or two modifiers between ("the top Democrat", "the
    52-year-old Republican"); None when the words at ``a`` to ``b`` end
    otherwise."""
    if toks[b][2] not in PARTY_MEMBERS:
        return None
    for t in range(b - 1, max(a, b - 3) - 1, -1):
        word = toks[t][2]
        if word.lower() == "the":
            return t if t < b - 1 else None
        if word.lower() in FUNCTION_WORDS or not word.replace("-", "").isalnum():
            return None
    return None


def party_member_group(toks: list[tuple[int, int, str]], a: int, b: int) -> bool:
    """The comma group from ``a`` to ``b`` is a party's member set off after
    a name ("X, a Democrat, said", "X, also a Republican, said"): a
    description of the person before it, never the subject."""
    if toks[b][2] not in PARTY_MEMBERS:
        return False
    words = [t[2].lower() for t in toks[a:b]]
    if words and words[0] in {"also", "himself", "herself", "likewise"}:
        words = words[1:]
    return bool(words) and words[0] in {"a", "an"} and all(w.isalpha() and w.islower() and w not in FUNCTION_WORDS for w in words[1:])
