"""A body a page calls by its initials speaks under the name the page spells
out, when one run of capitalised words spells them: each part of a
hyphenated word gives a letter ("WADA" for "World Anti-Doping Agency"),
dotted initials give theirs ("USADA" for "U.S. Anti-Doping Agency"), and
initials may keep the "of" ("DOH" for "Department of Health"). Every body
here is invented or described in invented sentences."""

import pytest

from . import textutil


@pytest.mark.parametrize(
    "lead, sentence, expected",
    [
        ("The Tallow Anti-Fraud Office fined the firm on Monday.", "TAFO said it had “checked every claim with care”.", "Tallow Anti-Fraud Office"),
        ("The U.S. Anti-Fraud Office fined the firm on Monday.", "“Every claim was checked with care,” USAFO said.", "U.S. Anti-Fraud Office"),
        ("The Department of Harbours said no new piers would be built.", "The DOH said the town “cannot build new piers” this year.", "Department of Harbours"),
        # guard: two runs spell the initials, so neither is taken
        (
            "The Tallow Anti-Fraud Office and the Tallow Air Force Orchestra met on Monday.",
            "TAFO said it had “checked every claim with care”.",
            "TAFO",
        ),
    ],
)
def test_initials_speak_under_the_name_spelt_out(lead, sentence, expected):
    assert [speaker for _, speaker in textutil.speakers_of([lead, sentence])][-1] == expected
