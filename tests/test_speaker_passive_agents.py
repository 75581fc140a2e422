"""The agent of a verb in the passive after "by" speaks: someone told or
warned something ("The crews have been told “...” by Ports Minister Ana
Roe"), and an agent after roles in lower case ("an outcome branded “...”
by local MP Ivo Marsh"). "By critics" names no one. Every sentence here
is written for the test."""

import pytest

from . import textutil

LEAD = "The ferry crews walked out at dawn on Monday."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The crews have been told “your walkout will achieve nothing” by Ports Minister Ana Roe.", "Ana Roe"),
        ("The union was warned “the talks are over for good” by the ferry chief, Ivo Marsh.", "Ivo Marsh"),
        ("Crews were assured “no jobs will go this winter” by Ana Roe on Tuesday.", "Ana Roe"),
        # the guard: "by" and a plural with no name is nobody
        ("Crews were told “to stay at home until Friday” by organisers.", None),
    ],
)
def test_the_one_who_told_speaks(sentence, expected):
    assert [s for _, s in textutil.speakers_of([LEAD, sentence])] == [expected]


RESULTS = "The smaller parties also made gains on the night."


@pytest.mark.parametrize(
    "agent, expected",
    [
        ("local MP Ivo Marsh", "Ivo Marsh"),
        ("harbour minister and local MP Ivo Marsh", "Ivo Marsh"),
        ("the party chair, Ivo Marsh", "Ivo Marsh"),
        # the guards: people or a place, no name
        ("critics", None),
        ("many in Marren", None),
        ("residents of Marren", None),
    ],
)
def test_the_named_agent_after_its_roles_speaks(agent, expected):
    found = textutil.speakers_of([RESULTS, f"Labour took Tallow, an outcome branded “dismal” by {agent}, then took Marren as well."])
    assert [s for _, s in found] == [expected]
