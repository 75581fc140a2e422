"""A title printed in capitals after "the" ("The Director General", "the
Health Minister"), as British and Commonwealth pages print one, is a role
like "the director general": a quotation after a sentence that reports
what the holder said is theirs. A capitalised name that ends in no role
("The Tallow Times") or a body ("the Health Board") is none. Every
sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.speakers.descriptors import role_description

from . import textutil


@pytest.mark.parametrize(
    "printed, expected",
    [
        ("The Director General", True),
        ("the Health Minister", True),
        ("the director general", True),
        ("The Tallow Times", False),
        ("the Health Board", False),
        ("The Company", False),
    ],
)
def test_what_describes_a_role(printed, expected):
    assert role_description(printed) is expected


@pytest.mark.parametrize(
    "title",
    ["The Director General", "The Chief Executive"],
)
def test_a_quotation_after_a_capitalised_role_reports(title):
    paragraphs = [
        f"Tallow Food Agency {title[4:]} Prof. Mara Quill spoke in Tallow on Monday.",
        f"{title} warned shoppers against tins with no labels, adding that very cheap goods are often fake. “When a tin is too cheap, it is most likely a fake.”",
    ]
    assert textutil.speaker_of(paragraphs, "When a tin") == "Mara Quill"
