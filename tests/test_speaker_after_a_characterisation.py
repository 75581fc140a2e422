"""A paragraph of quotation alone after a sentence in which a named person
characterises someone in a short quotation ("Wim Dekker called Mr Tallis
a “stubborn old bulldog”.") goes on with that person. Nobody named
(critics, a group) hands nothing on. Every sentence here is written for
the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "middle, expected",
    [
        ("Wim Dekker called Mr Tallis a “stubborn old bulldog”.", "Wim Dekker"),
        ("Harbour Party leader Wim Dekker branded Mr Tallis “a true original”.", "Wim Dekker"),
        # guards: a plural with no name, a body, and a speech verb (handed on before)
        ("Critics once called Mr Tallis a “stubborn old bulldog”.", None),
        ("The Harbour Trust called Mr Tallis a “stubborn old bulldog”.", None),
        ("Wim Dekker said Mr Tallis was a “stubborn old bulldog”.", "Wim Dekker"),
    ],
)
def test_a_quotation_paragraph_after_a_characterisation(middle, expected):
    found = speakers_of(
        [
            "Former minister Bob Tallis has died at the age of 91, his family said.",
            middle,
            "“He knew the standing orders better than anyone in that chamber.”",
        ]
    )
    assert found[-1][1] == expected
