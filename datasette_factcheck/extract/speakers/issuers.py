"""Who issued a document an attribution names: the body or person a
statement, a letter or a report is "from", who sent it out, or whose words
it gave earlier in the story ("In a statement, the Trust said ..." then
"the statement added"); a document named by its issuer's kind ("A terse
ministry statement noted") is that body's."""

from __future__ import annotations

import bisect
import re
from typing import Optional

from .documents import document_issuer, document_of_kind, issued_document, opening_document_issuer, speaks_in_document, verb_before_document
from .entities import Person
from .joinednames import joined_after
from .lexicon import ORG_DESCRIPTORS, ORG_NOUNS, PRONOUNS
from .names import clean_name
from .phrases import np_before
from .subjects import sentence_subject
from .text import UNIT, Unit, sentence_of
from .titleinitials import TitleInitials

_KIND_RE = re.compile(r"[Tt]he\s+([a-z]+)")
# A statement a body issued is its release, and the other way round: "X
# issued a statement ..." then "“...,” the release read".
_SAME_DOCUMENT = {"statement": ("statement", "release"), "release": ("release", "statement")}


class Issuers(TitleInitials):
    """The issuers of the documents a story quotes."""

    def _issuer_named(self, unit: Unit, span: Optional[tuple[int, int]], base: int) -> Optional[Person]:
        """The organisation or person printed at ``span`` (relative to
        ``base`` in ``unit``) as a document's issuer."""
        if span is None:
            return None
        printed = unit.text[base + span[0] : base + span[1]]
        org = self.org_named(printed)
        if org is not None:
            return org
        if re.search(r"['’]s?\s+[a-z]", printed):
            return None  # "X's campaign sent an email": the campaign, not X
        name = clean_name(printed)
        return self.person_for(name, create=False) if name else None

    def _issuer_of(self, noun: str, pos: int) -> Optional[Person]:
        """Who issued the document of kind ``noun`` that one of the last
        eight sentences before ``pos`` names, the nearest first: "A letter
        from X ...", "X sent out an email ...". A story may give a few
        paragraphs of background before "the statement added"."""
        k, end = divmod(pos, UNIT)
        lo, _ = sentence_of(self.units[k], max(0, end - 1))
        for _ in range(8):
            unit = self.units[k]
            sentence = unit.masked[lo:end]
            opening, kind = opening_document_issuer(sentence), document_of_kind(sentence)
            for kind_noun in _SAME_DOCUMENT.get(noun, (noun,)):
                verb = issued_document(sentence, kind_noun)
                if verb is not None:
                    span = np_before(unit.masked, lo, lo + verb)
                    if span is not None and joined_after(unit.masked, lo, span):
                        return None  # "X and Y sent a letter": theirs together, neither one's
                    if span is not None and (said := unit.masked[span[0] : span[1]].lower()) in {"he", "she"}:
                        return self._recent(k * UNIT + span[0], PRONOUNS[said])  # "He sent a written statement instead"
                    if span is not None:
                        return self._issuer_named(unit, span, 0)
                issuer = self._issuer_named(unit, opening or document_issuer(sentence, kind_noun), lo)
                if issuer is not None:
                    return issuer
                if kind is not None and kind[1] == kind_noun:
                    return self.org_of_type(kind[0], k * UNIT + lo)  # "A terse ministry statement noted ..."
                if speaks_in_document(sentence, kind_noun):
                    # "In a statement, the Trust said: ..." then "the statement continued"
                    issuer = self._issuer_named(unit, sentence_subject(unit.masked, lo, lo + len(sentence)), 0)
                    at = verb_before_document(sentence, kind_noun)
                    if issuer is None and at is not None:
                        span = np_before(unit.masked, lo, lo + at)
                        # "“...,” X said in a statement", "“...,” the ministry added in a statement"
                        issuer = self._issuer_named(unit, span, 0) or self._body_of_kind(unit, span, k * UNIT + lo)
                    if issuer is None:
                        issuer = self._spoke_in(k * UNIT + lo, k * UNIT + end)  # "In a statement, she said" then "the statement continued"
                    if issuer is not None:
                        return issuer
            before = self.sentence_before(k, lo)
            if before is None:
                break
            k, lo, end = before
        return self._body_spoke_before(noun, pos)

    def _body_spoke_before(self, noun: str, pos: int) -> Optional[Person]:
        """A body whose words were quoted last, in this paragraph or the one
        before, when no document is named ("The Harbour Union said: “...”"
        then "“...,” the statement said"): its statement or release."""
        if noun not in _SAME_DOCUMENT:
            return None
        spoke = [(p, org) for org in self.orgs for p in org.positions if p < pos and pos // UNIT - p // UNIT <= 1 and self._speech_verb_beside(p, past_title=True)]
        if not spoke:
            return None
        at, org = max(spoke, key=lambda found: found[0])
        # a person who spoke after the body is the last voice, whose words are no body's statement
        return None if any(at < m.pos < pos and self._speech_verb_beside(m.pos, past_title=True) for m in self.mentions) else org

    def _body_of_kind(self, unit: Unit, span: Optional[tuple[int, int]], pos: int) -> Optional[Person]:
        """The body last named of the kind printed at ``span`` ("the
        government"), or None when the span is no such kind."""
        kind = _KIND_RE.fullmatch(unit.text[span[0] : span[1]].strip()) if span is not None else None
        if kind is None or not (kind.group(1) in ORG_NOUNS or kind.group(1) in ORG_DESCRIPTORS):
            return None
        return self.org_of_type(kind.group(1), pos)

    def _spoke_in(self, lo: int, hi: int) -> Optional[Person]:
        """The one whom an attribution between the positions ``lo`` and
        ``hi`` resolved to, the first there; None when none did."""
        i = bisect.bisect_left(self.attributions, lo, key=lambda m: m.pos)
        return self.attributions[i].person if i < len(self.attributions) and self.attributions[i].pos < hi else None
