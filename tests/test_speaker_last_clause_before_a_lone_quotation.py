"""A quotation that is a sentence of its own after a sentence of two
clauses goes on with the subject of the last one ("Some supporters cheered
for Vale, but Mayor Ana Roe scolded him. “...”"), as a paragraph's last
clause already did for the paragraph after it. Every sentence here is
written for the test."""

import pytest

from . import textutil

QUOTE = "“Mr. Vale, we will not have you throwing papers across this table.”"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Some supporters cheered for Vale, but Mayor Ana Roe scolded him.", "Ana Roe"),
        ("The public gallery went quiet, and Mayor Ana Roe scolded him.", "Ana Roe"),
        # as before: one clause
        ("Mayor Ana Roe scolded him.", "Ana Roe"),
        # guard: a clause that a subordinator opens is no main clause
        ("Mayor Ana Roe spoke first while Tom Vale waited.", "Ana Roe"),
    ],
)
def test_the_last_clause_subject_goes_on(sentence, expected):
    paragraphs = ["Ben Lowe chairs the harbour board.", f"{sentence} {QUOTE}"]
    assert textutil.speaker_of(paragraphs, "Mr. Vale") == expected
