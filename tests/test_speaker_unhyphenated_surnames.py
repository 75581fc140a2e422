"""A double-barrelled surname printed once without its hyphen ("Vine
Rowe said" after "Ana-Marie Vine-Rowe") is the same person, not a new
one with the given name "Vine". A wrong speaker is worse than none, so
the table also holds names that stay apart. Every sentence here is
written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "later, expected",
    [
        ("Vine Rowe said", "Ana-Marie Vine-Rowe"),
        ("said Vine Rowe", "Ana-Marie Vine-Rowe"),
        # the guards: the surname as first printed, and a two-word name whose parts join to nobody's surname
        ("Vine-Rowe said", "Ana-Marie Vine-Rowe"),
        ("Tom Rowe said", "Tom Rowe"),
    ],
)
def test_a_hyphenated_surname_printed_without_its_hyphen(later, expected):
    found = speakers_of(
        [
            "Ana-Marie Vine-Rowe won the 100m final in Halden on Saturday night.",
            f"“I am in great shape and I can go faster this season,” {later}.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]
