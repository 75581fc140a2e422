"""An epithet news uses for the one just quoted ("“...,” the star
continued", "said the Harbour Lights singer", "the heartthrob explained")
is that person when someone was shown speaking in its paragraph or the
one before; an office ("the minister") is no epithet, and with nobody
quoted before, the epithet names nobody. Every sentence here is written
for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

QUOTED_BEFORE = "“It was a huge night for all of us,” Brandt told reporters."
NOT_QUOTED = "The ceremony ran late into the night."


@pytest.mark.parametrize(
    "before, epithet, expected",
    [
        (QUOTED_BEFORE, "the star", "Ilse Brandt"),
        (QUOTED_BEFORE, "the Harbour Lights star", "Ilse Brandt"),
        (QUOTED_BEFORE, "the heartthrob", "Ilse Brandt"),
        # guards: an office nobody named holds, and nobody quoted before
        (QUOTED_BEFORE, "the minister", None),
        (NOT_QUOTED, "the star", None),
        (NOT_QUOTED, "the singer", None),
    ],
)
def test_an_epithet_after_a_quotation(before, epithet, expected):
    found = speakers_of(
        [
            "Ilse Brandt won the Halden prize for best actress on Friday night in the city of Orrin.",
            before,
            f"“I was at home with my parents when the call came,” {epithet} continued.",
        ]
    )
    assert found[-1][1] == expected
