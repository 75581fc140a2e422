"""Initials that stand for a title someone in the article holds ("the CM
added", "the SDDJ said"): the holder, never a body the letters might
also spell."""

from __future__ import annotations

from collections import Counter
from typing import Optional

from .entities import Person
from .names import bare_word, is_title_word, strip_possessive
from .spokespeople import Spokespeople
from .text import UNIT


class TitleInitials(Spokespeople):
    """Who holds the title a run of initials spells."""

    def initials_holder(self, words: list[str], pos: Optional[int]) -> Optional[Person]:
        """"the CM added", "PM: ...": the initials of a title someone in
        the article holds ("Chief Minister X"), the last such person in view.
        The title's head word gives the last letter; an organisation's
        initials ("the FBI") match no one's title."""
        if len(words) == 2 and bare_word(words[0]) == "the":
            words = words[1:]
        if len(words) != 1:
            return None  # "CM on floods: ..." as headlines print it, without "the"
        letters = strip_possessive(words[0]).strip(".,;:")
        if not (2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper()):
            return None
        want = Counter(letters.lower())
        best: Optional[tuple[int, Person]] = None
        for person in self.persons:
            if person.org:
                continue
            # "CJI Varadan" printed before: the initials are that person's title.
            printed_so = self._printed_before_name(person, letters) or self._title_spelt_before(person, letters)
            if not printed_so and not any(is_title_word(r) and r[0] == letters[-1].lower() for r in person.roles):
                continue
            if not printed_so and want - Counter(r[0] for r in person.roles):
                continue
            last = self.last_pos(person, pos)
            if last is not None and (best is None or last > best[0]):
                best = (last, person)
        return best[1] if best else None

    def _title_spelt_before(self, person: Person, letters: str) -> bool:
        """The capitalised words printed right before one of the person's
        mentions spell ``letters`` ("Senior Deputy District Judge X" for "the
        SDDJ"), a place word of the title included."""
        n = len(letters)
        for p in person.positions:
            k, off = divmod(p, UNIT)
            if not 0 <= k < len(self.units):
                continue
            text = self.units[k].masked
            # the title before the mention, or opening it and followed by a part of the name
            for words in (text[max(0, off - 80) : off].split()[-n:], text[off : off + 120].split()[: n + 1]):
                if len(words) < n or not all(w[:1].isupper() for w in words[:n]) or "".join(w[0] for w in words[:n]) != letters:
                    continue
                if len(words) == n or any(words[n].strip(",.;:") in name.split() for name in person.names):
                    return True
        return False

    def _printed_before_name(self, person: Person, word: str) -> bool:
        """``word`` opens one of the person's mentions ("CJI Varadan") or
        stands right before one."""
        for p in person.positions:
            k, off = divmod(p, UNIT)
            if not 0 <= k < len(self.units):
                continue
            text = self.units[k].masked
            if text[max(0, off - len(word) - 1) : off].rstrip() == word:
                return True
            after = text[off + len(word) + 1 :].split(" ", 1)[0].strip(",.;:")
            # the word before a part of the name, not before a longer title ("IMF chief economist X")
            if text.startswith(word + " ", off) and any(after in n.split() for n in person.names):
                return True
        return False
