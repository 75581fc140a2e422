"""A father and his son may share a name, told apart by a suffix ("Ivo
Marsh Jr." and "Ivo Marsh"): a surname printed with the suffix ("Marsh Jr.
said") is the one whose full name carries it, not whichever of the two was
named last. Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of
from datasette_factcheck.extract.segment import segment


def _speakers(text: str) -> list[object]:
    return [q.speaker for q in quotes_of(segment(text)) if q.kind == "quote"]


@pytest.mark.parametrize(
    "named, printed, expected",
    [
        ("Ivo Marsh Jr. took the oath on Thursday, decades after his father Ivo Marsh left the same office.", "Marsh Jr.", "Ivo Marsh Jr."),
        ("Ivo Marsh Jr took the oath on Thursday, decades after his father Ivo Marsh left the same office.", "Marsh Jr", "Ivo Marsh Jr"),
        ("Ivo Marsh Sr. watched on Thursday as his son Ivo Marsh took the oath.", "Marsh Sr.", "Ivo Marsh Sr."),
        # the guard: one person of the name, printed with the suffix or without
        ("Ivo Marsh Jr. took the oath on Thursday in front of the old court house.", "Marsh", "Ivo Marsh Jr."),
    ],
)
def test_a_suffix_tells_a_father_from_his_son(named, printed, expected):
    text = f"A new governor for Tallow\n\n{named}\n\n“This is a day for every family in the province,” {printed} said.\n"
    assert _speakers(text) == [expected]
