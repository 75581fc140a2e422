"""A body's name set off before a description of its kind ("Tallow
Sound, the label, said", "Castlegate Health, the choir's agency, said")
speaks under that name, and the description's noun ("the label", "the
agency") means it later. A name with a description of its own ("the
People's Weekly newspaper") is no description, and a role before "of"
("the owner of the label") is a person's. A past participle set off after
a noun ("Ana Roe, described as ...") names the one described, never a
speaker. Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "name, description, later, expected",
    [
        ("Tallow Sound", "the label", "the label", "Tallow Sound"),
        ("Castlegate Health", "the choir's agency", "the agency", "Castlegate Health"),
        ("Harbour Lights Records", "the singer's record label", "the label", "Harbour Lights Records"),
        ("Big Marren Entertainment", "the choir's agency", "the agency", "Big Marren Entertainment"),
        ("Fernhill Bakes", "a family bakery", "the bakery", "Fernhill Bakes"),
        # the guard: a role before "of" describes a person
        ("Jane Roe", "the owner of the label", "the label", None),
    ],
)
def test_a_body_described_after_its_name_speaks_and_is_meant_later(name, description, later, expected):
    paragraphs = [
        f"“We will share new dates as soon as we can,” {name}, {description}, said on Monday.",
        f"“Every ticket will be honoured,” {later} added.",
    ]
    found = dict(speakers_of(paragraphs))
    first = name if expected is not None else "Jane Roe"
    assert found["We will share new dates as soon as we can,"] == first
    assert found["Every ticket will be honoured,"] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the guard: capitalised words make a name of their own, not a description
        ("Today, the People's Weekly newspaper calls it “the jewel of the coast” in every issue.", "People's Weekly newspaper"),
        ("Tallow Sound, the label, called the tour “the best we have ever booked” on Friday.", "Tallow Sound"),
    ],
)
def test_what_is_a_description_and_what_a_name(sentence, expected):
    assert speakers_of(["An opening line with no quotation.", sentence])[0][1] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "A list obtained by Open Lanes, the cycling charity, names Mr. Roe, described as one of the town's “most generous donors,” among the guests.",
        "The old mill, branded as “a blot on the valley” in a letter, was sold on Friday.",
        "Ana Roe was described as “a tireless organiser” at the meeting.",
    ],
)
def test_a_participle_after_a_noun_names_no_speaker(sentence):
    seg = textutil.make_seg(["Jane Roe and Ana Roe were at the dinner.", sentence], "A headline", False)
    assert [q.speaker for q in quotes_of(seg)] == [None]
