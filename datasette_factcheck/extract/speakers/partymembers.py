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
