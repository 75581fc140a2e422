"""A document named with its issuer before it ("a Harbour Security memo",
"a Treasury report") speaks for that issuer; an issuer the page never
names as a person is a body, never the person quoted before. Every
sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["Ana Roe has written to the minister about the scheme.",
          "The main test is “proof of a clean record,” a Harbour Security memo said."],
         "Harbour Security"),
        (["Ana Roe has written to the minister about the scheme.",
          "The main test is “proof of a clean record,” the Harbour Security memo said."],
         "Harbour Security"),
        (["Ana Roe has written to the minister about the scheme.", "“A clean record is needed,” the Harbour Security website says."],
         "Harbour Security"),
        (["The National Treasury said the deficit would narrow.", "“We are on track,” the Treasury said."], "National Treasury"),
        # guards: a document of a person speaks for the person; as someone put it, that person
        (["Ana Roe wrote to the board.", "“Small firms cannot grow,” an Ana Roe memo said."], "Ana Roe"),
        (["“Small firms cannot grow,” a Treasury report said."], "Treasury"),
        (["Many small firms “cannot grow for want of local capital,” as Ana Roe put it."], "Ana Roe"),
    ],
)
def test_a_document_speaks_for_the_body_named_with_it(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)][-1] == expected
