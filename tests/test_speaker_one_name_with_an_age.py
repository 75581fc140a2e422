"""One name alone that opens its sentence with an age set off after it
("Pailon, 27, said", "Pailon, a 27-year-old who ..., said") is a person,
whom a later pronoun goes on with: many people in the news are known by
one name. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            ["Families climbed down from a truck at the school.",
             "Pailon, a 27-year-old who had walked down from the ridge with her sons, said she left because the ground kept shaking.",
             "“The hill was rumbling and dropping grit,” she said."],
            "Pailon",
        ),
        (
            ["Families climbed down from a truck at the school.",
             "Suwarto, 41, said he had left his goats behind.",
             "“We will go back for them when the ash stops,” he said."],
            "Suwarto",
        ),
        # guards: no age set off after the name, and a number that is no age
        (
            ["Families climbed down from a truck at the school.",
             "However, 27 people said they had stayed.",
             "“The hill was rumbling and dropping grit,” she said."],
            None,
        ),
    ],
)
def test_one_name_with_an_age_is_a_person(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)] == [expected]
