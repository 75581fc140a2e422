"""A place after a source and before its verb ("The Harbour Trust in
Marren said") says where the source is; the source speaks, a body or a
person, with its initials in brackets or not. Sources that name no one
("Officials in Marren said") stay unnamed. Every sentence here is
written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Harbour Trust in Marren said 1,200 people “lost their homes twice over” after the storm.", "Harbour Trust"),
        ("Ana Roe of the Harbour Trust in Marren said: “People lost their homes twice over in the storm.”", "Ana Roe"),
        ("The Harbour Agency (HAG) in East Marren said 1,200 people “lost their homes twice over” after the storm.", "Harbour Agency"),
        # guards: a person in a place, and officials nobody names
        ("Ana Roe in Marren said: “People lost their homes twice over in the storm.”", "Ana Roe"),
        ("Officials in Marren said: “People lost their homes twice over in the storm.”", None),
    ],
)
def test_a_source_in_a_place_speaks(sentence, expected):
    assert speakers_of([sentence])[-1][1] == expected
