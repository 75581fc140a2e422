"""Ranks and forms of address before a name are no part of it ("Commodore
Jay Orlo", "Malam Sani Bature"), so the speaker is known by the name the page
prints elsewhere ("Jay Orlo ... Orlo said"). Every name here is invented."""

import pytest

from datasette_factcheck.extract.speakers.names import clean_name

from . import textutil


@pytest.mark.parametrize(
    "printed, expected",
    [
        ("Commodore Jay Orlo", "Jay Orlo"),
        ("Ensign Jay Orlo", "Jay Orlo"),
        ("Cadet Jay Orlo", "Jay Orlo"),
        ("Pvt. Jay Orlo", "Jay Orlo"),
        ("Deacon Jay Orlo", "Jay Orlo"),
        ("Malam Sani Bature", "Sani Bature"),
        ("Hajjah Amina Bature", "Amina Bature"),
    ],
)
def test_a_rank_or_form_of_address_is_no_part_of_the_name(printed, expected):
    assert clean_name(printed) == expected


def test_the_speaker_after_a_rank_is_known_by_the_name():
    paragraphs = [
        "The coast guard sent two ships to the shoal on Monday, said Commodore Jay Orlo, its spokesman.",
        "“We will not leave the shoal to anyone,” Orlo told reporters.",
    ]
    assert [speaker for _, speaker in textutil.speakers_of(paragraphs)] == ["Jay Orlo"]
