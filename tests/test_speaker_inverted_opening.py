"""A speech verb opening the sentence before a description ("Said the
regulator:", "Added her lawyer, Ben Ostrow:") is an inverted
attribution, as it was before a name ("Said Ms Roe:"); the verb is no
one's name. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

QUOTE = "“Most ferries now leave on time.”"


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        ([f"The Tallow Ferry Regulator checks the timetables each year. Said the regulator: {QUOTE}"], "Tallow Ferry Regulator"),
        ([f"Ana Roe runs a ferry company in Tallow. Said the ferry owner: {QUOTE}"], "Ana Roe"),
        ([f"Ana Roe runs a ferry company in Tallow. Said a spokesman for Tallow Council: {QUOTE}"], "Tallow Council"),
        # guards: before a name, as before; a sentence that only opens with the word
        ([f"Ana Roe runs a ferry company in Tallow. Said Ms Roe: {QUOTE}"], "Ana Roe"),
        ([f"Ana Roe was charged on Monday. Added her lawyer, Ben Ostrow: {QUOTE}"], "Ben Ostrow"),
        (["Said the regulator's report was late. “Most ferries now leave on time,” Roe said."], "Roe"),
    ],
)
def test_a_speech_verb_opening_the_sentence_before_a_description(paragraphs, expected):
    assert [speaker for _, speaker in speakers_of(paragraphs)] == [expected]
