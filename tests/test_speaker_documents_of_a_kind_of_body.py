"""A document named by the kind of body that issued it ("A terse ministry
statement noted", "The police statement said") speaks for the body of
that kind the story named, and "the statement said" later goes on with
it, as it does after "the ministry added in a statement". A document with
no issuer's kind after a sentence with no body as its subject, or of a kind
the story never named, speaks for nobody.
Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "The Ruric Ministry of Fisheries said on Sunday that a trawler skipper had been shot at near his home in Castlebay."
BODY = "Ruric Ministry of Fisheries"
QUOTE = "“have been sent out to handle this fresh attack on the island's calm”"
LATER = "“Officers were at the house within minutes of the first call,” the statement said."


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        ([LEAD, f"A terse ministry statement noted that coastguards {QUOTE}."], BODY),
        ([LEAD, f"The ministry statement said that coastguards {QUOTE}."], BODY),
        (["Tallow Police said on Sunday that a man had been arrested.", f"The police statement said that officers {QUOTE}."], "Tallow Police"),
        # the guards: no kind of body (and no body as the subject just before,
        # which a bare statement speaks for: see test_speaker_bare_statements_and_highlighting),
        # and a kind the story never named
        ([LEAD, "The skipper was taken to hospital with cuts to his arms.", f"A terse statement noted that coastguards {QUOTE}."], None),
        (["A trawler skipper was shot at near his home in Castlebay on Sunday.", f"A terse ministry statement noted that coastguards {QUOTE}."], None),
    ],
)
def test_a_document_of_a_kind_of_body_speaks_for_it(paragraphs, expected):
    assert textutil.speaker_of(paragraphs, "have been sent") == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        ([LEAD, f"A terse ministry statement noted that coastguards {QUOTE}.", LATER], BODY),
        ([LEAD, "“We will not be cowed by this,” the ministry added in a statement.", LATER], BODY),
        # the guard: the subject of another clause is no issuer of the email
        (
            [
                "Tallow Police said on Sunday that a man had been arrested.",
                "The police budget went up by a third over five years, a town hall spokeswoman wrote in an email.",
                "“Officers were at the house within minutes of the first call,” the email said.",
            ],
            None,
        ),
    ],
)
def test_the_statement_goes_on_with_the_body(paragraphs, expected):
    assert textutil.speaker_of(paragraphs, "Officers were at") == expected
