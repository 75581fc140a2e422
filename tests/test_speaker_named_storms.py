"""A storm's name ("Hurricane Ivo", "Tropical Storm Ana", "Storm
Kathleen") is weather, not a person a later "he" or "she" can mean; a
person whose given name is Storm, printed with a surname, stays a person.
Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

LATER = "“We have lost ten metres of dune,” {} said."


@pytest.mark.parametrize(
    "first, pronoun, expected",
    [
        ("Storm Kathleen battered the Tallow coast on Saturday.", "he", None),
        ("Hurricane Ivo battered the Tallow coast on Saturday.", "he", None),
        ("Tropical Storm Ana battered the Tallow coast on Saturday.", "she", None),
        ("Typhoon Mara battered the Tallow coast, and warden Ana Roe walked the dunes.", "she", "Ana Roe"),
        # guards: a person called Storm; a person named after a storm passed
        ("Rower Storm Uru finished second at Tallow.", "he", "Storm Uru"),
        ("After Storm Kathleen, warden Ivo Pell walked the dunes.", "he", "Ivo Pell"),
    ],
)
def test_a_storm_is_no_one_a_pronoun_means(first, pronoun, expected):
    assert [speaker for _, speaker in speakers_of([first, LATER.format(pronoun)])] == [expected]
