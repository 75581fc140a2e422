"""A word for something said, in "s", after a possessive ("the union’s
claims", "Roe's notes") is a noun the possessive owns, not a speech verb
with the possessive as its subject: "Ms Roe has dismissed the union’s
claims as “nonsense”" is Roe's word. Every sentence here is written
for the test."""

import pytest

from . import textutil

LEAD = "Ana Roe, who chairs the Tallow hospital board, spoke at the inquiry on Monday."


@pytest.mark.parametrize(
    "sentence, opening, expected",
    [
        ("Ms Roe has dismissed the union’s claims as “nonsense from start to finish”.", "nonsense", "Ana Roe"),
        ("Ms Roe called the nurses’ claims “a fantasy from start to finish”.", "a fantasy", "Ana Roe"),
        ("Ms Roe set aside the council's reports as “old news for the whole town”.", "old news", "Ana Roe"),
        # the guard: the verb after an aside
        ("The union’s claims, Ms Roe said, were “nonsense from start to finish”.", "nonsense", "Ana Roe"),
    ],
)
def test_a_possessed_speech_noun_is_no_verb(sentence, opening, expected):
    assert textutil.speaker_of([LEAD, sentence], opening) == expected
