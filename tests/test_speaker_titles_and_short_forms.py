"""Titles, bodies' other names and background paragraphs around who
speaks: a role and a capitalised title joined by "and" before a name
("Lumara founder and Chief Executive X"); a body's other
name set off in a description ("an official of the Tallow Space Agency,
or TSA,"); a short form printed as a word in brackets after a body's
name ("Tallow Airline Pilots Association (Talpa)"); and a paragraph of
background naming no one between a report of someone's words and a
quotation that stands alone. A wrong speaker is worse than none, so each
table also holds sentences where the speaker stays as it was. Every
sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“Our first product ships to schools next spring,” said Lumara co-founder and Chief Executive Ravi Desal.", "Ravi Desal"),
        ("“Our first product ships to schools next spring,” said Lumara chairman and chief executive Ravi Desal.", "Ravi Desal"),
        # a body and a role, no name: nobody named speaks
        ("“Our first product ships to schools next spring,” said a Lumara co-founder.", None),
    ],
)
def test_a_role_and_a_title_joined_before_a_name(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“The capsule is home safe and sound,” Ana Roe, an official of the Tallow Space Agency, or TSA, said at a briefing.", "Ana Roe"),
        ("Ana Roe, an official of the Tallow Space Agency, or TSA, said: “The capsule is home safe and sound.”", "Ana Roe"),
        # the body speaks when it is the subject
        ("“The capsule is home safe and sound,” the Tallow Space Agency, or TSA, said.", "Tallow Space Agency"),
    ],
)
def test_a_bodys_other_name_inside_a_description_is_looked_past(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["The Tallow Airline Pilots Association (Talpa) issued a strike notice on Monday.",
          "“All flights shall return to base by noon,” Talpa said."], "Tallow Airline Pilots Association"),
        (["The Harbour Ferry Workers Union (Haferwu) met on Monday.",
          "“We will stay out until the offer improves,” Haferwu said."], "Harbour Ferry Workers Union"),
        # a word whose letters do not hold the initials is no short form
        (["The Tallow Airline Pilots Association (Marra) issued a strike notice on Monday.",
          "“All flights shall return to base by noon,” Marra said."], "Marra"),
    ],
)
def test_a_short_form_printed_as_a_word_in_brackets(paragraphs, expected):
    assert [speaker for _, speaker in speakers_of(paragraphs)][-1] == expected


@pytest.mark.parametrize(
    "background, expected",
    [
        ("A ferry of this size carries about two hundred cars.", ["Ana Roe", "Ana Roe"]),
        # someone else named in between: the quotation is not given to Roe
        ("The yard is run by a firm that Dr Ben Lowe set up.", [None, None]),
    ],
)
def test_background_between_a_report_and_a_quotation(background, expected):
    found = speakers_of([
        "The head of the Tallow Ferry Board, Prof. Ana Roe, said the new boat would sail in June.",
        background,
        "“We are glad to say the boat was built in our own yard.",
        "“So the first crossing will be within a week of the date we gave.”",
    ])
    assert [speaker for _, speaker in found] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“The disease can be treated easily,” said HPO director-general Dr. Ana Roe.", "Ana Roe"),
        ("“The disease can be treated easily,” said HPO chief executive Ana Roe.", "Ana Roe"),
        # a body and a lower-case word that is no title: the body
        ("“The disease can be treated easily,” said the HPO on Monday.", "HPO"),
    ],
)
def test_a_hyphenated_title_after_a_body_leaves_the_name(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["The Veterans of Tallow Wars said the plan was poor.", "“For years we have asked for help,” the VTW said."], "Veterans of Tallow Wars"),
        (["The Committee to Protect Tallow Writers urged the release of a reporter.", "“They cannot hide the truth,” the CPTW said."],
         "Committee to Protect Tallow Writers"),
        # two capitalised words with a given name first are a person's, never the initials' body
        (["Dr Paul Mann met the marchers on Monday.", "“The march was calm until the vans arrived,” PM says."], None),
    ],
)
def test_initials_name_a_body_of_three_capitalised_words(paragraphs, expected):
    assert [speaker for _, speaker in speakers_of(paragraphs)][-1] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("President Ben Lowe again called Roe “not a clever person” and said Roe was “too slow” to act.", ["Ben Lowe", "Ben Lowe"]),
        # a share of those asked: nobody named speaks
        ("Of those asked, 63 percent said Roe was “justified” in keeping the report back.", [None]),
        ("“We will win,” said Ana Roe, who was in Tallow.", ["Ana Roe"]),
    ],
)
def test_the_subject_of_what_was_said_is_no_speaker(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == expected
