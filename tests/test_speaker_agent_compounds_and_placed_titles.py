"""Roles that end in "-man", "-woman" or "-person" ("businessman",
"fisherwoman", "chairperson") as descriptions set off after a name; a
capitalised title and its place before a name with no comma ("Party
Leader in Tallow Ben Lowe said"); a party and seat set off after a name
before a colon ("Rep. Ben Lowe, D-Tallow:"); a place phrase opening the
sentence before a surname ("In a debate in the House of Commons, Sharps
said"), which is no portfolio of a title; and a capitalised role before
the surname of someone named in full ("Recorder Ketterby told"). A wrong
speaker is worse than none, so each table also holds sentences where the
speaker stays as it was. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

_LEAD = "Plans for the new estate on the edge of the town were approved by the council on Monday evening."


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("A disappointed Mr Roe, a businessman,", "Tom Roe"),
        ("A disappointed Mr Roe, a fisherwoman,", "Tom Roe"),
        ("A weary Mr Roe, a chairperson,", "Tom Roe"),
        # the guards: a role the agent ending already knew, and a person noun that is no role
        ("A disappointed Mr Roe, a baker,", "Tom Roe"),
        ("A local woman,", None),
    ],
)
def test_an_agent_compound_as_a_description_after_a_name(subject, expected):
    found = speakers_of(
        ["Tom Roe runs the shop on Mill Lane.", _LEAD, f"{subject} said: “The council had hundreds of letters and took no notice of any.”"]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("Party Leader in Tallow Ben Lowe", "Ben Lowe"),
        ("Regional Chairman in Halden Ben Lowe", "Ben Lowe"),
        # the guards: the title without its place, and a lower-case role's place
        ("Party Leader Ben Lowe", "Ben Lowe"),
        ("A spokesman in Tallow", None),
    ],
)
def test_a_capitalised_title_and_its_place_before_a_name(subject, expected):
    found = speakers_of([_LEAD, f"{subject} said: “That is how a vote works, but we hoped for a second round.”"])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("In a debate in the House of Commons,", "Ben Sharps"),
        ("At a hearing at the Office of Fair Trading,", "Ben Sharps"),
        # the guards: no opening phrase, an opening phrase with no office in it
        ("", "Ben Sharps"),
        ("In a debate on Tuesday,", "Ben Sharps"),
    ],
)
def test_a_place_phrase_before_a_surname_is_no_portfolio(opening, expected):
    found = speakers_of(
        [
            "Housing minister Ben Sharps has promised to act against rogue landlords across the country this year.",
            f"{opening} Sharps said: “I have met the letting agents and the tenants' groups this week.”".strip(),
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("State Sen. Ben Lowe, D-Tallow:", "Ben Lowe"),
        ("Rep. Ben Lowe, R-Halden Vale:", "Ben Lowe"),
        ("Rep. Ben Lowe, R-Tal.:", "Ben Lowe"),
        # the guards: the name alone, and a dash before the name
        ("Rep. Ben Lowe:", "Ben Lowe"),
        ("Tallow reacts - Ben Lowe:", "Ben Lowe"),
    ],
)
def test_a_party_and_seat_set_off_before_a_colon(lead, expected):
    found = speakers_of(
        [
            "Lawmakers reacted on Friday to the ruling of the state supreme court on the new licensing law.",
            f"{lead} “This is a dark day for every small business in the state.”",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "cue, expected",
    [
        ("Recorder Ketterby told the defendant:", "Anna Ketterby"),
        ("Inspector Ketterby told the defendant:", "Anna Ketterby"),
        # the guards: a given name that reads as a role, and a title the lists know
        ("Hunter Ketterby told the defendant:", "Hunter Ketterby"),
        ("Judge Ketterby told the defendant:", "Anna Ketterby"),
    ],
)
def test_a_capitalised_role_then_a_surname(cue, expected):
    found = speakers_of(
        [
            "Recorder Anna Ketterby KC sat at Tallow Crown Court on Monday for the landlord's sentencing.",
            f"{cue} “You knew how damp the flat was and you did nothing about it.”",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]
