"""A quotation inside a sentence that names its speaker before it and a
paper after it ("Roe also noted that the board “...”, reported the
Gazette") is the speaker's: the paper passes the words on, as with
"according to". With no speaker before, the paper's name is all the
sentence gives. Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "Ana Roe, who chairs the harbour board, spoke to members on Monday."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("But Roe also noted that the board “would be forced to sell the old quay”, reported the Tallow Gazette.", "Ana Roe"),
        ("Roe told members the board “would be forced to sell the old quay”, reports the Tallow Gazette.", "Ana Roe"),
        ("Roe said the board “would be forced to sell the old quay”, according to the Tallow Gazette.", "Ana Roe"),
        # the guard: no speaker before the quotation
        ("“The board would be forced to sell the old quay”, reported the Tallow Gazette.", "Tallow Gazette"),
    ],
)
def test_a_paper_that_reports_relays_the_speaker_named_before(sentence, expected):
    assert textutil.speaker_of([LEAD, sentence], "The board" if sentence.startswith("“") else "would be forced") == expected
