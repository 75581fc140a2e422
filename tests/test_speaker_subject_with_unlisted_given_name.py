"""A "he" or "she" right after a sentence whose subject is a full name
no given-name list knows ("Ogbonna Tafawa ships ...") goes on with that
person, not with someone of the pronoun's gender named further back,
when nobody else who might be meant is named in that paragraph or the
one before. A run that ends in a country is no such name. Every
sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

SHIPS = "ships containers of used books from abroad to feed the readers of Tallow."
QUOTE = "“Some people stay in my shop from morning to night,” {} said."


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["Ben Carrow spoke at the book fair last year.", f"Ogbonna Tafawa {SHIPS}", QUOTE.format("he")], "Ogbonna Tafawa"),
        (["Ana Roe opened the book fair last year.", f"Temiwa Odunsi {SHIPS}", QUOTE.format("she")], "Temiwa Odunsi"),
        # guards: no name ends in a country; someone else named close by
        (["Ben Carrow spoke at the book fair last year.", "Matters Ghana will raise at the fair include the price of paper.", QUOTE.format("he")], "Ben Carrow"),
        ([f"Ben Carrow spoke at the book fair last year. Ogbonna Tafawa {SHIPS}", QUOTE.format("he")], "Ben Carrow"),
    ],
)
def test_a_subject_whose_given_name_no_list_knows(paragraphs, expected):
    assert [speaker for _, speaker in speakers_of(paragraphs)] == [expected]
