"""Verbs of attack report speech as "said" does: "X took aim at the
“...”", and the participles of these, of "rail against" and of the
comebacks already known, set off by a comma ("X spoke next,
hitting out at the “...”"). A gerund after a preposition ("after lashing
out at") is no such participle: the sentence's subject still speaks.
Every sentence here is written for the test."""

import pytest

from .textutil import speakers_of


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ana Roe of the Dock Union spoke next, hitting out at the “neglect” of the port budget.", "Ana Roe"),
        ("Ana Roe was angry too, lashing out at the “lack of care” in the port budget.", "Ana Roe"),
        ("Ana Roe was no kinder, taking aim at the “lack of care” in the port budget.", "Ana Roe"),
        ("Ana Roe was blunt, pointing out the “lack of care” in the port budget.", "Ana Roe"),
        ("Ana Roe was furious, firing back at the “lack of care” in the port budget.", "Ana Roe"),
        ("Ana Roe took aim at the “lack of care” in the port budget.", "Ana Roe"),
        ("Ana Roe was scathing, railing against the “lack of care” in the port budget.", "Ana Roe"),
        # the guards: the finite form known before, a gerund after "after" in a reported claim,
        # and "railed against" inside a "when" clause of someone else's reported speech
        ("Ana Roe said that when Ben Lowe railed against the harbour board, “he was speaking for the whole town.”", "Ana Roe"),
        ("Ana Roe hit out at the “lack of care” in the port budget.", "Ana Roe"),
        ("Speaking on Wednesday, Roe answered a press report claiming that she said sorry after lashing out at “idle” members of the board.", "Ana Roe"),
    ],
)
def test_a_verb_of_attack_reports_speech(sentence, expected):
    assert [speaker for _, speaker in speakers_of(["Ana Roe runs the dock union in Tallow.", sentence])] == [expected]
