"""Initials that spell a title printed before someone's name ("the SDDJ"
after "Senior Deputy District Judge Ivo Brandt") stand for that person,
the place word of the title included, and are never taken for a body's
name; initials of a body's name ("the TPA" after "Tallow Port Authority")
stay the body's. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "opening, attribution, expected",
    [
        ("Senior Deputy District Judge Ivo Brandt jailed the director for a year.", "the SDDJ said", "Ivo Brandt"),
        ("Additional Chief Harbour Magistrate Ada Morrow fined the owner.", "the ACHM said", "Ada Morrow"),
        # guards: a body's initials; initials no title spells stay a name of their own
        ("The Tallow Port Authority fined the owner on Monday.", "the TPA said", "Tallow Port Authority"),
        ("Senior Deputy District Judge Ivo Brandt jailed the director for a year.", "the SRJ said", "SRJ"),
    ],
)
def test_initials_of_a_title_are_its_holder(opening, attribution, expected):
    found = speakers_of([opening, f"“Late returns cost the public purse dearly,” {attribution}."])
    assert [speaker for _, speaker in found] == [expected]
