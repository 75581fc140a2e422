"""A pronoun goes on with the subject of the sentence before even when a
joining connective opens that sentence and a description stands before the
name ("But the Harbour Party's Tomas Oberli said ..."): the name the
reported clause holds ("... would hold Varn to account") is not the one who
speaks. After "While" or "When" the subject is the clause's, not the
sentence's, and is left alone. Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "Governor Ivo Varn will give his budget address to the council on Tuesday."
QUOTE = "“The governor is weak, and he should know we shall not back down,” he said."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("But the Harbour Party’s Tomas Oberli said the party would use the council to hold Varn to account for his budget.", "Tomas Oberli"),
        ("And party leader Tomas Oberli said the party would use the council to hold Varn to account for his budget.", "Tomas Oberli"),
        ("But the Harbour Party’s Tomas Oberli reportedly said the party would hold Varn to account for his budget.", "Tomas Oberli"),
        # the guards: the plain sentence as before, and a subordinate clause's subject
        ("Tomas Oberli said the party would use the council to hold Varn to account for his budget.", "Tomas Oberli"),
        ("While Varn had the unions behind him last year, the new mayor has no such support, which worries Tomas Oberli, head of the dock union.", "Tomas Oberli"),
    ],
)
def test_a_pronoun_goes_on_with_the_subject_after_a_connective(sentence, expected):
    assert textutil.speaker_of([LEAD, sentence, QUOTE], "The governor is weak") == expected
