"""A navy or an army is a body like a police force: "the navy said" after
"The Ruric navy ..." or "the Ruric Navy" goes on with it, and "the army
said" with the army the story named; with none named, nobody speaks.
Every sentence here is written for the test."""

import pytest

from . import textutil

QUOTE = "“There are signs of life under the rubble of the old school,”"


@pytest.mark.parametrize(
    "lead, later, expected",
    [
        ("The Ruric navy, which is leading the search, reported late on Thursday: all crew safe.", "the navy added in its report.", "Ruric navy"),
        ("The Ruric Navy reported late on Thursday: all crew safe.", "the navy said.", "Ruric Navy"),
        ("The Tallow Army sent its engineers to the school late on Thursday.", "the army said.", "Tallow Army"),
        # the guard: no navy named
        ("Rescuers reported late on Thursday: all crew safe.", "the navy said.", None),
    ],
)
def test_the_navy_goes_on_with_the_navy_named(lead, later, expected):
    assert textutil.speaker_of([lead, f"{QUOTE} {later}"], "There are signs") == expected
