"""The one who brings a case ("The petition was filed by Ana Roe", "Ivo
Renk filed a lawsuit over ...") is the one "the petitioner" or "the
plaintiff" means later in the story. Every sentence here is written for
the test."""

import pytest

from . import textutil

QUOTE = "“The flats have been damp for six winters and nobody came to look,” {role} said."


@pytest.mark.parametrize(
    "filing, role, expected",
    [
        ("The petition has been filed by Ana Roe, whose brother was held for a week.", "the petitioner", "Ana Roe"),
        ("Ana Roe filed a lawsuit over the flats on Monday.", "the plaintiff", "Ana Roe"),
        ("A complaint was lodged by Ana Roe with the housing ombudsman in May.", "the complainant", "Ana Roe"),
        ("Ana Roe has filed an appeal against the ruling.", "the appellant", "Ana Roe"),
        # the guards: the filer is a body, and nobody is said to file anything
        ("The Tallow Tenants Union filed a lawsuit over the flats on Monday.", "the plaintiff", None),
        ("Ana Roe rents a flat from the Tallow Housing Trust.", "the plaintiff", None),
    ],
)
def test_the_one_who_brings_a_case(filing, role, expected):
    paragraphs = [filing, "Judge Ivo Renk heard the case on Tuesday.", QUOTE.format(role=role)]
    assert textutil.speaker_of(paragraphs, "The flats") == expected
