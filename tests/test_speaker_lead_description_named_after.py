"""A story's lead may open on a description and name the person in the
paragraph after ("The First Minister has told ...", then "Ana Roe
admitted ..."). The same description printed later as a source ("The
First Minister said:") is that person, not whoever was named last. When
the paragraph after the lead names no one speaking, nobody is meant.
Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

LATER = "{} said: “Nobody on the island wanted this timetable.”"


@pytest.mark.parametrize(
    "lead, after, between, expected",
    [
        (
            "The First Minister has told the ferry operator to fix its timetable before the summer.",
            "Ana Roe admitted the island faces “weeks of disruption” while the boat is away.",
            "The firm said it needs the boat elsewhere.",
            "Ana Roe",
        ),
        (
            "The harbour chief has told the ferry operator to fix its timetable before the summer.",
            "Ana Roe admitted the island faces “weeks of disruption” while the boat is away.",
            "Dan Cole, the mayor, said the firm needs the boat elsewhere.",
            "Ana Roe",
        ),
        # a professor or a doctor by style holds no other office for it
        (
            "The vice chancellor has called for the state to raise the fees Tallow College charges.",
            "Professor Ravi Chandran told the paper the “funding model is not working”.",
            "Students at the college said the cuts had been feared for months.",
            "Ravi Chandran",
        ),
        # guard: someone who holds another office is not the lead's description
        (
            "The vice chancellor has called for the state to raise the fees Tallow College charges.",
            "Treasurer Ravi Chandran told the paper the “funding model is not working”.",
            "Students at the college said the cuts had been feared for months.",
            None,
        ),
        # guard: the paragraph after the lead names no one, so the lead's description stays unnamed
        (
            "The First Minister has told the ferry operator to fix its timetable before the summer.",
            "The firm said it needs the boat elsewhere for a month.",
            "Ana Roe, a ferry user, said the cut was “a disgrace”.",
            None,
        ),
    ],
)
def test_a_description_the_lead_opens_on_is_the_one_named_after_it(lead, after, between, expected):
    description = lead.split(" has ")[0]
    assert speakers_of([lead, after, between, LATER.format(description)])[-1][1] == expected
