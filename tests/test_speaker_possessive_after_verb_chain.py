"""A possessive after the verbs a name opens ("X has worked to defend her
seat", "X had kept his post") tells that person's gender, as one right
after a single verb does ("X accepted her award"); a "she" later goes on
with that person, not with a woman named in passing. Every sentence here
is written for the test."""

import pytest

from . import textutil


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("With this, Mesuna has worked to defend her seat in the assembly.", "Ravoti Mesuna"),
        ("With this, Mesuna has retained her seat in the assembly.", "Ravoti Mesuna"),
        ("With this, Mesuna had tried to save her seat in the assembly.", "Ravoti Mesuna"),
        # the guards: a possessive after a verb that takes a person may be that person's
        ("With this, Mesuna has worked to give her rival a lesson.", "Ana Bell"),
        ("With this, Mesuna has kept the seat in the assembly.", "Ana Bell"),
    ],
)
def test_a_possessive_after_a_chain_of_verbs_gives_the_subjects_gender(clause, expected):
    paragraphs = [
        "Ravoti Mesuna won the by-poll for the Tallow seat on Sunday. " + clause
        + " Mesuna won by over 50,000 votes, as the polls had predicted, defeating her challenger of the Harbour Party (HP), Ana Bell.",
        "Mesuna won by a record margin. After her win, she waved to the crowd. “We are ahead in the two other seats as well,” she said.",
    ]
    assert textutil.speaker_of(paragraphs, "We are ahead") == expected
