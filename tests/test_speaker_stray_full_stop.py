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
        ("“We must act now,” Ana Roe. told reporters on Monday.", False),
        ("“We must act now,” Director Ana Rosenfield. said in a statement.", False),
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
            "The outbreak grew again this week, officials said on Monday.",
            "“This outbreak is deeply troubling and we must act,” Health Director Ana Roe. said in a statement.",
        ]
    )
    assert [speaker for _, speaker in found] == ["Ana Roe"]
