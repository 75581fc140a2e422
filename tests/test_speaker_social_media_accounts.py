"""A social network's account, page or website speaks for whoever owns
it: "the Harbour Party Twitter account posted", "Roe's Facebook page said".
The network's name is no part of the owner's ("Harbour Party", never
"Harbour Party Twitter"). Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "The Harbour Party and Mayor Ana Roe clashed on Monday over the future of the port."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Harbour Party's official Twitter account said the claims were “baseless and false.”", "Harbour Party"),
        ("On Thursday the Harbour Party Twitter account released an image of the letter, calling its claims “baseless.”", "Harbour Party"),
        ("“The claims are baseless and false,” the Harbour Party's official Twitter account posted.", "Harbour Party"),
        ("Roe's Facebook page said the plan was “a disgrace to the town.”", "Ana Roe"),
        # guards: an account nobody is said to own, and a person the owner knows
        ("A Twitter account released an image of the letter, calling its claims “baseless.”", None),
        ("Roe's Facebook friend said the plan was “a disgrace to the town.”", None),
    ],
)
def test_an_account_speaks_for_its_owner(sentence, expected):
    found = textutil.speakers_of([LEAD, sentence])
    assert [speaker for _, speaker in found] == [expected]


def test_the_account_later_is_the_owners():
    found = textutil.speakers_of(
        [
            LEAD,
            "On Thursday night the Harbour Party Twitter account shared the letter's first page.",
            "The account added that the council had been “sent” every page.",
        ]
    )
    assert [speaker for _, speaker in found] == ["Harbour Party"]
