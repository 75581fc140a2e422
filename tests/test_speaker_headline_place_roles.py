"""Two headline shapes that name the speaker by a place and a role: a
place and a lower-case role before a reduced clause ("Tallow mayor hit by
eggs, warns 'X'"), which is the role's holder, not the place; and a title
in capitals before a surname with the verb left out ("Tallow PM Marsh
'X'"). Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil

MAYOR = [
    "TALLOW – Mayor Ivo Marsh was pelted with eggs on Wednesday night as he tried for an hour to calm a crowd at the town hall.",
    "He later told the council that more officers had to be sent to the square before the weekend.",
]
PREMIER = [
    "Prime Minister Ivo Marsh on Saturday thanked the electorate for backing him, which gave his party a large majority.",
    "The opposition leader, Ana Roe, admitted she had lost just after eleven.",
]


def _speakers(paragraphs: list[str], headline: str) -> dict[str, object]:
    return {q.text: q.speaker for q in quotes_of(textutil.make_seg(paragraphs, headline))}


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Tallow mayor pelted with eggs, warns 'someone will get hurt'", "Ivo Marsh"),
        ("Tallow mayor, pelted with eggs, warns 'someone will get hurt'", "Ivo Marsh"),
        ("Tallow mayor warns 'someone will get hurt' after egg attack", "Ivo Marsh"),
        # the guard: a name after the role is the subject
        ("Tallow mayor Ivo Marsh, pelted with eggs, warns 'someone will get hurt'", "Ivo Marsh"),
    ],
)
def test_a_place_and_its_role_before_a_reduced_clause_is_the_role_holder(headline, expected):
    assert _speakers(MAYOR, headline)["someone will get hurt"] == expected


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Tallow PM Marsh 'very moved'; thanks voters for win", "Ivo Marsh"),
        ("PM Marsh 'very moved' by election win", "Ivo Marsh"),
        ("Marsh 'very moved' by election win", "Ivo Marsh"),
        # the guard: a body's initials in capitals speak for no one the story names
        ("Tallow PAC 'very moved' by election win", None),
    ],
)
def test_a_title_in_capitals_before_a_surname_opens_a_verbless_headline(headline, expected):
    assert _speakers(PREMIER, headline)["very moved"] == expected
