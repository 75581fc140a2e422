"""Titles that close with the office's own noun ("Roads Cabinet Member",
"Licensing Committee Convener", "Cabinet Member for Housing") are titles,
not names: the person named with them speaks, and the title never
becomes a speaker. A given name before such a word
keeps it a surname. Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "The cabinet of Tallow Council will decide on Monday whether to double the charge on empty homes."
QUOTE = "“Under the new rules we may charge up to three times the usual rate on homes left empty.”"


@pytest.mark.parametrize(
    "cue, expected",
    [
        ("Councillor Ivo Marsh, Tallow Council’s Roads Cabinet Member, said:", "Ivo Marsh"),
        ("Ivo Marsh, Roads Cabinet Member, said:", "Ivo Marsh"),
        ("Ana Roe, the board’s Licensing Committee Convener, said:", "Ana Roe"),
        ("Cabinet Member for Housing Ivo Marsh said:", "Ivo Marsh"),
        ("Cabinet Member for Roads Ivo Marsh said:", "Ivo Marsh"),
        # the guard: a surname after a given name
        ("Council leader Ivo Holder said:", "Ivo Holder"),
    ],
)
def test_a_title_closing_with_its_office_noun_leaves_the_name_the_speaker(cue, expected):
    assert textutil.speaker_of([LEAD, f"{cue} {QUOTE}"], "Under the new rules") == expected

