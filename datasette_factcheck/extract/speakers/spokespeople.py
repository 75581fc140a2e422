"""Unnamed spokespeople who speak for a named body: "a spokeswoman for the
Harbour Board said", "“...,” a Tallowtel spokesperson said", "a company
spokesman told the paper". The words are the body's; a pronoun or "the
spokeswoman" that goes on with them goes on with the body. A spokesperson
who is named ("a spokeswoman, Ana Roe,") is that person, found elsewhere."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .entities import Person
from .lexicon import CALENDAR_NAMES, FUNCTION_WORDS, MASK, OPENING_PREPOSITIONS, ORG_NOUNS, ROLE_SYNONYMS, SPEECH_VERBS, UNTYPED_ORG
from .repeated import RepeatedDescriptions
from .names import bare_word, capitalised, strip_possessive
from .cuenames import body_then_name_at
from .text import UNIT, tokens
from .wordforms import finite_verb

_ROLE = r"(spokes(?:man|woman|person)|press\s+officer|representative)"
# A body's name: capitalised words, with the small words names hold ("Bank
# of Tallow", "Friends for the Harbour", "Bord na Mara").
_BODY = r"((?:[A-Z][\w'’&.-]*)(?:\s+(?:of|for|and|&|the|na|de|du|[A-Z][\w'’&.-]*))*)"
# "a Tallowtel spokesperson", "an Eastmoor Water Authority press officer"
_BODY_FIRST_RE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:(?:former|senior|chief)\s+)?" + _BODY + r"(?:['’]s?)?\s+(?:(?:press|media|senior|chief)\s+)?" + _ROLE + r"\b")
# "a spokeswoman for the Harbour Board", "one representative of Tallow Rail"
# "a spokesman for", "the representative of": the words before the body
_ROLE_FOR = r"\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:(?:[a-z]+)\s+)?" + _ROLE + r"\s+(?:for|from|at|of|with)\s+"
_BODY_AFTER_RE = re.compile(_ROLE_FOR + r"(?:the\s+)?" + _BODY)
# "The Eastmoor branch of the Dockers' Union": a part of a body speaks for it.
# (Officials from a body stay unnamed, as PolNeAR's hand-checked labels leave them.)
_PART_RE = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+)?(?:branch|wing|chapter|division)\s+of\s+(?:the\s+)?" + _BODY)
# "a company spokesman", "a council spokeswoman": the kind of body only
# "a spokesman for the charity": a body by its kind alone.
_KIND_AFTER_RE = re.compile(_ROLE_FOR + r"the\s+([a-z]+)\b(?![ \u00a0]+[A-Z])")
_KIND_RE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+([a-z]+)\s+" + _ROLE + r"\b")
_ANY_ROLE_RE = re.compile(r"spokes|press\s+officer|representative|branch|wing|chapter|division")
_TRAILING_SMALL_RE = re.compile(r"(?:\s+(?:of|for|and|&|the|na|de|du))+$")
# The role's own words, for "the spokeswoman said" that goes on with one.
ROLE_WORDS = {"spokesman", "spokeswoman", "spokesperson", "representative"}
_GENDER = {"spokesman": "m", "spokeswoman": "f"}


def role_gender(word: str) -> Optional[str]:
    """"m" for "spokesman", "f" for "spokeswoman", None for a word that does not say."""
    return _GENDER.get(word.lower())


@dataclass(frozen=True)
class Spokesperson:
    """An unnamed spokesperson described in a text, and the body they speak for."""

    start: int
    end: int
    body: Optional[str]  # the body's name as printed; None when only its kind is given
    kind: Optional[str]  # "a company spokesman": the kind of body, when no name is
    gender: Optional[str]  # "m", "f", or None when the role word does not say


def _made(m: re.Match[str], body: Optional[str], kind: Optional[str], role: str, own_the: bool = False) -> Optional[Spokesperson]:
    if body is not None:
        body = _TRAILING_SMALL_RE.sub("", body).rstrip(".")
        first = body.split()[0] if body else ""
        if not body or first in {"A", "An"} or (first == "The" and not (own_the and len(body.split()) > 1)):
            return None
        if body_then_name_at(body.split()) is not None:
            return None  # "the president of the Weavers' Association Ana Roe": named, not unnamed
    return Spokesperson(m.start(), m.end(), body, kind, _GENDER.get(role.split()[-1].lower()))


def spokespeople_in(text: str, lo: int = 0, hi: Optional[int] = None) -> list[Spokesperson]:
    """The unnamed spokespeople for a body that ``text[lo:hi]`` describes,
    in order. A description a name follows ("a Tallowtel spokeswoman, Ana
    Roe,", "a spokesman for the Board, Jo Roe,") names someone, and is left out."""
    hi = len(text) if hi is None else hi
    return [s for s in _spokespeople(text) if lo <= s.start and s.end <= hi]


@lru_cache(maxsize=4096)
def _spokespeople(text: str) -> tuple[Spokesperson, ...]:
    # Every pronoun asks of the paragraphs before it: each text is read once,
    # and most hold no role word at all.
    if _ANY_ROLE_RE.search(text) is None:
        return ()
    found: list[Spokesperson] = []
    for pattern in (_BODY_FIRST_RE, _BODY_AFTER_RE, _PART_RE, _KIND_RE, _KIND_AFTER_RE):
        for m in pattern.finditer(text):
            if any(s.start <= m.start() < s.end for s in found):
                continue
            if pattern is _PART_RE:
                item = _made(m, m.group(1), None, "official")
            elif pattern is _KIND_RE or pattern is _KIND_AFTER_RE:
                role, kind = (m.group(2), m.group(1)) if pattern is _KIND_RE else (m.group(1), m.group(2))
                if kind not in ORG_NOUNS:
                    continue
                item = _made(m, None, kind, role)
            elif pattern is _BODY_FIRST_RE:
                item = _made(m, m.group(1), None, m.group(2))
            else:
                # "a spokesperson for The Tallow Group": the capital "The" of a body's own name
                item = _made(m, m.group(2), None, m.group(1), own_the=True)
            if item is not None and item.body is not None and _describes_a_name(text, item.end):
                continue  # "a spokesman for Republican candidate Ana Roe": whose spokesman, a person
            if item is not None and _name_just_before(text, m.start()):
                continue  # "Ana Roe, the spokeswoman for the Board,": a description of the name before
            if item is not None and not _named_after(text, item.end, len(text)):
                found.append(item)
    return tuple(sorted(found, key=lambda s: s.start))


def spokesperson_of(printed: str) -> Optional[Spokesperson]:
    """The spokesperson ``printed`` (a cue's subject, whole) describes, if
    it is one with nothing else around it."""
    text = printed.strip()
    items = spokespeople_in(text)
    if len(items) != 1 or items[0].start != 0 or text[items[0].end :].strip(" ,.") != "":
        return None
    return items[0]


def bare_spokesperson(printed: str) -> bool:
    """"a spokesman", "one spokesperson": a spokesperson for no body the
    words name, whom only the sentence before can place."""
    words = printed.lower().split()
    return len(words) == 2 and words[0] in {"a", "an", "one"} and words[1] in ROLE_WORDS


# Capitalised words that may follow a description without naming anyone.
_NOT_NAMES = {"The", "A", "An", "In", "On", "Last", "This", "But", "And", "It", "He", "She", "They"}
_NAME_BEFORE_RE = re.compile(r"(?:([A-Za-z]+)[ \u00a0]+)?((?:[A-Z][\w'’-]*[ \u00a0]+){0,3}[A-Z][\w'’-]*)[ \u00a0]*,[ \u00a0]*$")
_NAME_AFTER_RE = re.compile(r"[ \u00a0]*,?[ \u00a0]*[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*)*[ \u00a0]*(?:,|$|[ \u00a0]+[a-z])")


def _name_just_before(text: str, start: int) -> bool:
    """A capitalised word and a comma just before ``start`` ("Ana Roe, a
    spokeswoman for the Board,"): a name the description that follows
    describes; not a date or a place opening the sentence ("On Monday,",
    "In Tallow,")."""
    m = _NAME_BEFORE_RE.search(text, 0, start)
    if m is None:
        return False
    # "In a statement given to Tallow News, a spokesperson ...", "of the EU, a spokesperson ...": a preposition's object
    return m.group(2).split()[-1].lower() not in CALENDAR_NAMES and (m.group(1) or "").lower() not in OPENING_PREPOSITIONS | {"to", "of", "the", "with", "for"}


def _named_after(text: str, end: int, hi: int) -> bool:
    m = _NAME_AFTER_RE.match(text, end, hi)
    return m is not None and text[end:m.end()].strip(" ,\u00a0").split()[0] not in _NOT_NAMES


_DESCRIPTORS_THEN_NAME_RE = re.compile(r"((?:[ \u00a0]+[a-z][\w'’-]*){1,3})[ \u00a0]+[A-Z]")


def _describes_a_name(text: str, end: int) -> bool:
    """Lower-case words that are no verb, then a capitalised word, follow
    ``end``: the capitalised words before were a description's first word."""
    m = _DESCRIPTORS_THEN_NAME_RE.match(text, end)
    return m is not None and not any(finite_verb(w) or w in FUNCTION_WORDS for w in m.group(1).split())


_INVERTED_VERB_RE = re.compile("[" + MASK + r",][ \u00a0]*([a-z]+)$")
_VERB_RE = re.compile(r",?[ \u00a0]*(?:[a-z]+ly[ \u00a0]+)?([a-z]+)")  # "a spokesperson from X, said"


class Spokespeople(RepeatedDescriptions):
    """Finding the body an unnamed spokesperson speaks for."""

    def spoken_for(self, item: Spokesperson, pos: int, quoted: str = "") -> Optional[Person]:
        """The body ``item`` speaks for, as the article knows it: never a
        person ("a spokesman for Jane Roe" names nobody who speaks)."""
        if item.body is None and (itself := self.body_naming_itself(quoted)) is not None:
            return itself  # "a spokesman for the charity told us: “Harbour Aid thanks ...”"
        if item.body is None:
            # "a board spokesman": a body the text has called a board; every
            # body may be a "company" or a "group", which picks none out.
            kind = self.org_of_type(item.kind, pos) if item.kind and item.kind not in UNTYPED_ORG else None
            return kind if kind is not None and item.kind in kind.types else None
        known = self.person_for(item.body, create=False)
        if known is not None and not known.org and known.shown_person(by_speech=False):
            return None
        return self.org_named(item.body, pos) or self.add_org(item.body, pos, set())

    def body_of_spokesperson(self, printed: str, pos: int, quoted: str = "") -> Optional[Person]:
        """The body a cue's unnamed spokesperson speaks for ("“...,” a
        Tallowtel spokesperson said" is Tallowtel's)."""
        item = spokesperson_of(printed)
        if item is None:
            # The cue may be a part of the description: "a Seven spokesperson
            # said" printed as "spokesperson", "a spokesman for the Board" as
            # "the Board".
            k, off = divmod(pos, UNIT)
            if not 0 <= k < len(self.units):
                return None
            masked = self.units[k].masked
            end = off + len(printed.rstrip())
            item = next((s for s in spokespeople_in(masked, max(0, off - 80), min(len(masked), end + 80)) if s.start <= off and end <= s.end + 1), None)
            if item is None:
                return None
            pos = k * UNIT + item.start
        return self.spoken_for(item, pos, quoted)

    def spokesperson_goes_on(self, pos: int, gender: Optional[str], paragraphs: int = 1) -> Optional[Person]:
        """The body whose unnamed spokesperson spoke last before ``pos``, in
        its paragraph or the ``paragraphs`` before, when no person has been
        named since and the pronoun or role word agrees ("he" with a
        spokesman, "they" with a spokesperson): "A spokesman for the Board
        said it would reopen. “...,” he said." is the Board's."""
        k, off = divmod(pos, UNIT)
        for j in range(k, max(-1, k - paragraphs - 1), -1):
            if not 0 <= j < len(self.units):
                continue
            unit = self.units[j]
            hi = off if j == k else len(unit.masked)
            for item in reversed(spokespeople_in(unit.masked, 0, hi)):
                if not self._speaks_there(unit.masked, item):
                    continue
                if gender is not None and item.gender not in {None, gender} or gender == "p" and item.gender is not None:
                    return None
                if self._person_named_between(j * UNIT + item.end, pos):
                    return None
                return self.spoken_for(item, j * UNIT + item.start)
        return None

    @staticmethod
    def _speaks_there(masked: str, item: Spokesperson) -> bool:
        """The description is the subject of a speech verb, right after it
        ("a spokesman for X said") or after the quotation it closes."""
        verb = _VERB_RE.match(masked, item.end)
        if verb is not None and verb.group(1) in SPEECH_VERBS:
            return True
        before = masked[: item.start].rstrip(" \u00a0")
        if before.endswith(("," + MASK, MASK + ",", MASK)):
            return True
        # "“...,” added the spokeswoman for X": a speech verb before the description
        inverted = _INVERTED_VERB_RE.search(before)
        return inverted is not None and inverted.group(1) in SPEECH_VERBS

    def _person_named_between(self, lo: int, hi: int) -> bool:
        a = bisect.bisect_left(self.mentions, lo, key=lambda m: m.pos)
        b = bisect.bisect_left(self.mentions, hi, key=lambda m: m.pos)
        for m in self.mentions[a:b]:
            if not m.person.org and not self.quoted_at(m.pos):
                return True  # a person named outside the quotations in between
        return False

    def spokesperson_role_goes_on(self, word: str, pos: int) -> Optional[Person]:
        """The body whose unnamed spokesperson "the spokeswoman" (``word``
        at ``pos``) goes on with, however many paragraphs of that body's
        words came between, so long as no person is named since; but a spokesperson of the same body whom
        the text names later is that person ("a board spokeswoman ... Ana
        Roe, the board's spokeswoman, later said")."""
        spoken_for = self.spokesperson_goes_on(pos, role_gender(word), paragraphs=len(self.units))
        if spoken_for is None:
            return None
        heads = {word} | ROLE_SYNONYMS.get(word, set())
        later = self._later_holder(heads, pos, None)
        introduced = self._introduced_unnamed(heads, pos)
        if later is not None and introduced & {strip_possessive(w) for w in self._printed_beside(later, None)}:
            return later
        return spoken_for

    def _introduced_unnamed(self, heads: set[str], pos: int) -> set[str]:
        """The words that place a role brought in without a name in this
        paragraph or the one before ("..., a committee spokeswoman
        confirmed", "a spokesperson for the museum said"): "the
        spokeswoman" goes on with that person, not with another body's
        spokesperson the page names later. Empty when there is none."""
        k, off = divmod(pos, UNIT)
        for unit, hi in ((self.units[k], off), (self.units[k - 1], None) if k > 0 else (None, None)):
            if unit is None:
                continue
            toks = tokens(unit.masked, 0, hi)
            for i, (_, _, word) in enumerate(toks):
                if word.lower() not in {"a", "an", "one"}:
                    continue
                for h in range(i + 1, min(i + 5, len(toks))):
                    if not toks[h][2].replace("-", "").isalpha():
                        break
                    if bare_word(toks[h][2]) in heads:
                        nxt = toks[h + 1][2] if h + 1 < len(toks) else ""
                        if capitalised(nxt) or nxt == ",":
                            break  # "a spokeswoman, Ana Roe," names her
                        after = toks[h + 1 : h + 5] if nxt in {"for", "of", "at"} else []
                        words = {strip_possessive(bare_word(t[2])) for t in toks[i + 1 : h] + after if t[2].isalpha()}
                        words -= FUNCTION_WORDS | {"for", "of", "at"}
                        if words:
                            return words
                        break
        return set()
