"""A body the text says is of a kind ("The HFF is one of the opposition
parties") is what a later "the party" means, though its own name carries
no such word; and a speech verb in a "that" clause whose subject is a
thing a possessive determines ("..., adding that their vote reveals ...")
is no one's speech, so the sentence's subject goes on speaking into the
next paragraph. Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of
from datasette_factcheck.extract.segment import segment
from datasette_factcheck.extract.speakers.bodykinds import kinds_by_copula


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The HFF is one of the opposition parties that have spoken.", {"party"}),
        ("Harbour Rail was a freight company until 2010.", {"company"}),
        ("The HFF is the biggest party on the council.", {"party"}),
        # the guards: a person's role, a plural that is no kind of body, no copula
        ("Ana Roe is a company director.", set()),
        ("The HFF is one of the reasons the vote failed.", set()),
        ("The HFF held a party on Friday.", set()),
    ],
)
def test_the_kind_a_sentence_gives_a_name(sentence, expected):
    name_end = len(sentence.split(" is ")[0].split(" was ")[0].split(" held ")[0])
    assert kinds_by_copula(sentence, name_end) == expected


ARTICLE = """‘They will never rest’: HFF warns Marsh

The Harbour Freedom Fighters (HFF) have vowed that Premier Ivo Marsh will never rest after the vote on the ferry report.

{kind}

The Tallow National Union (TNU) used its majority in the chamber to shield Marsh, a TNU member said.

The party called the vote by TNU members shameful, adding that {subject} reveals contempt for the islands.

“It is plain that the ruling side has taken no lesson from its old mistakes.”
"""


@pytest.mark.parametrize(
    "kind, subject, expected",
    [
        ("The HFF is one of the opposition parties that have long opposed Marsh.", "their vote", "Harbour Freedom Fighters"),
        # the guards: with no kind given, "the party" is not taken for the HFF; "the vote" after "that" as before
        ("The HFF has been critical of Marsh over the ferry contract.", "their vote", "not the HFF"),
        ("The HFF is one of the opposition parties that have long opposed Marsh.", "the vote", "Harbour Freedom Fighters"),
    ],
)
def test_the_party_said_to_be_one_goes_on_speaking(kind, subject, expected):
    speaker = quotes_of(segment(ARTICLE.format(kind=kind, subject=subject)))[-1].speaker
    if expected == "not the HFF":
        assert speaker != "Harbour Freedom Fighters"
    else:
        assert speaker == expected
