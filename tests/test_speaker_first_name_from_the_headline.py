"""A headline that gives someone one name ("Harbour Minister Kittor: ...")
and a body that gives the full name with that name first ("Harbour
Minister Kittor Manavong", as pages print many names whose first word
is the one used alone) speak of one person: the headline's quotation and
the body's "Mr Kittor" are the full name's. Every sentence here is
written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil


def speakers(paragraphs: list[str], title: str) -> list[object]:
    seg = textutil.make_seg(paragraphs, title, True)
    return [q.speaker for q in quotes_of(seg) if q.kind == "quote"]


@pytest.mark.parametrize(
    "title, body, expected",
    [
        (
            "Harbour Minister Kittor: “The quay will bring trade”",
            ["Harbour Minister Kittor Manavong opened the new quay at Tallow last week.", "“We will not go back,” Mr Kittor said."],
            ["Kittor Manavong", "Kittor Manavong"],
        ),
        (
            "Mr Kittor: “The quay will bring trade”",
            ["Harbour Minister Kittor Manavong opened the new quay at Tallow last week.", "Mr Kittor said he was pleased. “We will not go back,” he said."],
            ["Kittor Manavong", "Kittor Manavong"],
        ),
        # guards: a surname in the headline, and one name the body never gives in full
        (
            "Manavong: “The quay will bring trade”",
            ["Harbour Minister Kittor Manavong opened the new quay at Tallow last week.", "“We will not go back,” Mr Manavong said."],
            ["Kittor Manavong", "Kittor Manavong"],
        ),
        (
            "Harbour Minister Kittor: “The quay will bring trade”",
            ["The minister opened the new quay at Tallow last week.", "“We will not go back,” Mr Kittor said."],
            ["Kittor", "Kittor"],
        ),
    ],
)
def test_one_name_in_the_headline_is_the_first_of_the_full_name(title, body, expected):
    assert speakers(body, title) == expected
