"""A subject may be cut from its sentence with the adverb after it ("with
the operator constantly blaming ..."): the adverb is no part of who speaks.
A noun that ends in -ly ("the Roe family") keeps its last word. Every
sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.speakers.wordforms import without_trailing_adverbs

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "printed, expected",
    [
        ("the operator constantly", "the operator"),
        ("the council swiftly publicly", "the council"),
        ("the Roe family", "the Roe family"),
        ("Ana Kelly", "Ana Kelly"),
        ("the assembly", "the assembly"),
        ("repeatedly", "repeatedly"),
    ],
)
def test_trailing_adverbs_are_cut(printed, expected):
    assert without_trailing_adverbs(printed) == expected


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["Tallow Air cut 30 flights.", "Planes left late all week, with the airline persistently citing “crew shortages”."],
         "Tallow Air"),
        # guard: the subject with no adverb speaks as before
        (["Tallow Air cut 30 flights.", "“We are sorry,” the airline said."], "Tallow Air"),
    ],
)
def test_a_body_cut_with_an_adverb_speaks(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)] == [expected]
