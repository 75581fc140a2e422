"""An inspectorate is a body like a commission: "the inspectorate said" and
"the watchdog added" go back to the inspectorate the story named, whether
its name ends in the word or opens with it; with none named, nobody speaks.
An authority, a commission or an agency is a watchdog too; a board is not.
Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "Officers in the county made forty arrests in three days, ending a long run of burglaries."
QUOTE = "“Our checks will go on every month until the county force does better,”"


@pytest.mark.parametrize(
    "named, cue, expected",
    [
        ("The Tallow Constabulary Inspectorate (TCI) put the county force under close watch.", "the inspectorate said.", "Tallow Constabulary Inspectorate"),
        ("The Inspectorate of Tallow Constabulary put the county force under close watch.", "the inspectorate said.", "Inspectorate of Tallow Constabulary"),
        ("The Tallow Constabulary Inspectorate put the county force under close watch.", "the watchdog added.", "Tallow Constabulary Inspectorate"),
        # the guard: no inspectorate named
        ("Ministers put the county force under close watch.", "the inspectorate said.", None),
    ],
)
def test_the_inspectorate_goes_on_with_the_one_named(named, cue, expected):
    assert textutil.speaker_of([LEAD, named, f"{QUOTE} {cue}"], "Our checks will go on") == expected


@pytest.mark.parametrize(
    "named, expected",
    [
        ("The Tallow Fares Authority put the county ferries under close watch.", "Tallow Fares Authority"),
        ("The Tallow Care Commission put the county wards under close watch.", "Tallow Care Commission"),
        # guard: a board is no watchdog
        ("The Tallow Ferry Board put the county ferries under close watch.", None),
    ],
)
def test_an_authority_or_a_commission_is_a_watchdog(named, expected):
    between = "Two ferry crews said their boats had been late all week."
    assert textutil.speaker_of([LEAD, named, between, f"{QUOTE} the watchdog added."], "Our checks will go on") == expected
