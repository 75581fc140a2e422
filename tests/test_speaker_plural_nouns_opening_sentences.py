"""A plural noun that opens a sentence ("Records indicated ...", "Filings
indicated ...") is capitalised only for that; the page prints it, or its
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
        (["The museum keeps a record of every visit; its chair, Tom Pell, spoke on Monday.",
          "Records indicated that visits fell by a third over the “long, wet” winter, a drop Mr Pell said was the worst in years.",
          "“We saw it coming,” he said."],
         "Tom Pell"),
        (["A filing with the court runs to 90 pages.",
          "Filings indicated that the firm had paid “every last penny” – a claim Ms Teal said was untrue.",
          "“Nothing was paid on time,” she said."],
         "Teal"),
        # guard: a surname that is a plural noun, once its bearer is named
        (["Ana Banks runs the food bank on the corner.", "“We fed 300 families,” Banks said."], "Ana Banks"),
    ],
)
def test_a_plural_noun_opening_a_sentence_is_no_speaker(sentences, expected):
    found = [speaker for _, speaker in speakers_of(sentences)]
    assert found[-1] == expected and sentences[1].split()[0] not in found
