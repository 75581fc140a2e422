"""Two titles joined by "and" before one name ("Deputy Mayor and
Minister for Ports Prue Tallow") are one person's, who is the
subject of the sentence and goes on as "she"; two names joined so are
two people. The word right after a title's "for" or "of" belongs to
the department, whatever the given name after it ("Minister for
Harbours Prue Tallow"). Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.speakers.names import clean_name

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "printed, expected",
    [
        ("Minister for Harbours Prue Tallow", "Prue Tallow"),
        ("Director of Communications Prue Tallow", "Prue Tallow"),
        ("University of Tallow Prue Roe", "Prue Roe"),
        # guard: a given name the list knows
        ("Minister for Harbours Ana Roe", "Ana Roe"),
    ],
)
def test_the_word_after_a_titles_for_is_the_departments(printed, expected):
    assert clean_name(printed) == expected


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("Deputy Mayor and Minister for Ports Prue Tallow", "Prue Tallow"),
        ("Deputy Mayor and Harbours Minister Prue Tallow", "Prue Tallow"),
        # guard: two people joined by "and", and no gender to tell them apart
        ("Mayor Dan Cole and Minister for Ports Prue Tallow", None),
    ],
)
def test_two_titles_joined_before_one_name_are_one_persons(subject, expected):
    found = speakers_of([
        "The state has built an app that marks homework in public schools.",
        f"{subject} visited a school in Marren on Monday to show off the app.",
        "“It gives every class back an hour a week,” she said on Tuesday.",
    ])
    assert found[-1][1] == expected
