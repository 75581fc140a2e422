"""A pronoun no one agrees with, after a sentence that opens with a person
whose gender only the list of given names guessed ("Jess" is given to men
and women): the text's pronoun tells that person's gender better than the
list. Never for a name only one sex bears, nor for one named inside what
someone else said. Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "The Tallow MP voted against the whip on Tuesday night."
QUOTE = "In a letter to the party leader, she wrote: “This has been the hardest week of my time in the House.”"


@pytest.mark.parametrize(
    "before, expected",
    [
        ("Tallow North MP Jess Hanlon has quit the front bench over the harbour vote.", "Jess Hanlon"),
        ("Jess Hanlon has quit the front bench over Sir Ivo Marsh's line on the harbour.", "Jess Hanlon"),
        # the guards: a given name only men bear, and a name inside what someone else said
        ("Tallow North MP Ben Hanlon has quit the front bench over the harbour vote.", None),
        ("The council lead said Jess Hanlon had quit the front bench over the harbour vote.", None),
    ],
)
def test_the_pronoun_goes_to_the_subject_the_list_gave_the_other_gender(before, expected):
    assert textutil.speaker_of([LEAD, before, QUOTE], "This has been") == expected
