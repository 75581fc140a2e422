""""Questioned" and "queried" are verbs of speech: "“So, who takes over
now?” questioned the consultant" is the consultant's question. A noun in
"s" ("after queries from residents") is no verb, and a quotation inside
what the speaker said stays theirs. Every sentence here is
written for the test."""

import pytest

from . import textutil

LEAD = "Ana Roe, a consultant at Tallow General, spoke at the inquiry on Monday."


@pytest.mark.parametrize(
    "sentence, opening, expected",
    [
        ("“So, who takes over the ward now?” questioned the consultant.", "So, who", "Ana Roe"),
        ("“And who pays for the new ward?” queried Roe.", "And who", "Ana Roe"),
        ("“Is anybody in charge of the ward at all?” Roe questioned.", "Is anybody", "Ana Roe"),
        # the guards: a verb of an inanimate subject, and a noun in "s"
        ("Roe said the flooding of the ward “calls for more listening” from managers.", "calls for", "Ana Roe"),
        ("“The ward will reopen in June,” Roe said after queries from several families.", "The ward", "Ana Roe"),
    ],
)
def test_a_question_asked_as_speech(sentence, opening, expected):
    assert textutil.speaker_of([LEAD, sentence], opening) == expected
