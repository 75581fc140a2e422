"""An unnamed spokesperson's body when a comma stands before the verb: "A
spokesperson from the X, said:" speaks for X, and "the spokesperson said"
later goes on with X. Every sentence here is written for the test."""

import pytest

from . import textutil

FIRST = "“On arrival crews found smoke coming from the roof of the barn.”"
LATER = "“The cause was accidental and nobody was hurt.”"


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("A spokesperson from the Northshire Fire and Rescue Service, said:", "Northshire Fire and Rescue Service"),
        # as before: no comma
        ("A spokesperson from the Northshire Fire and Rescue Service said:", "Northshire Fire and Rescue Service"),
    ],
)
def test_the_spokesperson_goes_on_after_a_comma(opening, expected):
    paragraphs = ["Crews were called to a farm near Dunmore on Monday.", opening + " " + FIRST, "The spokesperson said: " + LATER]
    assert [speaker for _, speaker in textutil.speakers_of(paragraphs)] == [expected, expected]
