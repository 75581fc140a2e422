"""A name right before "who" is the subject of the relative clause's
speech verb even when an aside set off by commas stands between "who"
and the verb ("broadcaster Ivo Brandt who, of his first trip, said:").
Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Among those at the fair was broadcaster Ivo Brandt who, of his first trip, said: “It is smaller than the county show I grew up with.”", "Ivo Brandt"),
        ("Guests at the fair included broadcaster Ivo Brandt who, asked about the rain, said it was “a mere shower”.", "Ivo Brandt"),
        # guards: no aside, as before; "who" after a comma opens no such clause of the name's
        ("Among those at the fair was broadcaster Ivo Brandt who said: “It is smaller than the county show I grew up with.”", "Ivo Brandt"),
        ("Stalls were full, and those who, by noon, had eaten said it was “a mere snack”.", None),
    ],
)
def test_who_with_an_aside_before_the_verb(sentence, expected):
    assert [speaker for _, speaker in speakers_of([sentence])] == [expected]
