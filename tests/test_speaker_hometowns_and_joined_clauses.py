"""Four joints that sent "he said" to the wrong person: a capitalised role
opening a sentence before a name of three words ("Trader Tam Kwai Lun");
a hometown after "from" between a person and the verb ("X from Puchen
said he ..."), which is no one; a role like "businessman" or
"fisherwoman", which gives the person a gender; and a name that opens a
clause after ", and" ("..., and Kenner felt ..."), which is that clause's
subject. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Trader Tam Kwai Lun from Puchen said he had to sleep at a hotel.", "Tam Kwai Lun"),
        ("Businessman Tam Kwai Lun said he had to sleep at a hotel.", "Tam Kwai Lun"),
        ("Fisherman Oru Benak from Puchen said he had to sleep at a hotel.", "Oru Benak"),
        # guards: no place and a given name the list knows; an unnamed trader from a place
        ("Trader Oru Benak said he had to sleep at a hotel.", "Oru Benak"),
        ("A trader from Puchen said he had to sleep at a hotel.", None),
    ],
)
def test_a_resident_named_before_a_pronoun(sentence, expected):
    found = speakers_of([
        "Harbour Water chief Ivo Brandt told a briefing the supply to 30,000 homes was cut.",
        sentence,
        "“The cut is unbearable and costly,” he told reporters.",
    ])
    assert [speaker for _, speaker in found][-1] == expected


@pytest.mark.parametrize(
    "middle, expected",
    [
        ("A late Shane Dorsey header earned Tallow a draw, and Kenner felt the result was fair.", "Ivo Kenner"),
        ("Dorsey scored late on Thursday, and Kenner said the result was fair.", "Ivo Kenner"),
        # guards: the name opening a sentence of its own; a man named after a woman
        ("A late Shane Dorsey header earned Tallow a draw. Kenner felt the result was fair.", "Ivo Kenner"),
        ("A late Ana Dorsey header earned Tallow a draw, and Kenner felt the result was fair.", "Ivo Kenner"),
    ],
)
def test_a_name_opening_a_joined_clause_is_its_subject(middle, expected):
    found = speakers_of([
        "Tallow coach Ivo Kenner praised his young side on Friday.",
        middle,
        "“We held the ball for long spells,” he told reporters.",
    ])
    assert [speaker for _, speaker in found][-1] == expected
