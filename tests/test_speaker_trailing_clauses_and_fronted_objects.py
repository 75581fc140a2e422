"""Two ways a sentence's shape tells whose words a quotation is.

A short quotation in a reported clause closed by an attribution that a
participle or a conjunction carries on ("He was a “loose cannon”, his
lawyer Jo Ames said, adding that ...") is the attribution's, even when
the clause that follows holds a quotation of its own.

A pronoun right after a participle clause that opens its sentence
("Citing wardens X and Y, she said") is that clause's subject: nobody the
clause names is its antecedent. Every sentence here is written for the
test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The driver was a “loose cannon” who had “snapped” at the clerk, his barrister Oriel Vanse said,"
            " adding that his client felt “sorry every single day”.",
            ["Oriel Vanse", "Oriel Vanse", "Oriel Vanse"],
        ),
        (
            "The toll was “a shambles”, Dov Pallant said, noting that it had “failed the valley”.",
            ["Dov Pallant", "Dov Pallant"],
        ),
        (
            "The toll was “a shambles”, Dov Pallant said, while Ada Sloan called it “a fair start”.",
            ["Dov Pallant", "Ada Sloan"],
        ),
        (
            "The toll was “a shambles”, Dov Pallant told the council, and urged members to “think again”.",
            ["Dov Pallant", "Dov Pallant"],
        ),
        # guards: no attribution closes the first clause, and no name in the attribution
        ("The toll was “a shambles” and Dov Pallant said it had “failed the valley”.", ["Dov Pallant"]),
        ("The toll was “a shambles”, a council aide said, adding that it had “failed the valley”.", [None, None]),
    ],
)
def test_an_attribution_before_a_clause_that_carries_on(sentence, expected):
    found = speakers_of(["The valley council met on Tuesday to vote on the new road toll.", sentence])
    assert [speaker for _, speaker in found] == expected


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("Citing wardens Ilse Brandt and Omar Fyfe, she said", "Ada Sloan"),
        ("Joined by Ilse Brandt, she said", "Ada Sloan"),
        ("Thanking Ilse Brandt for her help, she said", "Ada Sloan"),
        ("Asked about Ilse Brandt, she said", "Ada Sloan"),
        # guards: a clause that is no participle's, and no clause at all
        ("When Ilse Brandt arrived, she said", "Ilse Brandt"),
        ("Ilse Brandt nodded. She said", "Ilse Brandt"),
    ],
)
def test_a_pronoun_after_an_opening_participle_clause(opening, expected):
    found = speakers_of(
        [
            "Ada Sloan chairs the harbour board, and Ilse Brandt runs the ferry office.",
            f"{opening} the new rules were “a complete joke”.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "opening, expected",
    [
        # a possessor in the opening clause may be the one who speaks
        ("Speaking after Ilse Brandt's win, she said", "Ilse Brandt"),
        ("Speaking after Ilse Brandt’s win, she said", "Ilse Brandt"),
        # the clause's object never is
        ("Thanking Ilse Brandt, she said", None),
    ],
)
def test_a_possessor_in_an_opening_participle_clause(opening, expected):
    found = speakers_of(["Ilse Brandt runs the ferry office.", f"{opening} the new rules were “a complete joke”."])
    assert [speaker for _, speaker in found] == [expected]
