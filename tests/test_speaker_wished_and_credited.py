"""A partial quotation after "wished" or "credited" is the subject's own
words, as after "thanked" or "hailed" ("X wished the defectors “all the
best”"); "tax credits" is a noun, no verb. Every sentence here is
written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of
from datasette_factcheck.extract.segment import segment


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ana Roe, the party chief, wished the defectors “every success” with their new party.", "Ana Roe"),
        ("Ana Roe credited the crews' “quiet courage” for the rescue.", "Ana Roe"),
        # the guard: a noun that looks like the verb gives nobody the words
        ("Ana Roe said the new tax credits “cost too much” for the port.", "Ana Roe"),
    ],
)
def test_a_partial_quotation_after_a_verb_of_praise_is_the_subjects(sentence, expected):
    assert quotes_of(segment("Harbour vote row\n\n" + sentence + "\n"))[-1].speaker == expected
