"""A speech verb's form right after a preposition is a noun ("the rise in
calls", "a flood of claims", "requests for comment"): it opens no clause
of its own, so a short quotation later in the sentence stays with the
one who said it. A participle after a preposition ("by saying") still
speaks. Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.speakers.speechverbs import speech_verbs

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ms Roe said the rise in calls was", ["said"]),
        ("Ms Roe said a flood of claims had been", ["said"]),
        ("Ms Roe declined requests for comment but wrote that", ["wrote"]),
        # guards: a participle after a preposition, a verb after "to", and a
        # name that reads as a preposition
        ("Ms Roe answered by saying", ["saying"]),
        ("Many saw it as a party of big spenders, From said", ["said"]),
        ("Ms Roe wanted to say", ["say"]),
    ],
)
def test_speech_words_after_a_preposition_are_nouns(sentence, expected):
    assert [word for _, _, word in speech_verbs(sentence, 0, len(sentence))] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ms Roe said the rise in calls was “astonishing” since the vote.", "Ana Roe"),
        ("Ms Roe said the run of calls to the office had been “relentless” all week.", "Ana Roe"),
        # guard: no speech word in the reported clause
        ("Ms Roe said the rise in sales was “astonishing” since the vote.", "Ana Roe"),
    ],
)
def test_a_short_quotation_after_a_speech_noun_stays_with_the_speaker(sentence, expected):
    assert speakers_of(["Ana Roe runs a small shop in Tallow.", sentence])[-1][1] == expected
