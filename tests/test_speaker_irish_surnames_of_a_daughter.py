"""An Irish surname that opens with "Ní" or "Nic" ("daughter of") is a
woman's, whatever her given name reads as elsewhere ("Phil Ní Bhraonáin"):
a later "she" goes to her. A man's surname opens with "Ó" or "Mac"; "Nic"
as a given name says nothing. Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.speakers.identity import name_gender

from . import textutil


def test_she_goes_to_a_woman_named_by_her_surname():
    paragraphs = [
        "The Tallow Nurses Union general secretary, Phil Ní Bhraonáin, spoke after the monthly count of beds.",
        "She said, “Our wards ran out of beds on eleven days in a row.”",
        "Health Minister Tom Keane said he would meet the union.",
        "Ní Bhraonáin said the figures were “shameful”. She continued: “This cannot go on.”",
    ]
    assert [speaker for _, speaker in textutil.speakers_of(paragraphs)] == ["Phil Ní Bhraonáin"] * 3


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Phil Ní Bhraonáin", "f"),
        ("Tom Nic Gearailt", "f"),
        # guards: a man's particle, "Nic" as a given name, no particle
        ("Phil Ó Bhraonáin", "m"),
        ("Nic Rowe", None),
        ("Phil Rowe", "m"),
    ],
)
def test_a_daughter_s_surname_gives_the_gender(name, expected):
    assert name_gender(name) == expected
