"""A role held at a body, then the body and its holder's name with no
comma between ("Assistant Head of Fleet at TVAS Ana Roe said"): the
holder speaks. After a verb of telling, a name set off by commas is the
one told, never an inserted speaker ("Ivo Renk, a teacher, told Radio
Tallow, the town's station, that ..."). Every sentence here is written
for the test."""

import pytest

from . import textutil

QUOTE = "“be there for everyone who needs us”"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"Assistant Head of Fleet at TVAS Ana Roe said the crews hope to {QUOTE} this weekend.", "Ana Roe"),
        (f"Director at TVAS Ana Roe said the crews hope to {QUOTE} this weekend.", "Ana Roe"),
        (f"Head of nursing at the Tallow Clinic Ana Roe said the ward wants to {QUOTE} this weekend.", "Ana Roe"),
        # the guards: no name after the body, and a holder set off by commas
        (f"A nurse at the Tallow Clinic said the ward wants to {QUOTE} this weekend.", None),
        (f"Head of nursing at the Tallow Clinic, Ana Roe, said the ward wants to {QUOTE} this weekend.", "Ana Roe"),
    ],
)
def test_the_holder_of_a_role_at_a_body_speaks(sentence, expected):
    assert textutil.speaker_of(["Ana Roe and Ivo Renk both work nights.", sentence], "be there") == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ivo Renk, a caretaker at the depot, told Radio Tallow, the town's only station, that “we thought it was a lorry” when the floor shook.", "Ivo Renk"),
        ("Ivo Renk, a teacher, told Ana Roe, the mayor, that “we thought it was a lorry” when the floor shook.", "Ivo Renk"),
        # the guards: one apposition only, and a real inserted attribution
        ("Ivo Renk told Radio Tallow, the town's only station, that “we thought it was a lorry” when the floor shook.", "Ivo Renk"),
        ("The trouble with the school, says Ivo Renk, a teacher, is that “we thought it was a lorry” and nobody left.", "Ivo Renk"),
    ],
)
def test_the_one_told_is_not_the_speaker(sentence, expected):
    assert textutil.speaker_of(["A quake in the valley", sentence], "we thought") == expected
