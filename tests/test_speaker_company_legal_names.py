"""A company printed once with its legal form ("Vashti Pulp (Pty) Ltd",
"Vashti Pulp Ltd") and afterwards by its first word alone ("Vashti
pleaded guilty ... Vashti said") is that company, under its full name,
not a person called Vashti. A person of that surname named in full stays
a person. Every sentence here is written for the test."""

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
