"""A name after a preposition, then ", who said": the relative clause is
the name's, so its speech verb's quotation is theirs ("Members took a cue
from Councillor Ana Roe of Tallow, who said: “...”", "passed sentence on
Ana Roe, 58, who then told the bench"), as it was after "by" and "including". Not
when a role stands before the preposition ("an aide to Ana Roe, who
said"), nor when the clause is an aside before
the sentence's own verb ("A source close to Ana Roe, who asked not to be
named, said"). Every sentence here is written for the test."""

import pytest

from . import textutil

QUOTE = "“What matters now is the quay wall and what the engineers say of it.”"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"So members took a cue from Councillor Ana Roe of Tallow, who said as the meeting closed: {QUOTE}", "Ana Roe"),
        (f"Members listened to Ana Roe, who said: {QUOTE}", "Ana Roe"),
        (f"The board sided with Ana Roe, who told members: {QUOTE}", "Ana Roe"),
        (f"Members heard from Ana Roe of the Harbour Trust, who said: {QUOTE}", "Ana Roe"),
        (f"The judge passed sentence on Ana Roe, 58, who then told the bench, {QUOTE}", "Ana Roe"),
        (f"Most members voted for Ana Roe, who said: {QUOTE}", "Ana Roe"),
        (f"The mayor hit out at Ana Roe, who told members: {QUOTE}", "Ana Roe"),
        ("The mayor hit out at Ana Roe, who called the plan ‘a sinking ship’ on Monday.", "Ana Roe"),
        # the guards: a role before the preposition, and a clause set off before the verb
        (f"Members heard from an aide to Ana Roe, who said: {QUOTE}", None),
        (f"Members heard from a lawyer for Ana Roe, who said: {QUOTE}", None),
        (f"Members heard from a spokesman at Ana Roe, who said: {QUOTE}", None),
        (f"A source close to Ana Roe, who asked not to be named, said: {QUOTE}", None),
    ],
)
def test_the_name_before_who_speaks_after_a_preposition(sentence, expected):
    assert textutil.speaker_of(["The harbour board met on Monday to discuss the plan.", sentence], "What matters" if "matters" in sentence else "a sinking ship") == expected
