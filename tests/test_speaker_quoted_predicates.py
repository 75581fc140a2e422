"""A short quotation that is the clause's own verb phrase after "has" or
"had", an adverb and a past form ("Premier Tom Vale has “flatly
refused” the offer"), is the subject's words. A single quoted verb
("has “shocked” the board") may be someone else's word and stays the
writer's, and so does a passive. Every sentence here is written for the
test."""

import pytest

from datasette_factcheck.extract import article, segment


def _kinds_and_speakers(sentence: str) -> list[tuple[str, object]]:
    text = "A headline about the budget\n\nThe army will buy four hundred new trucks this year, the government said on Monday.\n\n" + sentence + "\n"
    return [(q.kind, q.speaker) for q in article.quotes_of(segment.segment(text))]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Harbour Premier Tom Vale has “flatly refused” the offer from the port owners.", [("quote", "Tom Vale")]),
        ("Omar Fyfe had “categorically denied” the claim before the vote.", [("quote", "Omar Fyfe")]),
        # guards: one quoted verb, and a passive
        ("Tom Vale has “shocked” the board with the plan.", [("scare", None)]),
        ("The plan has been “widely criticised” by many.", [("scare", None)]),
    ],
)
def test_a_quoted_verb_phrase_after_has(sentence, expected):
    assert _kinds_and_speakers(sentence) == expected
