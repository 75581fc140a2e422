"""A word for something said, in "s", after a possessive ("the union’s
claims", "Roe's notes") is a noun the possessive owns, not a speech verb
with the possessive as its subject: "Ms Roe has dismissed the union’s
claims as “nonsense”" is Roe's word. So is one after a word that opens
a plural ("all recent reports of a cut"); "the wards the council says
are ..." keeps its verb. Every sentence here is written for the test."""

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



@pytest.mark.parametrize(
    "sentence, opening, expected",
    [
        # a plural noun in "s" after a word that opens a plural
        ("Ms Roe said all recent reports of a cut were “mere guesses”.", "mere", "Ana Roe"),
        ("Ms Roe said many claims about the wards had been “plain guesses”.", "plain", "Ana Roe"),
        # guards: a speech verb after a name, in a clause whose object went before it, and after an aside
        ("Nurse Ivo Marsh claims the wards are “quite safe”.", "quite", "Ivo Marsh"),
        ("Ms Roe disputed the wards Tallow Council says are “quite safe”.", "quite", "Tallow Council"),
        ("Ms Roe, the board's chair, says the wards are “quite safe”.", "quite", "Ana Roe"),
    ],
)
def test_a_plural_speech_noun_is_no_verb(sentence, opening, expected):
    assert textutil.speaker_of([LEAD, sentence], opening) == expected
