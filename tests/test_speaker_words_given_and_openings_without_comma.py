"""A sentence after a quotation that names whose words they were as the
subject of a clause on the noun ("That's the battle cry Ana Roe had",
"That was the warning Ana Roe gave"), also when the stop is typed after
the closing mark; and a phrase of occasion that opens the sentence without
its comma ("In a letter to staff Ana Roe wrote:", "In a statement Ana Roe,
a plant director, said:"), after which the name is the subject. Every
sentence here is written for the test."""

import pytest

from . import textutil

QUOTE = "“Keep going, this fight is far from over”."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("That's the battle cry union leader Ana Roe had for the striking crews.", "Ana Roe"),
        ("That was the warning Ana Roe gave the mayors at the hall.", "Ana Roe"),
        ("Those were the words of opposition leader Ana Roe at the hall.", "Ana Roe"),
        # guards: no person after the noun; a clause whose subject is no one named
        ("That was the warning Tallow gave.", None),
        ("That was the warning Ana Roe ignored at the hall.", None),
        ("That's the message the council wants to send.", None),
    ],
)
def test_the_words_a_person_gave(sentence, expected):
    paragraphs = [QUOTE, sentence, "Ben Lowe chairs the harbour board."]
    assert textutil.speaker_of(paragraphs, "Keep going") == expected


LINE = "“The mill has tried for years to cut its costs and keep every job.”"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"In a letter to staff Ana Roe wrote: {LINE}", "Ana Roe"),
        (f"In a statement Ana Roe, a plant director, said: {LINE}", "Ana Roe"),
        (f"In a statement Ana Roe, depot chief for the Harbour Trust said: {LINE}", "Ana Roe"),
        (f"In a letter to staff Harbour Trust wrote: {LINE}", "Harbour Trust"),
        # as before: with the comma
        (f"In a statement, Ana Roe, a plant director, said: {LINE}", "Ana Roe"),
        # guards: a lower-case subject after the phrase; a name inside an opening phrase set off
        # by its comma, then a description that runs to the verb
        (f"In a letter to staff the plant director wrote: {LINE}", "Tom Vale"),
        (f"In talks about the plant with director Ana Roe, former owner Ben Lowe told the board, {LINE}", "Ben Lowe"),
    ],
)
def test_a_name_after_an_opening_phrase_without_its_comma(sentence, expected):
    paragraphs = ["Tom Vale runs the harbour board.", sentence]
    assert textutil.speaker_of(paragraphs, "The mill") == expected
