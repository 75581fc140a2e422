""""Reaffirmed" puts words on the record as "affirmed" does; "specified" does
not, being as often an answer given on a form. Every sentence here is
written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil

LEAD = "The Tallow Data Commission fined Norvak Telecom on Monday after a year of talks with two other regulators."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Health Minister Ana Roe visited the ward. She reaffirmed the ministry’s commitment to “resetting” care.", "Ana Roe"),
        ("Ana Roe reaffirms that “the fine stands” whatever the appeal.", "Ana Roe"),
    ],
)
def test_reaffirmed_puts_words_on_record(sentence, expected):
    assert [speaker for _, speaker in textutil.speakers_of([LEAD, sentence])][-1] == expected


def test_specified_gives_no_one_words():
    sentence = "The new staff are eleven Catholics, three Anglicans and one Free Presbyterian, plus 40 others who only specified “Lutheran” on the form."
    assert [q.speaker for q in quotes_of(textutil.make_seg([LEAD, sentence], "A headline", False))] == [None]
