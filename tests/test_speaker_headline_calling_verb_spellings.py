"""A headline that puts words in its subject's mouth with a verb of
calling ("Judge criticises move as 'a farce'") gives them to the person
the story names, whichever spelling the verb takes. Every sentence here
is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil

BODY = [
    "A circuit judge spoke out against the choice to hear the case in Tallow rather than in Marren.",
    "Judge Ana Roe said a court in Marren had been free all week and should have been used.",
    "“I am appalled; this is a total shambles,” she said.",
]


@pytest.mark.parametrize(
    "headline",
    [
        "Judge criticises move to Tallow as 'complete farce'",
        "Judge criticizes move to Tallow as 'complete farce'",
        "Judge describes move to Tallow as 'complete farce'",
    ],
)
def test_a_calling_verb_in_either_spelling_gives_the_headline_words_to_the_story_speaker(headline):
    seg = textutil.make_seg(BODY, headline)
    speakers = {q.text: q.speaker for q in quotes_of(seg) if q.text.startswith("complete farce")}
    assert speakers == {"complete farce": "Ana Roe"}
