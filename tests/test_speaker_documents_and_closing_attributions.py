"""Who speaks through a document, and an attribution that closes a
sentence of several quotations. "a joint statement issued yesterday by
the Tallow Supporters' Trust said": when it was issued may stand before
"by"; "according to a report by the nonprofit Harbour Institute": the
issuer is named after the words that describe it; "the statement added"
a few paragraphs after "the Trust said in a statement" is the Trust's,
but a letter two people sent together is neither one's. "He made “...”
and made “...”, the prosecutor said.": the first quotation shares the
closing attribution. And "MEC for Health Tembi Ndaba told": a title's
initials and its portfolio, then a name the lists may not know. A wrong
speaker is worse than none, so each table also holds sentences where the
speaker stays as it was. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "closing, expected",
    [
        ("a joint statement issued yesterday by the Tallow Supporters’ Trust said.", "Tallow Supporters’ Trust"),
        ("a joint statement issued on Monday by the Tallow Supporters’ Trust said.", "Tallow Supporters’ Trust"),
        ("according to a report by the nonprofit Institute for Harbour Trade (IHT).", "Institute for Harbour Trade"),
        # the guards: a person after the words that describe her, nothing
        # between the verb and "by", and a body in lower case
        ("according to a report by the former mayor Ana Roe.", "Ana Roe"),
        ("a joint letter released by the Tallow Supporters’ Trust said.", "Tallow Supporters’ Trust"),
        ("according to a report by the city council.", None),
    ],
)
def test_the_issuer_of_a_document(closing, expected):
    found = speakers_of([f"“We are members of this club, not its customers, and we will be heard,” {closing}"])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "issued, expected",
    [
        ("“We thank the owner for his backing and hope to work with him,” the Trust said in a statement.", "Tallow Town Supporters Trust"),
        # a statement signed by someone, named in a phrase opening the sentence, is theirs
        ("In a statement signed by Ana Roe, its media adviser, the Trust said talks were going well.", "Ana Roe"),
        ("In a statement released by the Tallow Town Supporters Trust, it said talks were going well.", "Tallow Town Supporters Trust"),
        # the guard: a letter two people sent together
        ("Ana Roe and Ben Holt sent a letter to the owner on Monday.", None),
    ],
)
def test_a_document_that_goes_on_paragraphs_later(issued, expected):
    document = "statement" if "statement" in issued else "letter"
    found = speakers_of(
        [
            "Tallow Town Supporters Trust has confirmed it is in talks with owner Ivo Renk about taking over the club.",
            issued,
            "Renk is willing to sell his shares at a reduced price.",
            "He has been funding a monthly deficit of around fifty thousand pounds.",
            "Next season's budget has been cut by a third.",
            f"“We can confirm we have not outbid any other group and are committed to a fair agreement,” the {document} added.",
        ]
    )
    assert found[-1][1] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("He also made “gestures that were crude and frightening” and made “lewd comments or jokes”, the prosecutor said.", "Ben Holt"),
        ("The officer kept “a list of the women he had targeted” and “notes on their shifts”, the prosecutor told the court.", "Ben Holt"),
        # the guard: the first quotation's own attribution, right before it
        ("Judge Ana Roe called it “a sad day for the whole force” and “a lesson for all”, the paper said.", "Ana Roe"),
    ],
)
def test_a_closing_attribution_for_every_quotation_of_its_sentence(sentence, expected):
    found = speakers_of(
        [
            "Prosecutor Ben Holt opened the case on Monday.",
            "Ivo Renk, a former officer, hugged the woman at work and poured water on her shirt, the court heard.",
            sentence,
        ]
    )
    assert [speaker for text, speaker in found if text in sentence][0] == expected


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("Tallow Cape MEC for Health Tembi Ndaba", "Tembi Ndaba"),
        ("Tallow Cape MEC for Health Ana Roe", "Ana Roe"),
        # the guards: a title the lists know, and a portfolio of two words
        ("The Minister for Health Tembi Ndaba", "Tembi Ndaba"),
        ("Tallow Cape MEC for Health Services Ana Roe", "Ana Roe"),
    ],
)
def test_a_title_in_initials_and_its_portfolio_before_a_name(subject, expected):
    found = speakers_of([f"A week after {subject} told a joint sitting that ten ambulances “have been moved to the metro this week”, none had arrived."])
    assert [speaker for _, speaker in found] == [expected]
