"""A capitalised run that ends in a landform ("Prince Ivo Island", "the
Marren Peninsula") is a place, whatever title or given name opens it:
never a person a later "he" could mean. Every sentence here is written
for the test."""

import pytest

from . import textutil


@pytest.mark.parametrize(
    "place_sentence",
    [
        "Prince Ivo Island has a fixed election law that sets the next date in October, but Tarr used his power to call it early.",
        "Lord Ivo Isle has a fixed election law that sets the next date in October, but Tarr used his power to call it early.",
        "King Ivo Peninsula has a fixed election law that sets the next date in October, but Tarr used his power to call it early.",
    ],
)
def test_a_landform_named_like_a_man_is_no_antecedent(place_sentence):
    paragraphs = [
        "Premier Dale Tarr has called an election for the third of April.",
        place_sentence,
        "Meeting reporters on Friday, the premier defended the timing.",
        "“It has been four years, and it is time people had their say,” he said.",
    ]
    assert textutil.speaker_of(paragraphs, "It has been four years") == "Dale Tarr"
