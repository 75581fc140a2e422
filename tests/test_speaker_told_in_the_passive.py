"""Someone told or warned something in the passive, the teller named
after "by" ("The crews have been told “...” by Ports Minister Ana Roe"):
the teller speaks. Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "The ferry crews walked out at dawn on Monday."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The crews have been told “your walkout will achieve nothing” by Ports Minister Ana Roe.", "Ana Roe"),
        ("The union was warned “the talks are over for good” by the ferry chief, Ivo Marsh.", "Ivo Marsh"),
        ("Crews were assured “no jobs will go this winter” by Ana Roe on Tuesday.", "Ana Roe"),
        # the guard: "by" and a plural with no name is nobody
        ("Crews were told “to stay at home until Friday” by organisers.", None),
    ],
)
def test_the_one_who_told_speaks(sentence, expected):
    assert [s for _, s in textutil.speakers_of([LEAD, sentence])] == [expected]
