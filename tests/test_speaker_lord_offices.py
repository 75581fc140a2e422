""""Lord" opening the name of an office ("Lord Advocate", "Lord Provost",
"Lord Chief Justice") is no form of address: it says nothing of the
holder's gender, so "she" goes on with a woman who holds it. "Lord" before
a name stays a man's title. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

LATER = "“The harbour scheme can go ahead,” {} said."


@pytest.mark.parametrize(
    "first, pronoun, expected",
    [
        ("Late last week Lord Advocate Mara Tellwright ruled on the harbour scheme.", "she", "Mara Tellwright"),
        ("Lord Provost Mara Tellwright opened the harbour hall.", "she", "Mara Tellwright"),
        ("Lord Chief Justice Mara Tellwright heard the harbour case.", "she", "Mara Tellwright"),
        # guards: a man's title before a name, and an office held by a man
        ("Lord Tallow said he would back the harbour scheme.", "he", "Tallow"),
        ("Lord Provost Ivo Pell opened the harbour hall.", "he", "Ivo Pell"),
    ],
)
def test_an_office_opening_with_lord_gives_no_gender(first, pronoun, expected):
    assert [speaker for _, speaker in speakers_of([first, LATER.format(pronoun)])] == [expected]
