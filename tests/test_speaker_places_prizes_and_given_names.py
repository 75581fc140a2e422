"""The place of an office printed between the office and the name ("mayor
of Tallow Ana Roe") or after it alone ("successor as Mayor of Port
Halden"), which is nobody; a prize or an event named with a given name
("the Marla Cup"), which is nobody either; a given name alone inside a
quotation, which speaks of that person rather than for them; and a role
and a body set off after a name ("Ana Roe, publicity executive, Halden
Press, says"). A wrong speaker is worse than none, so each table also
holds sentences where the speaker stays as it was. Every sentence here is
written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("In an interview, mayor of Tallow Ana Roe insisted her team is mending the streets, and accused the opposition of being “impatient.”", "Ana Roe"),
        ("In an interview, governor of Port Halden Ben Lowe insisted his team is mending the roads, and accused the opposition of being “impatient.”", "Ben Lowe"),
    ],
)
def test_the_place_between_an_office_and_a_name_is_no_part_of_it(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Mayor Ben Lowe spoke to the Gazette on Monday.",
         "His successor as Mayor of Port Halden criticises the banks as the peso slides."],
        ["Ana Roe's successor as Mayor of Port Halden criticises the banks as the peso slides.",
         "Mayor Ben Lowe spoke to the Gazette on Monday."],
    ],
)
def test_the_place_of_an_office_alone_is_nobody(paragraphs):
    found = speakers_of(paragraphs + ["“I am no expert in markets, but the peso has held up for a year,” the Mayor insisted."])
    assert [speaker for _, speaker in found] == ["Ben Lowe"]


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Marla Cup", "Ana Roe"),
        ("Marla Prize", "Ana Roe"),
        # a person, as before
        ("Marla Marr", "Marla Marr"),
    ],
)
def test_a_prize_named_with_a_given_name_is_nobody(name, expected):
    found = speakers_of([
        "Novelist Ana Roe won in 2016 with her third book.",
        f"{name} changed her life, she said.",
        "“I could not speak when they phoned to say I had won,” she recalls.",
    ])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "quotation, expected",
    [
        ("“We are all gutted for Grace, who was playing in her first final, and she will be missed,” she said.", "Ana Roe"),
        # the full name: maybe her own words of herself, left as it was
        ("“I am gutted, and I will be back for the next final,” she said.", "Grace Lowe"),
    ],
)
def test_a_given_name_in_the_quotation_speaks_of_that_person(quotation, expected):
    found = speakers_of([
        "Coach Ana Roe named the squad on Monday.",
        "Star shooter Grace Lowe was ruled out with a knee injury she picked up in training.",
        quotation,
    ])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Ana Roe, publicity executive, Halden University Press, says, “Half our writers come from the eastern towns.”", "Ana Roe"),
        ("“Half our writers come from the eastern towns,” Ana Roe, publicity executive, Halden University Press, said.", "Ana Roe"),
        # a role with its article, as before
        ("Ana Roe, a publicity executive at Halden University Press, says, “Half our writers come from the eastern towns.”", "Ana Roe"),
    ],
)
def test_a_bare_role_and_a_body_set_off_after_a_name(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]
