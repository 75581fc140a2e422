"""A "he" or "she" goes on only with someone the text shows to be a person.
A full name whose given name no list knows ("Zindoro Baxa") is shown to be
a person's when the article prints the surname alone before a verb of
speech ("Baxa added"), wherever that is: then a pronoun before it, even in
a story that opens on the quotation, may mean them. Without that, the
pronoun stays unresolved, as a wrong speaker is worse than none. Every
sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of
from datasette_factcheck.extract.segment import segment


def _speakers(text: str) -> list[object]:
    return [q.speaker for q in quotes_of(segment(text)) if q.kind == "quote"]


_OPENING = (
    "“For months there has been a quiet campaign to wear down the people who built this movement.\n\n"
    "“It has reached my family, and that is where I draw the line,” he said.\n\n"
)


@pytest.mark.parametrize(
    "headline, later, expected",
    [
        ("Zindoro Baxa quits as leader of the Harbour Party", "Baxa added that the work would go on without him.", "Zindoro Baxa"),
        ("WATCH: Zindoro Baxa quits as party leader", "Later, Baxa said the decision was final.", "Zindoro Baxa"),
        # the guards: nothing shows the name to be a person's, or it is a body's
        ("Zindoro Baxa quits as leader of the Harbour Party", "The party will elect a new leader in June.", None),
        ("Baxa Holdings quits the harbour board", "Baxa said the board had failed its members.", None),
    ],
)
def test_a_pronoun_goes_on_with_a_name_whose_surname_speaks(headline, later, expected):
    speakers = _speakers(f"{headline}\n\n{_OPENING}{later}\n")
    assert speakers[:2] == [expected, expected]


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Zindoro Baxa", True),
        # the guards: a group's plural before the surname ("Republicans Baxa of Tallow and Lunde of
        # Marren"), a word the article also prints in lower case, and a name whose surname never speaks alone
        ("Republicans Baxa", False),
        ("Veterans Baxa", False),
        ("Zindoro Lunde", False),
    ],
)
def test_surname_speaks(name, expected):
    from datasette_factcheck.extract.quotes import extract_quotes
    from datasette_factcheck.extract.speakers.article import Article

    seg = segment(
        "Two members oppose the plan\n\nRepublicans Baxa of Tallow and Lunde of Marren, both veterans, oppose the plan.\n\n"
        "Baxa said the vote had been close.\n"
    )
    art = Article(seg, extract_quotes(seg))
    assert art.surname_speaks(name) is expected
