"""An unnamed spokesperson for a named body speaks for the body, however
the sentence opens and however the body prints its name: after a date or
a place that opens the sentence ("Late on Sunday, a spokeswoman for ..."), and
when the body's own name begins with a capital "The". A name set off
before the description still speaks. Every sentence here is written for
the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

QUOTE = "“The club is a fine old institution with a future.”"
CLOSED = "“The club is a fine old institution with a future,”"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"Late on Sunday, a press officer for the Harbour Trust said: {QUOTE}", "Harbour Trust"),
        (f"In Tallow, a press officer for the Harbour Trust said: {QUOTE}", "Harbour Trust"),
        ("Late on Sunday, a press officer for the Harbour Trust said the club was “a fine old institution with a future”.", "Harbour Trust"),
        # guards: a name before the description, a given name that is also a month
        (f"Mr Roe, a spokesman for the Harbour Trust, said: {QUOTE}", "Roe"),
        (f"April Roe, a spokeswoman for the Harbour Trust, said: {QUOTE}", "April Roe"),
        (f"A spokesperson for the Harbour Trust said: {QUOTE}", "Harbour Trust"),
    ],
)
def test_a_spokesperson_after_a_date_or_a_place(sentence, expected):
    assert [speaker for _, speaker in speakers_of([sentence])] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"A spokesperson for The Tallow Group said: {QUOTE}", "Tallow Group"),
        (f"{CLOSED} a spokeswoman for The Tallow Group said.", "Tallow Group"),
        # guards: the same body in lower case; "The" alone names no body
        (f"{CLOSED} a spokeswoman for the Tallow Group said.", "Tallow Group"),
        (f"{CLOSED} a spokeswoman for The said.", None),
    ],
)
def test_a_spokesperson_for_a_body_whose_name_has_the(sentence, expected):
    assert [speaker for _, speaker in speakers_of([sentence])] == [expected]
