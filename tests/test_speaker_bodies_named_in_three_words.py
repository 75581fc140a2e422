"""A body named short ("Harlow said") is known by the one longer name the
page prints for it, also when that name has two words more and only the
last is a body's word ("Harlow Rowing Club"); a body's word in the middle
makes another body ("Harlow University Hospital"). Every name here is
invented."""

import pytest

from . import textutil

QUOTE = "“We will appeal against the ruling,” Harlow said."


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("Harlow Rowing Club was fined by the league on Monday.", "Harlow Rowing Club"),
        ("The league fined Harlow Football Club on Monday.", "Harlow Football Club"),
        # guards: a body's word in the middle; two longer names
        ("Harlow University Hospital was fined by the regulator on Monday.", "Harlow"),
        ("Harlow Rowing Club and Harlow Cricket Club were fined on Monday.", "Harlow"),
    ],
)
def test_a_short_name_takes_the_one_longer_name_printed(lead, expected):
    assert [speaker for _, speaker in textutil.speakers_of([lead, QUOTE])][-1] == expected
