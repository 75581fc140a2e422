"""Asides set off after a speaker's name are looked past to the name: one
that opens with an adverb ("Roe, also Harbour Party president, said"), and
a long description inside a "with" clause ("with Ben Marr, a councillor
for the largest rival grouping on the Valley Party benches, describing ...").
Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "Prime Minister Ana Roe asked members of her Harbour Party on Sunday to work for the April vote."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("“We need to win every port seat,” Roe, also Harbour Party president, told a rally.", "Ana Roe"),
        ("“We need to win every port seat,” Roe, now Harbour Party president, told members.", "Ana Roe"),
        ("“We need to win every port seat,” Roe, then Harbour Party president, told a rally.", "Ana Roe"),
        # the guards: the description with an article, as before; and an
        # aside before a relative clause, which is the verb's subject
        ("“We need to win every port seat,” Roe, the Harbour Party president, told a rally.", "Ana Roe"),
        ("The mayor has clashed with Roe, now the harbour chief, who in 2019 said the board’s aim was to win “every port seat, large and small.”", "Ana Roe"),
    ],
)
def test_an_aside_opening_with_an_adverb_is_looked_past(sentence, expected):
    opening = "We need to win" if sentence.startswith("“") else "every port seat"
    assert textutil.speaker_of([LEAD, sentence], opening) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Rivals stepped up criticism, with Ben Marr, a councillor for the largest rival grouping on the Valley Party benches in Tallow, "
            "describing the summons of two ministers as “without any precedent.”",
            "Ben Marr",
        ),
        # the guard: a short description, as before
        ("Rivals stepped up criticism, with Ben Marr, a councillor for the Valley Party, describing the summons of two ministers as “without any precedent.”", "Ben Marr"),
    ],
)
def test_a_long_description_in_a_with_clause_is_looked_past(sentence, expected):
    assert textutil.speaker_of([LEAD, sentence], "without any precedent") == expected
