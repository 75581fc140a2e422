"""A "with" clause that opens the sentence ("With Mayor Ana Roe saying
the town was “...”, the port shut early") names the speaker of its
participle, as ", with X saying" later in a sentence does. Every sentence
here is written for the test."""

import pytest

from . import textutil

LEAD = "The gale reached the coast on Monday night."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("With Mayor Ana Roe saying the town was “ready for anything the sea can send us”, the port shut early.", "Ana Roe"),
        ("With Mayor Ana Roe warning of “very dangerous” gusts, the port shut early.", "Ana Roe"),
        ("The port shut early, with Mayor Ana Roe warning of “very dangerous” gusts.", "Ana Roe"),
    ],
)
def test_the_subject_of_a_with_clause_speaks(sentence, expected):
    assert [s for _, s in textutil.speakers_of([LEAD, sentence])] == [expected]
