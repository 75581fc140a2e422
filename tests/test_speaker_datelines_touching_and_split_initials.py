"""A dateline in capitals whose dash touches the lead's first word
("TALLOW—Harbour Coast Guard spokesperson ...") is blanked as one with
spaces is: a place never speaks. A body's initials of two parts defined in
brackets ("the Joint Patrol Board for the Harbour Coast (JPB-HC)") name
the body later. Every sentence here is written for the test."""

import pytest

from . import textutil


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("TALLOW—Harbour Coast Guard (HCG) spokesperson Ana Roe denied the claims, saying the logs “show our crew did nothing wrong.”", "Ana Roe"),
        ("TALLOW–Harbour Coast Guard (HCG) spokesperson Ana Roe denied the claims, saying the logs “show our crew did nothing wrong.”", "Ana Roe"),
        # as before: the dash set off by spaces
        ("TALLOW — Harbour Coast Guard (HCG) spokesperson Ana Roe denied the claims, saying the logs “show our crew did nothing wrong.”", "Ana Roe"),
        # guard: a hyphen joins words, no dateline ends there
        ("TALLOW-Harbour Freight denied the claims, saying the logs “show our crew did nothing wrong.”", "TALLOW-Harbour Freight"),
    ],
)
def test_a_dateline_touching_the_lead(lead, expected):
    assert textutil.speaker_of(["Ben Lowe chairs the harbour board.", lead], "show our crew") == expected


def test_a_section_label_touching_a_quotation_is_no_dateline():
    paragraphs = [
        "Ana Roe at the Tallow Gazette reports that the ferry fares will rise in May.",
        "PSA—“Free passes to the harbour museum end this month,” by the Harbour Times.",
    ]
    assert textutil.speaker_of(paragraphs, "Free passes") is None


@pytest.mark.parametrize(
    "initials, expected",
    [
        ("JPB-HC", "Joint Patrol Board for the Harbour Coast"),
        # as before: initials of one part
        ("JPBHC", "Joint Patrol Board for the Harbour Coast"),
    ],
)
def test_initials_of_two_parts_name_the_body(initials, expected):
    paragraphs = [
        f"Twelve fishing boats left the bay overnight, the Joint Patrol Board for the Harbour Coast ({initials}) wrote in a notice.",
        f"The ships “continued to stay near the shoal all week,” {initials} said.",
    ]
    assert textutil.speaker_of(paragraphs, "continued to stay") == expected
