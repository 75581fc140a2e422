"""A short quotation that is the sentence's verb, perhaps after an
adverb ("“flatly rejected”"), is the subject's own words when the
subject is a body named in full, as it is for a person; a time ("on
Tuesday") and the body's initials in brackets may stand between them. A
longer quotation after a body's name is a report's words about the body
and stays with the report. Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "The harbour plan was published on Monday by the port board."


@pytest.mark.parametrize(
    "sentence, opening, expected",
    [
        ("The Tallow Alliance (TA) on Tuesday “flatly rejected” the plan for the quay.", "flatly", "Tallow Alliance"),
        ("The Tallow Alliance “firmly opposed” the plan for the quay.", "firmly", "Tallow Alliance"),
        ("Ana Roe on Tuesday “flatly rejected” the plan, which she said would ruin the quay.", "flatly", "Ana Roe"),
        # the guard: a longer quotation about a body, in a report's words
        ("The Tallow Alliance “took in as much as four million in gifts” from firms, trusts and other donors, the Tallow Gazette reported a week ago.", "took in", "Tallow Gazette"),
    ],
)
def test_a_quoted_verb_after_its_subject(sentence, opening, expected):
    assert textutil.speaker_of([LEAD, sentence], opening) == expected
