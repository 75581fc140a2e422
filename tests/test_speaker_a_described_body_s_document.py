"""A document owned by a body described in lower case ("The court's ruling
said both clubs must “...”", "the appeal court's written ruling said")
speaks for that body, as "the Trust's statement" does for a body named;
and "it" after it goes back to the same body. Every sentence here is
written for the test."""

import pytest

from . import textutil

LEAD = "The Tallow Court of Justice ruled on Thursday that the league had broken the rules on competition."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The court's ruling said both clubs must “respect the freedom to move”, adding that the rules went too far.", "Tallow Court of Justice"),
        ("The appeal court's written ruling said both clubs must “respect the freedom to move”.", "Tallow Court of Justice"),
        # as before: the document with no owner before its verb and a colon
        ("The court's ruling said: “Both clubs must respect the freedom to move.”", "Tallow Court of Justice"),
        # a person's document is still the person's, not a body's
        ("Ana Roe's letter said both clubs must “respect the freedom to move”.", "Ana Roe"),
    ],
)
def test_a_described_body_speaks_through_its_document(sentence, expected):
    assert [speaker for _, speaker in textutil.speakers_of([LEAD, sentence])] == [expected]


def test_it_goes_back_to_the_body_whose_document_spoke():
    paragraphs = [
        LEAD,
        "The court's ruling said both clubs must “respect the freedom to move”, adding that the rules went too far.",
        "“Running club competitions is an economic activity,” it said.",
    ]
    assert [speaker for _, speaker in textutil.speakers_of(paragraphs)] == ["Tallow Court of Justice", "Tallow Court of Justice"]
