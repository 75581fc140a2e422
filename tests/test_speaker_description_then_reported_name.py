"""When the sentence before a pronoun's quotation opens with a definite
description of a person and a verb of saying ("Even so, the harbour official
said Harlan has kept out of it"), the name after the verb is what
the described person reported; the pronoun goes on with the person
described, found further back, not with that name. Every sentence here is
written for the test."""

import pytest

from .textutil import speaker_of

LEAD = [
    "The harbour board said Governor Harlan would accept whatever the council decides about its chair.",
    "At a briefing in Port Tallow, Press Secretary Mara Velt looked surprised. She promised to put the question to the governor and his staff.",
]
QUOTE = "“The governor has said he will not meddle in the choice of the councillors,” she said."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Even so, the harbour official said Harlan has always kept out of the council’s affairs.", "Mara Velt"),
        ("The harbour spokeswoman said Harlan has always kept out of the council’s affairs.", "Mara Velt"),
        ("But the harbour official told reporters Harlan has always kept out of the council’s affairs.", "Mara Velt"),
        # the guards: a name as the subject speaks as before, and a
        # description that is no person's says nothing of who speaks
        ("Even so, Velt said Harlan has always kept out of the council’s affairs.", "Mara Velt"),
        ("Even so, the harbour statement said Harlan has always kept out of the council’s affairs.", "Harlan"),
    ],
)
def test_a_name_after_a_description_s_verb_of_saying_is_reported(sentence, expected):
    assert speaker_of([*LEAD, sentence, QUOTE], "The governor has said") == expected
