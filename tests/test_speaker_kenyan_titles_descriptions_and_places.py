"""Titles, descriptions and places printed around names: "CS" (a Kenyan
cabinet secretary) is a title before a name, never its initials ("Health
CS Otieno Wekesa"); a description from the known list capitalised to open
a sentence is no part of the name ("Superstar Kavir Dorran Vine"); and a
name set off with a place's description ("Tallow Orrim, the state
capital,") is a place, never the person a later "he" means, while a
person described by a job in a place ("a city councillor") stays one. A
wrong speaker is worse than none, so each table also holds sentences
where the speaker stays as it was. Every sentence here is written for
the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "attribution, expected",
    [
        ("said Health CS Otieno Wekesa", "Otieno Wekesa"),
        ("CS Otieno Wekesa said", "Otieno Wekesa"),
        # the guards: initials without full stops, and a title the list knew before
        ("said KK Wekesa", "KK Wekesa"),
        ("said Health Minister Otieno Wekesa", "Otieno Wekesa"),
    ],
)
def test_cs_is_a_title(attribution, expected):
    found = speakers_of(["Nine people have died in the outbreak, the ministry said.", f"“The teams are working day and night,” {attribution}."])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("Superstar Kavir Dorran Vine", "Kavir Dorran Vine"),
        ("Veteran Kavir Dorran Vine", "Kavir Dorran Vine"),
        # the guards: a given name after the description, and an occupation read before
        ("Superstar Ana Vine", "Ana Vine"),
        ("Chef Kavir Dorran Vine", "Kavir Dorran Vine"),
    ],
)
def test_a_listed_description_opening_a_sentence(subject, expected):
    found = speakers_of(["The film opens next month.", f"{subject}, who stars in it, says the shoot “took forty-nine days in all”."])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "middle, expected",
    [
        ("Addressing the outgoing chairperson at the Government House, Tallow Orrim, the state capital, he thanked them.", "Ben Lowe"),
        ("Addressing the outgoing chairperson at the Government House, Tallow Orrim, a market town, he thanked them.", "Ben Lowe"),
        # the guards: a person with a job in a place, set off the same way
        ("The outgoing chairperson, Tom Reed, a city councillor, thanked them.", "Tom Reed"),
        ("The outgoing chairperson, Tom Reed, the state treasurer, thanked them.", "Tom Reed"),
    ],
)
def test_a_name_set_off_as_a_place_is_no_person(middle, expected):
    found = speakers_of(
        [
            "Governor Ben Lowe of Halden State has dissolved the councils.",
            middle,
            "“We did not intend to send anybody away,” he said.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]
