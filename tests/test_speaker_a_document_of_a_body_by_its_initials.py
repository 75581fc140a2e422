"""A body's initials before a document's noun ("according to a TDB
statement", "a TDB statement said") name who issued it: the words are the
body's, under the name the page spells out (initials before another common
noun, "the PR effort", still only say what kind of thing it is: see
test_speaker_classes). Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "The Tallow Data Board (TDB) fined Harlow Foods on Monday over its customer records."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The firm “failed to keep proper records of its customers,” according to a TDB statement.", "Tallow Data Board"),
        ("“The firm failed to keep proper records,” according to a TDB statement.", "Tallow Data Board"),
        # as before: a document noun after the body's name in full
        ("The firm “failed to keep proper records,” according to a Tallow Data Board statement.", "Tallow Data Board"),
    ],
)
def test_initials_before_a_document_name_its_issuer(sentence, expected):
    assert [speaker for _, speaker in textutil.speakers_of([LEAD, sentence])] == [expected]

