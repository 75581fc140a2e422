"""A pronoun's sentence may open on a description of someone else ("A
musician couple have booked the chapel for May, she said"): the
description is of a pair, not of the woman speaking, so "she" goes on
with the person named before. A word set before another noun ("a
vegetarian pair", "a student nurse") describes that noun, and a
description ends at its verb ("A young couple are ..."). Every sentence
here is written for the test."""

import pytest

from datasette_factcheck.extract.speakers.descriptors import described_person_head

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "text, gender, expected",
    [
        ("A vegetarian pair from Tallow have booked the hall, she said.", "f", None),
        ("A musician couple have booked the chapel for May, she said.", "f", None),
        ("A young couple are planning a June party, she said.", "f", None),
        # guards: a noun for a person heads the description, a modifier before it or not
        ("A student nurse was hurt in the crash, she said.", "f", "nurse"),
        ("A 29-year-old nurse was hurt in the crash, she said.", "f", "nurse"),
        ("A woman from Tallow was hurt in the crash, she said.", "f", "woman"),
    ],
)
def test_the_head_of_a_description(text, gender, expected):
    assert described_person_head(text, 0, gender, {"a", "an"}) == expected


@pytest.mark.parametrize(
    "middle, expected",
    [
        ("A vegetarian pair from Tallow have booked the hall for June, she said.", "Ana Brightwater"),
        ("A musician couple have booked the chapel for May, she said.", "Ana Brightwater"),
        ("A young couple are planning a June party, she said.", "Ana Brightwater"),
        # guard: a woman described without a name is the one who speaks
        ("A woman from Tallow has booked the hall for June, she said.", None),
    ],
)
def test_she_after_a_description_of_a_pair_goes_on_with_the_one_named(middle, expected):
    found = speakers_of([
        "Tallow celebrant Ana Brightwater has had two weddings on her books since the new law.",
        middle,
        "“They did not want to wait any longer for the day.”",
    ])
    assert found[-1][1] == expected
