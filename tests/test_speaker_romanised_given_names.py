"""A given name of two romanised syllables joined by a hyphen, the second
spelt with five or six letters ("Ha-myeong", "Dae-seong"), is part of the
name, so a later mention by the family name alone ("Baek said") is the
full name; a hyphenated description ("Ex-player") stays no name. Every
sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

QUOTE = "“We have no global brand yet,”"


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["Taking her place is Baek Ha-myeong, once an editor at a Tallow weekly.", f"{QUOTE} Baek said at the launch."], ["Baek Ha-myeong"]),
        (["The new chair, Choi Dae-seong, spoke at the launch.", f"{QUOTE} Choi said."], ["Choi Dae-seong"]),
        # guards: a short second syllable, and descriptions before a name
        (["Taking her place is Baek Ha-na, once an editor at a Tallow weekly.", f"{QUOTE} Baek said at the launch."], ["Baek Ha-na"]),
        ([f"{QUOTE} Ex-player Ana Roe said at the launch."], ["Ana Roe"]),
        ([f"{QUOTE} Co-founder Ana Roe said at the launch."], ["Ana Roe"]),
    ],
)
def test_a_long_second_syllable_keeps_the_given_name(paragraphs, expected):
    assert [speaker for _, speaker in speakers_of(paragraphs)] == expected
