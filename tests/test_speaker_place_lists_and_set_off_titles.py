"""Four readings of a name's surroundings: the last places of a list that a
description opened ("..., head of the Oil Workers' Union in Tallow, Dunmore
and Harlow Plains, said") are no speaker, nor are they before "according
to"; a title that a body's initials open, set off by a comma before its
holder ("said DOC Bird Team Leader, Ana Roe"), is the holder's, even
when the initials spell a given name; and a
body's name printed with a possessive ("the Tallow Wildlife Service's
rangers") is the name its initials stand for, without the possessive.
Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "Crews from three regions were sent to the Dunmore reserve on Sunday after a week of reports about the birds."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "“Any lay-offs will be met with a walkout at every site,” Rolf Brand, secretary general of the Union of Oil Workers in Tallow, Dunmore and Harlow Plains, said.",
            "Rolf Brand",
        ),
        (
            "“Any lay-offs will be met with a walkout at every site,” Rolf Brand, a lawyer for miners in Tallow, Dunmore or Harlow Plains, said on Monday.",
            "Rolf Brand",
        ),
        # as before: a region set off after its town
        ("“Any lay-offs will be met with a walkout at every site,” Rolf Brand, a welder from Dunmore, Kent, said.", "Rolf Brand"),
        # two people named as the subject, after an opening phrase: not a list of places
        ("“We will not stop until the mine is closed,” at the protest in Tallow, Ana Roe and Rolf Brand said.", "Rolf Brand"),
        # people, not places, set off after a description ending in a place
        ("“We will not stop until the mine is closed,” the lawyers for the miners in Tallow, Ana Roe and Rolf Brand, said.", "Rolf Brand"),
        # bodies as the subject, not set off: they speak
        ("“We will not stop until the mine is closed,” at the meeting in Tallow, Dunmore Council and Harlow Council said.", "Dunmore Council and Harlow Council"),
    ],
)
def test_the_end_of_a_list_of_places_speaks_for_no_one(sentence, expected):
    assert [speaker for _, speaker in textutil.speakers_of([LEAD, sentence])] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It is “absurd” to claim that Tallow Harbour is less safe than ports in Dunmore, Kessel or the Harlow Isles, according to Brixport chair Rolf Brand.",
            "Rolf Brand",
        ),
        # as before: someone named before it speaks, the record only reports it
        ("“Leave the keys at the gate,” Rolf Brand, according to court records.", "Rolf Brand"),
        # as before: one place, then the source
        ("It is “absurd” to claim that Tallow Harbour is less safe than ports in Kessel, according to Brixport chair Rolf Brand.", "Rolf Brand"),
    ],
)
def test_a_list_of_places_before_according_to_is_not_the_source(sentence, expected):
    assert [speaker for _, speaker in textutil.speakers_of([LEAD, sentence])] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # initials that spell a given name ("Doc", "Don")
        ("“Stoats killed all three of the birds in the reserve,” said DOC Bird Team Leader, Ana Roe.", "Ana Roe"),
        ("“Stoats killed all three of the birds in the reserve,” said DON Area Manager, Ana Roe.", "Ana Roe"),
        # as before: other initials, the title with none, and the title in lower case before the name
        ("“Stoats killed all three of the birds in the reserve,” said TWS Bird Team Leader, Ana Roe.", "Ana Roe"),
        ("“Stoats killed all three of the birds in the reserve,” said Bird Team Leader, Ana Roe.", "Ana Roe"),
        ("“Stoats killed all three of the birds in the reserve,” said TWS team leader Ana Roe.", "Ana Roe"),
    ],
)
def test_a_title_opened_by_initials_then_its_holder(sentence, expected):
    assert [speaker for _, speaker in textutil.speakers_of([LEAD, sentence])] == [expected]


@pytest.mark.parametrize(
    "lead",
    [
        "The Tallow Parks and Wildlife Service’s rangers found a large crocodile at the Dunmore boat ramp on Sunday morning.",
        "The Tallow Parks and Wildlife Service's rangers found a large crocodile at the Dunmore boat ramp on Sunday morning.",
        # as before: the name with no possessive
        "Rangers from the Tallow Parks and Wildlife Service found a large crocodile at the Dunmore boat ramp on Sunday morning.",
    ],
)
def test_initials_stand_for_the_name_without_its_possessive(lead):
    sentence = "“Leaving fish scraps on the ramp draws the animals in,” the TPWS said."
    assert [speaker for _, speaker in textutil.speakers_of([lead, sentence])] == ["Tallow Parks and Wildlife Service"]
