"""A short quotation whose only long word is capitalised ("all go on
Zoom") is speech, not a title or a name, when a word other than the small
ones titles keep in lower case stands in it ("all", "go"): a paragraph that only
quotes after it goes on with its speaker. "Lord of the Rings" and "Tales
of the Harbour" still read as titles. Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.speakers.partial import reads_as_name

from . import textutil


@pytest.mark.parametrize(
    "text, expected",
    [
        ("all go on Zoom", False),
        ("go to Tallow", False),
        # the guards: titles and names
        ("Lord of the Rings", True),
        ("Tales of the Harbour", True),
        ("Harbour Lights", True),
    ],
)
def test_reads_as_name(text, expected):
    assert reads_as_name(text) is expected


@pytest.mark.parametrize(
    "short, expected",
    [
        ("joking that the surviving Greens could now “all go on Zoom”.", "Ana Roe"),
        ("joking that the surviving Greens could now “all go on Zoom”", "Ana Roe"),
    ],
)
def test_a_quotation_paragraph_after_a_capitalised_short_quotation(short, expected):
    found = textutil.speakers_of(
        [
            "The Greens were all but wiped out in the west, with the Harbour Party winning a huge majority on Saturday night.",
            f"Federal Harbour leader Ana Roe hailed the landslide as “quite remarkable”, {short}",
            "“Our western members earned every seat, and the rest of us will learn from them.”",
        ]
    )
    assert found[-1] == ("Our western members earned every seat, and the rest of us will learn from them.", expected)
