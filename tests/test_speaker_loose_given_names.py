"""A first name the name list gives mostly, not only, to one sex is no
proof of gender: "Ms Vashti said" after "Rene Vashti" is the same person,
while a name the list gives to one sex only still keeps "Mr Vashti" apart
from "Maria Vashti". Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "first, later, expected",
    [
        ("Rene Vashti", "Ms Vashti", "Rene Vashti"),
        ("Jan Orrell", "Mr Orrell", "Jan Orrell"),
        # guards: a name given to one sex only, and an honorific that agrees
        ("Maria Vashti", "Mr Vashti", "Vashti"),
        ("Maria Vashti", "Ms Vashti", "Maria Vashti"),
    ],
)
def test_an_honorific_overrules_a_loosely_gendered_first_name(first, later, expected):
    found = speakers_of(
        [
            f"This week {first} and Dan Hennig were left with no choice but to close the cafe on the quay.",
            f"“Twelve years of bread and now nothing,” {later} said.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]
