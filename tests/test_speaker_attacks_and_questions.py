"""A short quotation in the object of "attacked" or "questioned" ("Ivo
Renk attacked the mayor for being a “spent force”", "Ivo Renk questioned
the mayor's “valley values”") is the charge in the subject's own words,
as with "slammed" or "mocked"; "attacks" as a noun makes no charge of
its owner's. Every sentence here is written for the test."""

import pytest

from . import textutil


@pytest.mark.parametrize(
    "sentence, phrase, expected",
    [
        ("Ivo Renk attacked the mayor for being a “spent force” at the hustings.", "spent force", "Ivo Renk"),
        ("Ivo Renk questioned the mayor's “valley values” and her fitness to lead.", "valley values", "Ivo Renk"),
        ("Attacking the mayor's “valley values”, Ivo Renk walked out of the hall.", "valley values", "Ivo Renk"),
        # the guard: a noun "attacks" whose owner is not the one who spoke
        ("Ivo Renk said that the mayor's attacks have “hurt the whole valley and nobody else”.", "hurt the whole", "Ivo Renk"),
    ],
)
def test_a_charge_in_the_subjects_words(sentence, phrase, expected):
    paragraphs = ["The hustings in the valley hall ran for two hours on Tuesday.", sentence]
    assert textutil.speaker_of(paragraphs, phrase) == expected
