"""Names joined by "and" as a sentence's subject ("Dray, Quist and Amole
were held ...") are more than one person: a later "he said" means no one
of them, but the one who speaks in that sentence ("..., according to
Lazo Oduya"). Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.speakers.joinednames import joined_subject

from . import textutil

HELD = "Union chair Pell Dray, the ex-councillor Tomas Quist and a one-time deputy mayor, Ede Amole, were taken in overnight on Sunday."
SAID = "“We are looking for two more men. The docks are quiet now,” he said by phone."


@pytest.mark.parametrize(
    "subject",
    [
        "Dray, Quist and Amole, together with seven supporters,",
        "Dray, Quist and Amole",
        "Dray and Quist",
    ],
)
def test_he_after_joined_names_is_the_source_of_that_sentence(subject):
    found = textutil.speakers_of([HELD, f"{subject} were held to stop them blocking the port, according to Lazo Oduya, the police commander.", SAID])
    assert [s for _, s in found] == ["Lazo Oduya"]


def test_one_named_subject_still_goes_on():
    # the guard: one man as the subject, and no one else who speaks, is the "he"
    found = textutil.speakers_of([HELD, "Dray was held to stop him blocking the port on Sunday night.", SAID])
    assert [s for _, s in found] == ["Pell Dray"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Dray, Quist and Amole were held.", True),
        ("Dray and O'Hare met on Monday.", True),
        ("Dray, Quist, Amole and Lena Ito have agreed.", True),
        ("Dray, Quist and Amole, with aides, were held.", True),
        # the guards: one person with a description, a possessor, a title run, a common noun
        ("Dray, the port chief, was held.", False),
        ("Dray and Quist's plan failed.", False),
        ("Dray, Harbour and Dock Party MP, said so.", False),
        ("Dray and his wife were held.", False),
    ],
)
def test_joined_subject(sentence, expected):
    assert joined_subject(sentence, len("Dray"), len(sentence)) is expected
