"""A connective with no comma before a subject whose verbs "and" joins
("However Judge Roe disagreed and said:"), the part of a region after a
home town ("from East Halden, north Tallow,"), a firm named before its
kind ("the Harbourline company"), a body's kind with the sentence's
capital before its initials ("Aviation authority HAA"), a speech verb
joined by "and" after an earlier quotation of the sentence, "At-Large" in
a councillor's title, a quotation opening its paragraph whose own
sentence closes on its attribution after a later quotation, and "police
said" for the one force the page names. A wrong
speaker is worse than none, so each table also holds sentences where the
speaker stays as it was. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("However Judge Ben Lowe disagreed and said:", "Ben Lowe"),
        ("However Ben Lowe disagreed and said:", "Ben Lowe"),
        ("However, Judge Ben Lowe disagreed and said:", "Ben Lowe"),
        # a connective before a body that names nobody
        ("However the court disagreed and said:", None),
    ],
)
def test_a_connective_without_a_comma_before_joined_verbs(lead, expected):
    found = speakers_of([f"{lead} “I am certain that each offence was committed on purpose.”"])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("Ana Roe, 27, from East Halden, north Tallow,", "Ana Roe"),
        ("Ana Roe, from East Halden, south-west Tallow,", "Ana Roe"),
        ("Ana Roe, a nurse from Halden, central Tallow,", "Ana Roe"),
        ("Ana Roe, 27, from East Halden, Tallow,", "Ana Roe"),
    ],
)
def test_the_part_of_a_region_after_a_home_town(subject, expected):
    found = speakers_of([f"{subject} said she was “livid” when her train was cancelled."])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("The Harbourline company", "Harbourline"),
        ("The Harbourline airline", "Harbourline"),
        # a union, a council or a nation's body keeps its whole phrase
        ("The Halden union", "Halden union"),
        ("The Halden council", "Halden council"),
        ("The French delegation", "French delegation"),
    ],
)
def test_a_body_named_before_its_kind(subject, expected):
    found = speakers_of([f"{subject} said it was “deeply concerned” about the vote."])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("Aviation authority HAA, which ordered carriers to cut their timetables,", "HAA"),
        ("Aviation authority HAA", "HAA"),
        # a given name opening the sentence is a person's, not a descriptor
        ("Ana Roe", "Ana Roe"),
    ],
)
def test_a_kind_with_the_sentences_capital_before_a_bodys_initials(opening, expected):
    found = speakers_of([f"{opening} said two airports were shut, adding there were “long queues” everywhere."])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Mayor Dan Smith told the Gazette he was ‘very let down’ by the vote and claimed the Greens were ‘playing games with the budget’.", "Dan Smith"),
        ("Mayor Dan Smith told the Gazette he was ‘very let down’ by the vote but insisted the Greens were ‘playing games with the budget’.", "Dan Smith"),
        # someone new says it in a clause of their own
        ("Mayor Dan Smith told the Gazette he was ‘very let down’ by the vote and Ana Roe claimed the Greens were ‘playing games with the budget’.", "Ana Roe"),
    ],
)
def test_a_joined_speech_verb_after_an_earlier_quotation(sentence, expected):
    found = speakers_of(["The library budget was cut by a third on Monday.", sentence])
    assert [speaker for text, speaker in found if text.startswith("playing games")] == [expected]


@pytest.mark.parametrize(
    "cue, expected",
    [
        ("said City Councillor At-Large Cara Mills", "Cara Mills"),
        ("said At-Large Councillor Cara Mills", "Cara Mills"),
        ("said Councillor Cara Mills", "Cara Mills"),
    ],
)
def test_at_large_in_a_title(cue, expected):
    found = speakers_of([f"“The branch will stay open if we have anything to do with it,” {cue}."])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("“The regulator has been missing from its own job” and must do more “to apply the law”, said Dan Pike, head of the group Fishwatch.", "Dan Pike"),
        ("“The regulator has been missing from its own job” and must act “to apply the law”, Dan Pike said.", "Dan Pike"),
        # a quotation that closes its sentence goes on with the speaker before
        ("“The regulator has been missing from its own job.”", "Ana Roe"),
    ],
)
def test_a_quotation_opening_its_paragraph_with_a_closing_attribution(sentence, expected):
    found = speakers_of(["Ana Roe said the firm's record was “awful” last week.", sentence])
    assert [speaker for text, speaker in found if text.startswith("The regulator")] == [expected]


@pytest.mark.parametrize(
    "first, expected",
    [
        ("A Halden Police spokesman said officers were at the scene.", "Halden Police"),
        ("Officers from Police Tallow were called at 2am.", "Police Tallow"),
        # no force named, or two of them: nobody named speaks
        ("Officers were called to the scene at 2am.", None),
        ("Halden Police and Tallow Police were at the scene.", None),
    ],
)
def test_police_as_the_force_the_page_names(first, expected):
    found = speakers_of([first, "“Anyone who saw the blue van should call us,” police said on Sunday."])
    assert [speaker for _, speaker in found] == [expected]
