"""A speech participle right after an opening clause that a subordinator
opens ("After the Tallow High Court struck the scheme down, calling it
“...”, the opposition ...") belongs to that clause: its subject speaks,
a body after "the" too. A participle after the main clause is the main
clause's subject's. Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "The parking scheme was set up in 2018 by the town council."


@pytest.mark.parametrize(
    "sentence, opening, expected",
    [
        ("After the Tallow High Court late on Friday threw the scheme out, calling it “unlawful from the start”, the opposition cheered.", "unlawful", "Tallow High Court"),
        ("When Ana Roe shut the depot, calling it “a drain on the whole town”, the workers walked out.", "a drain", "Ana Roe"),
        # the guards: a participle after the main clause, and a clause with its own comma
        ("After the Tallow High Court struck the scheme down, the opposition cheered, calling it “a win for every voter”.", "a win", None),
        ("Once the vote was over, Ana Roe left the hall, calling it “a drain on the whole town”.", "a drain", "Ana Roe"),
        ("After the Tallow High Court struck the scheme down, many cheered, calling it “a win for every voter”.", "a win", None),
    ],
)
def test_a_participle_after_an_opening_clause(sentence, opening, expected):
    assert textutil.speaker_of([LEAD, sentence], opening) == expected
