"""A capitalised office opened by a word that ranks it ("the Chief
Harbour Court Judge", "the Deputy Chief Fire Officer") is a person's
title, however many words it has, never a body that speaks: "the Chief
Harbour Court Judge said" is its holder when the article names one, and
nobody otherwise. A wrong speaker is worse than none, so the table also
holds a longer name that ends in a title word yet names a paper. Every
sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "before, cue, expected",
    [
        ("The Chief Harbour Court Judge would not discuss the sentence handed down on Friday.", "the Chief Harbour Court Judge said", None),
        ("Chief Harbour Court Judge Ana Roe would not discuss the sentence handed down on Friday.", "the Chief Harbour Court Judge said", "Ana Roe"),
        # the guards: an office with its holder, a paper's name, a short office
        ("The Chief Harbour Court Judge would not discuss the sentence handed down on Friday.", "the Chief Harbour Court Judge, Ana Roe, said", "Ana Roe"),
        ("The Fernhill Valley Union Leader would not print the letter it was sent on Friday.", "the Fernhill Valley Union Leader said", "Fernhill Valley Union Leader"),
        ("The Deputy Chief Fire Officer would not discuss the blaze at the mill on Friday.", "the Deputy Chief Fire Officer said", None),
    ],
)
def test_a_ranked_office_is_a_title_never_a_body(before, cue, expected):
    found = speakers_of([before, f"“The sentence fitted what the man had done to the family,” {cue}."])
    assert found == [("The sentence fitted what the man had done to the family,", expected)]
