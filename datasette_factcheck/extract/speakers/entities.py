"""The people and organisations of one article and their mentions."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional

from .given_names import is_given_name
from .lexicon import HONORIFICS, PERSON_ROLES, UNTYPED_ORG
from .identity import name_parts, same_person


@dataclass
class Person:
    names: list[str] = field(default_factory=list)  # clean names as printed
    forms: list[str] = field(default_factory=list)  # every name form printed
    roles: set[str] = field(default_factory=set)
    gender: Optional[str] = None
    named_gender: bool = False  # the gender is only a given name's, which the text may overrule
    positions: list[int] = field(default_factory=list)
    salient_positions: list[int] = field(default_factory=list)
    org: bool = False  # an organisation that speaks ("the association said")
    types: set[str] = field(default_factory=set)  # nouns that refer back to it
    maybe_person: bool = False  # an organisation only by its place in an appositive
    spoke: bool = False  # an attribution names them: someone who speaks is a person
    aged: bool = False  # printed with an age ("X, 47,"): only a person has one

    @property
    def full(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()), len(n)))

    def shown_person(self, by_speech: bool = True) -> bool:
        """The text shows this is a person, not a place or a body printed
        like a name: a gender, a title or role only a person holds, an
        honorific printed with the name ("Dr X", "Mr X"), a full name that
        opens with a known given name, an age printed with the name, or an
        attribution that names them (unless ``by_speech`` is False: an
        attribution resolved by rule may itself be wrong)."""
        if self.gender or (self.spoke and by_speech) or self.aged or self.roles & PERSON_ROLES:
            return True
        if self.printed_with_honorific():
            return True
        return any(len(parts) > 1 and is_given_name(parts[0]) for parts in map(name_parts, self.names))

    def printed_with_honorific(self) -> bool:
        """Some form of the name was printed after an honorific ("Dr X", "Mr X")."""
        return any(form.split()[0].rstrip(".").lower() in HONORIFICS for form in self.forms if form.strip())

    def matches(self, name: str) -> bool:
        # A full name must agree with every full name of the person, not just
        # with a bare surname two people share.
        if not any(same_person(name, n) for n in self.names):
            return False
        if len(name_parts(name)) < 2:
            return True
        return all(same_person(name, n) or _leading_part(name, n) for n in self.names if len(name_parts(n)) > 1)


def _leading_part(a: str, b: str) -> bool:
    """One name is the other's first words ("Ana Roe" of "Ana Roe Ruiz"): a
    given name with the first of two surnames, as the same person is
    printed later, which must not keep the full name from matching."""
    pa, pb = [w.lower() for w in name_parts(a)], [w.lower() for w in name_parts(b)]
    short, long_ = (pa, pb) if len(pa) < len(pb) else (pb, pa)
    return len(short) < len(long_) and long_[: len(short)] == short


def last_before(positions: list[int], pos: Optional[int]) -> int:
    """The last of the sorted ``positions`` before ``pos`` (any when
    ``pos`` is None); -1 when there is none."""
    if not positions:
        return -1
    if pos is None:
        return positions[-1]
    i = bisect.bisect_left(positions, pos)
    return positions[i - 1] if i else -1


def insort_unique(positions: list[int], pos: int) -> None:
    i = bisect.bisect_left(positions, pos)
    if i == len(positions) or positions[i] != pos:
        positions.insert(i, pos)


@dataclass
class Mention:
    pos: int  # global position: unit * UNIT + offset
    person: Person
    salient: bool


LOOKBACK = 200  # mentions searched back for a pronoun's antecedent
BODY_LOOKBACK = 12  # mentions searched back for the body "the company" means


# Nouns any body may be called by ("the Shipping Council ... the organisation said").
ANY_BODY_NOUNS = frozenset({"organisation", "organization"})


def of_kind(org: Person, noun: str) -> bool:
    """``noun`` may refer to ``org``: a noun any body may be called by, one
    of its kinds, or no kind given beyond a generic "company" ("the union"
    is no company)."""
    return noun in ANY_BODY_NOUNS or noun in org.types or not (org.types - UNTYPED_ORG)
