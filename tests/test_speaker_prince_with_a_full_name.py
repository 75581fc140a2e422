""""Prince" or "Princess" printed before a given name and a surname
("Prince Kwame Osei", as Ghanaian and South African pages name people)
stays in the display name, as it does before one name ("Prince
Albin"); a longer title ("Crown Prince") stays out, as other titles do.
Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

QUOTE = "“Trade is good this year,”"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"Prince Kwame Osei, the chairman, opened the market. {QUOTE} Osei said.", "Prince Kwame Osei"),
        (f"Prince Kwame Osei opened the market. {QUOTE} he said.", "Prince Kwame Osei"),
        (f"Princess Ama Boateng opened the market. {QUOTE} she said.", "Princess Ama Boateng"),
        # guards: one name after the title; a title of two words
        (f"Prince Albin opened the market. {QUOTE} he said.", "Prince Albin"),
        (f"Crown Prince Albin Osei opened the market. {QUOTE} he said.", "Albin Osei"),
    ],
)
def test_prince_before_a_full_name(sentence, expected):
    assert [speaker for _, speaker in speakers_of([sentence])] == [expected]
