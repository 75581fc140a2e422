"""A secretary with a portfolio ("Transport Secretary X", "X, the
transport secretary,") holds a minister's office, so "the minister"
that goes on with them is that person; a union's general secretary or a
press secretary is no minister. Every sentence here is written for the
test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["Transport Secretary Ana Roe will set out the next steps by autumn.",
          "Asked if the plan would be ready in autumn, the Labour minister said: “I will not get ahead of what I tell the chamber.”"],
         "Ana Roe"),
        (["Ana Roe, the Harbour Party transport secretary, will set out the next steps by autumn.",
          "Asked if the plan would be ready, the minister said: “I will not get ahead of what I tell the chamber.”"],
         "Ana Roe"),
        # guards: a secretary with no portfolio is no minister
        (["Union general secretary Ana Roe met the press.", "“We will strike next week,” the minister said."], None),
        (["Press secretary Ana Roe met the press.", "“We will strike next week,” the minister said."], None),
    ],
)
def test_a_secretary_with_a_portfolio_is_the_minister(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)] == [expected]
