"""A short quotation that completes a noun for something said is the
possessor's words, also past a place and a few words after the
preposition ("Roe's remarks in Tallow about the dangers of “...”").
Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["Mr. Amos’s recent remarks in Tallow about the dangers of “overreach” drew a reply from Marr."], "Amos"),
        (["Mr. Amos’s remarks about the dangers of “overreach” drew a reply from Marr."], "Amos"),
        (["Ana Roe rejected Mr. Amos’s claim that the plan was “doomed” at once."], "Amos"),
        # guard: the speaker's own short phrase before someone's claim is mentioned
        (["Ana Roe said the plan was “doomed” and that Mr. Amos’s claim was wrong."], "Ana Roe"),
    ],
)
def test_a_possessor_of_remarks_speaks_the_phrase_completing_them(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)] == [expected]
