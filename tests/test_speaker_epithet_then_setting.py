"""An inverted attribution with an epithet before the name and a setting
after it ("“...,” said a jubilant Marsh in his victory speech"): the name
speaks, as it did with either alone. Every sentence here is written for
the test."""

import pytest

from . import textutil

LEAD = "Ivo Marsh won the seat by a wide margin on Thursday after a long count in the town hall."


@pytest.mark.parametrize(
    "tail, expected",
    [
        ("said a jubilant Marsh in his victory speech.", "Ivo Marsh"),
        ("said a weary Marsh at the count.", "Ivo Marsh"),
        ("said a jubilant Marsh.", "Ivo Marsh"),
        ("said Marsh in his victory speech.", "Ivo Marsh"),
        # the guard: an unnamed man from a place is no name
        ("said a local Tallow man at the count.", None),
    ],
)
def test_the_name_between_an_epithet_and_a_setting_speaks(tail, expected):
    found = textutil.speakers_of([LEAD, f"“With this win we will mend the harbour at last,” {tail}"])
    assert [s for _, s in found] == [expected]
