"""A body the text has named, described again by its kind: "the tech
giant", "the mining giant" (lower-case words before the kind) speak for it
as "the giant" and "the company" do; and a sentence in which the described
body reports something ("The union said it would appeal.") goes on into an
uncued quotation after it, as one with a person's name does. Every sentence
here is written for the test."""

import pytest

from . import textutil

FIRM = "Three regulators ordered Brixco on Monday to pay a record penalty for the way it stored shoppers' addresses."
FILING = "Brixco told its shareholders about the penalty in a note on Tuesday."
UNION = "The Tallow Nurses Union was fined a large sum on Friday over a breach of the rules on strike ballots."


@pytest.mark.parametrize(
    "description",
    [
        "the tech giant",
        "the mining giant",
        "the online retail giant",
        # as before: the kind alone, or a kind that also names a trade
        "the giant",
        "the tech company",
    ],
)
def test_a_described_body_after_a_quotation_is_the_body(description):
    sentence = f"“The penalty is out of all proportion and we will appeal it,” {description} added."
    assert [speaker for _, speaker in textutil.speakers_of([FIRM, FILING, sentence])] == ["Brixco"]


@pytest.mark.parametrize("description", ["the local paper", "the record label"])
def test_a_modified_kind_of_another_trade_is_not_the_firm(description):
    # a newspaper or a label is no company the text has named: nobody it knows speaks
    sentence = f"“The penalty is out of all proportion and we will appeal it,” {description} added."
    assert [speaker for _, speaker in textutil.speakers_of([FIRM, FILING, sentence])] == [None]


def test_a_described_kind_picks_no_body_where_none_is_named():
    # "the tech giant" with no body before it: someone the text never named
    sentence = "“The penalty is out of all proportion and we will appeal it,” the tech giant added."
    assert [speaker for _, speaker in textutil.speakers_of(["Three regulators set a record penalty on Monday for the way shoppers' addresses were stored.", sentence])] == [None]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The union said it has accepted the fine. “We will pay it, though the rule we broke was a minor one.”", "Tallow Nurses Union"),
        ("The union told members it would pay the fine. “We will pay it, though the rule we broke was a minor one.”", "Tallow Nurses Union"),
        # as before: a name reports, and the quotation goes on with it
        ("Ana Roe said the union has accepted the fine. “We will pay it, though the rule we broke was a minor one.”", "Ana Roe"),
        # the body described does something other than speak: nobody reported
        ("The union paid the fine within the week. “We will pay it, though the rule we broke was a minor one.”", None),
    ],
)
def test_a_described_body_reporting_goes_on_into_the_quotation_after(sentence, expected):
    assert [speaker for _, speaker in textutil.speakers_of([UNION, sentence])] == [expected]
