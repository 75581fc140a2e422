"""Capitalised words that open with a country's or a region's name and end
in a plural role ("Jordan Freight Engineers", the first words of "Jordan Freight
Engineers, Drivers and Guards Union") name a body's members, never one
person, even where the country's name is also a given name: a later "he"
goes back to the person the sentence names. Names that end in a plural
form after a given name ("Georgia Mae Walters") stay names. Every sentence
here is written for the test."""

import pytest

from datasette_factcheck.extract.speakers.names import clean_name

from . import textutil


def test_he_is_the_union_officer_not_the_union_s_first_words():
    paragraphs = [
        "Jordan Freight Engineers, Drivers and Guards Union general secretary Kwabo Atieli said members were worried about the new rosters.",
        "“These rosters leave our crews exhausted before the week is out,” he said.",
    ]
    assert textutil.speakers_of(paragraphs) == [("These rosters leave our crews exhausted before the week is out,", "Kwabo Atieli")]


@pytest.mark.parametrize(
    "printed, expected",
    [
        ("Jordan Freight Engineers", None),
        ("Chad Cargo Porters", None),
        # guards: a given name before the last word, two words only, no place first
        ("Georgia Mae Walters", "Georgia Mae Walters"),
        ("Jordan Peters", "Jordan Peters"),
        ("Cathy Lund Rodgers", "Cathy Lund Rodgers"),
    ],
)
def test_a_country_s_holders_of_a_role_are_no_person(printed, expected):
    assert clean_name(printed) == expected
