"""A venue, a pub, a café, a theatre or a museum speaks as a business
does, and is often printed with its article after its kind ("music venue
the Velvet Anchor", "Fernhill pub the Marion Pike"): "the venue said"
then means that name. A wrong speaker is worse than none, so the table
also holds a kind that names no venue. Every sentence here is written for
the test."""

import pytest

from . import textutil

speaker_of = textutil.speaker_of


@pytest.mark.parametrize(
    "opening, cue, expected",
    [
        ("Tallow music venue the Velvet Anchor", "The venue said", "Velvet Anchor"),
        ("Fernhill pub the Marion Pike", "The pub said", "Marion Pike"),
        ("Tallow theatre the Old Lantern", "The theatre said", "Old Lantern"),
        # the guards: the kind straight before the name, and a band, which is no venue
        ("Tallow music venue Velvet Anchor", "The venue said", "Velvet Anchor"),
        ("Tallow band the Velvet Anchor", "The venue said", None),
    ],
)
def test_a_venue_named_after_its_kind_speaks(opening, cue, expected):
    paragraphs = [f"{opening} has announced its closure after ten years.", f"{cue} it had “tried every possible way” to stay open."]
    assert speaker_of(paragraphs, "tried every") == expected
