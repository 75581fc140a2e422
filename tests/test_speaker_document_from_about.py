"""A document from someone that says what it is about before its verb
("“...,” a statement from the Harbour Crown Office regarding the
ruling reads"): the issuer speaks through it. Every sentence here is
written for the test."""

import pytest

from . import textutil

LEAD = "Ana Roe lost her appeal at the harbour court on Monday."
QUOTE = "“The crane logs showed two earlier faults, and the engineers could not exclude a third,”"


@pytest.mark.parametrize(
    "tail, expected",
    [
        ("a statement from Harbour Crown Office regarding the ruling reads in part.", "Harbour Crown Office"),
        ("a statement from Harbour Crown Office about the case said.", "Harbour Crown Office"),
        ("a letter from Ana Roe concerning the ruling said.", "Ana Roe"),
        # the guards: as before without the phrase; and a sender no one names
        ("a statement from Harbour Crown Office said.", "Harbour Crown Office"),
        ("a letter from a neighbour regarding the case said.", None),
    ],
)
def test_the_issuer_before_what_the_document_is_about_speaks(tail, expected):
    assert [s for _, s in textutil.speakers_of([LEAD, f"{QUOTE} {tail}"])] == [expected]
