"""A lower-case possessive among the descriptors before a name ("women's
head coach Ana Roe"); a holiday greeting that reads like a name ("Merry
Christmas"), which is nobody a pronoun can mean; a role that opens a
headline, capitalised ("Headteacher hits out ..."), which is the role's
holder, not a person called so; and the owner of a comment dated by its
month ("her March comment that"). A wrong speaker is worse than none, so
each table also holds sentences where the speaker stays as it was. Every
sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“Holding the trials late suits us, because everyone else now has to wonder,” women's head coach Ana Roe said.", "Ana Roe"),
        ("“Holding the trials late suits us, because everyone else now has to wonder,” children's author Ana Roe said.", "Ana Roe"),
        ("“Holding the trials late suits us, because everyone else now has to wonder,” head coach Ana Roe said.", "Ana Roe"),
    ],
)
def test_a_lower_case_possessive_among_the_descriptors(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


@pytest.mark.parametrize(
    "greeting, expected",
    [
        ("Merry Christmas to all of you, she told the chamber.", "Ana Roe"),
        ("Happy Diwali to all of you, she told the chamber.", "Ana Roe"),
    ],
)
def test_a_holiday_greeting_is_nobody(greeting, expected):
    found = speakers_of([
        "Ana Roe opened the last sitting of the year with a joke about the break.",
        greeting,
        "“Santa has his list out and he is checking it twice,” she said.",
    ])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Headteacher hits out at inspectors over ‘shambolic and unfair’ visit", "Ana Roe"),
        # a name opening the headline, as before
        ("Roe hits out at inspectors over ‘shambolic and unfair’ visit", "Ana Roe"),
    ],
)
def test_a_capitalised_role_opening_a_headline_is_its_holder(headline, expected):
    seg = textutil.make_seg([
        "A head teacher has hit out at the inspectors.",
        "Ana Roe, the headteacher at Tallow Primary, said the visit was “a farce from start to finish”.",
    ], headline, True)
    assert [q.speaker for q in quotes_of(seg) if q.paragraph == 0] == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Another holdout, the Tallow Miners, is unlikely to back Ana Roe after her March comment that, “We will close half the pits within a year.”", "Ana Roe"),
        ("Another holdout — the Tallow Miners — is unlikely to back Ana Roe after her March comment that, “We will close half the pits within a year.”", "Ana Roe"),
        # the possessor's comment with no month, as before
        ("The miners are unlikely to back Ana Roe after her comment that “we will close half the pits within a year.”", "Ana Roe"),
    ],
)
def test_the_possessor_of_a_dated_comment_speaks_it(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]
