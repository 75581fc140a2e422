"""A short sentence under the headline ("Ivo Marsh spoke at the rally.")
is the story's first paragraph, though too short to read as prose on its
own: a name printed only there is someone a later "he" may mean. Lines of four to seven words that are no sentence,
or that speak to the reader, stay page furniture. Every line here is
written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of
from datasette_factcheck.extract.segment import segment

_PROSE = "The party leader set out at length on Tuesday how the seat could be won back by the end of the spring."


@pytest.mark.parametrize(
    "line, is_paragraph",
    [
        ("Ivo Marsh spoke at the rally.", True),
        ("The party has issued a warning.", True),
        # the guards: a caption, a byline, a dateline, calls to the reader, a label with no full stop
        ("Photo by Ana Roe for the Gazette.", False),
        ("By Ana Roe and Ivo Marsh.", False),
        ("Last updated on 3 June 2021.", False),
        ("Sign up for our daily newsletter.", False),
        ("Follow us on Twitter for updates.", False),
        ("Share this article on social media.", False),
        ("Harbour Party leadership race", False),
    ],
)
def test_a_short_sentence_under_the_headline_opens_the_body(line, is_paragraph):
    seg = segment(f"Marsh says party will win\n\n{line}\n\n{_PROSE}\n")
    assert (seg.paragraphs[0].text == line) is is_paragraph
    assert seg.paragraphs[-1].text == _PROSE


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Ivo Marsh spoke at the rally.", "Ivo Marsh"),
        # the guard: a call to the reader names no one who speaks
        ("Follow Ivo Marsh on Twitter.", None),
    ],
)
def test_a_name_in_the_short_first_sentence_is_someone_a_pronoun_may_mean(line, expected):
    text = f"Party identity in focus\n\n{line}\n\n“We will do whatever it takes to win this seat back in the spring,” he said.\n"
    assert [q.speaker for q in quotes_of(segment(text)) if q.kind == "quote"] == [expected]
