"""The agent of a naming verb in the passive may follow lower-case roles
("a result branded “...” by local MP Ivo Marsh", "by government minister
and local MP Ivo Marsh"): the name at the end speaks. "By critics" still
names no one. Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "The smaller parties also made gains on the night."


@pytest.mark.parametrize(
    "agent, expected",
    [
        ("local MP Ivo Marsh", "Ivo Marsh"),
        ("harbour minister and local MP Ivo Marsh", "Ivo Marsh"),
        ("the party chair, Ivo Marsh", "Ivo Marsh"),
        # the guards: people or a place, no name
        ("critics", None),
        ("many in Marren", None),
        ("residents of Marren", None),
    ],
)
def test_the_named_agent_after_its_roles_speaks(agent, expected):
    found = textutil.speakers_of([LEAD, f"Labour took Tallow, an outcome branded “dismal” by {agent}, then took Marren as well."])
    assert [s for _, s in found] == [expected]
