"""Two small joints of a sentence that hid its speaker: an adverb inside a
passive "quoted as saying" ("X was also quoted as saying") and a
connective opening the last sentence of a paragraph that a paragraph of
quotation alone follows ("But he was wary of ..."). Every sentence here
is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("“Most of those held were blocking roads,” Tavo Odum was also quoted as saying.", "Tavo Odum"),
        ("“Most of those held were blocking roads,” Tavo Odum was later quoted as saying.", "Tavo Odum"),
        # guards: no adverb; a report that quotes someone named after it
        ("“Most of those held were blocking roads,” Tavo Odum was quoted as saying.", "Tavo Odum"),
        ("“Most of those held were blocking roads,” the Tallow Gazette quoted Tavo Odum as saying.", "Tavo Odum"),
    ],
)
def test_an_adverb_inside_quoted_as_saying(sentence, expected):
    found = speakers_of(["Police chief Ivo Brandt said dozens were held.", sentence])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "last_sentence, expected",
    [
        ("But he was wary of promising more games.", "Ivo Brandt"),
        ("And he was wary of promising more games.", "Ivo Brandt"),
        # guards: a connective set off by a comma, as before; no connective;
        # a connective before someone unnamed
        ("Still, he was wary of promising more games.", "Ivo Brandt"),
        ("He was wary of promising more games.", "Ivo Brandt"),
        ("But the crowd was wary of more games.", None),
    ],
)
def test_a_connective_opens_no_subject(last_sentence, expected):
    found = speakers_of([
        f"The tour showed Tallow belonged with the best, coach Ivo Brandt said. {last_sentence}",
        "“Why would we help them win the next cup?”",
    ])
    assert [speaker for _, speaker in found] == [expected]
