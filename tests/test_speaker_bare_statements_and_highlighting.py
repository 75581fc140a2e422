"""A statement the words give no issuer ("A statement said: “...”", "“...,”
a statement said") is placed as "a spokesman" is: it speaks for the body
that is the subject of the sentence before, and for no one when a person
is. And "highlighted" reports words as "underlined" and "stressed" do.
Every sentence here is written for the test."""

import pytest

from . import textutil

QUOTED = "“This move will raise money for tour operators and the villages around the park,”"


@pytest.mark.parametrize(
    "lead, closing, expected",
    [
        ("The Tallow Wildlife Authority raised the price of gorilla permits on Monday.", "a statement said.", "Tallow Wildlife Authority"),
        ("A statement released by the Tallow Wildlife Authority said demand for permits was rising.", "a statement said yesterday.", "Tallow Wildlife Authority"),
        ("The Tallow Wildlife Authority raised the price of gorilla permits on Monday.", "a written statement said.", "Tallow Wildlife Authority"),
        # a person before it: the statement may be anyone's
        ("Ana Roe raised the price of gorilla permits on Monday.", "a statement said.", None),
        # as before: a spokesman for no body named
        ("The Tallow Wildlife Authority raised the price of gorilla permits on Monday.", "a spokesman said.", "Tallow Wildlife Authority"),
    ],
)
def test_a_statement_with_no_issuer_speaks_for_the_body_before(lead, closing, expected):
    assert [speaker for _, speaker in textutil.speakers_of([lead, f"{QUOTED} {closing}"])] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ana Roe highlighted the efforts of the government to “rescue” the state oil firm.", "Ana Roe"),
        ("“We managed to rescue the state oil firm,” highlighted the presidential spokesman, Rolf Brand, on Thursday.", "Rolf Brand"),
    ],
)
def test_highlighted_reports_words(sentence, expected):
    lead = "Output at the refinery will go up before next winter, officials said on Thursday."
    assert [speaker for _, speaker in textutil.speakers_of([lead, sentence])] == [expected]
