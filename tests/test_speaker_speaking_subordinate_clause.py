"""A paragraph that only quotes goes on with the one a subordinate clause
of the sentence before says spoke ("..., since Ana Roe spoke only in
outline", "..., as Ivo Renk told the hall"), when that sentence's own
subject is nobody's name. Every sentence here is written for the test."""

import pytest

from . import textutil

QUOTE = "“We will find the money, and nobody in the valley will lose a service.”"


@pytest.mark.parametrize(
    "before, expected",
    [
        ("What the plan will cost is still unclear, since Ana Roe spoke only in outline at the meeting.", "Ana Roe"),
        ("The hall fell silent as Ivo Renk told the members what the budget held.", "Ivo Renk"),
        ("The vote was put off until the spring, after Ana Roe said twice that all those figures were wrong.", "Ana Roe"),
        ("When Ivo Renk spoke, the room listened.", "Ivo Renk"),
        # the guards: a clause without a verb of speech, and a person as the main subject
        ("The hall fell silent as Ivo Renk walked to the front.", None),
        ("Ana Roe stayed in her seat as Ivo Renk spoke to the members.", "Ana Roe"),
    ],
)
def test_a_lone_quote_goes_on_with_the_one_who_spoke(before, expected):
    assert textutil.speaker_of(["A budget for the valley", before, QUOTE], "We will find") == expected
