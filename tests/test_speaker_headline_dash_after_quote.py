"""A headline that opens with the quotation and puts a dash after it
("‘...’ – Ana Roe launches new party", "‘Sabotage!’- Roe on ...") names
its speaker after the dash as a colon does. Every headline here is
written for the test."""

import pytest

from . import textutil

BODY = [
    "Union leader Ana Roe spoke to reporters in Tallow on Monday after the strike.",
    "She said the members had shown their strength and that the employers would have to listen now.",
    "Roe added that talks would resume next week.",
]


def headline_speakers(title: str) -> list[object]:
    from datasette_factcheck.extract.article import quotes_of

    seg = textutil.make_seg(BODY, title, True)
    return [q.speaker for q in quotes_of(seg) if q.paragraph == 0 and q.kind != "title"]


@pytest.mark.parametrize(
    "title, expected",
    [
        ("‘Let us build a better town together’ - Ana Roe launches new party", "Ana Roe"),
        ("‘Let us build a better town together’ – Roe launches new party", "Ana Roe"),
        ("‘Sabotage!’- Roe on rivals pulling the motion against Tallow mayor", "Ana Roe"),
        ("‘We will not back down’ — Roe on pay talks", "Ana Roe"),
        # the guards: a colon as before; after the dash, a thing or a place the story names no one by
        ("‘Let us build a better town together’: Ana Roe launches new party", "Ana Roe"),
        ("‘Let us build a better town together’ – the new party in Tallow", None),
        ("‘We will not back down’ – Tallow on pay talks", None),
    ],
)
def test_a_name_after_a_dash_after_the_quotation_speaks(title, expected):
    assert headline_speakers(title) == [expected]
