"""A document owned by a body described by its kind ("the trust's
statement said", "the council's letter reads") speaks for the body of
that kind the story names, as "Ana Roe's statement said" speaks for Ana
Roe. Every sentence here is written for the test."""

import pytest

from . import textutil


@pytest.mark.parametrize(
    "attribution, expected",
    [
        ("the trust's statement said.", "Tallow Housing Trust"),
        ("the trust's letter read.", "Tallow Housing Trust"),
        ("Ana Roe's statement said.", "Ana Roe"),
        # the guards: a trading body the story does not name, and an owner that is no body
        ("the company's statement said.", None),
        ("the tenants' statement said.", None),
    ],
)
def test_a_bodys_document_speaks_for_it(attribution, expected):
    paragraphs = [
        "The Tallow Housing Trust raised rents on 400 flats in March, and Ana Roe, who rents one, took it to a tribunal.",
        f"“Every tenant was told of the rise three months before it took effect,” {attribution}",
    ]
    assert textutil.speaker_of(paragraphs, "Every tenant") == expected
