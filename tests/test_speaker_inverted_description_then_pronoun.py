"""A pronoun after a sentence that closes with an inverted verb of saying
and a description of a person ("The demands were ignored, argues the
party leader. “...,” he said") goes on with whom the description means,
the last to speak, not a man named before inside another clause; a name
inside the quotation is no name printed since, and the person must agree
with the pronoun. Every sentence here is
written for the test."""

import pytest

from . import textutil

LEAD = [
    "Party leader Tom Roe and party chair Ana Lee spoke in Tallow on Monday.",
    "Housing was cited by Roe as a prime example, recalling when then-Premier Ben Marr turned down the city’s plea for control of rents.",
]
QUOTE = "“What the city asked for has been the same for ten years,” he said."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The 21 demands the city made have been almost all ignored, argues the party leader.", "Tom Roe"),
        ("The 21 demands the city made have been almost all ignored, says the party leader.", "Tom Roe"),
        # the guard: a description of a woman says nothing of whom "he" means
        ("The 21 demands the city made have been almost all ignored, argues the party chair.", "Ben Marr"),
    ],
)
def test_a_pronoun_goes_on_with_an_inverted_description(sentence, expected):
    assert textutil.speaker_of([*LEAD, sentence, QUOTE], "What the city") == expected


def test_a_name_inside_the_quotation_is_no_name_printed_since():
    sentence = "The 21 demands the city made have been almost all ignored, argues the party leader."
    quote = "“What the city asked of Marr has been the same for ten years,” he said."
    assert textutil.speaker_of([*LEAD, sentence, quote], "What the city") == "Tom Roe"
