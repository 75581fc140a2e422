"""A short quotation cut off by its comma right before "according to" and
a person's given name and surname ("were “in good shape,” according to
county director Rolf Brand") is that person's utterance, as before "said
Rolf Brand"; before a paper or an agency ("according to the Gazette") it
stays the writer's phrase, which a paper seldom coins. Every sentence here
is written for the test."""

import pytest

from . import textutil

LEAD = "Five walkers were stranded by the flood on the moor road on Sunday."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The walkers were “in good shape,” according to Rolf Brand.", [("in good shape,", "Rolf Brand")]),
        ("The walkers were “in good shape,” according to county emergency director Rolf Brand.", [("in good shape,", "Rolf Brand")]),
        ("The walkers were “in good shape,” according to the Dunmore County Emergency Agency director Rolf Brand.", [("in good shape,", "Rolf Brand")]),
        # guards: a paper, an agency, a body named for a person relay the phrase
        ("The walkers were “in good shape,” according to the Gazette.", []),
        ("The walkers were “in good shape,” according to Reuters.", []),
        ("The walkers were “in good shape,” according to the Rolf Brand Foundation.", []),
    ],
)
def test_a_short_phrase_before_according_to_a_person(sentence, expected):
    assert textutil.speakers_of([LEAD, sentence]) == expected
