"""Offices that Commonwealth pages print as initials ("MPP", "MNA",
"PCC", "DSP", "DCP") are titles: "the Tallow PCC said" and "the DSP said"
go on with the holder the article named, and none of them is taken for a
body. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

LATER = "“It is a fantasy,” {} said."


@pytest.mark.parametrize(
    "first, cue, expected",
    [
        ("Tallow PCC Ivo Pell is opposed to the plan.", "the Tallow PCC", "Ivo Pell"),
        ("Tallow MPP Ivo Pell is opposed to the plan.", "the MPP", "Ivo Pell"),
        ("Tallow DSP Arjun Mehra led the raid on the depot.", "the DSP", "Arjun Mehra"),
        ("Tallow DCP Arjun Mehra led the raid on the depot.", "the DCP", "Arjun Mehra"),
        # no body of that name; and a guard: initials long held as titles
        ("MNA Ivo Pell spoke in the house.", "the Tallow MNA", None),
        ("Tallow MP Ivo Pell is opposed to the plan.", "the Tallow MP", "Ivo Pell"),
    ],
)
def test_office_initials_go_on_with_the_holder(first, cue, expected):
    assert [speaker for _, speaker in speakers_of([first, LATER.format(cue)])] == [expected]
