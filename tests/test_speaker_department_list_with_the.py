"""A body's portfolio printed as a list whose last item takes "the"
("the Department of Roads, Parks and the Environment") is one name, which a
later description ("the roads department") goes back to; a list
of people after a body is no part of its name. Every sentence here is
written for the test."""

import pytest

from . import textutil

LEAD = "The permit for the coastal road was refused on Monday after a year of review."


@pytest.mark.parametrize(
    "body",
    [
        "the Department of Roads, Parks and the Environment",
        "the Ministry of Housing, Ports and the Regions",
        "the Department of Roads, Parks and Wildlife",
    ],
)
def test_a_list_that_ends_with_the_stays_in_the_bodys_name(body):
    paragraphs = [
        LEAD,
        f"“We have decided to refuse the permit,” {body} said.",
        "In a second letter, the department wrote that the plan had “serious gaps and limits”.",
    ]
    name = body.removeprefix("the ")
    assert textutil.speaker_of(paragraphs, "We have decided") == name
    assert textutil.speaker_of(paragraphs, "serious gaps") == name
