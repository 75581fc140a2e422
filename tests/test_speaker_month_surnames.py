"""A surname that is also a month's name ("Ada May") speaks after the verb
too: "“...,” said May." is Ada May. A month with a day or after "in" is a
date, never a speaker. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "attribution, expected",
    [
        ("said May", "Ada May"),
        ("added June", "Ada June"),
        # guards: the surname before the verb (read before), and a date after the verb
        ("May said", "Ada May"),
        ("she said in May", "Ada May"),
    ],
)
def test_a_month_surname_after_the_verb(attribution, expected):
    surname = "June" if "June" in attribution else "May"
    found = speakers_of(
        [
            f"The chip shop on Mill Row will shut in the spring, its co-owner, Ada {surname}, said on Friday.",
            "The owners blamed the price of cooking oil.",
            f"“We have fed this street for thirty winters,” {attribution}.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]
