"""A body's name before a two-word document noun ("the Tallow Trust press
release said", "the Harbourline media release stated") is who speaks
through it, as it is before a one-word one ("the Harbourline statement
said"). Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

QUOTE = "“Hiring picked up in every region this spring,”"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"{QUOTE} the Tallow Trust press release said.", "Tallow Trust"),
        (f"Harbourline published the figures on Wednesday. {QUOTE} the Harbourline press release said.", "Harbourline"),
        (f"Harbourline published the figures on Wednesday. {QUOTE} the Harbourline news release stated.", "Harbourline"),
        # guards: a one-word document noun; a release no body is named with
        (f"Harbourline published the figures on Wednesday. {QUOTE} the Harbourline statement said.", "Harbourline"),
        (f"{QUOTE} the press release said.", None),
    ],
)
def test_a_body_named_before_a_two_word_document_noun(sentence, expected):
    assert [speaker for _, speaker in speakers_of([sentence])] == [expected]
