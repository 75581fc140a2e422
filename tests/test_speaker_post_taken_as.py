"""A post a name's own clause says it took or holds "as" ("Ana Roe took
over as Chief Warden", "was named as its head coach", "has served as
mayor") is that person's role, so "said the warden" later is her. A post
she left ("stepped down as Chief Warden") is not.
Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

SHE = "“The dunes at Tallow are in good heart,” she told the crowd."
LATER = "“The night patrols are fully staffed again,” said the {}."


@pytest.mark.parametrize(
    "first, role, expected",
    [
        ("Ana Roe took over as Chief Warden of the dunes in 2016.", "warden", "Ana Roe"),
        ("Ana Roe was named as its head coach in May.", "head coach", "Ana Roe"),
        ("Ana Roe has served as mayor of Tallow since 2019.", "mayor", "Ana Roe"),
        # guard: a post left is no role she holds
        ("Ana Roe stepped down as Chief Warden of the dunes in 2016.", "warden", None),
    ],
)
def test_a_post_taken_as_is_the_role_a_description_names(first, role, expected):
    assert speakers_of([first, SHE, LATER.format(role)])[-1][1] == expected
