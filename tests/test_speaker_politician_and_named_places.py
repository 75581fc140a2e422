""""The outspoken politician told supporters ..." after a paragraph about Ivo
Marsh: "politician", like "the star" or "the singer", is an epithet news
uses for the one in view, no office anyone holds, so it goes to the one
person named near it. A place named after someone ("Ana Roe Bay", "Ivo
Marsh Airport") is no person near it; a surname that is such a word
("Tomas Bay") still is one. Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of
from datasette_factcheck.extract.segment import segment
from datasette_factcheck.extract.speakers.names import clean_name


@pytest.mark.parametrize(
    "where, expected",
    [
        ("its alliances in the north", "Ivo Marsh"),
        ("its alliances in Ana Roe Bay", "Ivo Marsh"),
        # the guard: a second person near, nobody quoted
        ("its alliances with Ana Roe and the Greens", None),
    ],
)
def test_the_politician_is_the_one_person_in_view(where, expected):
    text = (
        "Marsh says party will fight\n\n"
        f"But the question of control came up again when Ivo Marsh spoke about the identity of the party and {where}.\n\n"
        "The outspoken politician told supporters that members may push back “if anyone pushes them first”.\n"
    )
    assert [q.speaker for q in quotes_of(segment(text)) if q.kind == "quote"] == [expected]


@pytest.mark.parametrize(
    "printed, expected",
    [
        ("Ana Roe Bay", None),
        ("Ivo Marsh Airport", None),
        # the guards: a surname that is a place's word, after a given name alone
        ("Tomas Bay", "Tomas Bay"),
        ("Ana Park", "Ana Park"),
    ],
)
def test_a_place_named_after_someone_is_no_name(printed, expected):
    assert clean_name(printed) == expected
