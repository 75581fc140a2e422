"""A name printed as an English given name, the family name, then a
romanised given name in two hyphenated syllables ("Tom Lau Ka-chun") has
its family name in the middle: "Lau" and "Tom Lau" are the same person and
speak under the full name the page prints. Another given name with the same
family name ("Mary Lau Wai-ling") is another person. Every sentence here is
written for the test."""

import pytest

from datasette_factcheck.extract.speakers.identity import name_parts, same_person

from . import textutil


def test_the_family_name_speaks_under_the_full_name():
    paragraphs = [
        "Tom Lau urged lawmakers on Thursday to speak for the public.",
        "Chief Executive Tom Lau Ka-chun, the first leader to speak at the ceremony, called on lawmakers to advise the government.",
        "“You should act as representatives of the public,” Lau said.",
    ]
    assert [speaker for _, speaker in textutil.speakers_of(paragraphs)] == ["Tom Lau Ka-chun"]


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("Tom Lau", "Tom Lau Ka-chun", True),
        ("Lau", "Tom Lau Ka-chun", True),
        # guard: another given name
        ("Mary Lau Wai-ling", "Tom Lau Ka-chun", False),
    ],
)
def test_the_family_name_is_the_middle_word(a, b, expected):
    assert same_person(a, b) is expected


def test_name_parts_leave_the_romanised_given_name_out():
    # guard: a family name, then a given name of two syllables, keeps both
    assert name_parts("Tom Lau Ka-chun") == ["Tom", "Lau"]
    assert name_parts("Kim Jong-un") == ["Kim", "Jong-un"]
