"""A name after an inverted speech verb ("..., says Vurro Quisk.") is the
one whose account the sentence gives, as after "Vurro Quisk said": a
"he" or "she" that speaks right after goes on with that person, though no
list knows the given name. "X said Ana Roe had ..." reports what another
did, and the name after "said" there is no speaker. Every sentence here
is written for the test."""

import pytest

from . import textutil


@pytest.mark.parametrize(
    "report, expected",
    [
        ("The scheme is a break with the past, says Vurro Quisk.", "Vurro Quisk"),
        ("The scheme is a break with the past, explains Vurro Quisk, who runs it.", "Vurro Quisk"),
        # the guard: a name after "said" that opens the reported clause
        ("The council said Vurro Quisk had approved the scheme.", None),
    ],
)
def test_a_pronoun_goes_on_with_an_inverted_speaker(report, expected):
    paragraphs = ["Farmers in Tallow have waited years for the money.", f"{report} “For the first time the labs will work on what farmers need,” he said."]
    assert textutil.speaker_of(paragraphs, "For the first time") == expected
