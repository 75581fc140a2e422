"""A firm named in full by its initials and one word more ("KRV Analytics")
is the one its initials alone speak for later ("KRV said in a note"); when
two such firms share the initials, the initials name neither. Every
sentence here is written for the test."""

import pytest

from . import textutil


@pytest.mark.parametrize(
    "named, expected",
    [
        ("KRV Analytics put the fall in the currency down to weak export figures.", "KRV Analytics"),
        ("Analysts at KRV Markets put the fall in the currency down to weak export figures.", "KRV Markets"),
        # the guard: two firms share the initials
        ("KRV Analytics and KRV Markets both put the fall down to weak export figures.", "KRV"),
    ],
)
def test_initials_alone_go_back_to_the_firm_named_with_them(named, expected):
    paragraphs = [
        "The currency fell for a third day on Monday as traders sold ahead of the budget.",
        named,
        "“A change to the bank's remit is not something to fear,” KRV said in a note.",
    ]
    assert textutil.speaker_of(paragraphs, "A change to") == expected
