"""A committee's chair is its chairman too ("House Harbour Committee Chair
Ivo Marsh", then a headline's "Harbour chairman"); and the title a name
was introduced with counts for a description long after, however often
the name was printed since ("the Harbour Committee chair shot back" ten
mentions of "Mr Marsh" later). Every sentence here is written for the
test."""

import pytest

from datasette_factcheck.extract.article import quotes_of
from datasette_factcheck.extract.segment import segment


def _speakers(text: str) -> list[object]:
    return [q.speaker for q in quotes_of(segment(text))]


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Harbour chairman calls rival a ‘weasel’ at hearing", "Ivo Marsh"),
        ("Harbour chair calls rival a ‘weasel’ at hearing", "Ivo Marsh"),
    ],
)
def test_a_chair_is_a_chairman(headline, expected):
    text = f"{headline}\n\nHouse Harbour Committee Chair Ivo Marsh lost his temper after a rival asked Mr Marsh about a loan.\n"
    assert _speakers(text)[0] == expected


def test_the_title_a_name_was_introduced_with_counts_long_after():
    middle = "\n\n".join(f"Mr Marsh then turned to item {n} of the agenda." for n in range(1, 11))
    text = (
        "Hearing ends in a row\n\n"
        "House Harbour Committee Chair Ivo Marsh lost his temper after a rival asked about a loan.\n\n"
        f"{middle}\n\n"
        "Rep Ana Roe then read out the figures from the ledger.\n\n"
        "“I have never lent my brother a penny,” the Harbour Committee chair shot back.\n"
    )
    assert _speakers(text)[-1] == "Ivo Marsh"
