"""A paragraph that is only a quotation, after a paragraph where someone
named reports speech and the sentences after go on about them by a
pronoun alone ("Baker Ben Lowe says customers tell him so every week.
His flour bill has doubled since May."), is theirs, though an earlier
quotation was someone else's. A wrong speaker is worse than none, so the
tables also hold paragraphs whose speech has no named subject. Every
sentence here is written for the test."""

import pytest

from . import textutil

speaker_of = textutil.speaker_of


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Baker Ben Lowe says customers tell him so every week. His flour bill has doubled since May.", "Ben Lowe"),
        ("Baker Ben Lowe says customers tell him so every week. His flour bill has doubled since May. Monday he raised the price of bread again.", "Ben Lowe"),
        # the guards: the speech last, and speech with no named subject
        ("His flour bill has doubled since May, and baker Ben Lowe says customers tell him so every week.", "Ben Lowe"),
        ("She saw two advisers; one told her to close the bakery. She found her landlord had sold the building.", None),
    ],
)
def test_a_lone_quote_goes_on_with_the_speech_before_it(paragraph, expected):
    paragraphs = [
        "“Nobody here can afford a loaf any more,” one shopper said.",
        paragraph,
        "“People shout at the till, but the mill sets the price of flour, not me.”",
    ]
    assert speaker_of(paragraphs, "People shout at the till") == expected


def test_speech_with_no_named_subject_leaves_a_described_speaker_unnamed():
    paragraphs = [
        "Ana Roe, 61, has lived in the town all her life.",
        "Another shopper saw two advisers; one told her to move away. She found her landlord had sold the flat; he left before she could ask why.",
        "“When I was small, my gran said the town would always look after us,” said the shopper, who asked not to be named.",
    ]
    assert speaker_of(paragraphs, "When I was small") is None
