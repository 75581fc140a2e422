"""An office and the place it covers. A title set off after a name that
ends in the region it covers ("Ana Roe, the league's Vice President
Wales, said") or names the place after "for" behind a body's name joined by
"and" ("Tallow Fire and Rescue Service's Area Manager for Dunmore")
describes the name before it; a rank whose first word is a body's word
("Group Captain") is still a rank. A title that ends a body's longer name
("the Office of the Chief Inspector of Tallow") keeps that name whole: the
place after it is not moved before the title as in "the senator from
Tallow". Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "Crews worked through the night as the river rose along the valley on Sunday."
QUOTE = "“Every crew on the valley road did more than we asked of them.”"


@pytest.mark.parametrize(
    "cue, expected",
    [
        ("Responding, Dr Mara Quill, BNTA Vice President Wales, said:", "Mara Quill"),
        ("Group Captain Tobin Rees, Northshire Fire and Rescue Service's Area Manager for Dunmore, said:", "Tobin Rees"),
        ("Captain Tobin Rees, Northshire Fire and Rescue Service's Area Manager for Dunmore, said:", "Tobin Rees"),
        # as before: a possessive opens the description; a title and a full
        # name set off alone name that person
        ("Dr Mara Quill, the league's Regional Director Scotland, said:", "Mara Quill"),
        ("The board's chair, Vice President Elsa Morrow, said:", "Elsa Morrow"),
    ],
)
def test_an_office_over_a_place_describes_the_name_before_it(cue, expected):
    assert textutil.speakers_of([LEAD, cue + " " + QUOTE]) == [(QUOTE.strip("“”"), expected)]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (
            ["“Ferry delays were rare before the new timetable,” according to the Office of the Chief Inspector of Tallow."],
            "Office of the Chief Inspector of Tallow",
        ),
        (
            ["“The ferries must run on time,” the Office of the Chief Inspector of Tallow said in its yearly review."],
            "Office of the Chief Inspector of Tallow",
        ),
        # guard: a party's word before the role, a person named first
        (
            ["“This reaches into what the state decides,” Ana Roe, the Democratic attorney general of Wexmoor, one of the states suing the agency, said at a dinner."],
            "Ana Roe",
        ),
    ],
)
def test_a_title_that_ends_a_body_name_keeps_the_name(paragraphs, expected):
    assert [speaker for _, speaker in textutil.speakers_of(paragraphs)] == [expected]
