"""A body's initials ("the AFWU said") stand for the body the article
names in full, also when the name opens with a word that is also a given
name, as many places are ("Adelaide Ferry Workers Union"); initials never
stand for a person's name. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

LATER = "“We will keep the boats tied up,” {} said."


@pytest.mark.parametrize(
    "first, cue, expected",
    [
        ("Crews joined the Adelaide Ferry Workers Union last spring.", "the AFWU", "Adelaide Ferry Workers Union"),
        ("Crews joined the Adelaide Ferry Workers Union last spring.", "AFWU", "Adelaide Ferry Workers Union"),
        ("Crews joined the Tallow Ferry Workers Union last spring.", "the TFWU", "Tallow Ferry Workers Union"),
        # guard: a person's initials are no one's
        ("Crews met Ivo Roe last spring.", "IR", "IR"),
    ],
)
def test_initials_of_a_body_that_opens_with_a_given_name(first, cue, expected):
    assert [speaker for _, speaker in speakers_of([first, LATER.format(cue)])] == [expected]
