"""A ward's or a body's name joined by "and", then a role and a person's
name, opens the sentence: "Orrin and Vale Moor councillor Dov
Pallant-Hayes ... called the closure “madness”" is the councillor's, not
"Orrin"'s. Two people joined by "and" stay as they were. Every sentence
here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Orrin and Vale Moor councillor Dov Pallant-Hayes is upset about it and called the closure “madness”.", "Dov Pallant-Hayes"),
        (
            "Omar and Leah Fyfe Legacy Foundation Chairperson Ilse Varga also spoke at the dinner, adding,"
            " “We will keep his workshop open.”",
            "Ilse Varga",
        ),
        # guards: two people joined by "and" (the last named speaks, as before), and a ward with no role after it
        ("Ada Sloan and Tom Vale called the closure “madness”.", "Tom Vale"),
        ("Orrin and Dov Pallant called the closure “madness”.", "Dov Pallant"),
    ],
)
def test_a_role_after_a_name_joined_by_and(sentence, expected):
    found = speakers_of(["The diner on Quay Street will close next month after forty years of trade.", sentence])
    assert [speaker for _, speaker in found] == [expected]
