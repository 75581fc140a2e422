"""A definite description that opens the sentence, then a "who" clause
closed by the comma before the verb ("The retired hotel porter, who had the
jab from nurse Ivy Lam, added:"), speaks as the description alone
would: the person the sentence before is about, never a name inside the
clause. Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "Ana Keel was first in line for the jab at the city hospital on Tuesday, and she said she felt lucky to be chosen."
QUOTE = "“I cannot thank the ward staff enough for their care this year.”"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"The retired hotel porter, who had the jab from nurse Ivy Lam, added: {QUOTE}", "Ana Keel"),
        (f"The retired hotel porter, who lives in Tallow, added: {QUOTE}", "Ana Keel"),
        # the guards: a role the sentence before gave no one, and a name opening the sentence
        (f"The nurse, who gave the jab to Ana Keel, added: {QUOTE}", None),
        (f"Ivy Lam, who gave the jab to Ana Keel, added: {QUOTE}", "Ivy Lam"),
    ],
)
def test_a_description_before_a_who_clause_speaks(sentence, expected):
    assert textutil.speaker_of([LEAD, sentence], "I cannot thank") == expected
