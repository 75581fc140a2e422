"""Speaker attribution on the shapes real newsroom pages print: quote marks
typed as doubled apostrophes, pronouns that must agree with the person,
labels before names, hometowns and party tags after them, round-up
signatures and quoted transcripts. Every sentence here is written for
the test."""

import pytest

from . import textutil
from datasette_factcheck.extract.quotes import extract_quotes
from datasette_factcheck.extract.speakers import attribute


def speakers_of(paragraphs):
    seg = textutil.make_seg(paragraphs, "A headline", False)
    return [(q.text, q.speaker) for q in attribute(seg, extract_quotes(seg)) if q.kind == "quote"]


def last_speaker(paragraphs):
    found = speakers_of(paragraphs)
    assert found, "no quote found"
    return found[-1][1]


INTRO = "Mayor Angela Ruiz met council leader Tom Becker on Monday."


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("''We will balance the books this year,'' Becker said.", "Tom Becker"),
        ("''We will balance the books this year,'' said Mayor Ruiz.", "Angela Ruiz"),
        ("‘‘We will balance the books this year,’’ said Mayor Ruiz on Tuesday.", "Angela Ruiz"),
        ("Ruiz said: ''We will balance the books this year.''", "Angela Ruiz"),
    ],
)
def test_quote_marks_typed_as_two_apostrophes(paragraph, expected):
    assert last_speaker([INTRO, paragraph]) == expected
