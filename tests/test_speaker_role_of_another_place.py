"""A role qualified by a place ("said the Marren governor") is not the one
holder the text prints as another place's ("Tallow Governor Beth Wanjo"),
least of all in a quotation that speaks of her; a holder printed with that
place, or with no place, still is. Every sentence here is written for the
test."""

import pytest

from . import textutil

LEAD = "Governors from across the region met in the capital on Friday for two days of talks on roads."
QUOTE = "“Although Tallow Governor Beth Wanjo was cleared by the Senate, the harm is done,”"


@pytest.mark.parametrize(
    "before, cue, expected",
    [
        ("The motions against governors were read out in the assembly on Thursday.", "said the Marren governor.", None),
        # the guards: the holder of that place's office, and a holder printed with no place
        ("Marren Governor Ivo Dent spoke first in the assembly on Thursday.", "said the Marren governor.", "Ivo Dent"),
        ("Governor Ivo Dent spoke first in the assembly on Thursday.", "said the Marren governor.", "Ivo Dent"),
    ],
)
def test_a_role_of_one_place_is_not_another_places_holder(before, cue, expected):
    assert textutil.speaker_of([LEAD, before, f"{QUOTE} {cue}"], "Although Tallow Governor") == expected
