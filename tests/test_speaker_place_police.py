"""A place's force printed with "police" in lower case ("cleared by Tallow
police") is a body, so a later "the police said" speaks for it, and so is
a council or a government printed so ("Tallow council"); a date or a
sentence's capitalised opening word before "police" names none. Every
sentence here is written for the test."""

import pytest

from . import textutil

LATER = "Later the police told reporters it had found “no case to answer” over the gathering."


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("Councillor Ivo Marsh has been cleared by Tallow police of breaking the curfew.", "Tallow police"),
        ("Officers from North Marren police interviewed Councillor Ivo Marsh in May.", "North Marren police"),
        ("The file was passed to Tallow police in March, and Councillor Ivo Marsh was interviewed.", "Tallow police"),
        # the guards: a weekday, a capitalised opening adjective and a title are no place
        ("Last Thursday police interviewed Councillor Ivo Marsh about the gathering.", None),
        ("Local police interviewed Councillor Ivo Marsh about the gathering.", None),
        ("The file was sent on by Deputy police chief Ana Roe, and Councillor Ivo Marsh was interviewed.", None),
    ],
)
def test_the_police_speak_for_the_place_force_named_before(opening, expected):
    assert textutil.speaker_of([opening, LATER], "no case to answer") == expected


@pytest.mark.parametrize(
    "opening, later, expected",
    [
        ("The levy was approved by Tallow council on Monday after a long debate.", "Later the council told reporters it was “the least bad of the options” on the table.", "Tallow council"),
        ("The levy was backed by Marren government on Monday after a long debate.", "Later the government told reporters it was “the least bad of the options” on the table.", "Marren government"),
        # the guard: a lower-case word that names no body after a place
        ("The levy was approved by Tallow voters on Monday after a long debate.", "Later the council told reporters it was “the least bad of the options” on the table.", None),
    ],
)
def test_other_bodies_a_place_names_in_lower_case_speak_too(opening, later, expected):
    assert textutil.speaker_of([opening, later], "the least bad") == expected
