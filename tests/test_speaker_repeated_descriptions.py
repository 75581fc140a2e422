"""A definite description the article repeats goes on with whom it first
stood for: "Ana Roe said ... The harbour secretary earlier said ..." and,
after a paragraph about someone else, "the harbour secretary told members: “...”"
is Roe's. Only the first use is read; when it described no one, nor does
the later one. Every sentence here is written for the test."""

import pytest

from . import textutil

QUOTE = "Late on Friday, the harbour secretary said: “The clerks will take the full sum from my salary.”"
BETWEEN = "First Minister Ben Marr had said Roe should not pay the bill back because it was a fair expense."


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (
            [
                "Ana Roe said after thinking it over that the fault was hers.",
                "The harbour secretary earlier said she would pay part of the bill from her own budget.",
                BETWEEN,
                QUOTE,
            ],
            "Ana Roe",
        ),
        (
            [
                "Ana Roe said after thinking it over that the fault was hers. The harbour secretary earlier said she would pay part of it.",
                BETWEEN,
                QUOTE,
            ],
            "Ana Roe",
        ),
        # the guards: a first use with no one before it, and no first use at all
        (
            [
                "The harbour secretary earlier said she would pay part of the bill from her own budget.",
                BETWEEN,
                QUOTE,
            ],
            None,
        ),
        (["Ana Roe said after thinking it over that the fault was hers.", BETWEEN, QUOTE], None),
    ],
)
def test_a_repeated_description_goes_on_with_its_first_use(paragraphs, expected):
    assert textutil.speaker_of(paragraphs, "The clerks will") == expected
