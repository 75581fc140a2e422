"""A role sent to a place ("ambassador to Norway", "special envoy to the
Sahel") printed before a name: the place is the role's, not the first word
of the name, in a signature after a dash and in the sentence that names
the person. Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "The envoy packed up the residence on Saturday, two days after the talks on the new grain route broke down."
QUOTE = "“Nobody told us the route would be dropped, and we learnt it from the radio.”"


@pytest.mark.parametrize(
    "signature, expected",
    [
        ("- Dutch ambassador to Norway Pieter Roe", "Pieter Roe"),
        ("– UN envoy to the Sahel Ana Tallow", "Ana Tallow"),
        ("- the ambassador to Ruritania Ivo Marsh", "Ivo Marsh"),
        # the guards: a role with no place, and a place printed before the role
        ("- Tallow team manager Prue Hanlon", "Prue Hanlon"),
        ("- Norway ambassador Pieter Roe", "Pieter Roe"),
    ],
)
def test_a_place_a_role_is_sent_to_is_no_part_of_the_signers_name(signature, expected):
    assert textutil.speaker_of([LEAD, f"{QUOTE} {signature}"], "Nobody told us") == expected


def test_the_name_read_past_the_place_is_the_one_a_later_title_goes_back_to():
    paragraphs = [
        LEAD,
        f"{QUOTE} - Dutch ambassador to Norway Pieter Roe",
        "Speaking at the airport, Mr Roe said: “I would like to turn the clock back to last month.”",
    ]
    assert textutil.speaker_of(paragraphs, "I would like") == "Pieter Roe"
