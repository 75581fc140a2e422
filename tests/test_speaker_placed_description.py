"""A description of where someone is from or works before a role news
leaves unnamed ("the Tallow resident said", "the Harbourside official
said") goes on with the person named as the sentence before's subject;
without the place ("the resident", "the senior official") it names no
one, and before a person's name ("the Roe adviser") it is someone's aide
left unnamed. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

QUOTE = "“The bells were the best part of the morning.”"
BEFORE = "Derek Collard, chairman of the Harbour Veterans Trust, said there was a large crowd."


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        ([BEFORE, f"The Tallow resident said: {QUOTE}"], "Derek Collard"),
        ([f"Ana Roe opened the hall. The Harbourside official said: {QUOTE}"], "Ana Roe"),
        # guards: no place; a person's name where the place would be
        ([BEFORE, f"The resident said: {QUOTE}"], None),
        ([BEFORE, f"The senior official said: {QUOTE}"], None),
        (["Senator Ben Ostrow said he expects Ana Roe to help. “The voters will decide in the end,” said the Roe adviser."], None),
    ],
)
def test_a_placed_description_goes_on_with_the_subject(paragraphs, expected):
    assert [speaker for _, speaker in speakers_of(paragraphs)] == [expected]
