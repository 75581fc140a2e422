"""A paragraph that only quotes goes on with the person its paragraph
before ends on: the subject of that paragraph's last clause when it is a
person ("..., but Ana Roe knew ...", "... and speaking to reporters later,
coach Ana Roe was pleased"), else the subject of its last sentence. Every
sentence here is written for the test."""

import pytest

from . import textutil

QUOTE = "“We should have won it. The side ran all day and deserved more than a draw.”"


@pytest.mark.parametrize(
    "before, expected",
    [
        ("Tallow drew 1-1 with Marren after a late goal from Ivo Renk and speaking to reporters once the whistle went, coach Ana Roe was pleased with the point.", "Ana Roe"),
        ("Tallow drew 1-1 with Marren, and talking on local radio once the whistle went, coach Ana Roe was pleased with the point.", "Ana Roe"),
        ("Ivo Renk kept goal well for Tallow, but Ana Roe knew the side had to improve before Friday.", "Ana Roe"),
        # the guards: a last clause with no person leaves the sentence's subject
        ("Ana Roe praised the fans, while the club stayed quiet about the game.", "Ana Roe"),
        ("Coach Ana Roe was pleased with the point.", "Ana Roe"),
    ],
)
def test_a_lone_quote_goes_on_with_the_last_clause(before, expected):
    assert textutil.speaker_of(["Ana Roe and Ivo Renk both played.", before, QUOTE], "We should") == expected
