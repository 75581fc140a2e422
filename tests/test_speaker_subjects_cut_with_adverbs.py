"""A subject may be cut from its sentence with the adverb after it ("with
the operator constantly blaming ..."): the adverb is no part of who speaks.
A noun that ends in -ly ("the Roe family") keeps its last word. A place or
an owner joined to a participle after an article ("the Tallow-based firm")
is cut the same way: the noun after it says what kind of body speaks. Every
sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.speakers.wordforms import without_loose_modifiers

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
        # a place or an owner joined to a participle says where or whose a body is
        ("the Tallow-based firm", "the firm"),
        ("a Harlow-owned weekly paper", "a weekly paper"),
        ("the Harlow-backed group constantly", "the group"),
        # guards: no article, a participle in lower case, a compound name, the noun itself
        ("Tallow-based firm", "Tallow-based firm"),
        ("the state-run broadcaster", "the state-run broadcaster"),
        ("the Anglo-Saxon society", "the Anglo-Saxon society"),
        ("the Tallow-based", "the Tallow-based"),
    ],
)
def test_loose_modifiers_are_cut(printed, expected):
    assert without_loose_modifiers(printed) == expected


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
