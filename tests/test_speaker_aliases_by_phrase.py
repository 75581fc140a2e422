"""A person's other name given by a phrase right after the name ("Roxy
Dune, whose real name is Anna Marie Rowe", "Anna Rowe a.k.a Roxy Dune",
"Anna Rowe - better known by her stage name Roxy Dune -") names the same
person, who speaks under the longer name whichever one the attribution
prints. Every sentence here is written for the test."""

import pytest

from . import textutil


@pytest.mark.parametrize(
    "lead, closing, expected",
    [
        ("Roxy Dune, whose real name is Anna Marie Rowe, was charged in August along with 30 others.", "Roxy Dune told reporters.", "Anna Marie Rowe"),
        ("Opposition leader Anna Rowe a.k.a Roxy Dune has been under house arrest since the election.", "Roxy Dune told reporters.", "Anna Rowe"),
        ("Opposition leader Anna Rowe - better known by her stage name Roxy Dune - told Tallow TV she would fight on.", "Dune said.", "Anna Rowe"),
        ("Opposition leader Anna Rowe, also known as Roxy Dune, has been under house arrest since the election.", "Roxy Dune said.", "Anna Rowe"),
        # as before: a description after "known as" names no one else
        ("Opposition leader Anna Rowe, also known as the voice of the slums, has been under house arrest.", "Rowe said.", "Anna Rowe"),
    ],
)
def test_a_phrase_alias_names_the_same_person(lead, closing, expected):
    sentence = f"“They cannot silence us,” {closing}"
    assert [speaker for _, speaker in textutil.speakers_of([lead, sentence])] == [expected]


def test_the_other_name_printed_before_the_phrase_goes_by_the_full_name():
    paragraphs = [
        "Roxy Dune leads a crowd of thousands through the capital on Monday.",
        "Opposition leader Anna Marie Rowe - better known by her stage name Roxy Dune - told Tallow TV she would fight on.",
        "Roxy Dune described the ruling as “a disgrace”.",
    ]
    assert [speaker for _, speaker in textutil.speakers_of(paragraphs)] == ["Anna Marie Rowe"]
