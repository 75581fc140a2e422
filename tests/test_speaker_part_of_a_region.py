"""A place after "from" is where someone comes from, never who speaks,
also when a word for the part of the region stands before it ("a
protester from north Tallow said"): the speaker is the unnamed protester.
Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("One 19-year-old marcher from north Tallow said dearer bread was “a worry for every family”.", None),
        ("A shopkeeper from south-east Tallow said the new tax was “a worry for every family”.", None),
        ("A shopkeeper from central Tallow said the new tax was “a worry for every family”.", None),
        # guards: a named person from a part of a region; no part of a region
        ("Shopkeeper Ada Morrow from north Tallow said the new tax was “a worry for every family”.", "Ada Morrow"),
        ("A shopkeeper from Tallow said the new tax was “a worry for every family”.", None),
    ],
)
def test_a_place_after_from_never_speaks(sentence, expected):
    assert speakers_of(["Hundreds marched to the town hall on Saturday.", sentence])[0][1] == expected
