"""A full stop typed after a name, before its speech verb ("Director Ana
Roe. said in a statement"), ends no sentence: no sentence opens on a
lower-case "said". Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.speakers.text import sentence_bounds

from . import textutil


@pytest.mark.parametrize(
    "text, splits",
    [
        ("“We must act now,” Health Director Ana Roe. said in a statement.", False),
        ("“We must act now,” Ana Roe. told the council at noon.", False),
        ("“We must act now,” Director Ana Lindqvist. wrote to the board.", False),
        # guards: a capital after the stop, and a stop after a lower-case word, end the sentence
        ("The vote went to Ana Roe. She said it was fair.", True),
        ("The night was cold. said nobody at all.", True),
    ],
)
def test_a_stray_full_stop_before_a_speech_verb(text, splits):
    assert (len(sentence_bounds(text)) > 1) is splits


def test_the_name_before_a_stray_full_stop_speaks():
    found = textutil.speakers_of(
        [
            "Cases rose again this week, the clinics said on Monday.",
            "“The spread worries us all and the clinics must open late,” Health Director Ana Roe. said on Friday.",
        ]
    )
    assert [speaker for _, speaker in found] == ["Ana Roe"]
