""""states" as a speech verb straight after a quotation, its subject after
it ("“...,” states the bulletin issued by Tallow Parks"): the document
speaks for its issuer, as after "reads" or "says". Elsewhere lower-case
"states" is still read as a noun unless a document comes before it. Every
sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "The warning covers three lakes and every trail within the area until further notice."
QUOTED = "“An adult bear is using the area and has had several run-ins with walkers,”"


@pytest.mark.parametrize(
    "closing, expected",
    [
        ("states the bulletin issued by Tallow Parks on Monday.", "Tallow Parks"),
        ("states a bulletin from Tallow Parks.", "Tallow Parks"),
        # as before: a person after the verb, and other verbs before the document
        ("states Ana Roe.", "Ana Roe"),
        ("reads the bulletin issued by Tallow Parks.", "Tallow Parks"),
        # a plural noun after the quotation, not the verb: its states report, no one named
        ("states across the region reported.", None),
    ],
)
def test_states_after_a_quotation_is_its_attribution(closing, expected):
    assert [speaker for _, speaker in textutil.speakers_of([LEAD, f"{QUOTED} {closing}"])] == [expected]
