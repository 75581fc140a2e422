"""A round-up's quotation signed by the sentence a dash sets after it
('"..." -- Jane Roe, who shot a 74, rued her luck'); prepositions that open
a sentence ("Ahead of the talks,"), which are no names; a capitalised
particle that ends a name ("Ana Das"); two descriptions joined by "and"
after the verb ("said analyst and trader Ben Lowe"); a name called
something in the passive, which is not who called it; and a title with its
body before the name set off after it ("Chairperson of Tallow District,
Cllr Ben Lowe,"). A wrong speaker is worse than none, so each table also
holds sentences where the speaker stays as it was. Every sentence here is
written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


def test_a_dash_after_a_quotation_signs_it_with_the_sentence_s_subject():
    found = speakers_of([
        "Some of the best lines after the first round at the links:",
        "\"Those bunkers are cruel. You can get a good lie or a bad one, and I got the bad one.\" -- Ben Lowe, who signed for a 74, rued a triple bogey on the back nine.",
        "\"Honestly, I have stopped caring. It threw me off for an hour.\" -- Two-time champion Ana Roe was short on sympathy for a fan's tablet.",
    ])
    assert [speaker for _, speaker in found] == ["Ben Lowe", "Ana Roe"]


def test_a_dash_inside_a_sentence_signs_nothing():
    found = speakers_of(["He said the course was \"cruel and unfair to everyone\" -- Ben Lowe disagreed."])
    assert [speaker for _, speaker in found] == [None]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Ahead of the talks, the union put out a notice declaring it would hold out for “fair pay” for all.", None),
        ("Prior to the vote, the union put out a notice declaring it would hold out for “fair pay” for all.", None),
        # a name after the opening phrase, as before
        ("Ahead of the talks, Ana Roe put out a notice declaring she would hold out for “fair pay” for all.", "Ana Roe"),
    ],
)
def test_an_opening_preposition_is_no_name(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


def test_a_capitalised_particle_can_end_a_name():
    found = speakers_of([
        "Governor Ana Das spoke on Monday at the bank's last briefing of the year.",
        "She said, “Growth is moved by many things, not only by the policy rate.”",
    ])
    assert [speaker for _, speaker in found] == ["Ana Das"]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("\"He has nailed his flag to the pole,\" said analyst and independent trader Ben Lowe.", "Ben Lowe"),
        ("\"He has nailed his flag to the pole,\" said analyst Ben Lowe.", "Ben Lowe"),
        # groups joined by "and": nobody named
        ("\"He has nailed his flag to the pole,\" said analysts and traders in the city.", None),
    ],
)
def test_two_descriptions_joined_by_and_after_the_verb(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("ANA Roe has been branded “the worst harbour master since the war” after record delays.", None),
        ("Ana Roe was hailed as “the saviour of the harbour” after the rescue.", None),
        # the subject doing the naming, as before
        ("Ana Roe branded the delays “the worst since the war” after the vote.", "Ana Roe"),
    ],
)
def test_a_name_called_something_in_the_passive_is_not_who_called_it(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Chairperson of Tallow Municipal District, Cllr Ben Lowe, welcomed the motion, adding that since homes are being bought “a path to the shops has to follow.”", "Ben Lowe"),
        ("Chair of the Tallow Board, Ben Lowe, said the plan was “a sensible step for the town”.", "Ben Lowe"),
    ],
)
def test_a_title_and_its_body_before_the_name_set_off_after_it(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]
