"""A full name opening the sentence, then a body's title for that person
whose closing comma the page left out ("Mara Quint, Greenway’s Deputy
Lead said:", "Mara Quint, Managing Partner for Greenway Surgery said:"):
the name speaks, and the title's last word is no surname.
Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "The council met on Monday to vote on the rise in ferry fares."
QUOTE = "“This rise will hurt the families who can least afford a crossing.”"


@pytest.mark.parametrize(
    "cue, expected",
    [
        ("Mara Quint, Greenway’s Deputy Lead said:", "Mara Quint"),
        ("Mara Quint, Greenway’s Deputy Leader said:", "Mara Quint"),
        ("Mara Quint, Greenway’s Chief Whip told the meeting:", "Mara Quint"),
        # a title in capitals of its own, alone or followed by its body
        ("Mara Quint, Managing Partner said:", "Mara Quint"),
        ("Mara Quint, Managing Partner for Greenway Surgery said:", "Mara Quint"),
        ("Mara Quint, Chief Executive of the Greenway Harbour Trust told the meeting:", "Mara Quint"),
        # guard: a place opening the sentence is no name before the title
        ("In Greenway, Managing Partner Ivo Marsh said:", "Ivo Marsh"),
        # the guards: the name after the title, and an opening that is no name
        ("Greenway’s Deputy Leader Ivo Marsh said:", "Ivo Marsh"),
        ("On Monday, Greenway’s Deputy Leader Ivo Marsh said:", "Ivo Marsh"),
    ],
)
def test_a_name_before_an_unclosed_title_speaks(cue, expected):
    assert textutil.speaker_of([LEAD, f"{cue} {QUOTE}"], "This rise") == expected
