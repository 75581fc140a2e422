"""Three shapes of attribution: an age before lower-case descriptors and a
name after the verb ("said 30-year-old dairy worker Lina Ostrova"); a
pronoun opening a clause after "after" or "before", which is that
clause's subject, not a noun inside a description ("Ana Roe resigned
after she told members ..."); and "Sec." as a secretary's title. Every
sentence here is written for the test."""

import pytest

from . import textutil

QUOTE = "“The lanes are a disgrace, and the council must mend them before winter,”"


@pytest.mark.parametrize(
    "attribution, expected",
    [
        ("said 30-year-old dairy worker Lina Ostrova.", "Lina Ostrova"),
        ("said 30-year-old farmer Lina Ostrova.", "Lina Ostrova"),
        ("said Transport Sec. Lina Ostrova.", "Lina Ostrova"),
        # the guards: an age alone before the name, and descriptors with no name
        ("said 30-year-old Lina Ostrova.", "Lina Ostrova"),
        ("said 30-year-old farmer.", None),
    ],
)
def test_descriptors_after_an_age(attribution, expected):
    paragraphs = ["Polls opened at seven across the valley, and the queues formed early.", f"{QUOTE} {attribution}"]
    assert textutil.speaker_of(paragraphs, "The lanes") == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ana Roe resigned after she told members that the vote was “payback for years of neglect”.", "Ana Roe"),
        ("Ana Roe faces an inquiry after she reportedly told members to see the vote as “payback for years of neglect”.", "Ana Roe"),
        ("Ivo Renk stood down before he told members that the vote was “payback for years of neglect”.", "Ivo Renk"),
        # the guard: a pronoun as the object inside a description
        ("A spokesman for her said the vote was “payback for years of neglect”.", None),
    ],
)
def test_a_pronoun_opening_a_clause(sentence, expected):
    paragraphs = ["The campaign in the valley turned bitter at the weekend.", sentence]
    assert textutil.speaker_of(paragraphs, "payback") == expected
