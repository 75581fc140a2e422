"""A definite description that opens the sentence, then a "who" clause
closed by the comma before the verb ("The retired hotel porter, who had the
jab from nurse Ivy Lam, added:"), speaks as the description alone
would: the person the sentence before is about, never a name inside the
clause. So does one whose clause has a verb of its own and no comma ("The
retired hotel porter who moved to Tallow in 1990 has said ..."). Every
sentence here is written for the test."""

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


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The retired hotel porter who moved to Tallow from the coast in 1990 has often said the ward staff were “the best in the county”.", "Ana Keel"),
        ("A day later, the retired hotel porter who got the jab from nurse Ivy Lam said she was glad she went, calling the ward staff “the best in the county”.", "Ana Keel"),
        # the guards: a verb of saying right after "who" is the clause's own, and a comma
        # inside the clause leaves its end unknown
        ("The retired hotel porter who said the ward staff were “the best in the county” has gone home.", None),
        ("The retired hotel porter who moved to Tallow sat next to Ivy Lam, and Lam has said the ward staff were “the best in the county”.", "Ivy Lam"),
    ],
)
def test_a_description_before_a_who_clause_without_a_comma_speaks(sentence, expected):
    assert textutil.speaker_of([LEAD, sentence], "the best in") == expected
