"""A name followed by a title and then the body the title is held at,
each set off by commas ("Ana Roe, Director of Research, Harbourline,
said"), is the person speaking: neither the body nor the title's last
words. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

QUOTE = "“We are seeing more attacks on small firms.”"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"Ana Roe, Director of Research, Harbourline, said: {QUOTE}", "Ana Roe"),
        (f"Ana Roe, Head of Fraud Research, Harbourline, told the Tallow Gazette: {QUOTE}", "Ana Roe"),
        (f"Ana Roe, director of fraud research, Harbourline, told the Tallow Gazette: {QUOTE}", "Ana Roe"),
        (f"Ana Roe, Chief Executive, Harbourline, said: {QUOTE}", "Ana Roe"),
        # guards: a description, then a second name, is that name; the body named with its kind
        (f"Ana Roe, a nurse, Ben Ostrow, said: {QUOTE}", "Ben Ostrow"),
        (f"Ana Roe, chief executive, Harbourline Ltd, said: {QUOTE}", "Ana Roe"),
        (f"Ana Roe, Director of Research at Harbourline, said: {QUOTE}", "Ana Roe"),
    ],
)
def test_a_title_and_its_body_after_a_name(sentence, expected):
    assert [speaker for _, speaker in speakers_of([sentence])] == [expected]
