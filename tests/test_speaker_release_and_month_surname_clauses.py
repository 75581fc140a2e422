"""A body that issued a statement speaks in "the release" after it, and one
that issued a release in "the statement" ("Harbour Chips issued a statement
..." then "“...,” the release read"). A month's name that is someone's
surname speaks after a speech verb before a clause or a phrase of time
("“...,” said May as he left", "said May on Monday"), as before the
sentence's end. Every sentence here is written for the test."""

import pytest

from . import textutil

LINE = "“Our plants will stay open and every order will ship on time,”"


@pytest.mark.parametrize(
    "issued, attribution, expected",
    [
        ("issued a statement late on Friday", "the release read", "Harbour Chips"),
        ("put out a release on Saturday", "the statement said", "Harbour Chips"),
        # as before: the same noun
        ("issued a statement late on Friday", "the statement read", "Harbour Chips"),
        # guard: a document of another kind
        ("sent a letter to its staff on Saturday", "the release read", None),
    ],
)
def test_a_statement_is_the_release(issued, attribution, expected):
    paragraphs = [f"Harbour Chips {issued} about its plants.", f"{LINE} {attribution}."]
    assert textutil.speaker_of(paragraphs, "Our plants") == expected


@pytest.mark.parametrize(
    "attribution, expected",
    [
        ("said May as he left the chamber", "Ivo May"),
        ("said May on Monday", "Ivo May"),
        # as before: the month closing the sentence
        ("said May", "Ivo May"),
        # guard: a month before a day is a date, no one's name
        ("said May 5 at the hall", None),
    ],
)
def test_a_month_surname_before_a_clause(attribution, expected):
    paragraphs = ["Mayor Ivo May opened the meeting at seven.", f"{LINE} {attribution}."]
    assert textutil.speaker_of(paragraphs, "Our plants") == expected
