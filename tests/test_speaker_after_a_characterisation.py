"""A paragraph of quotation alone after a sentence in which a named person
characterises someone in a short quotation ("Wim Dekker called Mr Tallis
a “real political character”.") goes on with that person. Nobody named
(critics, a group) hands nothing on. Every sentence here is written for
the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "middle, expected",
    [
        ("Wim Dekker called Mr Tallis a “real political character”.", "Wim Dekker"),
        ("Harbour Party leader Wim Dekker branded Mr Tallis “a true original”.", "Wim Dekker"),
        # guards: a plural with no name, a body, and a speech verb (handed on before)
        ("Critics once called Mr Tallis a “real political character”.", None),
        ("The Harbour Trust called Mr Tallis a “real political character”.", None),
        ("Wim Dekker said Mr Tallis was a “real political character”.", "Wim Dekker"),
    ],
)
def test_a_quotation_paragraph_after_a_characterisation(middle, expected):
    found = speakers_of(
        [
            "Former minister Bob Tallis has died at the age of 91, his family said.",
            middle,
            "“He was a real parliamentarian with a good grasp of the facts and a real sense of history.”",
        ]
    )
    assert found[-1][1] == expected
