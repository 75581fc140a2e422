"""A body named as the source at the close of a sentence ("..., according
to the Tallow Environment Agency.") is the one "it" goes on with in the
next sentence, as after "..., the agency said." A person named there is
no "it". Every sentence here is written for the test."""

import pytest

from . import textutil

NEXT = "It said that the “flooding of homes is imminent” and that staff were watching the forecasts."


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("The highest flood alert went out for the river at Dunmore on Sunday, according to the Tallow Environment Agency.", "Tallow Environment Agency"),
        ("The highest flood alert went out for the river at Dunmore on Sunday, according to Tallow Water.", "Tallow Water"),
        # as before: the body's closing attribution with a verb
        ("The highest flood alert went out for the river at Dunmore on Sunday, the Tallow Environment Agency said.", "Tallow Environment Agency"),
        # a person is no "it"
        ("The highest flood alert went out for the river at Dunmore on Sunday, according to Ana Roe.", None),
    ],
)
def test_it_goes_on_with_the_body_according_to_which(lead, expected):
    assert [speaker for _, speaker in textutil.speakers_of([lead, NEXT])] == [expected]
