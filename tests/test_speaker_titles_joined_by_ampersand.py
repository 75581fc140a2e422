"""Two descriptions of one person joined by "&", as "and" joins them
("bakery founder & head baker Ana Roe", "owner & head chef Ivo
Renk"), stand before the name that speaks. Every sentence here is
written for the test."""

import pytest

from . import textutil


@pytest.mark.parametrize(
    "attribution, expected",
    [
        ("bakery founder & head baker Ana Roe said", "Ana Roe"),
        ("owner & head chef Ivo Renk told diners", "Ivo Renk"),
        ("co-founder & director Ana Roe wrote on her page", "Ana Roe"),
        # the guard: the same with "and"
        ("bakery founder and head baker Ana Roe said", "Ana Roe"),
    ],
)
def test_titles_joined_by_an_ampersand(attribution, expected):
    paragraphs = ["The new menu starts on Friday.", f"“Sales rose again in the spring and the kitchen is full,” {attribution}."]
    assert textutil.speaker_of(paragraphs, "Sales rose") == expected
