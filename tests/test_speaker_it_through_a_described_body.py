""""It said" goes back through a chain of "It ..." sentences to a body
described by its kind with plain modifiers ("The power company said ...
It said ... “...,” it said"), which is the one body of that kind the
story names. A councillor abbreviated "Colr." is a title before the
surname. Every sentence here is written for the test."""

import pytest

from . import textutil


@pytest.mark.parametrize(
    "described, expected",
    [
        ("The power company said the second storm will slow the repairs.", "Tallow Grid Ltd"),
        ("The regional power company said the second storm will slow the repairs.", "Tallow Grid Ltd"),
        ("The company said the second storm will slow the repairs.", "Tallow Grid Ltd"),
        # the guard: a kind no body of the story is
        ("The county council said the second storm will slow the repairs.", None),
    ],
)
def test_it_goes_back_to_a_described_body(described, expected):
    paragraphs = [
        "Tallow Grid Ltd had lights back on in most of the valley by Tuesday night.",
        described,
        "It said crews from two other regions had been sent to help.",
        "“Crews will keep working until every last farm is back on the network,” it said.",
    ]
    assert textutil.speaker_of(paragraphs, "Crews will") == expected


@pytest.mark.parametrize("title", ["Colr.", "Cllr.", "Cllr"])
def test_a_councillor_abbreviated(title):
    paragraphs = [
        "Green Party councillor Ivo Renk voted against the scheme, arguing the hills could take no more turbines.",
        f"“Turbines have been at their limit here for a good while now,” said {title} Renk.",
    ]
    assert textutil.speaker_of(paragraphs, "Turbines have") == "Ivo Renk"
