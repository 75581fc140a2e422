"""A person's written piece speaks for them ("Roe's newest piece argued
the charter “is no sacred text”"), as their letter or column does.
Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "Ana Roe wrote again on Sunday about the town charter."


@pytest.mark.parametrize("document", ["newest piece", "essay", "letter", "column"])
def test_the_writer_of_a_piece_speaks(document):
    found = textutil.speakers_of([LEAD, f"Roe’s {document} argued the charter “is no sacred text”, and told “its loudest fans” to read it again."])
    assert [s for _, s in found] == ["Ana Roe", "Ana Roe"]


def test_a_piece_of_something_is_no_document():
    # the guard: "piece" as a part of a thing after "a" speaks for no one
    found = textutil.speakers_of([LEAD, "A piece of the land “was never ours”, Roe said."])
    assert [s for _, s in found] == ["Ana Roe"]
