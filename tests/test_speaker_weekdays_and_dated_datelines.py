"""Two shapes of wire copy: a weekday between a body's description and
its verb ("The Ruric council Monday denounced ...") is the time of
the verb, as it already was after a name; and a dateline may carry a
date between the place and the agency ("CASTLEBAY, St. Ruric, Mar 10, HNA
–"), which is blanked like any dateline, so the place is never a body
that "the government" could mean. Every sentence here is written for the
test."""

import pytest

from . import textutil


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("The Ruric council Monday denounced", "Ruric council"),
        ("The Ruric council on Monday denounced", "Ruric council"),
        ("Ana Roe Monday denounced", "Ana Roe"),
        # the guard: a weekday after a function word opens no time phrase of a subject
        ("It was on Monday that the Ruric council denounced", "Ruric council"),
    ],
)
def test_a_weekday_before_the_verb(subject, expected):
    paragraphs = [f"{subject} “in words as hard as any on record” the shots fired at the minister's home."]
    assert textutil.speaker_of(paragraphs, "in words as") == expected


@pytest.mark.parametrize(
    "dateline",
    [
        "CASTLEBAY, St. Ruric, Mar 10, HNA –",
        "PORT ROE, Mar 10 -",
        "CASTLEBAY, St. Ruric, HNA –",
    ],
)
def test_a_dated_dateline_is_no_body(dateline):
    paragraphs = [
        f"{dateline} Ana Roe said the minister's family were safe after the shots were fired.",
        "“Hundreds of people have written to the minister since the night of the attack,” the government said.",
    ]
    assert textutil.speaker_of(paragraphs, "Hundreds of") is None


@pytest.mark.parametrize(
    "dateline",
    ["CASTLEBAY, St. Ruric, Mar 10, HNA –", "CASTLEBAY, St. Ruric, HNA –", "CASTLEBAY –"],
)
def test_a_dated_dateline_is_no_subject(dateline):
    sentence = f"{dateline} On Tuesday, Prime Minister Alan Chase defended the trip, saying “the voters will judge it, not the critics”."
    assert textutil.speaker_of([sentence], "the voters") == "Alan Chase"


@pytest.mark.parametrize(
    "dateline, expected",
    [
        ("Lakeside, Jan 12 (Valley Press)", "Tomas Brenner"),
        ("New Lakeside, Jan 12, 2024 (VPA)", "Tomas Brenner"),
        # the guard: a name with a party in brackets is the sentence's own subject
        ("Ana Roe (Harbour Party)", "Ana Roe"),
    ],
)
def test_a_dateline_with_its_agency_in_brackets_and_no_dash_is_no_subject(dateline, expected):
    sentence = f"{dateline} The Governor of the valley, Tomas Brenner, spoke out on Sunday, branding the remarks ‘childish’."
    assert textutil.speaker_of([sentence], "childish") == expected


@pytest.mark.parametrize(
    "opening, source, expected",
    [
        # a reporter's byline run into the dateline: the place is no body
        ("By Ann Poe, LAKESIDE (Valley Wire) –", "their party", None),
        ("By Ann Marie Poe, PORT ROE (VPA) -", "their party", None),
        # the guard: a body named in the lead still speaks for "it"
        ("By Ann Poe, LAKESIDE (Valley Wire) –", "the Harbour Party", "Harbour Party"),
    ],
)
def test_a_byline_before_a_dateline_is_no_body(opening, source, expected):
    paragraphs = [
        f"{opening} Two councillors were held by police on Monday after a visit from the rights monitors, {source} said.",
        "It says the pair are “security suspects” who may be held for a month without charge.",
    ]
    assert textutil.speaker_of(paragraphs, "security suspects") == expected
