"""A description the article repeats: "Ana Roe spoke first. The harbour
chief said the quay would close ..." and, paragraphs later, "the harbour
chief said: “...”". Where no role or nearby subject tells who the later
one is, it goes on with whom the description first stood for."""

from __future__ import annotations

from typing import Optional

from .entities import Person
from .salience import Salience
from .text import UNIT, sentence_of


class RepeatedDescriptions(Salience):
    def first_described(self, printed: str, pos: int, gender: Optional[str], head: str, words: set[str], lower_head: bool) -> Optional[Person]:
        """The person the first sentence that opens with the same definite
        description (``printed``) before ``pos`` described; None when that
        first use described no one, or when there is none."""
        phrase = " ".join(printed.split()).lower()
        if not phrase.startswith("the ") or len(phrase.split()) < 2:
            return None
        last = min(pos // UNIT, len(self.units) - 1)
        for k in range(last + 1):
            unit = self.units[k]
            if unit.number == 0:
                continue  # a headline's words describe no one in particular
            low = unit.masked.lower()
            at = low.find(phrase)
            while at >= 0:
                end = at + len(phrase)
                if k * UNIT + at >= pos:
                    return None
                if (end == len(low) or not low[end].isalnum()) and not unit.masked[sentence_of(unit, at)[0] : at].strip():
                    # Only the first use counts: a later one is read as that one was.
                    return self.described_subject(k * UNIT + at, gender, head, words, lower_head=lower_head)
                at = low.find(phrase, at + 1)
        return None
