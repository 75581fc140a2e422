"""Three ways a subject and its verb sit apart: a candidate "for" an
office printed in capitals before the name ("Labour candidate for Tallow
Mayor Ana Roe said": Roe runs, and speaks; "a spokesman for Mayor Ana
Roe" is still the spokesman); "shared" as a verb of saying, only with the
quotation for its object ("The 70-year-old shared: “...”", not "the
firms shared “a single owner”"); and an occasion with a possessive between a
name and its verb ("Sen. Ana Roe in her first address as majority leader
says"). Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of
from datasette_factcheck.extract.segment import segment


def _last_speaker(body: str) -> object:
    return quotes_of(segment("Harbour vote row\n\n" + body + "\n"))[-1].speaker


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Labour candidate for Tallow Mayor Ana Roe said she is “not sure” the ferries are ready.", "Ana Roe"),
        ("The Green nominee for Harbour Governor Ivo Marsh said the plan was “a mess”.", "Ivo Marsh"),
        # the guard: a spokesman "for" someone speaks for them, unnamed
        ("A spokesman for Mayor Ana Roe said she is “not sure” the ferries are ready.", None),
    ],
)
def test_a_candidate_for_an_office_is_the_one_named(sentence, expected):
    assert _last_speaker(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("PHP chairman Dr Lim Boon Keat spoke at the port. The 70-year-old shared: “We will keep asking.”", "Lim Boon Keat"),
        ("Ana Roe spoke at the port. Ivo Marsh shared, “We will keep asking.”", "Ivo Marsh"),
        # the guard: what two things share is no speech, the sentence's speaker keeps the words
        ("Ana Roe said the two ferry firms shared “a single owner” for years.", "Ana Roe"),
    ],
)
def test_shared_says_with_the_quotation_as_its_object(sentence, expected):
    assert _last_speaker(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Sen. Ana Roe in her first prepared speech as floor leader says “keeping” the rule will be a priority.", "Ana Roe"),
        ("Sen. Ana Roe in her first address says “keeping” the rule will be a priority.", "Ana Roe"),
    ],
)
def test_an_occasion_between_a_name_and_its_verb_is_read_past(sentence, expected):
    assert _last_speaker(sentence) == expected
