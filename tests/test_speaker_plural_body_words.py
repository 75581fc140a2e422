"""A body's word in the plural inside a longer name, before more of it or
after a nationality ("the Tallow Institutes of Science", "Kenyan
Colleges"), names bodies, and no person's name is made of one, whatever
title-like word stands before it ("its premier Tallow Institutes"). A
plural alone ("Authorities") names nobody, and a surname that is one
("Keri Banks") stays a person's. Every sentence here is written for the
test."""

import pytest

from datasette_factcheck.extract.speakers.names import looks_like_org

from . import textutil


@pytest.mark.parametrize(
    "printed, expected",
    [
        ("Tallow Institutes of Science", True),
        ("the Marren Colleges of Art", True),
        ("Kenyan Colleges", True),
        ("Institute of Marine Studies", True),
        # the guards: a plural alone, and a person's name
        ("Authorities", False),
        ("Vurro Quisk", False),
        ("Keri Banks", False),
        ("Ana Banks", False),
    ],
)
def test_plural_body_words(printed, expected):
    assert looks_like_org(printed) is expected


def test_no_one_is_named_after_a_plural_body():
    paragraphs = [
        "A common charge about its premier Tallow Institutes of Science is that they do little for farmers.",
        "The fund is a break with the past, says Vurro Quisk. “For the first time the labs will work on what farmers need,” he said.",
    ]
    assert textutil.speaker_of(paragraphs, "For the first time") == "Vurro Quisk"
