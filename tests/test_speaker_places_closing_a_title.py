"""A title's places or portfolio joined by "and" ("area manager for
Fernhill and Tallowshire Ben Lowe", "Minister for Trade and the Pacific
Ben Lowe") end before the given name that opens the holder's name; and a
plural for those in charge ("Authorities said") is nobody's name. A
wrong speaker is worse than none, so the table also holds descriptions
that name no one. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("Area manager for Fernhill and Tallowshire Ben Lowe", "Ben Lowe"),
        ("Minister for Trade and the Pacific Ben Lowe", "Ben Lowe"),
        ("Authorities", None),
        # the guards: the name set off by commas, a description with a
        # place and a party, and a plural the text names no one by
        ("The manager for Fernhill and Tallowshire, Ben Lowe,", "Ben Lowe"),
        ("A South Tallowshire Democrat", None),
        ("Officials", None),
    ],
)
def test_a_titles_places_end_before_the_name(subject, expected):
    found = speakers_of(["The storm hit the coast on Monday.", f"{subject} said: “Works will include repairs to the old wharf before the winter.”", "“We will be done by May,” Lowe added."])
    assert found[0] == ("Works will include repairs to the old wharf before the winter.", expected)
