"""An honorific's letters in capitals before a name in lower case ("Plaid
MS Ivo ap Marsh", Member of the Senedd) are an office's initials, not
"Ms": they give the name no gender, and a later "he" may mean him.
Every sentence here is written for the test."""

import pytest

from . import textutil

OPENING = "The health minister spoke first on Tuesday."
QUOTE = "“Neither government has listened to the wards for years,” {pronoun} said."


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Harbour Party MS Ivo ap Marsh", "Ivo ap Marsh"),
        ("Harbour Party MS Ivo Marsh", "Ivo Marsh"),
    ],
)
def test_office_initials_give_no_gender(name, expected):
    found = textutil.speakers_of([OPENING, f"{name} argued that wages mattered most but that nurses had been let down.", QUOTE.format(pronoun="he")])
    assert [s for _, s in found] == [expected]


def test_the_honorific_still_gives_a_gender():
    # the guard: "Ms" as printed in running text is a woman's honorific
    found = textutil.speakers_of([OPENING, "Ms Ana Roe argued that wages mattered most but that nurses had been let down.", QUOTE.format(pronoun="she")])
    assert [s for _, s in found] == ["Ana Roe"]
