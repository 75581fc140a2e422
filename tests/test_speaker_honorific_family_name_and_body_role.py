"""A family name printed first ("Dr Lim Boon Keat", then "Dr Lim") is the
person's when an honorific printed with the full name shows a person,
though no role or gender does; and a description that names a body ("the
leader of Marren City Council") is no one the article printed away from
that body, such as the mayor just quoted. Every sentence here is written
for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of
from datasette_factcheck.extract.segment import segment


def _speakers(text: str) -> list[object]:
    return [q.speaker for q in quotes_of(segment(text))]


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("The chairman of Harbour Singapore Party (HSP) Dr Lim Boon Keat", "Lim Boon Keat"),
        ("Harbour Singapore Party chairman Lim Boon Keat", "Lim Boon Keat"),
    ],
)
def test_a_family_name_first_with_an_honorific(opening, expected):
    text = (
        "Harbour party chief calls minister a “bully”\n\n"
        f"{opening} has called Minister Ivo Marsh a “bully” in the chamber last May.\n\n"
        "“I think Marsh is a bully, it is the manner he asked that question,” said Dr Lim in an interview.\n"
    )
    assert _speakers(text)[-1] == expected


@pytest.mark.parametrize(
    "leader, expected",
    [
        ("Harbour Freight chairman Dara Finch", None),
        # the guard: someone printed with the body is still the one meant
        ("Marren City Council leader Dara Finch", "Dara Finch"),
    ],
)
def test_a_description_naming_a_body_is_no_one_printed_away_from_it(leader, expected):
    text = (
        "Bus fares capped at two pounds\n\n"
        f"{leader} said the cap would start in September.\n\n"
        "“This is a big day for passengers,” Mayor Ruth Alby said.\n\n"
        "The head of Marren City Council termed the scheme “a bold answer for lean years” as prices climb.\n"
    )
    assert _speakers(text)[-1] == expected
