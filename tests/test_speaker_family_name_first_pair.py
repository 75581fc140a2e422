"""A family name printed first and alone ("Wong said") when two people of
the article open their names with it: as with a shared surname, the one
the article introduced first, unless the other was the subject of this
paragraph or the one before; two both named as subjects just before stay
unresolved. A name after a preposition ("without founder premier X") is
no subject. Every sentence here is written for the test."""

import pytest

from . import textutil

OPENING = "Premier Wong Tai Fen on Saturday thanked voters for a result that gave her party 80 of the 93 seats."


@pytest.mark.parametrize(
    "middle, expected",
    [
        # the father, named in passing after a preposition, is no subject
        ("The poll went ahead without founder premier Wong Kuan Lim, who had retired in 2019.", "Wong Tai Fen"),
        ("The poll fell a year after the death of founder premier Wong Kuan Lim.", "Wong Tai Fen"),
        ("Her campaign had drawn heavily on founder premier Wong Kuan Lim and his legacy.", "Wong Tai Fen"),
        # the subject of the paragraph before goes on
        ("The founding premier Wong Kuan Lim also spoke to the crowd.", "Wong Kuan Lim"),
    ],
)
def test_a_family_name_alone_goes_to_the_one_the_article_is_about(middle, expected):
    paragraphs = [OPENING, middle, "“We won back every seat we lost last time,” Wong said at a briefing."]
    assert textutil.speaker_of(paragraphs, "We won back") == expected


def test_two_subjects_just_before_leave_the_family_name_unresolved():
    paragraphs = [
        "Minister Wong Tai Fen met Governor Wong Kuan Lim at the port on Monday.",
        "“The bridge will be finished by June,” Wong said.",
    ]
    assert textutil.speaker_of(paragraphs, "The bridge") == "Wong"
