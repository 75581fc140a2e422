"""A role's complement in lower case, then the holder's name: "The leader
of the opposition Dov Pallant alleged ...", "The head of the union Dov
Pallant ...". The name is a person a later "he" can mean, not a body
called "Dov Pallant"; "the union Unite" is still a body. Every sentence
here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The leader of the opposition Dov Pallant alleged that the government had spent the harbour fund.", "Dov Pallant"),
        ("The head of the union Dov Pallant alleged that the government had spent the harbour fund.", "Dov Pallant"),
        ("The party’s deputy leader in the assembly Dov Pallant alleged that the government had spent the harbour fund.", "Dov Pallant"),
        # guards: a body's name after its kind, and a name that is the object of "told"
        ("The union Unite alleged that the government had spent the harbour fund.", "Tom Vale"),
        ("He told the paper that Dov Pallant had lied about the assets.", "Tom Vale"),
    ],
)
def test_a_name_after_the_and_a_noun(sentence, expected):
    found = speakers_of(
        [
            "Senior Harbour Party leader Tom Vale tweeted that the budget was weak.",
            sentence,
            "“Families on the coast cannot pay their bills,” he alleged.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]
