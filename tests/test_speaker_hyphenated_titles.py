"""A hyphenated title ("Lord-Lieutenant", "Vice-Chancellor") is a title
like its last word, also with "of" and a place or a body between it and
the name: the name is the person's, not the title's nor a body's. Every
sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

QUOTE = "“It was a moving day for the town.”"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"Lord-Lieutenant of Wessex Ian Dorley said: {QUOTE}", "Ian Dorley"),
        (f"Vice-Chancellor of Tallow University Ian Dorley said: {QUOTE}", "Ian Dorley"),
        # guards: the same titles without a hyphen, or before the name alone
        (f"Lord Lieutenant of Wessex Ian Dorley said: {QUOTE}", "Ian Dorley"),
        (f"Chancellor of Tallow University Ian Dorley said: {QUOTE}", "Ian Dorley"),
        (f"Director-General of the Tallow Trust Ian Dorley said: {QUOTE}", "Ian Dorley"),
        (f"Tallow University Vice-Chancellor Ian Dorley said: {QUOTE}", "Ian Dorley"),
        (f"The Vice-Chancellor of Tallow University said: {QUOTE}", None),
    ],
)
def test_a_hyphenated_title_before_a_name(sentence, expected):
    assert [speaker for _, speaker in speakers_of([sentence])] == [expected]
