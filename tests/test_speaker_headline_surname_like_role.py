"""A surname that reads as a role noun ("Baker", "Fisher", "Warner"),
alone before a headline's verb, is the surname of the person the article
names in full, not a role that lost its article; a later "Mr Baker" goes
to that person, never to a body called "Baker". Every sentence here is
written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of
from datasette_factcheck.extract.segment import segment


def speakers(text: str) -> dict[str, object]:
    return {q.text: q.speaker for q in quotes_of(segment(text)) if q.kind == "quote"}


@pytest.mark.parametrize("surname", ["Baker", "Fisher", "Warner"])
def test_a_surname_like_a_role_in_the_headline_is_the_persons(surname):
    text = (
        f"{surname} vows 'every last effort' after losing Tallow seat\n\n"
        f"Party leader Ivo {surname} has said he will make \"every last effort\" to win the seat back at the next poll.\n\n"
        f"After another stone in its old \"blue line\" fell, Mr {surname} told his party to \"stop fighting among ourselves\" and look to the voters.\n"
    )
    found = speakers(text)
    assert found["stop fighting among ourselves"] == f"Ivo {surname}"


def test_a_role_opening_a_headline_still_goes_to_its_holder():
    text = (
        "Headteacher hits out at ‘unfair’ cuts to school budget\n\n"
        "The headteacher of Tallow Primary, Ana Roe, said the cuts were “unfair to every child in the town”.\n\n"
        "The council said the budget was set by law.\n"
    )
    found = speakers(text)
    assert found["unfair"] == "Ana Roe"
