""""DG" (director general) is a title: "the HADA DG told reporters" after
"HADA Director General Tom Vale said" is Vale, and "DG Otieno Wekesa" is
no pair of initials. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "attribution, expected",
    [
        ("the HADA DG told reporters", "Tom Vale"),
        ("the DG said", "Tom Vale"),
        ("said HADA DG Otieno Wekesa", "Otieno Wekesa"),
        # guards: a title the list knew before, and initials with full stops
        ("the director general said", "Tom Vale"),
        ("said D.G. Wekesa", "D.G. Wekesa"),
    ],
)
def test_dg_is_a_title(attribution, expected):
    found = speakers_of(
        [
            "Halden Anti-Doping Agency (HADA) Director General Tom Vale said the test was positive.",
            f"“The second sample confirmed the first,” {attribution}.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]
