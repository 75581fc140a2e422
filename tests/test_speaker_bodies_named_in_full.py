"""Bodies that speak: a body's name set off before a description whose
closing comma was left out ("the Council for Harbour Education (CHE), a
Tallow-based advocacy group said"); a unit named in full inside the body
it belongs to ("the Harbour Storms Laboratory of the Tallow Weather
Service explains"), which speaks, where "the Ministry of the Interior"
stays one name; whoever "put out a letter declaring" something, or in
whose statement, letter or speech the words were given ("“...” in a
statement by the Bishop of Marren, Ana Roe"); and a church or synod as
a body. A wrong speaker is worse than none, so each
table also holds sentences where the speaker stays as it was. Every
sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

_LEAD = "The teacher had worked at the school on Mill Lane for more than thirty years."


@pytest.mark.parametrize(
    "closing, expected",
    [
        ("the Council for Harbour Education (CHE), a Tallow-based advocacy group said on its website.", "Council for Harbour Education"),
        ("the Council for Harbour Education, a Tallow-based advocacy group said on its website.", "Council for Harbour Education"),
        # the guards: the comma printed, a person so described, and the description alone
        ("the Council for Harbour Education (CHE), a Tallow-based advocacy group, said on its website.", "Council for Harbour Education"),
        ("Ivo Renk, a nursing assistant said.", "Ivo Renk"),
        ("a Tallow-based advocacy group said on its website.", None),
    ],
)
def test_a_body_set_off_before_its_description(closing, expected):
    found = speakers_of([_LEAD, f"“She was a beacon of kindness and courage for every child she taught,” {closing}"])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("On its website, the Harbour Storms Laboratory of the Tallow Weather Service (TWS) explains,", "Harbour Storms Laboratory"),
        ("The Harbour Storms Laboratory of the Tallow Weather Service said:", "Harbour Storms Laboratory"),
        ("The National Storms Laboratory of the Oceanic and Atmospheric Service said:", "National Storms Laboratory"),
        # the guards: one body's name with "of the" inside it, and a spokesman for the body
        ("The Ministry of the Interior said:", "Ministry of the Interior"),
        ("The Department of the Harbour said:", "Department of the Harbour"),
    ],
)
def test_a_unit_named_in_full_inside_its_body(opening, expected):
    found = speakers_of([f"{opening} “Most of the damage happens at night and in the winter months.”"])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("Last year the Harbour Union issued a short notice saying that members", "Harbour Union"),
        ("Ten years ago the Tallow Synod issued a statement declaring that the province", "Tallow Synod"),
        ("Last year Ana Roe put out a letter saying that members", "Ana Roe"),
        # the guard: the body's own verb
        ("Last year the Harbour Union said that members", "Harbour Union"),
    ],
)
def test_who_issued_a_document_saying(subject, expected):
    found = speakers_of([f"{subject} “will not cross any picket line this winter” whatever the offer."])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("The Harbour Church of Tallow said the parish", "Harbour Church of Tallow"),
        ("The Diocese of Tallow said the parish", "Diocese of Tallow"),
        # the guard: a body the lists knew already
        ("The Harbour Trust of Tallow said the parish", "Harbour Trust of Tallow"),
    ],
)
def test_a_church_is_a_body(subject, expected):
    found = speakers_of([f"{subject} “will not accept the new rules this year or the next.”"])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "after, expected",
    [
        ("in a statement by the Bishop of Marren, Ana Roe.", "Ana Roe"),
        ("in a letter from the Harbour Trust.", "Harbour Trust"),
        ("in a speech by Ana Roe on Monday.", "Ana Roe"),
        # the guards: a view, not a document, and nobody named after it
        ("in the view of many in the town.", None),
        ("in a statement on Monday.", None),
    ],
)
def test_words_given_in_a_statement_by(after, expected):
    found = speakers_of([f"The resolution was passed in light of “the weight given to outreach work in the towns” {after}"])
    assert [speaker for _, speaker in found] == [expected]



@pytest.mark.parametrize(
    "closing, expected",
    [
        ("the Harbour Storms Laboratory of the Tallow Weather Service said.", "Harbour Storms Laboratory"),
        # the guard: one body's name with "of the" inside it
        ("the Ministry of the Interior said.", "Ministry of the Interior"),
    ],
)
def test_a_unit_named_in_full_after_the_quotation(closing, expected):
    found = speakers_of([f"“Most of the damage happens at night and in the winter months,” {closing}"])
    assert [speaker for _, speaker in found] == [expected]
