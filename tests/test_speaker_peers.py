"""A peer known by the title and one name ("Lord Pellow", "Baroness
Tull", a judge as "Lady Wescott") is named with the title, as a royal
known by one name is ("King Olaf"): the title is part of the name the
page gives, and a bare "Tull" or "she" later is the same person. With a
given name printed, or a judge's "Lord Justice", the name stays without
the title, as before. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["“The closure was a matter of politics,” said Lord Pellow."], "Lord Pellow"),
        (["Baroness Tull said the bill was “a charter for abuse”.", "“It is cruel,” Tull added."], "Baroness Tull"),
        (["Sentencing Orrin at the High Court, Lady Wescott jailed him for life.",
          "She said: “Your actions have torn your family apart.”"], "Lady Wescott"),
        # guards: a given name printed; a judge's title of two words
        (["“The closure was a matter of politics,” said Lord Ivo Pellow."], "Ivo Pellow"),
        (["Lord Justice Harlen said the appeal “must fail”."], "Harlen"),
    ],
)
def test_a_peer_is_named_with_the_title(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)][-1] == expected
