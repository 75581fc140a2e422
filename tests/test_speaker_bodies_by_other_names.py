"""A body the article goes on to call by another name: "the organisation"
(any body may be called so) after "the Harbour Shipping Council said";
its initials ("the IDA") after its name in full ("the International
Dockers' Association"), when one body's words spell them; and a document
the article names again by its kind ("the report said" is what a report
said, not a memo; "the statement" may be the press release). A wrong
speaker is worse than none, so each table also holds sentences where
the speaker stays as it was. Every sentence here is written for the
test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "named, noun, expected",
    [
        ("In an emailed statement on Friday the Harbour Shipping Council said demand was causing delays.", "the organisation", "Harbour Shipping Council"),
        ("In an emailed statement on Friday the Harbour Shipping Council said demand was causing delays.", "the organization", "Harbour Shipping Council"),
        # the guards: a company is no union, and no body named at all
        ("In an emailed statement on Friday the Tallow Dockers’ Union said demand was causing delays.", "the company", None),
        ("In an emailed statement on Friday the shipping lines said demand was causing delays.", "the organisation", None),
    ],
)
def test_the_organisation_is_the_body_named_last(named, noun, expected):
    found = speakers_of([named, f"“Carriers are using all the capacity they have and pulling out all the stops,” {noun} said in the statement."])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "bodies, expected",
    [
        ("members of the International Dockers’ Association", "International Dockers’ Association"),
        ("members of the Independent Drivers Alliance", "Independent Drivers Alliance"),
        # the guard: two bodies whose words spell the same initials
        ("members of the International Dockers’ Association and of the Independent Drivers Alliance", "IDA"),
    ],
)
def test_a_bodys_initials_after_its_name_in_full(bodies, expected):
    found = speakers_of(
        [
            f"The contract between the ports and {bodies} expired at midnight.",
            "“We will stay out for as long as it takes to win a fair deal,” the IDA said.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "issued, expected",
    [
        ("Workers showed a statement from the IDA on the strike saying that employers had refused to talk.", "International Dockers’ Association"),
        # the guard: the body named in full as the issuer
        ("Workers showed a statement from the International Dockers’ Association saying that employers had refused to talk.", "International Dockers’ Association"),
    ],
)
def test_a_document_issued_by_a_body_printed_by_its_initials(issued, expected):
    found = speakers_of(
        [
            "The contract between the ports and members of the International Dockers’ Association expired at midnight.",
            issued,
            "“The union is fighting for respect and for fairness in a world of machines,” the statement said.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "document, noun, expected",
    [
        ("a memo by the Tallow Dockers’ Union", "report", None),
        # the guards: the same kind, and a press release called the statement
        ("a report by the Tallow Dockers’ Union", "report", "Tallow Dockers’ Union"),
        ("a press release from the Tallow Dockers’ Union", "statement", "Tallow Dockers’ Union"),
    ],
)
def test_a_document_named_again_by_its_kind(document, noun, expected):
    found = speakers_of(
        [
            f"The hearing on Wednesday cited {document} as pointing to the owners.",
            f"“Even the harbour master's office had been broken into twice in a month,” the {noun} said.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]
