"""A word that opens many surnames as a particle ("da", "das", "le",
"van") is the surname itself when it ends a name: "Das said" after "Ravi
Das" is him, and so is "Le said" after "Minh Le"; "van der Berg" still
keys on "Berg". After a title ("Judge Das said", "Mr Das said") it is a
surname too, and a plural of a role's initials ("MPs") still names no
one. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "full, later, expected",
    [
        ("Ravi Das", "Das", "Ravi Das"),
        ("Minh Le", "Le", "Minh Le"),
        ("Wei Du", "Du", "Wei Du"),
        # guards: a particle inside the surname, and a plain surname
        ("Jan van der Berg", "Van der Berg", "Jan van der Berg"),
        ("Ravi Dassan", "Dassan", "Ravi Dassan"),
    ],
)
def test_a_particle_that_ends_a_name_is_the_surname(full, later, expected):
    found = speakers_of(
        [
            f"Outgoing governor {full} said on Tuesday that lending had slowed across the region.",
            f"“Prices are easing, if slowly,” {later} said.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


LEAD = "Judge Anirban Das heard the case against the two men over three weeks in the city."
QUOTE = "“This is not the rarest of cases at all, in my view,”"


@pytest.mark.parametrize(
    "cue, expected",
    [
        ("Judge Das said.", "Anirban Das"),
        ("Mr Das said.", "Anirban Das"),
        ("said Justice Das.", "Anirban Das"),
        ("Das said.", "Anirban Das"),
        # the guard: initials' plural
        ("MPs said.", None),
    ],
)
def test_a_particle_after_a_title_is_the_surname(cue, expected):
    assert textutil.speaker_of([LEAD, f"{QUOTE} {cue}"], "This is not the rarest") == expected
