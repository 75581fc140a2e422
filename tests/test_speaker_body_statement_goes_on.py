"""A body quoted last, in this paragraph or the one before, with no
document named ("The Harbour Workers Union said: “...”" then "“...,” the
statement said"): the statement is that body's. Not when a person spoke
in between or last. Every sentence here is written for the test."""

import pytest

from . import textutil

OPENING = "Marchers were tear-gassed near the docks on Monday."
BODY_SPEAKS = "The Harbour Workers Union said: “We thank members for the huge turnout today. We regret the scenes and distance ourselves from those who took part.”"
PERSON_SPEAKS = "Ana Roe said: “We thank members for the huge turnout today.”"
STATEMENT = "Troublemakers “had slipped into the otherwise calm march”, the statement said."


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        ([OPENING, BODY_SPEAKS, STATEMENT], "Harbour Workers Union"),
        # the guards: a person's words last, or a person speaking after the body
        ([OPENING, PERSON_SPEAKS, STATEMENT], None),
        ([OPENING, BODY_SPEAKS + " Its chair, Ana Roe, said: “We will march again next week.”", STATEMENT], None),
    ],
)
def test_the_statement_goes_on_with_the_body_quoted_last(paragraphs, expected):
    found = textutil.speakers_of(paragraphs)
    assert found[-1][1] == expected
