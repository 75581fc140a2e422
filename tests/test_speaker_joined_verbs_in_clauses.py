"""Verbs of saying joined by "and" share one subject: the subject of a
relative clause that "in which" opens when the first verb is its own ("a
report in which Quell accused them of “...” and said “...”" is Quell's,
not the sentence subject's); the main clause's when the relative clause
says nothing ("a basis on which the council can claim ..., and called on
..." stays with the one who said it); and the subject of a verb of naming
too ("which Wren once branded “...” and vowed to “...”"). Every
sentence here is written for the test."""

import pytest

from . import textutil

OPENING = "Mara Quell and Tobias Wren are standing for mayor of Tallow."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Party spokesman Tobias Wren was answering a report last week in which council leader Mara Quell accused "
            "the party of being “reckless” and said “it is time they owned up to the debt”.",
            "Mara Quell",
        ),
        ("The toll scheme, which Wren once branded “daylight robbery” and vowed to “scrap on day one”, survived the vote.", "Tobias Wren"),
        # the guard: a relative clause with no verb of saying leaves the main clause's subject speaking
        (
            "In a post, Wren said there was “no sound reason” on which the council can rest its case, "
            "and called on Quell to “come clean” with voters.",
            "Tobias Wren",
        ),
    ],
)
def test_joined_verbs_share_the_right_subject(sentence, expected):
    assert textutil.last_speaker(textutil.speakers_of([OPENING, sentence])) == expected
