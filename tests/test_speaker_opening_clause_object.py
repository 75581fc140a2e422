"""A name that is the object of a verb in a clause opening the sentence
("After greeting Harbour Minister Ivo Vale at Tallow, Mr. Marsh urged ...")
is not the subject: the name after the comma speaks. Every sentence here
is written for the test."""

import pytest

from . import textutil

LEAD = "Mr. Ben Marsh spoke first at the port on Monday."


@pytest.mark.parametrize(
    "opening",
    [
        "After greeting Harbour Minister Ivo Vale at Tallow,",
        "Having met Ivo Vale at Tallow,",
        "Before seeing Ivo Vale of the port board in Tallow,",
    ],
)
def test_the_subject_after_an_opening_clause_speaks(opening):
    found = textutil.speakers_of([LEAD, f"{opening} Mr. Marsh urged rivals to stop “peddling idle gossip” about the docks."])
    assert [s for _, s in found] == ["Ben Marsh"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the guards: a name before "of" and its place, after a title or "when", still speaks
        ("The mood was clear on Monday when House Speaker Ivo D. Vale of Tallow lamented the “sad” state of the race.", "Ivo D. Vale"),
        ("Party leader Ivo Vale of Tallow said the plan was “a disgrace”.", "Ivo Vale"),
    ],
)
def test_a_name_before_its_place_still_speaks(sentence, expected):
    assert [s for _, s in textutil.speakers_of([LEAD, sentence])] == [expected]
