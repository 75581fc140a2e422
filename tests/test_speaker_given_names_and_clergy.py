"""Two readings of a word before a surname. A capitalised word the lists
do not know, whose ending only makes it look like a role ("Tavender",
like "Recorder"), is a given name when the one person of that surname
was never given that role: "said Tavender Wali" after "Imam Tariq Wali"
is someone else. And an honorific of the clergy ("the Reverend", "Rev.",
"Fr") gives its bearer a ministry that "the pastor", "the vicar" or "the
priest" later refers to. A wrong speaker is worse than none, so each
table also holds sentences where the speaker stays as it was. Every
sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "cue, expected",
    [
        ("said Tavender Wali.", "Tavender Wali"),
        ("said Gunter Wali.", "Gunter Wali"),
        # the guard: a title the lists know
        ("said Imam Wali.", "Tariq Wali"),
    ],
)
def test_a_word_with_a_roles_ending_before_a_shared_surname(cue, expected):
    found = speakers_of(
        [
            "Imam Tariq Wali and his guards took over the building eight days ago, worshippers say.",
            "Worshippers carrying signs clashed with the guards at the gates on Friday.",
            f"“This is not our faith. Our faith never takes what belongs to others,” {cue}",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "introduced, cue, expected",
    [
        ("The Reverend Tom Brask", "said the pastor.", "Tom Brask"),
        ("Rev. Tom Brask", "the vicar said.", "Tom Brask"),
        ("Fr Tom Brask", "said the priest.", "Tom Brask"),
        # the guards: no honorific of the clergy, and a pastor named in the cue
        ("Tom Brask", "said the pastor.", None),
        ("The Reverend Tom Brask", "said the pastor, Ivo Renk.", "Ivo Renk"),
    ],
)
def test_an_honorific_of_the_clergy_is_a_ministry(introduced, cue, expected):
    found = speakers_of(
        [
            f"{introduced} said he knew something was wrong before the call came.",
            f"“We have rebuilt before and we will rebuild again, stone by stone,” {cue}",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]
