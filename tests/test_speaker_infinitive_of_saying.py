"""A verb of saying in an infinitive ("took to the radio to call him
“...”", "used a speech to accuse them of “...”") gives its quotation to the
subject of the clause the infinitive completes. Not when the one before
the "to" is asked to speak ("urged Wren to call it"), when the saying is
refused ("chose not to respond"), when the subject is no person ("It’s
been common ... to portray"), when the infinitive completes a noun
("the mayor's refusal to call") or is no verb ("from state to state"), or
when a verb of saying follows the infinitive ("continued to question it,
saying"): that verb speaks. Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil

OPENING = "Mara Quell and Tobias Wren are standing for mayor of Tallow."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Mara Quell took to social media overnight to accuse the Wren campaign of being “rattled”.", "Mara Quell"),
        ("The campaign denied it, with Mara Quell taking to the radio to call Wren “a fantasist”.", "Mara Quell"),
        ("Mara Quell used a speech in Fernhill to accuse Wren of “cowardice”.", "Mara Quell"),
        ("Quell rose in the chamber to describe the toll as “daylight robbery”.", "Mara Quell"),
        # a possessor's description before the name: the name is the subject
        ("Tallow’s first female mayoral candidate Mara Quell took to social media to accuse Wren of “cowardice”.", "Mara Quell"),
        ("Fernhill’s only Green councillor Tobias Wren went on the radio to call the plan “a fantasy”.", "Tobias Wren"),
        # the guards: someone asked to speak, a refusal, a verb of saying after the infinitive
        ("Mara Quell expects Tobias Wren to call it “a fiasco”.", None),
        ("It’s been common for reporters to portray the Quell campaign as a “movement”.", "scare"),
        ("Wren ignored the mayor’s refusal to call the plan “a failure”.", None),
        ("Quell travelled from state to state for “listening sessions” all summer.", "scare"),
        ("Mara Quell chose not to respond to the charge of a “cover-up”.", None),
        ("In an interview, Wren continued to question Quell’s judgement, saying the Fernhill mayor could not “balance a budget”.", "Tobias Wren"),
    ],
)
def test_an_infinitive_of_saying_speaks_for_the_subject(sentence, expected):
    # every quotation, of any kind: a phrase nobody speaks stays a scare quote
    found = quotes_of(textutil.make_seg([OPENING, sentence], "A headline", False))
    assert found and (found[-1].speaker if found[-1].kind == "quote" else found[-1].kind) == expected
