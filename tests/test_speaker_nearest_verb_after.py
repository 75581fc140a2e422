"""After a quotation the nearest verb of saying gives the attribution, a verb
of two words ("went on") as much as one: in "“...,” the mayor went on and
stressed that ..." the subject is "the mayor", not "the mayor went on and".
Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "Mayor Ana Roe opened the new ferry pier in Tallow on Friday."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("“We cannot steer the town by looking at its wake,” the mayor went on and stressed that the pier was paid for.", "Ana Roe"),
        ("“We cannot steer the town by looking at its wake,” Roe went on and added that the pier was paid for.", "Ana Roe"),
        ("“We cannot steer the town by looking at its wake,” Roe goes on, and stresses that the pier is paid for.", "Ana Roe"),
        # the guard: one verb of one word, as before
        ("“We cannot steer the town by looking at its wake,” Roe said and added that the pier was paid for.", "Ana Roe"),
    ],
)
def test_the_nearest_verb_after_the_quotation_gives_its_subject(sentence, expected):
    assert textutil.speaker_of([LEAD, sentence], "We cannot steer") == expected
