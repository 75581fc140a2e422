"""Partial quotations joined by "and" or "or" after one verb ("He called
the league a “greedy” and “corrupt” cartel") share the speaker of that
verb, even when an outlet's attribution closes the sentence ("...,
reported the Tallow Times"). Every sentence here is written for the
test."""

import pytest

from . import textutil

LEAD = "Ivo Marsh spoke at a forum in Marren on Monday about how the league is run."


@pytest.mark.parametrize(
    "sentence",
    [
        "He called the league a “greedy” and “crooked” cartel, after which its board accused him of smearing the sport, reported the Tallow Times.",
        "He called the league a “greedy” and “crooked” cartel, the Tallow Times reported.",
        "He called the league “greedy” or “crooked” at least twice, according to the Tallow Times.",
        "He called the league a “greedy” and “crooked” cartel.",
    ],
)
def test_joined_partial_quotations_share_the_verb_speaker(sentence):
    found = textutil.speakers_of([LEAD, sentence])
    assert [s for _, s in found] == ["Ivo Marsh", "Ivo Marsh"]


def test_quotations_apart_in_the_sentence_keep_their_own_speakers():
    # the guard: a second quotation after a verb of its own is that verb's
    found = textutil.speakers_of([LEAD, "He called the league “greedy”, and Ana Roe, its chair, replied that he was “crooked” himself."])
    assert [s for _, s in found] == ["Ivo Marsh", "Ana Roe"]
