"""A name no list can sex, the subject of the clause that opens its
sentence ("When Zanele Okafor first asked the museum board ..., she got
no answer"), takes the gender of the main clause's "he" or "she", so
a later "she said" can mean that person. A given name between them may
be the one meant, and then nothing is concluded; a given name inside a
body's name ("the Haida council") is no such name. Every sentence here
is written for the test."""

import pytest

from . import textutil


@pytest.mark.parametrize(
    "opening, pronoun, expected",
    [
        ("When Zanele Okafor first asked the Tallow Museum board for the carvings in 2002, she got no answer at all.", "she", "Zanele Okafor"),
        ("After Vurro Quisk left the Tallow Harbour Trust, he opened a bakery by the quay.", "he", "Vurro Quisk"),
        ("When Zanele Okafor wrote to the Nika Valley council about the carvings, she heard nothing for a year.", "she", "Zanele Okafor"),
        # the guard: a person named between may be the one meant
        ("When Zanele Okafor met Ivo Renk at the museum, he was friendly.", "she", None),
    ],
)
def test_the_main_clause_pronoun_gives_the_gender(opening, pronoun, expected):
    paragraphs = [opening, f"“They told us the pieces were safe where they were,” {pronoun} told a radio host."]
    assert textutil.speaker_of(paragraphs, "They told us") == expected
