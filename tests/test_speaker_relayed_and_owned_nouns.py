"""Two readings: a speech verb inside an opening "As ..." clause only
relays what the main clause's subject did ("As the Tallow Herald reports,
Ana Roe used her speech to call for “...”" is Ana Roe's); and a body
referred to by its name's last noun with a possessive ("the regulator's
responses were “...”") is named without the possessive. Every sentence
here is written for the test."""

import pytest

from . import textutil

LEAD = "The two big winners on the night were bands from the west of the country."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("As the Tallow Morning Herald reports, Ana Roe used her speech to call on “our leaders to keep the city open for music”.", "Ana Roe"),
        ("As the Tallow Morning Herald reported, Ana Roe closed her set with a plea for “more late-night venues”.", "Ana Roe"),
        # as before: the relaying clause names the speaker, and the main clause's subject is no person
        ("As Ana Roe said on Monday, the plan is “dead in the water”.", "Ana Roe"),
        ("As Ana Roe said on Monday, the Tallow Arts Council is “in deep trouble”.", "Ana Roe"),
    ],
)
def test_an_as_clause_relays_the_main_subject(sentence, expected):
    assert [speaker for _, speaker in textutil.speakers_of([LEAD, sentence])] == [expected]


def test_a_body_by_its_last_noun_with_a_possessive():
    paragraphs = [
        "The Tallow Energy Regulator’s leadership was criticised over its handling of spills at a meeting in Dunmore on Tuesday.",
        "The First Nation's claim says the regulator's responses were “reckless enough to amount to bad faith.”",
    ]
    assert [speaker for _, speaker in textutil.speakers_of(paragraphs)] == ["Tallow Energy Regulator"]
