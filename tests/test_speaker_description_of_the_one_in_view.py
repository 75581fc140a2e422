""""The North Tallow MP said" after a paragraph about "Harbour Party MP Dan
Cole": a description with a seat or a place the page never printed beside
the MP still means him when he is the one the sentence before is about or
the one just quoted. Another MP in view keeps the rule that a seat not
printed beside someone names no one. Every sentence here is written for
the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (
            [
                "In a statement Harbour Party MP Dan Cole said that “change is here” and said planning should begin now.",
                "The North Tallow MP said: “These figures are a sign of the change on this island.”",
            ],
            "Dan Cole",
        ),
        (
            [
                "Harbour Party senator Ana Roe toured the quay on Friday with the ferry crews.",
                "“We will keep every ferry we have,” the East Tallow senator said.",
            ],
            "Ana Roe",
        ),
        # guard: the MP is out of view, so the seat names no one the page printed
        (
            [
                "Harbour Party MP Dan Cole spoke on Monday.",
                "The ferries ran late again on Tuesday.",
                "The North Tallow MP said: “These figures are a sign of change on the island.”",
            ],
            None,
        ),
    ],
)
def test_a_description_with_an_unprinted_place_means_the_holder_in_view(paragraphs, expected):
    assert speakers_of(paragraphs)[-1][1] == expected


@pytest.mark.parametrize(
    "between, expected",
    [
        ("Ivo Pell, a ferry user, said the cut was “a disgrace” to the island.", None),
        ("Ivo Pell, a ferry user, said the ferries were late again.", None),
        # guard: a description with one word of place may still mean the one in view
        ("Ivo Pell said the ferries were late again.", "Ivo Pell"),
    ],
)
def test_an_office_the_page_prints_for_someone_else_is_no_one_in_view_without_it(between, expected):
    paragraphs = ["Harbour Party MP Dan Cole spoke on Monday.", between, "The {} MP said: “These figures are a sign of change on the island.”"]
    seat = "North Tallow" if expected is None else "Tallow"
    paragraphs[-1] = paragraphs[-1].format(seat)
    assert speakers_of(paragraphs)[-1][1] == expected
