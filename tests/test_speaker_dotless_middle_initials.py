"""Middle initials printed without full stops ("Colin JB Marsh", "Ana RT
Wenlow") are part of the person's name, and the initials with the surname
("JB Marsh") go back to that person, never to a body named by initials
("NHS England"). Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.speakers.names import clean_name

from . import textutil


@pytest.mark.parametrize(
    "printed, expected",
    [
        ("Colin JB Marsh", "Colin JB Marsh"),
        ("Minister Ana RT Wenlow", "Ana RT Wenlow"),
        ("JB Marsh", "JB Marsh"),
        # the guards: a body's or an office's initials before a surname are no middle initials
        ("Colin UK Marsh", "Marsh"),
        ("Colin MP Marsh", "Marsh"),
    ],
)
def test_middle_initials_without_stops_stay_in_the_name(printed, expected):
    assert clean_name(printed) == expected


LEAD = "The group chose a new leader on Monday after a vote that ran late into the evening."


@pytest.mark.parametrize(
    "later, expected",
    [
        ("“It is a great honour to lead the group again,” JB Marsh said.", "Colin JB Marsh"),
        ("“It is a great honour to lead the group again,” said JB Marsh.", "Colin JB Marsh"),
        ("“It is a great honour to lead the group again,” Marsh said.", "Colin JB Marsh"),
    ],
)
def test_initials_and_surname_go_back_to_the_full_name(later, expected):
    paragraphs = [LEAD, "Colin JB Marsh has been named leader of the group for the second time.", later]
    assert textutil.speaker_of(paragraphs, "It is a great honour") == expected


def test_initials_before_a_word_no_one_bears_still_name_a_body():
    paragraphs = [
        LEAD,
        "Colin JB Marsh has been named leader of the group for the second time.",
        "“Waiting lists will be cut by the spring,” NHS Tallow said in a statement.",
    ]
    assert textutil.speaker_of(paragraphs, "Waiting lists") == "NHS Tallow"
