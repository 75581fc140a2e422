"""A verb of saying in an infinitive ("took to the radio to call him
“...”", "used a speech to accuse them of “...”") gives its quotation to the
subject of the clause the infinitive completes. Not when the one before
the "to" is asked to speak ("urged Wren to call it"), when the saying is
refused ("chose not to respond"), or when a verb of saying follows the
infinitive ("continued to question it, saying"): that verb speaks. Every
sentence here is written for the test."""

import pytest

from . import textutil

OPENING = "Mara Quell and Tobias Wren are standing for mayor of Tallow."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Mara Quell took to social media overnight to accuse the Wren campaign of being “rattled”.", "Mara Quell"),
        ("The campaign denied it, with Mara Quell taking to the radio to call Wren “a fantasist”.", "Mara Quell"),
        ("Mara Quell used a speech in Fernhill to accuse Wren of “cowardice”.", "Mara Quell"),
        ("Quell rose in the chamber to describe the toll as “daylight robbery”.", "Mara Quell"),
        # the guards: someone asked to speak, a refusal, a verb of saying after the infinitive
        ("Mara Quell expects Tobias Wren to call it “a fiasco”.", None),
        ("Mara Quell chose not to respond to the charge of a “cover-up”.", None),
        ("In an interview, Wren continued to question Quell’s judgement, saying the Fernhill mayor could not “balance a budget”.", "Tobias Wren"),
    ],
)
def test_an_infinitive_of_saying_speaks_for_the_subject(sentence, expected):
    found = textutil.speakers_of([OPENING, sentence])
    assert textutil.last_speaker(found) == expected
