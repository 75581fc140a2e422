"""A document owned by a pronoun ("“...,” her statement read", "his
sworn statement said") speaks for the one that pronoun means,
found as "she said" would find them. A wrong speaker is worse than none,
so the table also holds sentences where nobody named fits the pronoun.
Every sentence here is written for the test."""

import pytest

from . import textutil

speaker_of = textutil.speaker_of


@pytest.mark.parametrize(
    "before, cue, expected",
    [
        ("Ana Roe told the court on Monday that her life had changed after the attack.", "her statement read", "Ana Roe"),
        ("Ana Roe told the court on Monday that her life had changed after the attack.", "her sworn statement read", "Ana Roe"),
        ("Ben Lowe wrote to the court on Monday about the attack on his shop.", "his written statement said", "Ben Lowe"),
        ("The Tallow Rowing Club wrote to the council on Monday about the closure.", "its statement said", "Tallow Rowing Club"),
        # the guards: nobody named that the pronoun can mean
        ("Ben Lowe told the court on Monday that his life had changed after the attack.", "her statement read", None),
        ("Ana Roe and Ben Lowe run the rowing club on the river.", "their statement said", None),
    ],
)
def test_a_document_owned_by_a_pronoun_speaks_for_whom_it_means(before, cue, expected):
    paragraphs = [before, f"“I have been afraid every single day since it happened,” {cue}."]
    assert speaker_of(paragraphs, "I have been afraid") == expected
