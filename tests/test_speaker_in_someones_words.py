"""“In X's words” before a quotation, as “in the words of X”, makes X
its speaker ("The levy stays, in Roe's words, “...”"). Every
sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "Ana Roe took to the podium to address the chamber."


@pytest.mark.parametrize(
    "sentence",
    [
        "The levy stays, in Roe’s words, “to steady the lenders about our spending plans.”",
        "She was, in her own words, “a little too quick for the lenders”.",
        "The levy stays, in the words of Roe, “to steady the lenders about our spending plans.”",
    ],
)
def test_the_one_whose_words_they_are_speaks(sentence):
    assert [s for _, s in textutil.speakers_of([LEAD, sentence])] == ["Ana Roe"]
