"""A paragraph that reports someone's speech but lost its full stop
("Opposition leader Ana Roe said the bill rides roughshod over pupils") is
a sentence, not a subheading: a paragraph that only quotes after it is
that person's. A short heading between two quotations is still read
past. Every sentence here is written for the test."""

import pytest

from . import textutil

FIRST = "“Mothers and fathers deserve to hear it first,” Ivo Marsh said in a news release."
QUOTE = "“Here is a cabinet willing to bend every rule of the house to push this through.”"


@pytest.mark.parametrize(
    "between, expected",
    [
        ("Opposition house leader Ana Roe said the bill rides roughshod over what pupils are owed", "Ana Roe"),
        ("Opposition house leader Ana Roe said the bill rides roughshod over what pupils are owed.", "Ana Roe"),
        ("Ana Roe, the opposition chief in the house, told reporters the bill was cruel", "Ana Roe"),
        # the guard: a short heading says nothing, so the speaker before goes on
        ("Rights of pupils", "Ivo Marsh"),
    ],
)
def test_a_reported_speech_paragraph_without_a_full_stop_gives_the_next_quote(between, expected):
    assert textutil.speaker_of(["The bill passed on Thursday.", FIRST, between, QUOTE], "Here is a cabinet") == expected
