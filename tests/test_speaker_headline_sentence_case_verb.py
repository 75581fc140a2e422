"""A headline in sentence case with a name, a verb and its object before a
colon ("Roe downplays rift with Harbour Party: “...”"): the subject speaks
the quotation after the colon, not the name closing the object. The
subject must be a person the article names; a place before a plural noun
("Tallow residents fear ...") is no speaker. Every sentence here is
written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil

BODY = [
    "Lakeside mayor Ana Roe insisted at a Friday briefing that the two groups had “some differences” but worked well together.",
    "The Harbour Party left the council's ruling group in May.",
]


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Roe downplays rift with Harbour Party: “We share a lot”", "Ana Roe"),
        ("Roe plays down rift with Harbour Party: “We share a lot”", "Ana Roe"),
        ("Ana Roe defends pact with Harbour Party: “We share a lot”", "Ana Roe"),
        # the guards: a subject the article names as nobody, and a role
        # label with no verb keeps its reading
        ("Tallow residents fear new rift with Harbour Party: “We share a lot”", None),
        ("Harbour Party leader: “We share a lot”", None),
    ],
)
def test_the_subject_of_a_sentence_case_headline_speaks(headline, expected):
    seg = textutil.make_seg(BODY, headline)
    speakers = {q.text: q.speaker for q in quotes_of(seg) if q.paragraph == 0}
    assert speakers["We share a lot"] == expected
