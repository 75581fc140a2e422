"""A peer known by the title and one name ("Lord Pellow", "Baroness
Tull", a judge as "Lady Wescott") is named without the title, as any
title is dropped from a speaker's name ("Prime Minister Ana Roe" is Ana
Roe), and a bare "Tull" or "she" later is the same person; a royal known
by one name keeps the title ("King Olaf"), which alone names no one.
With a given name printed, or a judge's "Lord Justice", the name is the
given name and surname. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["“The closure was a matter of politics,” said Lord Pellow."], "Pellow"),
        (["Baroness Tull said the bill was “a charter for abuse”.", "“It is cruel,” Tull added."], "Tull"),
        (["Sentencing Orrin at the High Court, Lady Wescott jailed him for life.",
          "She said: “Your actions have torn your family apart.”"], "Wescott"),
        (["King Olaf said the bill was “a charter for abuse”.", "“It is cruel,” he added."], "King Olaf"),
        # guards: a given name printed; a judge's title of two words
        (["“The closure was a matter of politics,” said Lord Ivo Pellow."], "Ivo Pellow"),
        (["Lord Justice Harlen said the appeal “must fail”."], "Harlen"),
    ],
)
def test_a_peer_is_named_without_the_title(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)][-1] == expected
