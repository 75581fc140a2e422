"""A relative clause about the subject that ends in a list of names ("Ana
Roe, who played for Tallow, Halden and Marlow, said"); a surname printed
with the Arabic article joined to it or not ("Al-Dardir" is the "Amr
Dardir" of the page); and someone of the name's after "said" ("said
Roe's mother", "said Vines’ mother"), who is not the name; a body whose
name lists its portfolio ("The Department for Roads, Rail and Ports
said"); a role over something, then a body joined by "&" ("Ben Lowe,
head of research and campaigns, Tallow Cats & Dogs Home, said"); and
more participles of speech ("with Ana Roe demanding that ..."). A wrong
speaker is worse than none, so each table also holds sentences where the
speaker stays as it was. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("Ana Roe, who has also played for Tallow, Halden, and Marlow,", "Ana Roe"),
        ("Ana Roe, who has worked for Tallow Mills, Halden Paper and Marlow Print,", "Ana Roe"),
        # the guards: one body in the clause, and a description with no relative clause
        ("Ana Roe, who played for Tallow Rovers,", "Ana Roe"),
        ("Ana Roe, a former player for Tallow Rovers,", "Ana Roe"),
    ],
)
def test_a_list_that_ends_a_relative_clause_is_not_the_subject(subject, expected):
    found = speakers_of(
        [
            "The transfer was confirmed by the club on Monday evening.",
            f"{subject} commented: “I am glad to sign for a club with such a long history.”",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "later, expected",
    [
        ("Al-Dardir said", "Amr Dardir"),
        ("El-Dardir said", "Amr Dardir"),
        # the guards: the surname as first printed, and another surname
        ("Dardir said", "Amr Dardir"),
        ("Al-Masri said", "Al-Masri"),
    ],
)
def test_an_arabic_article_joined_to_a_surname(later, expected):
    found = speakers_of(
        [
            "Amr Dardir, a spokesman for the club, said the player would not move to their rivals.",
            f"{later} in a television interview: “The spirit of sport must come first this season.”",
        ]
    )
    assert [speaker for _, speaker in found][-1] == expected


@pytest.mark.parametrize(
    "cue, expected",
    [
        ("said Roe's mother", None),
        ("said Vines’ mother", None),
        ("said Vines' elder brother", None),
        ("said Roe's lawyer", "Ben Lowe"),
        # the guards: the relative named after a comma, and a plain name
        ("said Vines’ mother, Annette", "Annette"),
        ("said Ben Lowe", "Ben Lowe"),
    ],
)
def test_someone_of_the_name_after_said(cue, expected):
    found = speakers_of(
        [
            "Kit Vines and Dan Roe, both 19, were hurt on Friday night; Roe's lawyer Ben Lowe spoke to the police.",
            f"“I just want people who saw it to come forward,” {cue}.",
        ]
    )
    assert [speaker for _, speaker in found][-1] == expected


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("The Department for Roads, Rail and Ports said", "Department for Roads, Rail and Ports"),
        ("The Ministry of Farming, Fishing and Forests said", "Ministry of Farming, Fishing and Forests"),
        # the guards: a minister's portfolio, and a department named without a list
        ("The Minister for Roads, Rail and Ports, Ana Roe, said", "Ana Roe"),
        ("The Department for Transport said", "Department for Transport"),
    ],
)
def test_a_body_whose_name_lists_its_portfolio(subject, expected):
    found = speakers_of(
        [
            "Farmers warned of another dry summer on the coast.",
            f"{subject} it was working to find “long-term solutions” with growers.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("Ben Lowe, head of research and campaigns, Tallow Cats & Dogs Home,", "Ben Lowe"),
        ("Ben Lowe, head of policy, Tallow Cats & Dogs Home,", "Ben Lowe"),
        # the guards: a body's name that says it is one, and no body at all
        ("Ben Lowe, policy officer, Tallow Housing Trust,", "Ben Lowe"),
        ("Ben Lowe, head of policy,", "Ben Lowe"),
    ],
)
def test_a_role_then_a_body_set_off_after_a_name(subject, expected):
    found = speakers_of(
        [
            "The bill will give renters the right to ask to keep a pet.",
            f"{subject} said: “This bill will let thousands more families keep a cat or a dog.”",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "participle, expected",
    [
        ("demanding", "Ana Roe"),
        ("suggesting", "Ana Roe"),
        ("pleading", "Ana Roe"),
        # the guard: a participle known before
        ("insisting", "Ana Roe"),
    ],
)
def test_more_participles_of_speech(participle, expected):
    found = speakers_of(
        [
            f"The Greens gave no sign of backing down, with housing spokesperson Ana Roe {participle} on Sunday that the government tackle “rental inflation” first.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]
