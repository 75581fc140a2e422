"""A quotation that opens the story's first paragraph and that nothing
attributes is spoken by the person the headline opens on as the subject of
a verb of saying, praise or blame ("Ana Roe criticises Tallow Council over
ferry times", then "“...”"), in sentence case or Title Case; a quotation that
runs on into the next paragraph goes on with it. Every sentence here is
written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil

OPENING = "“The timetable was changed without a word to anyone who uses the ferry."
RUNS_ON = "“Nobody on the island was asked before the summer sailings were cut.”"
LATER = "Ana Roe leads the residents' group and will stand for the council in May."


@pytest.mark.parametrize(
    "headline, paragraphs, expected",
    [
        ("Ana Roe criticises Tallow Council over ferry times", [OPENING, RUNS_ON, LATER], ["Ana Roe", "Ana Roe"]),
        ("Ana Roe Slams Tallow Council Over Ferry Times", [OPENING, RUNS_ON, LATER], ["Ana Roe", "Ana Roe"]),
        # guards: a verb that says nothing of speech; a body in the headline; the quotation not opening the story
        ("Ana Roe wins Tallow seat", [OPENING, RUNS_ON, LATER], [None, None]),
        ("Tallow Council criticises Ana Roe over ferry times", [OPENING, RUNS_ON, LATER], [None, None]),
        ("Ana Roe criticises Tallow Council over ferry times", ["The council met on Monday.", OPENING, RUNS_ON, LATER], [None, None]),
    ],
)
def test_the_headline_subject_speaks_the_opening_quotation(headline, paragraphs, expected):
    seg = textutil.make_seg(paragraphs, headline, True)
    assert [q.speaker for q in quotes_of(seg) if q.paragraph > 0] == expected
