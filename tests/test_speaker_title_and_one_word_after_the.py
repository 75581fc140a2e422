"""A title and one capitalised word after "the" ("the General Election",
"the 3rd General Election") is an event or a place, not a person known
by a title and a surname: no pronoun goes to it. A title before a full
name, a form of address, or a surname the article already gave someone
keeps its person. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

QUOTE = "“We can win every seat on the coast,” he said."


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["Ben Ostrow toured the harbour towns. The party's candidate said that he would lead the list in the General Election next spring.", QUOTE], None),
        (["Ben Ostrow toured the harbour towns. The party's candidate said that he would lead the list in the 3rd General Election next spring.", QUOTE], None),
        # guards: a person after a title
        (["Ben Ostrow toured the harbour towns. He hopes he will top the poll in the General Election.", QUOTE], "Ben Ostrow"),
        (["General Ostrow led the parade. “It was a moving day for the town,” Ostrow said."], "Ostrow"),
        (["Ana Roe met the Minister. “It was a moving day for the town,” added the Harbour Minister Ostrow."], "Ostrow"),
        (["The Reverend Ana Roe led the service. “It was a moving day for the town,” she said."], "Ana Roe"),
    ],
)
def test_a_title_and_one_word_after_the(paragraphs, expected):
    assert [speaker for _, speaker in speakers_of(paragraphs)] == [expected]
