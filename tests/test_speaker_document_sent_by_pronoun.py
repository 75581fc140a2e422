"""A document whose sender the sentence before names by a pronoun
("He sent a written statement instead.") speaks for the one that pronoun means
when "the statement read" gives its words; a pronoun no one agrees with
leaves it unresolved. Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "Premier Ivo Marsh is facing dissent within his party over the way he runs the cabinet."
QUOTE = "“I know there is much talk of a snap vote this autumn,” the statement read."


@pytest.mark.parametrize(
    "sending, expected",
    [
        ("On Tuesday the Tallow Post asked to speak to Marsh. He sent a written statement instead.", "Ivo Marsh"),
        ("On Tuesday he put out a statement.", "Ivo Marsh"),
        ("On Tuesday he issued a letter to party members.", None),
        # the guard: a pronoun no one named agrees with
        ("On Tuesday the Tallow Post asked to speak to Marsh. She sent a written statement instead.", None),
    ],
)
def test_the_statement_speaks_for_the_one_a_pronoun_says_sent_it(sending, expected):
    assert textutil.speaker_of([LEAD, sending, QUOTE], "I know there is much talk") == expected
