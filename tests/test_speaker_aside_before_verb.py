"""A short remark cut off by its comma, then the name, an aside and the
verb ("“Well deserved,” Marsh, valued by a magazine at $4.5 billion, told reporters"):
the aside is no distance between the remark and its speaker, as a
relative clause is none. Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "The new mayor, Ana Roe, took office on Monday in Tallow."


@pytest.mark.parametrize(
    "aside",
    [
        "valued by a magazine at $4.5 billion",
        "a banker worth $4 billion by most counts",
        "who has known the mayor for thirty years",
    ],
)
def test_the_name_before_an_aside_speaks_a_short_remark(aside):
    found = textutil.speakers_of([LEAD, f"“Well deserved,” Marsh, {aside}, told reporters outside. “She has earned every vote.”"])
    assert [s for _, s in found] == ["Marsh", "Marsh"]


def test_a_remark_far_from_a_name_with_no_aside_stays_the_writers():
    # the guard: a phrase in marks deep inside the writer's sentence is no one's remark
    found = textutil.speakers_of([LEAD, "The term “fresh start” was used in nearly every speech at the ceremony, where Marsh, a banker, later said a few words."])
    assert [s for _, s in found] in ([], [None])
