"""A possessive inside a body's name ("the Harbour Keeper’s Association of
Tallow", "St Ana’s Hospital") does not end the name: its initials in
brackets name the whole body. A possessive before a person's name ("the
Daily Ledger’s Ivo Renk") still ends the body's. Every sentence here is
written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["The Harbour Keeper’s Association of Tallow (HKAT) held its annual meeting on Friday.",
          "“Our members want safer night shifts,” according to the HKAT."],
         "Harbour Keeper’s Association of Tallow"),
        (["St Ana’s Hospital Trust (SAHT) opened a new ward.", "“We are proud of our staff,” the SAHT said."],
         "St Ana’s Hospital Trust"),
        # guard: a person after a body's possessive
        (["The Daily Ledger’s Ivo Renk said the paper would fight on.", "“We will appeal,” Renk said."], "Ivo Renk"),
    ],
)
def test_a_possessive_inside_a_body_name(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)][-1] == expected
