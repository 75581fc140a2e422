"""A style of address with its article ("the Hon Ana Roe MP", "the Rt Hon
Ana Roe") opens a person's name wherever a name may speak: as the subject
of reported speech that a quotation in the same paragraph goes on with.
A wrong speaker is worse than none, so the table also holds sentences
where the speaker stays as it was. Every sentence here is written for
the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("The Hon Ana Roe MP", "Ana Roe"),
        ("The Tallow Minister for Trade and Industry, the Hon Ana Roe MP", "Ana Roe"),
        ("The Tallow Minister for Trade, the Hon. Ana Roe,", "Ana Roe"),
        ("The Rt Hon Ana Roe", "Ana Roe"),
        # the guards: a name with no style, and a body whose name opens with one
        ("The Tallow Minister for Trade, Ana Roe,", "Ana Roe"),
        ("The Honourable Society of Tallow", None),
    ],
)
def test_a_style_of_address_opens_the_subject_of_reported_speech(subject, expected):
    found = speakers_of([f"{subject} said the new hall is a turning point. “The idea of making things here again is changing the chances open to all of us.”"])
    assert [speaker for _, speaker in found] == [expected]
