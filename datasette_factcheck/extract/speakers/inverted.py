"""A pronoun after a sentence that closes with an inverted verb of saying
and a description of a person ("The demands were ignored, argues the
party leader. “...,” he said"): the pronoun goes on with whom the
description means, the last to speak, not a name printed inside that
sentence or the one before."""

from __future__ import annotations

import bisect
import re
from typing import Optional

from .descriptors import role_description
from .entities import Person
from .issuers import Issuers
from .lexicon import MASK, SPEECH_VERBS
from .text import UNIT

# ", argues the party leader." closing a sentence: the verb, then a definite description.
_INVERTED_DESCRIPTION_RE = re.compile(r",[ \u00a0]+([a-z]+)[ \u00a0]+([Tt]he[ \u00a0]+[^,;:.!?" + MASK + r"]{2,60}?)[ \u00a0]*[.!?]?[ \u00a0]*$")


class InvertedAttributions(Issuers):
    def resolve(self, printed: str, pos: int, headline: bool, quoted: str = "") -> tuple[Optional[str], list[str]]:
        raise NotImplementedError  # the resolution of an attribution (resolution.Resolution)

    def inverted_description_before(self, pos: int, gender: str) -> Optional[Person]:
        """The person the description after an inverted verb of saying
        closing the sentence before ``pos``'s means, when no name is
        printed after it and the person agrees with ``gender``."""
        k, off = divmod(pos, UNIT)
        before = self.sentence_before(k, off)
        if before is None:
            return None
        bk, lo, end = before
        unit = self.units[bk]
        m = _INVERTED_DESCRIPTION_RE.search(unit.masked, lo, end)
        if m is None or m.group(1) not in SPEECH_VERBS or not role_description(m.group(2).strip()):
            return None
        start = bk * UNIT + m.start(2)
        i = bisect.bisect_right(self.mentions, start, key=lambda mention: mention.pos)
        for mention in self.mentions[i:]:
            if mention.pos >= pos:
                break
            mk, moff = divmod(mention.pos, UNIT)
            if self.units[mk].masked[moff : moff + 1] != MASK:
                return None  # a name printed since the description, outside quotation marks
        full, _ = self.resolve(unit.text[m.start(2) : m.end(2)].strip(), start, headline=False)
        person = self.person_for(full, create=False) if full else None
        if person is None or person.org or not self._agrees(person, gender):
            return None
        return person
