"""A relative the text leaves unnamed ("His grieving mother said ...",
"Marun's elder sister told ...") is the one a "she" or "he" right after
means: the quotation gets no speaker, never the person the relative is
of, nor someone named further back whose gender the text does not give.
A wrong speaker is worse than none, so the table also holds sentences
where the speaker stays as it was. Every sentence here is written for
the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "subject, pronoun, expected",
    [
        ("His grieving mother", "she", None),
        ("Marun's elder sister", "she", None),
        ("Tok Marun’s grieving mother", "she", None),
        ("His father", "he", None),
        # the guards: a relative named after a comma, and a named woman
        ("His mother, Ama Dorin,", "she", "Ama Dorin"),
        ("Ama Dorin", "she", "Ama Dorin"),
    ],
)
def test_a_pronoun_after_an_unnamed_relative(subject, pronoun, expected):
    found = speakers_of(
        [
            "The monk Tok Marun, 42, was found dead near the temple on Sunday morning.",
            "“The police brought his body back to the temple before dawn,” said Lai Pen, the head of a local aid group.",
            f"{subject} said that some people in the village suspect thieves.",
            f"“He had wanted to be a monk ever since he was a small boy,” {pronoun} told the Valley Post.",
        ]
    )
    assert [speaker for _, speaker in found][1:] == [expected]
