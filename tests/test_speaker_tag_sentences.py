"""A sentence after a quotation that is only its speaker and a verb of
speech, perhaps with a short phrase of time ("“...” The Rovers' head coach
continued.", "“...” Ivo Renk added on Friday."), says whose words they
were; a role no one named holds, going on, is the one just quoted. A
sentence that goes on about something else names no speaker. Every
sentence here is written for the test."""

import pytest

from . import textutil

OPENING = "“We had our chances in the first half,” Ana Roe said after the game."


@pytest.mark.parametrize(
    "tag, expected",
    [
        ("The Rovers’ team boss continued.", "Ana Roe"),
        ("The Rovers' manager went on.", "Ana Roe"),
        ("Ivo Renk added on Friday.", "Ivo Renk"),
        # the guard: no verb of speech
        ("The crowd went home early.", None),
    ],
)
def test_a_tag_sentence_after_a_quotation(tag, expected):
    paragraphs = [OPENING, f"The second half was one-sided. “We gave up in the last half hour and we cannot do that.” {tag}"]
    assert textutil.speaker_of(paragraphs, "We gave up") == expected
