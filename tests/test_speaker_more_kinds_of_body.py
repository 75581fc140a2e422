"""Bodies whose names end in "Unit", "Inspectorate", "Directorate",
"Secretariat" or "Observatory" are bodies: the article's full name for one
is the speaker when a shorter form of it speaks later, and none is taken for
a person. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

LATER = "“The hives were healthy,” {} said."


@pytest.mark.parametrize(
    "first, cue, expected",
    [
        ("Inspectors from the National Hive Unit visited the farm.", "the Hive Unit", "National Hive Unit"),
        ("Staff of the Tallow Schools Inspectorate visited the farm.", "the Schools Inspectorate", "Tallow Schools Inspectorate"),
        ("Staff of the Harbour Volcano Observatory visited the farm.", "the Volcano Observatory", "Harbour Volcano Observatory"),
        # guards: a body named in full speaks by its full name; a person is not one
        ("Inspectors from the National Hive Unit visited the farm.", "the National Hive Unit", "National Hive Unit"),
        ("Inspector Ana Roe visited the farm.", "Roe", "Ana Roe"),
    ],
)
def test_a_shorter_form_of_the_body_named_before(first, cue, expected):
    assert [speaker for _, speaker in speakers_of([first, LATER.format(cue)])] == [expected]
