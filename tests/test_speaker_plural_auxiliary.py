"""A one-word plural that opens a sentence before a plural auxiliary
("Aides have suggested ...", "Groups opposing the bill, like X, are
calling it ...") is a group, never a person named "Aides" or "Groups"; a
surname in -s before a singular verb stays a name. Every sentence here is
written for the test."""

import pytest

from . import textutil

LEAD = "The governor, Ana Williams, signed the repeal of the toll law on Tuesday after a long fight in the assembly."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Groups opposing the repeal, like Marren Drivers First, are calling it “a sad day for our roads”.", None),
        ("Aides have hinted the “a sad day for our roads” line was written for her.", None),
        ("Opponents were quick to call it “a sad day for our roads” on Tuesday night.", None),
        # the guards: a surname in -s before a singular verb, and a plural verb in the present
        ("Williams has called it “a sad day for our roads” in the past.", "Ana Williams"),
        ("Williams had called the old law “a sad day for our roads” in May.", "Ana Williams"),
    ],
)
def test_a_plural_before_a_plural_auxiliary_is_no_one(sentence, expected):
    assert textutil.speaker_of([LEAD, sentence], "a sad day") == expected
