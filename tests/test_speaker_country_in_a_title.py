"""A title's country printed between the title and the name ("President
of France Ivo Roe", "Prime Minister of South Africa Ana Roe") belongs to
the title, not to the name. A place that is no country stays as the page
printed it. Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.speakers.names import clean_name
from datasette_factcheck.extract.speakers.places import country_opening

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "printed, expected",
    [
        ("President of France Ivo Marchetti", "Ivo Marchetti"),
        ("Prime Minister of South Africa Ana Roe", "Ana Roe"),
        ("President of Jordan Ana Roe", "Ana Roe"),
        ("Minister for Schools and Diaspora Ana Roe", "Ana Roe"),
        ("Secretary of State Ana Roe", "Ana Roe"),
        ("Ivo Marchetti", "Ivo Marchetti"),
    ],
)
def test_a_country_after_a_title_is_no_part_of_the_name(printed, expected):
    assert clean_name(printed) == expected


@pytest.mark.parametrize(
    "words, expected",
    [(["France"], 1), (["South", "Africa"], 2), (["Tallow"], 0), ([], 0)],
)
def test_country_opening(words, expected):
    assert country_opening(words) == expected


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["President of France Ivo Marchetti called the scheme “a step backwards for us all”."], ["Ivo Marchetti"]),
        (["Prime Minister of India Ravi Kumar said the deal was “a milestone”.", "“We are ready,” Kumar said."],
         ["Ravi Kumar", "Ravi Kumar"]),
        # guard: a place that is no country is printed with the name, as before
        (["The Duke of Tallow Ivo Marchetti said the fair was “a triumph”."], ["Ivo Marchetti"]),
    ],
)
def test_the_holder_of_a_title_of_a_country_speaks(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)] == expected
