"""A party or a body printed before a title and the title's holder
("Green Lantern councillor for Tallow, Rachel Roe") is nobody a "he" can
mean; a pronoun never gives the other sex to a given name only one sex
bears; and once the text's own "she" or "her" has meant someone ("Ana
Roe said her office ..."), a later "he" does not. A wrong speaker is worse than none, so the tables also hold
sentences where the speaker is found as before. Every sentence here is
written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

_LATER = "“We are doing all we can for the families on the list,” he said."


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("Green Lantern councillor for Tallow-Fernhill, Rachel Roe said", None),
        ("Harbour Unity councillor for Fernhill and Tallow, Rachel Roe, said", None),
        # the guards: the title straight before its holder, the holder a
        # man, the party's man named
        ("Green Lantern councillor Rachel Roe said", None),
        ("Green Lantern councillor for Tallow-Fernhill, Ben Lowe said", "Ben Lowe"),
        ("Ben Lowe, the Green Lantern councillor for Tallow, said", "Ben Lowe"),
    ],
)
def test_a_party_before_a_title_and_its_holder_is_nobody_he_means(lead, expected):
    found = speakers_of([f"{lead} that the plan for the new homes was dead.", _LATER])
    assert found[-1] == (_LATER[1:54], expected)


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("Green Lantern spokesman, Rachel Roe, said", None),
        ("The spokesman for the Green Lantern party, Rachel Roe, said", None),
        # the guard: a given name either sex bears, which the pronoun decides
        ("The spokesman for the Green Lantern party, Andrea Roe, said", "Andrea Roe"),
    ],
)
def test_a_pronoun_never_gives_a_name_only_women_bear_to_a_man(lead, expected):
    found = speakers_of([f"{lead} that the plan for the new homes was dead.", _LATER])
    assert found[-1] == (_LATER[1:54], expected)


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Ana Roe said that Green Lantern councillor Ben Lowe wants more, and “he cannot do it without the money,” she said.", "Ben Lowe"),
        ("Ana Roe said her office had not been told about the plan.", None),
        ("Ana Roe said that her office had not been told about the plan.", None),
        # the guards: nothing in the text says what the given name suggests,
        # which the later pronoun then decides
        ("Ana Roe said the office had not been told about the plan.", "Ana Roe"),
        ("Andrea Roe said the plan was dead.", "Andrea Roe"),
    ],
)
def test_a_name_the_text_called_she_is_not_a_later_he(paragraph, expected):
    found = speakers_of([paragraph, "“We are doing all we can,” he said."])
    assert found[-1] == ("We are doing all we can,", expected)
