"""A person printed by one name with a role noun before it ("Umar Dace's
friend Banoteya"), who speaks in the sentence just before, is the one a
"she" or "he" right after goes on with, though no list gives the name a
gender, rather than a woman named further back; one name with no role,
or a friend who does not speak, is not. Every sentence here is written for
the test."""

import pytest

from . import textutil

LEAD = "A judge freed the activists Maria Lenz, Ivo Dent and Karl Moss on bail on Friday."
QUOTE = "“I am really glad for the others who got out today,” she posted on X."


@pytest.mark.parametrize(
    "middle, expected",
    [
        ("Meanwhile, Umar Dace's friend Banoteya, in a note online, said that Umar was pleased for the others.", "Banoteya"),
        ("Umar Dace's friend Banoteya said that Umar was pleased for the others.", "Banoteya"),
        # the guards: one name with nothing to show a person, and a friend who does not speak
        ("Meanwhile, Banoteya, in a note online, said that Umar was pleased for the others.", "Maria Lenz"),
        ("Umar Dace's friend Banoteya visited him in jail on Saturday afternoon.", "Maria Lenz"),
    ],
)
def test_she_goes_on_with_the_one_name_speaker(middle, expected):
    assert textutil.speaker_of([LEAD, middle, QUOTE], "I am really glad") == expected
