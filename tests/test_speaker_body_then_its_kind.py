"""A body's name followed by its kind in lower case, perhaps after its
initials in brackets ("The Harbour Workers Alliance (HWA) trade union
said"), names the body. Not a place's own force or council ("the Tallow
City police") nor a unit inside a body ("the research team"). Every
sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.speakers.bodykinds import kind_after_name

from . import textutil

LEAD = "The port minister spoke first on Tuesday."


@pytest.mark.parametrize("kind", ["charity", "trade union", "pressure group", "(HWA) trade union", "(HWA) union"])
def test_the_body_before_its_kind_speaks(kind):
    found = textutil.speakers_of([LEAD, f"The Harbour Workers Alliance {kind} said the offer was “an insult” to members."])
    assert [s for _, s in found] == ["Harbour Workers Alliance"]


@pytest.mark.parametrize(
    "printed, expected",
    [
        ("The Royal College of Dockers trade union", "The Royal College of Dockers"),
        ("The Harbour Workers Alliance (HWA) union", "The Harbour Workers Alliance"),
        # the guards: a place's own force, a unit, a description, no name at all
        ("The Tallow City police", "The Tallow City police"),
        ("The Tallow Bank board", "The Tallow Bank board"),
        ("the Council for Harbour Education (CHE), a Tallow-based advocacy group", "the Council for Harbour Education (CHE), a Tallow-based advocacy group"),
        ("The research team", "The research team"),
    ],
)
def test_kind_after_name(printed, expected):
    assert " ".join(kind_after_name(printed.split())) == expected
