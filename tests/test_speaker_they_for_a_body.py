"""British pages call a body "they": "“...,” they said" after a sentence
about a body goes on with that body. A "they" after people, or after a
sentence about no body, stays unresolved. Every sentence here is written
for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            ["Northwest Tent Group, who hand out tents to rough sleepers, said online they had been warned of fines.",
             "“This is not what the council says in public,” they said."],
            "Northwest Tent Group",
        ),
        (["The Tallow Resident Doctors Association said it would end the strike on Thursday. “We have paused, not ended, the action,” they added."],
         "Tallow Resident Doctors Association"),
        # guards: people, and people after a body
        (["Dale Amos and Orla Finch said they were tired. “We walked all day,” they said."], None),
        (["Tallow Rail said fares would rise. Commuters were angry. “We pay enough already,” they said."], None),
    ],
)
def test_they_after_a_sentence_about_a_body(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)] == [expected]
