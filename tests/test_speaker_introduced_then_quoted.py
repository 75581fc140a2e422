"""A paragraph about a person, then a paragraph that only quotes: the
quotation is that person's. A title in quotation marks inside the first
paragraph ("the club's ‘Rookie of the Season’") speaks for no one and does not
take the quotation, and a sentence that opens "For Ana Roe," and takes
her up with a pronoun is about her. Every sentence here is written for
the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["“We held our nerve,” said Jo Banner, the captain.",
          "Ana Roe, the club’s ‘Rookie of the Season’, looked pleased after the last round.",
          "“My legs felt fresh all day. The crowd helped.”"],
         "Ana Roe"),
        (["“We held our nerve,” said Jo Banner, the captain.",
          "For Ana Roe, a quiet winter of training has paid off for her, as her five wickets on Sunday showed.",
          "“I try not to look at the scoreboard.”"],
         "Ana Roe"),
        # guards: a body after "For" with no pronoun for a person, and a quotation of a sentence in the first paragraph
        (["“We held our nerve,” said Jo Banner, the captain.",
          "For Tallow United, the season ended in March.",
          "“I try not to look at the scoreboard.”"],
         None),
        (["Ana Roe looked pleased after the last round. “It was close,” Jo Banner said.",
          "“My legs felt fresh all day.”"],
         "Jo Banner"),
    ],
)
def test_a_quotation_after_a_paragraph_about_someone(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)][-1] == expected
