"""A title of rank only one sex holds (king, prince, duke; queen,
princess, duchess) gives the person's gender, so "she" after "Prince
Albin" is not him, and "she" between a king and a queen is the queen.
Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["King Albin and Queen Mira will visit Tallow next week. “It will be a different country,” she said."], "Queen Mira"),
        (["Prince Albin gave an interview on Sunday.", "“I have no regrets,” she said."], None),
        (["Prince Albin and Princess Mira opened the bridge. “It is a fine day for the harbour,” she said."], "Princess Mira"),
        # guards: the pronoun that agrees with the title
        (["King Albin will visit Tallow next week. “It will be a different country,” he said."], "King Albin"),
        (["Prince Albin gave an interview on Sunday.", "“I have no regrets,” he said."], "Prince Albin"),
    ],
)
def test_a_title_of_rank_gives_the_gender(paragraphs, expected):
    assert [speaker for _, speaker in speakers_of(paragraphs)] == [expected]
