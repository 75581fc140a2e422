"""A surname that is also a word of the language, an auxiliary ("Will")
or a month ("May"), printed alone, after a given name or after a form of
address, next to a speech verb: the person named in full speaks. A month
after a preposition or before a day's number stays a date. Every
sentence here is written for the test."""

import pytest

from . import textutil

QUOTE = "“When no bed is free, the ward simply has to wait”"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"{QUOTE}, Will said.", "Ivo Will"),
        (f"Will said: {QUOTE}.", "Ivo Will"),
        (f"Will also told the board: {QUOTE}.", "Ivo Will"),
        (f"{QUOTE}, said Will.", "Ivo Will"),
        # the guard: an auxiliary opening a question is no name
        (f"Will the board listen? Its chair said: {QUOTE}.", None),
    ],
)
def test_an_auxiliary_as_a_surname(sentence, expected):
    lead = "Clinic chief Ivo Will said the new beds would open in the spring."
    assert textutil.speaker_of([lead, sentence], "When no bed") == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"May said: {QUOTE}.", "Lena May"),
        (f"Mrs May said: {QUOTE}.", "Lena May"),
        (f"{QUOTE}, Mrs May said.", "Lena May"),
        (f"{QUOTE}, said Mrs. May.", "Lena May"),
        (f"{QUOTE}, said Lena May, the health minister.", "Lena May"),
        # the guards: a month after a preposition, and before a day
        (f"The report in May said: {QUOTE}.", None),
        (f"{QUOTE}, said Ana Roe May 5.", "Ana Roe"),
    ],
)
def test_a_month_as_a_surname(sentence, expected):
    lead = "Health Minister Lena May said the new beds would open in the spring."
    assert textutil.speaker_of([lead, sentence], "When no bed") == expected
