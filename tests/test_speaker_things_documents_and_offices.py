"""Three ways a sentence named its speaker that were missed: a thing as
the subject of a clause that someone's statement reports ("X said in a
newsletter that the sales underlined “...”" is X's); a forecast as a
document that speaks for whoever issued it ("the TWO forecast said"); and "the Head of State" printed in capitals, which is
the president the article named, as in lower case. Every sentence here
is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Car Council said in its newsletter that the strong sales underlined “the case for keeping rebates”.", "Car Council"),
        ("The Car Council said on Monday that the figures showed “a market that has turned”.", "Car Council"),
        # guards: a person, or a document, as the clause's subject speaks as before
        ("The Car Council said in its newsletter that the minister underlined “the case for keeping rebates”.", None),
        ("The Car Council said in its newsletter that the report underlined “the case for keeping rebates”.", None),
    ],
)
def test_a_thing_in_a_reported_clause_does_not_speak(sentence, expected):
    assert [speaker for _, speaker in speakers_of([sentence])] == [expected]


@pytest.mark.parametrize(
    "second, expected",
    [
        ("“Severe heat will settle over the plains,” the TWO forecast said.", "Tallow Weather Office"),
        ("“Move stock to shade by noon,” the TWO’s forecast said.", "Tallow Weather Office"),
        # guard: a forecast nobody issued in the article
        ("“Severe heat will settle over the plains,” a private forecast said.", None),
    ],
)
def test_a_forecast_speaks_for_its_issuer(second, expected):
    found = speakers_of(["The Tallow Weather Office (TWO) has issued a red alert for the north.", second])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "attribution, expected",
    [
        ("the Head of State said", "Ivo Brandt"),
        ("the head of state said", "Ivo Brandt"),
        # guard: an office nobody in the article holds
        ("the Head of Government said", None),
    ],
)
def test_the_head_of_state_in_capitals(attribution, expected):
    found = speakers_of([
        "The tax drive got a boost from President Ivo Brandt, who spoke on it for the first time.",
        f"Speaking at a school prize day, {attribution}: “We will keep going until every cheat pays.”",
    ])
    assert [speaker for _, speaker in found] == [expected]
