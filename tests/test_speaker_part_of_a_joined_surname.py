"""A name joined by hyphens ("Amara Belgo-Tandang", "Rashed-ul-Karim") is
often printed later by one of its parts alone ("Tandang said", "Belgo
said", "Rashed said"): that is the person named in full, when only one
person's name holds the part. Every sentence here is written for the
test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

LATER = "“The rats came at night,” {} said."


@pytest.mark.parametrize(
    "first, later, expected",
    [
        ("Farm officer Amara Belgo-Tandang walked the fields on Monday.", "Tandang", "Amara Belgo-Tandang"),
        ("Farm officer Amara Belgo-Tandang walked the fields on Monday.", "Belgo", "Amara Belgo-Tandang"),
        ("Local leader Rashed-ul-Karim walked the fields on Monday.", "Rashed", "Rashed-ul-Karim"),
        # guards: two people holding the part; a name without a hyphen
        ("Amara Belgo-Tandang and Ivo Tandang walked the fields on Monday.", "Ivo Tandang", "Ivo Tandang"),
        ("Farm officer Amara Belgo Tandang walked the fields on Monday.", "Tandang", "Amara Belgo Tandang"),
    ],
)
def test_one_part_of_a_joined_surname_is_the_person(first, later, expected):
    assert [speaker for _, speaker in speakers_of([first, LATER.format(later)])] == [expected]
