"""A company printed once with its legal form ("Vashti Pulp (Pty) Ltd",
"Vashti Pulp Ltd") and afterwards by its first word alone ("Vashti
pleaded guilty ... Vashti said") is that company, under its full name,
not a person called Vashti. A person of that surname named in full stays
a person. A body of two words or more printed once with its legal form or
a force's word ("Tallow Police Force") is known by that fuller name when
the page later drops it. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "first, expected",
    [
        ("Vashti Pulp (Pty) Ltd must pay the city R8m for polluting the air.", "Vashti Pulp (Pty) Ltd"),
        ("Vashti Pulp Ltd must pay the city R8m for polluting the air.", "Vashti Pulp Ltd"),
        ("Vashti Paper and Pulp Inc must pay the city $8m for polluting the air.", "Vashti Paper and Pulp Inc"),
        # guards: a person of the surname named in full, and no company printed
        ("Ana Vashti, who runs Orrin Mills Ltd, must pay the city R8m for polluting the air.", "Ana Vashti"),
        ("Ana Vashti must pay the city R8m for polluting the air.", "Ana Vashti"),
    ],
)
def test_a_company_named_later_by_its_first_word(first, expected):
    found = speakers_of(
        [first, "Vashti pleaded guilty to the charge.", "In the plea, Vashti said the excess was due to “problems with the old boiler”."]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "first, later, expected",
    [
        # a body of two words or more, printed once with its legal form or its force's word
        ("Quillmoor Foods Ltd must pay the city R8m for polluting the air.", "Quillmoor Foods", "Quillmoor Foods Ltd"),
        ("The Tallow Police Force arrested a man at the port on Monday.", "Tallow Police", "Tallow Police Force"),
        # guards: the longer form goes on into a name of its own; two longer forms
        ("The Tallow Police Service Board met on Monday about the port.", "Tallow Police", "Tallow Police"),
        ("Quillmoor Foods Ltd and Quillmoor Foods Inc both face charges.", "Quillmoor Foods", "Quillmoor Foods"),
    ],
)
def test_a_body_named_later_without_its_legal_form_or_force(first, later, expected):
    found = speakers_of([first, "The case went to court on Tuesday.", f"In a statement, {later} said the claims were “without any basis”."])
    assert [speaker for _, speaker in found] == [expected]
