"""A described subject before a chain of words that leads to the speech
verb ("The chairman went on to say, “...”", "The minister has since
said") is the whole description, not its article alone, and it resolves
to the person the description means. Every sentence here is written for
the test."""

import pytest

from . import textutil

speaker_of = textutil.speaker_of


@pytest.mark.parametrize(
    "chain, expected",
    [
        ("The chairman went on to say,", "Ben Lowe"),
        ("The chairman then went on to say,", "Ben Lowe"),
        ("The company chairman went on to say,", "Ben Lowe"),
        # the guards: a name or a pronoun before the chain
        ("Ben Lowe went on to say,", "Ben Lowe"),
        ("He went on to say,", "Ben Lowe"),
    ],
)
def test_a_description_before_a_verb_chain_is_the_subject(chain, expected):
    paragraphs = [
        "Ben Lowe, the chairman of Tallow Lunches, met reporters on Monday after the food scare.",
        f"{chain} “Chasing sales was my mistake as a manager, and I pushed my staff too hard.”",
    ]
    assert speaker_of(paragraphs, "Chasing sales") == expected
