"""A full name whose given name no list knows ("Ravoti Mesuna") is a
person's when the article prints its surname before a verb of speech
("Mesuna said ..."): a paragraph that only quotes, after a sentence about
that name, is that person's. Every sentence here is written for the test."""

import pytest

from . import textutil

QUOTE = "“Really, nine of our units broke down within two days. It was a run of faults all at once.”"


@pytest.mark.parametrize(
    "later, expected",
    [
        ("Speaking in Tallow on Sunday, Mesuna said the units would be back soon.", "Ravoti Mesuna"),
        ("Mesuna said the units would be back in service by the end of the week.", "Ravoti Mesuna"),
        # the guard: nothing shows the name to be a person's
        ("The units should be back in service by the end of the week.", None),
    ],
)
def test_a_quoting_paragraph_goes_to_a_name_whose_surname_speaks(later, expected):
    paragraphs = [
        "The harbour minister expects the power cuts to ease by Wednesday.",
        "Ravoti Mesuna has blamed leaks in the two oldest plants for the long cuts.",
        QUOTE,
        later,
    ]
    assert textutil.speaker_of(paragraphs, "Really, nine of") == expected
