"""An unnamed spokesperson for a body the words name speaks for that body
in two more places: closing a sentence after a comma that ends other words
("... “follows the lead” of the top court, a Tallowtel spokesperson told
the paper"), and after an opening phrase that ends in a name ("In a
statement given to Tallow News, a spokesperson for Brixco said"), which is
a preposition's object, not the name the description sets off. Every
sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "Consumer groups say the new payment plan misleads users of the Tallowtel network and of the Brixco shop."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Paying instead of seeing ads is common and “follows the lead” of the top court, a Tallowtel spokesperson told Tallow News.", "Tallowtel"),
        ("Paying instead of seeing ads is common and “follows the lead” of the top court, a spokesperson for Tallowtel told Tallow News.", "Tallowtel"),
        ("Paying instead of seeing ads is common and “follows the lead” of the High Court of Tallow and Dunmore, a Tallowtel spokesperson said.", "Tallowtel"),
        # as before: a person named there speaks; someone unnamed for no body is nobody's
        ("Paying instead of seeing ads is common and “follows the lead” of the top court, Ana Roe told Tallow News.", "Ana Roe"),
        ("Paying instead of seeing ads is common and “follows the lead” of the top court, a senior official told Tallow News.", None),
    ],
)
def test_a_closing_spokesperson_for_a_body(sentence, expected):
    assert [speaker for _, speaker in textutil.speakers_of([LEAD, sentence])] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("In a statement given to Tallow News, a spokesperson for Brixco said: “We will appeal the ruling.”", "Brixco"),
        ("Speaking to the Tallow Herald, a spokesperson for Brixco said: “We will appeal the ruling.”", "Brixco"),
        # as before: a name set off before the description is the one it describes
        ("Ana Marie Roe, a spokesperson for Brixco, said: “We will appeal the ruling.”", "Ana Marie Roe"),
        ("On Monday, a spokesperson for Brixco said: “We will appeal the ruling.”", "Brixco"),
    ],
)
def test_a_spokesperson_after_an_opening_phrase_ending_in_a_name(sentence, expected):
    assert [speaker for _, speaker in textutil.speakers_of([LEAD, sentence])] == [expected]
