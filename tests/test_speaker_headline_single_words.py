"""A one-word headline quotation ("Coach ‘delighted’ with late winner")
echoes the body: it is the speaker's whose short body quotation prints
that word, when only one speaker's does and no quotation of nobody's
does. A headline's "Councillor says X's ‘...’ of Tallow ..." has the
councillor speak, never the place after "of". A wrong speaker is worse
than none, so the table also holds headlines left as they were. Every
sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from .textutil import make_seg


def headline_quotes(title: str, paragraphs: list[str]) -> list[tuple[str, object]]:
    return [(q.text, q.speaker) for q in quotes_of(make_seg(paragraphs, title=title)) if q.paragraph == 0 and q.kind == "quote"]


_BODY = [
    "Fernhill won the cup final on Saturday with a penalty in the last minute.",
    "“Delighted,” coach Ana Roe said after the game. “I am glad he stood up and took the ball.”",
]


@pytest.mark.parametrize(
    "title, paragraphs, expected",
    [
        ("Fernhill coach ‘delighted’ with late winner", _BODY, [("delighted", "Ana Roe")]),
        ("‘Grand’ farmhouse found under Tallow car park", ["The dig was led by Ana Roe.", "She said it was the “grand” home of a rich family."], [("Grand", "Ana Roe")]),
        ("Councillor says Mayor’s ‘spin’ of Tallow rent rises is ‘shameful’",
         ["Tallow councillor Ana Roe has called the rent rises “shameful” in a letter to the council."], [("spin", "Ana Roe"), ("shameful", "Ana Roe")]),
    ],
)
def test_a_one_word_headline_quote_is_its_body_speakers(title, paragraphs, expected):
    assert [found for found in headline_quotes(title, paragraphs) if found[0] in dict(expected)] == expected


@pytest.mark.parametrize(
    "title, paragraphs",
    [
        # the word deep in a long quotation, used there another way
        ("Recall over ‘overheating’ fault in kettles", ["“We have had reports of bases overheating on the stove, and one is one too many,” said Ana Roe."]),
        # the word also quoted by nobody in the body
        ("‘Catastrophic’ bed tax for Tallow", ["Critics called the plan “catastrophic” on Monday.", "“It would be catastrophic,” said Ana Roe."]),
        # two speakers print it
        ("Fernhill coach ‘delighted’ with late winner", _BODY + ["“Delighted,” captain Ben Lowe said."]),
    ],
)
def test_a_one_word_headline_quote_without_one_clear_echo_keeps_no_speaker(title, paragraphs):
    found = [speaker for text, speaker in headline_quotes(title, paragraphs)]
    assert all(speaker is None for speaker in found)
