"""A medium between the subject and its verb ("Ivo Marsh in a tweet argued
the party needs a “...”") is looked past: the name (or the role) before it
speaks. Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "The row in the party deepened on Monday."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ivo Marsh in a tweet argued the party now needs a “fresh leader” after a “long weary wait” of four years.", "Ivo Marsh"),
        ("Roe’s chief aide and former police officer Ivo Marsh in a statement said it is the moment for a “fresh leader”.", "Ivo Marsh"),
        ("Ivo Marsh in a radio interview said the party needed a “fresh leader”.", "Ivo Marsh"),
        # the guard: a place after "in" as before
        ("The Harbour Trust in Marren said the party needed a “fresh leader” soon.", "Harbour Trust"),
    ],
)
def test_the_name_before_a_medium_speaks(sentence, expected):
    found = textutil.speakers_of([LEAD, sentence])
    assert {s for _, s in found} == {expected}


def test_a_description_before_a_medium_is_the_cue():
    from datasette_factcheck.extract.article import quotes_of

    seg = textutil.make_seg([LEAD, "The party’s chief whip in a radio interview said it is the moment for a “fresh leader”."], "A headline", False)
    assert [q.speaker_as_printed for q in quotes_of(seg) if q.kind == "quote"] == ["The party’s chief whip"]
