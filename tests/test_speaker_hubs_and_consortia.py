"""A hub, a consortium or centres are a body ("the Marren Health and Innovation
Hub", "the Marren Rail Consortium", "the Centers for Harbour
Safety"): its last word is no one's surname, a "she" after a person
placed at it goes to the person, and "for" inside its name cuts nothing
off. Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "A study of 300 young firms found that most struggled to borrow money in their first five years."


@pytest.mark.parametrize(
    "body",
    ["the Marren Health and Innovation Hub", "the Marren Rail Consortium", "the Tallow Health Centre"],
)
def test_she_after_a_person_placed_at_a_body_goes_to_the_person(body):
    paragraphs = [
        LEAD,
        f"“The scene has grown fast in the last few years,” said Ana Roe from {body}.",
        "Hurdles",
        "“Even so, many problems still hold firms back from growing,” she said.",
    ]
    assert textutil.speaker_of(paragraphs, "Even so") == "Ana Roe"


@pytest.mark.parametrize(
    "body",
    ["the Centers for Harbour Safety", "the Centre for Harbour Safety"],
)
def test_a_body_named_for_its_centres_keeps_its_whole_name(body):
    paragraphs = [LEAD, f"“After looking at the figures, we have ended the order,” {body} said in a statement."]
    assert textutil.speaker_of(paragraphs, "After looking") == body.removeprefix("the ")
