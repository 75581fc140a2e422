"""A capital "A" after another initial or a title, before a capitalised
word, is an initial of a name ("Chief Justice S A Tembe", "Judge A Tembe"),
not the article that opens a description ("A spokesman said"). Every
sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "The court sat for three hours on Tuesday to hear the challenge to the three new rules for growers."
QUOTE = "“We are pausing the three rules until further orders,”"


@pytest.mark.parametrize(
    "cue, expected",
    [
        ("Chief Justice S A Tembe said.", "S A Tembe"),
        ("said Judge B A Tembe.", "B A Tembe"),
        ("said Chief Justice S A Tembe.", "S A Tembe"),
        ("a panel led by Chief Justice S A Tembe said.", "S A Tembe"),
        ("Justice S K Tembe said.", "S K Tembe"),
        # the guard: an article that opens a description names nobody
        ("A Tembe court official said.", None),
    ],
)
def test_a_capital_a_inside_initials_is_an_initial(cue, expected):
    assert textutil.speaker_of([LEAD, f"{QUOTE} {cue}"], "We are pausing") == expected
