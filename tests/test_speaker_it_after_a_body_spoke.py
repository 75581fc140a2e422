"""An "it" that speaks goes on with the body that spoke in the sentence
before: one whose attribution closes that sentence ("..., the THB
confirmed late on Friday. It added that “...”"), or one whose own quotation gave it a
speaker though a longer description is the sentence's subject. A person
who closes the sentence is no "it". Every sentence here is written for
the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "before, expected",
    [
        ("Clinics across Tallow will shut for both days of the walkout, the THB confirmed late on Friday.", "THB"),
        ("The island boats will sail as normal, Tallow Rail announced.", "Tallow Rail"),
        # the guard: a person closing the sentence is no "it"
        ("The island boats will sail as normal, Jane Roe announced.", None),
    ],
)
def test_it_goes_on_with_the_body_that_closed_the_sentence(before, expected):
    paragraphs = [f"{before} It added that “about 400 appointments a day” would be moved."]
    assert speakers_of(paragraphs) == [("about 400 appointments a day", expected)]


def test_it_goes_on_with_a_body_that_spoke_under_a_longer_subject():
    paragraphs = [
        "Harbour bookshop the Paper Kite said it would open for the “very last time” on Sunday.",
        "On its website, it blamed “costs that only ever go up” for the end.",
    ]
    assert textutil.speaker_of(paragraphs, "costs that only") == "Paper Kite"
