"""A place alone in title case before a spaced en or em dash where the
story opens ("Tallowland – The President Ana Roe announced ...") is a
dateline, never the sentence's subject: a speech verb joined to the lead's
verb is the person's. A given name before the dash is still a person.
Every sentence here is written for the test."""

import pytest

from . import textutil


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("Tallowland – The President Ana Roe announced the deal with the oil exporters and said that the meeting was “very tense”.", "Ana Roe"),
        ("Port Halden — Brixcom chairman Ana Roe announced the plan and said that it was “on course”.", "Ana Roe"),
        # as before: a dateline in capitals
        ("TALLOWLAND – The President Ana Roe announced the deal with the oil exporters and said that the meeting was “very tense”.", "Ana Roe"),
        # a given name before the dash: the person, not a place
        ("Marcus Holt – Tallow's mayor since 2019 – announced the plan and said that it was “on course”.", "Marcus Holt"),
    ],
)
def test_a_title_case_place_before_a_dash_is_a_dateline(lead, expected):
    assert [speaker for _, speaker in textutil.speakers_of([lead])] == [expected]
