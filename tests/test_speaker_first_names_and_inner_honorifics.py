"""Many pages call people by the first of their names after naming them
in full ("Wiryo" after "Wiryo Halim") though the given-name list
lacks it; and an honorific's word between a given name and a surname is
part of the name ("Gopal Sri Ram"), while one opening the name is a form
of address ("Sri Ram"). Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["Wiryo Halim, head of the gauge station, spoke on Sunday.",
          "The ash drifted east, Wiryo said.",
          "“We cannot see the crater at the moment,” Wiryo told reporters."], "Wiryo Halim"),
        # a name printed in full, then by its first word, whatever it names
        (["Tallow Rail cut jobs on Monday.", "Tallow said the cuts were “needed to survive”."], "Tallow Rail"),
        # guard: one who bears the word as a surname
        (["Wiryo Halim and Ana Wiryo spoke on Sunday.", "“We cannot see the crater,” Wiryo told reporters."], "Ana Wiryo"),
    ],
)
def test_the_first_name_of_one_named_in_full(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)][-1] == expected


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["Lead prosecutor Gopal Sri Ram told the court the case was strong.",
          "But Sri Ram argued that the defence should settle its quarrels in court.",
          "“I have no quarrel with the reasons my learned friend gave,” the prosecutor said."], "Gopal Sri Ram"),
        # guard: an honorific opening the name
        (["Sri Devan Pillai told the court the case was strong.", "“I have no quarrel with the reasons,” Sri Pillai said."], "Devan Pillai"),
    ],
)
def test_an_honorific_inside_a_name(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)][-1] == expected
