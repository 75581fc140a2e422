"""A speech participle's clause that opens the sentence with a quotation
("Stating that “...,” the Tallow High Court rejected the plea") is spoken
by the main clause's subject when that is a body the article names, as
when it is a person. Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "The Tallow High Court heard the harbour plea on Monday."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Stating that “fairness must be visible to all,” the Tallow High Court threw out the plea.", "Tallow High Court"),
        ("Citing “grave safety worries,” the Tallow Council shut the pier.", "Tallow Council"),
        ("Stating that “fairness must be visible to all,” Judge Ana Roe threw out the plea.", "Ana Roe"),
        # the guard: a subject that is no body and no person speaks nothing
        ("Citing “grave safety worries,” the pier shut for a week.", None),
    ],
)
def test_the_body_after_an_opening_participle_speaks(sentence, expected):
    found = [s for t, s in textutil.speakers_of([LEAD, sentence])] or [None]
    assert found == [expected]
