"""A place's name before lower-case nouns only says where a group is from
("Tallow business owners", "Harbour press officers"): the group is the
subject, and it names nobody, though "business" and "press" end in "s"
as a verb's present does. A place's name before a body's noun ("Tallow
police: “...”") is that body. Every sentence here is written for the
test."""

import pytest

from . import textutil

LEAD = "The bridge into the old town will stay shut for another week after the inspection found cracks."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Tallow business owners have called the closure a blow, saying they are “bitterly let down” by it.", None),
        ("Harbour press officers have called the closure a blow, saying they are “bitterly let down” by it.", None),
        ("Tallow police: “We are bitterly let down by the delay to the works.”", "Tallow police"),
        # the guards: a verb's "-sses" is still a verb, and a role after the body's noun goes on with the group
        ("Ana Roe presses the council to call the closure a blow, saying she is “bitterly let down” by it.", "Ana Roe"),
        ("Tallow police officers: “We are bitterly let down by the delay to the works.”", None),
    ],
)
def test_a_place_before_lower_case_nouns_names_no_one(sentence, expected):
    assert textutil.speaker_of([LEAD, sentence], "We are bitterly" if "“We" in sentence else "bitterly let down") == expected
