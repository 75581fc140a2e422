"""A kind of body printed in capitals after "the" ("the Bench said", as
some papers print it) goes back to the body of that kind the story named,
as "the bench" does, though no body's name holds the word; with no such
body named, nobody speaks. A noun that heads bodies' names ("the
Government") goes back only to a body so named, or names the government as printed. Every sentence here is written for the test."""

import pytest

from . import textutil

QUOTE = "“We are of the view that a fine of one rupee will do here,”"


@pytest.mark.parametrize(
    "lead, cue, expected",
    [
        ("The Supreme Court of Tallow heard the contempt case against a senior lawyer on Monday.", "the Bench said.", "Supreme Court of Tallow"),
        ("The Supreme Court of Tallow heard the contempt case against a senior lawyer on Monday.", "said the Bench, on which Justice Ana Roe also sat.", "Supreme Court of Tallow"),
        ("The Supreme Court of Tallow heard the contempt case against a senior lawyer on Monday.", "the bench said.", "Supreme Court of Tallow"),
        # the guards: no court named, and a noun that heads bodies' names goes back only to one so named
        ("A senior lawyer was heard in the contempt case on Monday.", "the Bench said.", None),
        ("The Tallow Roads Ministry closed the old bridge on Monday.", "the Government said.", "Government"),
    ],
)
def test_a_capitalised_kind_goes_back_to_the_body(lead, cue, expected):
    assert textutil.speaker_of([lead, f"{QUOTE} {cue}"], "We are of the view") == expected
