"""A state, province or county printed after a town ("Fernhill, Alabama,",
"Fernhill, Alta.") says where, never who: it is no speaker, whether it
sits before the verb, in a description after it, or after a name with
the kind of place it is ("of Tallow prefecture"); someone "near" a place
is someone unnamed; and a name's suffix ("Jr.") ends a sentence when a
word that cannot go on a name follows. A wrong speaker is worse than
none, so each table also holds sentences where the speaker stays as it
was. Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.speakers.text import sentence_bounds

from . import textutil

speakers_of = textutil.speakers_of

_LEAD = "The storm tore through the valley late on Saturday, flattening barns and bringing down power lines."


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("Residents of Fernhill, Alabama, said", None),
        ("The mayor of Fernhill, Alabama, described it as", None),
        ("A farmer near Fernhill, Kent, warned:", None),
        ("A farmer near Fernhill warned:", None),
        # the guards: a name set off after a place that opens the sentence, and a person of a town
        ("At a rally in Dover, Jane Roe, the candidate, said:", "Jane Roe"),
        ("Jane Roe of Fernhill, Alabama, said", "Jane Roe"),
    ],
)
def test_a_region_after_a_town_is_no_speaker(subject, expected):
    found = speakers_of([_LEAD, f"{subject} “The storm took every roof on our street in a single night.”"])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "closing, expected",
    [
        ("said the pastor in Fernhill, Alta.", "Tom Brask"),
        ("said the vicar in Fernhill, Kent.", "Tom Brask"),
        # the guards: a name in the description, and a name with its town
        ("said the pastor, Ivo Renk.", "Ivo Renk"),
        ("said Jo Hale of Fernhill, Alta.", "Jo Hale"),
    ],
)
def test_a_region_ends_a_description_after_the_verb(closing, expected):
    found = speakers_of(
        [
            "The Reverend Tom Brask said he knew something was wrong before the call came.",
            f"“I had a sense of peace. When I woke up, I knew we would build it again,” {closing}",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "closing, expected",
    [
        ("governor Kaito Mori of Tallow prefecture told reporters.", "Kaito Mori"),
        ("governor Kaito Mori of Tallow prefecture recently told reporters.", "Kaito Mori"),
        # the guards: the same name without its place, and officials of a place
        ("governor Kaito Mori recently told reporters.", "Kaito Mori"),
        ("officials of Tallow prefecture told reporters.", None),
    ],
)
def test_a_place_and_its_kind_after_a_name_in_a_closing_attribution(closing, expected):
    found = speakers_of(
        [f"The new rules were brought in “first and foremost to protect the lives of climbers” on the trail, not to keep visitors away, {closing}"]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "text, splits",
    [
        ("Among the injured was Ben Mercer Jr. His aunt called him brave.", True),
        ("The firm was sold to Tallow Mills Ltd. The buyer paid cash.", True),
        ("Flowers were left for Ben Mercer Jr. On Monday the school closed.", True),
        # the guards: a word that may go on after the suffix, and a title
        ("The parade on Ben Mercer Jr. Day drew crowds.", False),
        ("The deal with Tallow Mills Inc. Chairman Ivo Renk was signed.", False),
        ("The letter from Dr. Ana Roe was read out.", False),
    ],
)
def test_a_name_suffix_ends_its_sentence_before_a_word_that_cannot_go_on_a_name(text, splits):
    # "... including Ben Mercer Jr. His aunt called him “...”": read as one
    # sentence, a place named earlier in it was once taken for the speaker.
    assert (len(sentence_bounds(text)) > 1) is splits


@pytest.mark.parametrize(
    "closing, expected",
    [
        ("a farmer near Fernhill said.", None),
        # the guard: a name with its town
        ("Jo Hale of Fernhill said.", "Jo Hale"),
    ],
)
def test_someone_near_a_place_after_the_quotation(closing, expected):
    # The same reading as before the verb: "near" puts the place in an unnamed person's description.
    found = speakers_of([_LEAD, f"“The storm took every roof on our street in a single night,” {closing}"])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "subject, expected",
    [
        # a person after a name and its party is the subject, no region of a town
        ("After the count, beating incumbent Tom Hale of the Harbour Party, Ms Roe urged voters", "Roe"),
        ("After the count, beating incumbent Tom Hale of the Harbour Party, Ana Roe urged voters", "Ana Roe"),
        # the guards: a region still finishes the place after a name
        ("Tom Hale of Fernhill, Alabama, urged voters", "Tom Hale"),
        ("Tom Hale of Fernhill, Santa Cruz, urged voters", "Tom Hale"),
    ],
)
def test_a_person_after_a_name_of_a_body_is_no_region(subject, expected):
    found = speakers_of([_LEAD, f"{subject} to “hold us to every word of it”."])
    assert [speaker for _, speaker in found] == [expected]
