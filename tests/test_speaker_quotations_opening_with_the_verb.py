"""A quotation that opens with the verb of its sentence, right after the
subject ('Mr Holt “estimates that a levy could raise ...”', 'She “regrets
the delay”'), holds the subject's own words. And a quotation paragraph
after reported speech whose last clause is a passive with a thing as its
agent ("..., which will be confirmed by votecount.com by Monday.") goes
on with the one who reported it. A wrong speaker is worse than none, so
each table also holds sentences where the speaker stays as it was.
Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Mr Holt “estimates that a levy could raise ten million pounds a year for the city”.", "Adam Holt"),
        ("But Mr Holt “could not say when the levy would start or who would collect it”.", "Adam Holt"),
        ("He “has no plans to step down before the levy is in place next year”.", "Adam Holt"),
        # the guards: an attribution printed after it, a possessor, and a body as the subject
        ("Mr Holt “has no plans to step down before the levy is in place next year”, his office said.", None),
        ("Mr Holt’s “figures for the levy” were questioned by the opposition on Monday.", None),
        ("The council “has failed the city for a decade and must change course now”.", None),
    ],
)
def test_a_quotation_that_opens_with_the_subjects_verb(sentence, expected):
    found = speakers_of(["Council leader Adam Holt said the city had waited long enough for a visitor levy.", sentence])
    assert [speaker for text, speaker in found if text in sentence] == [expected]


@pytest.mark.parametrize(
    "reported, expected",
    [
        ("Council boss Ivo Brandt says it will finish the count before the result, which will be confirmed by votecount.com by Monday.", "Ivo Brandt"),
        ("Council boss Ivo Brandt says the result will be confirmed by the returning office on Monday.", "Ivo Brandt"),
        # the guard: a person as the passive's agent
        ("The result of the count will be confirmed by Ivo Brandt, the council boss, on Monday.", "Ivo Brandt"),
    ],
)
def test_a_quotation_after_a_passive_in_reported_speech(reported, expected):
    found = speakers_of([reported, "“A large number of votes came in right up to the deadline on Friday night.”"])
    assert [speaker for _, speaker in found] == [expected]
