"""A headline that opens with a quotation and a colon, then reports what
a body did ("‘We will never give up’: HWP sends a sharp warning to
Marsh"): the words after the colon are a clause, not a signature, so the
name that ends them (Marsh, who is warned) never speaks; the body that is
their subject speaks when the article names it and the headline reports
speech (a speech verb or noun). A signature after a colon ("HPU leader
Jane Roe") still signs. Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of
from datasette_factcheck.extract.segment import segment

_BODY = (
    "The Harbour Workers Party (HWP) has vowed that Premier Ivo Marsh will never be left in peace after the vote.\n\n"
    "In a statement the HWP said the premier's allies had blocked every attempt at an inquiry.\n"
)


def _first_speaker(text: str) -> object:
    return [q.speaker for q in quotes_of(segment(text)) if q.kind == "quote"][0]


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("‘We will never give up’: HWP sends a sharp warning to Marsh", "Harbour Workers Party"),
        ("‘We will never give up’: Harbour Workers Party slams Marsh over inquiry", "Harbour Workers Party"),
        # the guards: a place, not a body of the article; no speech reported; a person after the colon
        ("‘We will never give up’: Tallow sends a sharp warning to Marsh", None),
        ("‘We will never give up’: HWP wins seat from Marsh", None),
        ("‘We will never give up’: Ivo Marsh sends a sharp warning to HWP", "Ivo Marsh"),
    ],
)
def test_a_body_after_the_colon_of_a_headline(headline, expected):
    assert _first_speaker(f"{headline}\n\n{_BODY}") == expected


def test_a_signature_after_a_colon_still_signs():
    text = f"A vote in Tallow\n\n{_BODY}\n“We will never give up on this town or on the people who built it”: HWP leader Jane Roe.\n"
    assert [q.speaker for q in quotes_of(segment(text)) if q.kind == "quote"] == ["Jane Roe"]
