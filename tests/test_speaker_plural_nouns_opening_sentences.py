"""A plural noun that opens a sentence ("Documents showed ...", "Papers
filed ...") is capitalised only for that; the page prints it, or its
singular, in lower case elsewhere. It names nobody, so it speaks nothing
and a later "he" is not it. A surname that is also a plural noun stays a
name once the page has named its bearer. Every sentence here is written
for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["The council report backs building on old quarry land first.",
          "Reports indicated that 40% of the new flats would be for “social” rent – a share Mr Cobb said was too small.",
          "“There will be 200 flats on the old quarry site,” he said."],
         "Cobb"),
        (["A filing with the court runs to 90 pages.",
          "Filings indicated that the firm paid “in full” – a claim Ms Teal said was untrue.",
          "“Nothing was paid on time,” she said."],
         "Teal"),
        # guard: a surname that is a plural noun, once its bearer is named
        (["Ana Banks runs the food bank on the corner.", "“We fed 300 families,” Banks said."], "Ana Banks"),
    ],
)
def test_a_plural_noun_opening_a_sentence_is_no_speaker(sentences, expected):
    found = [speaker for _, speaker in speakers_of(sentences)]
    assert found[-1] == expected and sentences[1].split()[0] not in found
