"""Two openings of a sentence that name whose words a short quotation is,
found after a word before them: a viewpoint after a connective ("But for
Ana Roe, a parent, the plan sends “a grim signal”") and a speech
participle after adverbs ("Again insisting that the rivals are
‘outsiders’, Roe said ..."), where an adverb in capitals alone before
the participle names no one ("Repeatedly calling ..."). Every sentence here is written for the test."""

import pytest

from .textutil import speakers_of

LEAD = "Ana Roe and Ben Marr spoke at the school board meeting in Tallow on Monday."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("But for Ana Roe, a mother of two pupils at the school, the vote sends “a grim signal” to the town.", "Ana Roe"),
        ("And for Ana Roe, the vote sends “a grim signal” to the town.", "Ana Roe"),
        ("Yet to Ana Roe, the vote sends “a grim signal” to the town.", "Ana Roe"),
        # the guard: "for" inside the sentence gives no viewpoint
        ("But the vote, made for Ana Roe, sends “a grim signal” to the town.", None),
    ],
)
def test_a_viewpoint_after_a_connective_is_the_holder_s(sentence, expected):
    found = speakers_of([LEAD, sentence])
    assert found == ([] if expected is None else [("a grim signal", expected)])  # with no one named, a phrase of the writer


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Again insisting that the rivals were ‘outsiders’, Roe said only her list could win the seats.", "Ana Roe"),
        ("Repeatedly describing the levy as “a blunt tool”, Marr said the board had no other choice.", "Ben Marr"),
        # the guards: a given name in place of the adverb is the subject,
        # and no participle follows the adverb
        ("Kelly calling the rivals ‘outsiders’ did not help, Roe said of the vote.", "Kelly"),
        ("Again the rivals were ‘outsiders’ at the vote.", None),
    ],
)
def test_adverbs_may_stand_before_an_opening_speech_participle(sentence, expected):
    quoted = "outsiders" if "outsiders" in sentence else "a blunt tool"
    found = speakers_of([LEAD, sentence])
    assert found == ([] if expected is None else [(quoted, expected)])
