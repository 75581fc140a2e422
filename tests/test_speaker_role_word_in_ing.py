"""A word in -ing after a fronted phrase may qualify the role of the person
who speaks (", outgoing Health Secretary Ana Roe said"): the person is the
subject, not the object of a participle (", citing Ana Roe, said"). Every
sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "The harbour levy was passed by the assembly late on Thursday after a long sitting."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("On Monday, outgoing Harbours Secretary Ivo Marsh said the levy was “a tax on every fisherman”.", "Ivo Marsh"),
        ("Speaking after the vote, outgoing Shadow Harbours Secretary Mr Ivo Marsh said it was “a tax on every fisherman”.", "Ivo Marsh"),
        ("In a letter, acting chair Ana Roe said the vote was “a tax on every fisherman”.", "Ana Roe"),
        ("Last week, incoming mayor Prue Hanlon said the levy was “a tax on every fisherman”.", "Prue Hanlon"),
        ("At the count, sitting councillor Ivo Marsh told supporters the levy was “a tax on every fisherman”.", "Ivo Marsh"),
        # the guard: a participle that takes the name as its object
        ("The union, citing chair Ana Roe, said the levy was “a tax on every fisherman”.", None),
    ],
)
def test_a_role_qualifier_in_ing_leaves_the_name_the_subject(sentence, expected):
    assert textutil.speaker_of([LEAD, sentence], "a tax on every") == expected
