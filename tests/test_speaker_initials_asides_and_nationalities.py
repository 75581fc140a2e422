"""A body's initials that spell a word ("said HAVEN in a statement"); a
name set off with its description in a closing "with ..." clause ("...,
with Ben Lowe, head of public affairs, saying “...”"); a nationality
("the Serbian said") that means the last person in view, never a phrase
printed like a name ("her Grand Slam tally"); a document printed with
its issuer's name ("a Tallow Zoo statement read"); a body's initials
or a nationality before a given name ("CaB Ana Roe"); and "the city
said" after "The City of Tallow". A wrong speaker is worse than none, so
each table also holds sentences where the speaker stays as it was. Every
sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "cue, expected",
    [
        ("said HAVEN in a statement", "HAVEN"),
        ("said UNITY in a statement", "UNITY"),
        # the guards: initials that spell no word, and a kind of body after "the"
        ("said TGU in a statement", "TGU"),
        ("the TRUST said in a statement", None),
    ],
)
def test_initials_that_spell_a_word(cue, expected):
    found = speakers_of(
        [
            "Residents near the airport want the operator to keep to the limits on night flights.",
            f"“This plan robs every family here of a night’s rest,” {cue}.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("with Ben Lowe, head of public affairs, saying", "Ben Lowe"),
        ("with Ben Lowe, its chief executive, saying", "Ben Lowe"),
        # the guards: no description, and a description before the name
        ("with Ben Lowe saying", "Ben Lowe"),
        ("with chief executive Ben Lowe saying", "Ben Lowe"),
    ],
)
def test_a_name_and_its_description_in_a_closing_with_clause(clause, expected):
    found = speakers_of(
        [
            "The council ordered the airport to cut its night flights within six weeks.",
            f"Tallow Chamber criticised the order on Friday, {clause} “six weeks is far too short for any operator.”",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "middle, expected",
    [
        ("The win took her Grand Slam tally to 24, one short of the record.", "Ana Roe"),
        ("The win took her Open Era tally to 24, one short of the record.", "Ana Roe"),
        # the guard: a person named last is the one meant
        ("The win took her tally to 24, one short of the record held by Dina Marlow.", "Ana Roe"),
    ],
)
def test_a_nationality_means_a_person(middle, expected):
    found = speakers_of(
        [
            "Ana Roe won her tenth title at the Tallow Open on Sunday, beating Cara Dunn in straight sets.",
            middle,
            "“My thanks go to everyone who filled the stands all week,” the Serbian said after the final.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "cue, expected",
    [
        ("a Tallow Zoo statement read this morning", "Tallow Zoo"),
        ("a Halden Council statement said", "Halden Council"),
        # the guards: a document of no one named, and the body named before it
        ("a police statement said", None),
        ("Tallow Zoo said in a statement", "Tallow Zoo"),
    ],
)
def test_a_document_printed_with_its_issuers_name(cue, expected):
    found = speakers_of(
        [
            "Two lions left their enclosure on Monday morning and were caught again within the hour.",
            f"“Everyone on the grounds was taken to a safe place and nobody was hurt,” {cue}.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("CaB Ana Roe", "Ana Roe"),
        ("Serbian Ana Roe", "Ana Roe"),
        # the guards: a surname with two capitals, initials in capitals alone
        ("Ana McDonald", "Ana McDonald"),
        ("NHS Ana Roe", "Ana Roe"),
    ],
)
def test_initials_or_a_nationality_before_a_given_name(subject, expected):
    found = speakers_of(
        [
            "Temperatures will climb past forty degrees across the state on Thursday, forecasters warned.",
            f"{subject} said: “Hot air is coming across the desert and it will reach the coast by midweek.”",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "first, noun, expected",
    [
        ("The City of Tallow was fined on Friday over two sewage spills into the river.", "city", "City of Tallow"),
        ("The Town of Halden Vale was fined on Friday over two sewage spills into the river.", "town", "Town of Halden Vale"),
        # the guards: a town named only as a place, a council named otherwise, another kind of town
        ("Tallow was fined on Friday over two sewage spills into the river.", "city", None),
        ("Tallow City Council was fined on Friday over two sewage spills into the river.", "city", None),
        ("The Town of Halden Vale was fined on Friday over two sewage spills into the river.", "city", None),
    ],
)
def test_the_city_as_the_body_its_formal_name_gives(first, noun, expected):
    found = speakers_of([first, f"The {noun} said it was “deeply sorry” for the harm done to the river."])
    assert [speaker for _, speaker in found] == [expected]
