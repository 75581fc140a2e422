"""A name before a structure ("the Tara Plaza building") names the place,
never a person a pronoun can mean; a quotation closed by descriptors, a
name and its description set off before the verb ("“...,” study
co-author Professor X, co-director of Y, said in a release"); and a
capitalised title printed without the words before it ("The new
Environment Secretary told the committee"), which goes on with the person just
named. A wrong speaker is worse than none, so each table also holds
sentences where the speaker stays as it was. Every sentence here is
written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "place, expected",
    [
        ("the eight-storey Tara Plaza building", None),
        ("the Tara Plaza stadium", None),
    ],
)
def test_a_name_before_a_structure_is_no_person(place, expected):
    found = speakers_of([
        f"Rescuers pulled Amina from the rubble of {place} on Friday after a long search.",
        "“I heard the voices of the rescue workers every night,” she told a TV channel from her bed.",
    ])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“It is only one glacier, but it matters,” study co-author Professor Ana Roe, co-director of the Tallow Institute at Halden College, said in a release.", "Ana Roe"),
        ("“It is only one glacier, but it matters,” lead author Ana Roe, of Halden College, said in a release.", "Ana Roe"),
        # the verb before its subject after the comma, as before
        ("“It is only one glacier, but it matters,” in contrast to last year, says Ana Roe.", "Ana Roe"),
        # nobody named: nobody speaks
        ("“It is only one glacier, but it matters,” study co-author and glacier expert, said in a release.", None),
    ],
)
def test_a_name_and_its_description_before_the_closing_verb(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


@pytest.mark.parametrize(
    "title, expected",
    [
        ("The new Environment Secretary told the committee that “the targets come first” this winter.", "Ana Roe"),
        ("The Environment Secretary told the committee that “the targets come first” this winter.", "Ana Roe"),
        # a title someone else holds: that holder
        ("The Home Secretary told the committee that “the targets come first” this winter.", "Cara Diaz"),
    ],
)
def test_a_title_printed_alone_goes_on_with_the_person_named(title, expected):
    found = speakers_of([
        "Home Secretary Cara Diaz opened the debate on Monday.",
        "Ana Roe warned on Monday that a further delay to the plan would be “a real blow”.",
        title,
    ])
    assert [speaker for _, speaker in found][-1] == expected
