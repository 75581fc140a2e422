"""A quotation that is a sentence of its own after a sentence of two
clauses goes on with the subject of the last one ("The gallery clapped for
Vale, but Mayor Ana Roe rebuked him. “...”"), as a paragraph's last
clause already did for the paragraph after it. Every sentence here is
written for the test."""

import pytest

from . import textutil

QUOTE = "“Mr. Vale, sit down and let the clerk finish reading the motion.”"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The gallery clapped for Vale, but Mayor Ana Roe rebuked him.", "Ana Roe"),
        ("The public gallery went quiet, and Mayor Ana Roe rebuked him.", "Ana Roe"),
        # as before: one clause
        ("Mayor Ana Roe rebuked him.", "Ana Roe"),
        # guard: a clause that a subordinator opens is no main clause
        ("Mayor Ana Roe spoke first while Tom Vale waited.", "Ana Roe"),
    ],
)
def test_the_last_clause_subject_goes_on(sentence, expected):
    paragraphs = ["Ben Lowe chairs the harbour board.", f"{sentence} {QUOTE}"]
    assert textutil.speaker_of(paragraphs, "Mr. Vale, sit") == expected
