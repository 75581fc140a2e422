"""A quotation inside a sentence with no attribution of its own, right
after a sentence of the same paragraph that reports a person's words,
goes on with that report: "Ana Roe said the roof had failed. Props went
in to “keep it safe”." Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil


def last_speaker(paragraphs: list[str]) -> object:
    """The speaker of the last quotation, whatever its kind."""
    return quotes_of(textutil.make_seg(paragraphs, "A headline", False))[-1].speaker

OPENING = "Ana Roe, the school's head, said weak concrete was found in the roof of the gym in May."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("New classrooms have since been put up and props placed in the gym to “keep it safe for everyone”.", "Ana Roe"),
        ("The gym is closed until the props that “keep it safe for everyone” can come out.", "Ana Roe"),
        # guards: a phrase of fewer than four words, someone named in the sentence, and a possessor of the words
        ("That could bring on the “worst case” for the town.", None),
        ("Props went in after Ben Lowe visited the gym, to “keep it safe for everyone”.", None),
        ("The Harbour Trust's claims of “quick fixes for every school” were denied.", None),
    ],
)
def test_a_quotation_after_a_reported_sentence(sentence, expected):
    assert last_speaker(["The school opened again on Monday after the summer.", f"{OPENING} {sentence}"]) == expected


def test_a_sentence_that_reports_no_words_hands_nothing_on():
    paragraphs = ["The school opened again on Monday after the summer.", "Ana Roe, the school's head, toured the gym in May. Props went in to “keep it safe for everyone”."]
    assert last_speaker(paragraphs) is None
