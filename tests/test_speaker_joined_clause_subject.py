"""A speech verb joined by "and" to the verb of a clause that has its own
subject ("The county gave no details but Ana Roe appeared on air and said
that ...") is that clause subject's, not the sentence's first subject; a
clause closed by a comma before "and said" leaves the first subject
speaking. Every sentence here is written for the test."""

import pytest

from . import textutil

REST = "and said that the death toll would rise “very sharply” as crews reach cut-off areas."


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("The county gave no other details but Ana Roe appeared on national television before the briefing", "Ana Roe"),
        ("The county gave no other details, but Ana Roe appeared on national television before the briefing", "Ana Roe"),
        ("The county stayed silent while Ana Roe went on the radio", "Ana Roe"),
        # as before: one subject for both verbs
        ("Ana Roe met Rolf Brand on Monday but cut the meeting short", "Ana Roe"),
        # a clause closed by a comma: the sentence's subject goes on
        ("Ana Roe praised the crews while Tallow County stayed silent,", "Ana Roe"),
    ],
)
def test_the_joined_clause_subject_speaks(opening, expected):
    assert [speaker for _, speaker in textutil.speakers_of([f"{opening} {REST}"])] == [expected]
