"""A sentence that opens with a participle's phrase and no comma
("However speaking in Tallow she defended the plan") has the "he" or
"she" after the phrase as its subject, so an office in capitals in the
next sentence ("The Chancellor said ...") can go on with that person.
Every sentence here is written for the test."""

import pytest

from . import textutil

QUOTE = "The Chancellor said from the lectern: “Nobody enjoyed the last ten days.”"


@pytest.mark.parametrize(
    "middle, expected",
    [
        ("However speaking in Tallow she defended the plan.", "Ana Roe"),
        ("But addressing the hall she defended the plan.", "Ana Roe"),
        # the guard: a phrase that reaches no "he" or "she" gives no subject
        ("However speaking in Tallow the delegates cheered the plan.", None),
    ],
)
def test_the_pronoun_after_an_opening_participle_is_the_subject(middle, expected):
    paragraphs = ["Ana Roe admitted on Monday that the budget had rattled the markets.", middle, QUOTE]
    assert textutil.last_speaker(textutil.speakers_of(paragraphs)) == expected
