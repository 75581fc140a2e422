"""A political front or movement is a body like an alliance or a union:
"the Harbour Front for Change ... “...,” the Front said" gives the body
its full name, and so does "the movement said", where "Front" alone was
taken for someone's surname. A person whose surname is such a word ("Ana
Front") is still a person. Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of
from datasette_factcheck.extract.segment import segment


@pytest.mark.parametrize(
    "opening, closing, expected",
    [
        ("The Harbour Front for Change, a group headed by Marsh, posted online after his arrest.", "the Front said in a post", "Harbour Front for Change"),
        ("The Harbour Front for Change, headed by Marsh, posted online after his arrest.", "the movement said in a post", "Harbour Front for Change"),
        # the guard: a person's surname
        ("The dockers met on Monday to vote on the offer.", "said Ana Front", "Ana Front"),
    ],
)
def test_a_front_speaks_as_a_body(opening, closing, expected):
    text = f"Marsh arrested again\n\n{opening}\n\n“Keeping our leader locked away changes nothing for families this winter,” {closing}.\n"
    assert [q.speaker for q in quotes_of(segment(text))] == [expected]
