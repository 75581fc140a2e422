"""Words quoted inside the clause a remark's "that" opens ("rejected a
claim by the Tallow Growers Union that the mill would “...”", "doubted
a statement by Farm Secretary Ben Lowe that ...") are the words of whoever
made the remark, not of the sentence's subject. A wrong speaker is worse
than none, so the table also holds sentences whose subject speaks. Every
sentence here is written for the test."""

import pytest

from . import textutil

speaker_of = textutil.speaker_of


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ana Roe rejected a claim by the Tallow Growers Union that the mill would “shut for good by the end of the season” this year.", "Tallow Growers Union"),
        ("Ana Roe doubted a statement by Farm Secretary Ben Lowe that the Minister would meet growers to “shut for good by the end of the season” any talk of a strike.", "Ben Lowe"),
        ("The letter contradicts comments from former mayor Ben Lowe that the mill would “shut for good by the end of the season” in the spring.", "Ben Lowe"),
        # the guards: the subject's own words, and a remark whose clause has ended
        ("Ana Roe said that the mill would “shut for good by the end of the season” this year.", "Ana Roe"),
        ("Ana Roe rejected a claim by the Tallow Growers Union. She said the mill would “shut for good by the end of the season” anyway.", "Ana Roe"),
    ],
)
def test_the_words_of_a_claims_clause_are_its_makers(sentence, expected):
    paragraphs = ["Growers in Tallow are upset about the price of cane this year.", sentence]
    assert speaker_of(paragraphs, "shut for good") == expected
