"""A first name the list gives mostly, not only, to one sex ("Sasha",
"Misha") gives way to the text: when that person has just spoken as the
subject of the sentence before and a "he" or "she" of the other gender
follows, the pronoun is theirs, not an earlier speaker's whose gender fits
the list. A firmly gendered name keeps its gender. Every sentence here is
written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["Police chief Ivo Brandt said all marches were banned.",
          "Opposition leader Sasha Mbeki announced more marches.",
          "Mbeki said he was glad his followers had reached the square.",
          "“The barricades did not hold us back for long,” he said."],
         "Sasha Mbeki"),
        (["Harbour manager Ana Holt said the quay would stay shut.",
          "Union organiser Misha Torrel spoke outside the gates.",
          "Torrel said she would call a strike vote on Monday.",
          "“Nobody goes back to work on those cranes,” she said."],
         "Misha Torrel"),
        # guards: a firmly gendered first name; a name spoken of, not speaking
        (["Police chief Ivo Brandt said all marches were banned.",
          "Opposition leader Maria Mbeki announced more marches.",
          "Mbeki said the march would go ahead.",
          "“The barricades did not hold us back for long,” he said."],
         "Ivo Brandt"),
        (["Police chief Ivo Brandt said all marches were banned.",
          "The crowd chanted for Sasha Mbeki outside the court.",
          "“We will clear the square by noon,” he said."],
         "Ivo Brandt"),
    ],
)
def test_the_text_overrules_a_loose_given_name(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)][-1] == expected
