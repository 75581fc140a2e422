"""Two people on one page share a surname ("councillor Dov Morrow, whose
cousin Tam Morrow runs the bar"): a title printed with the surname alone
("Cllr Morrow", "Councillor Morrow") is the one who holds it, while a
plain honorific still goes to whoever was last in view. Every sentence
here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "later, expected",
    [
        ("Cllr Morrow", "Dov Morrow"),
        ("Councillor Morrow", "Dov Morrow"),
        # guards: no office named, with an honorific or without one
        ("Mr Morrow", "Tam Morrow"),
        ("Morrow", "Tam Morrow"),
    ],
)
def test_a_title_picks_its_holder_among_namesakes(later, expected):
    found = speakers_of(
        [
            "The Harbour Bar will close next month after forty years, its owner said.",
            "Orrin councillor Dov Morrow, whose cousin Tam Morrow runs the bar, blamed rising rents on the quay.",
            f"“Rents on this quay have doubled in two years,” {later} said.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]
