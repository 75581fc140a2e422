"""Two ways pages print a name's surroundings. A relative clause set off by
dashes with no spaces ("Ana Roe—who yelled “...”—said") reads as one set
off by commas: its quotation is the name's. A title's initials in
brackets between the title and the name ("Director General (DG) Ana
Roe") are the title's, not a body's short name, so "the DG" after
is that person. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["Union chief Ana Roe—who yelled “this vote is a sham” from the gallery—said she would fight on."], ["Ana Roe"]),
        (["Union president Ana Roe–who called the offer “an insult” at the door–said the strike would go on."], ["Ana Roe"]),
        # guards: spaced dashes round a description, as before; a hyphen inside a word is no dash
        (["Ana Roe – a critic of the plan – said the town had “lost its nerve”."], ["Ana Roe"]),
        (["Ana Roe said the long-awaited plan—who knew?—was “a fair deal”."], ["Ana Roe"]),
    ],
)
def test_a_relative_clause_between_unspaced_dashes(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)] == expected


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["Tallow Agency Chief Operating Officer (COO) Ana Roe spoke to staff on Monday.", "“We are gathering the facts,” the COO said."],
         "Ana Roe"),
        (["Harbour Mills Managing Director (MD) Ivo Renk met the union.", "“We want a deal this week,” the managing director said."],
         "Ivo Renk"),
        # guard: a body's own initials in brackets still name the body
        (["The International Rowing Union (IRU) said the race would go ahead.", "“We are ready,” the IRU said."],
         "International Rowing Union"),
    ],
)
def test_a_titles_initials_in_brackets_before_the_name(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)][-1] == expected
