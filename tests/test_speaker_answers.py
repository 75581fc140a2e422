"""A quotation standing alone after a question put to someone named
("Reporter Jo Ames asked Harbour Secretary Ada Roe whether fares would
rise." then "“...”") is that person's answer, not the asker's words; a
quotation that is itself a question stays the asker's. Every sentence
here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "question, answer, expected",
    [
        ("Reporter Tom Vale asked Harbour Secretary Ada Sloan if fares will rise again.", "“Not this year, and not next year either.”", "Ada Sloan"),
        ("Tom Vale asked Ada Sloan about the fares on Monday.", "“They will not rise this year.”", "Ada Sloan"),
        ("Radio host Tom Vale asked Mayor Ada Sloan whether the delays would end.", "“We are doing all we can.”", "Ada Sloan"),
        # guards: a question in the marks is the asker's, a plain speech verb keeps its subject, and a pronoun names nobody
        ("Ada Sloan asked the board about the fares.", "“Will they rise again?”", "Ada Sloan"),
        ("Tom Vale told Ada Sloan about the fares.", "“They will rise again.”", "Tom Vale"),
        ("Tom Vale asked him about the fares.", "“They will rise again.”", "Tom Vale"),
    ],
)
def test_an_answer_after_a_question_put_to_someone(question, answer, expected):
    found = speakers_of(["The harbour ferry fares went up twice this year.", question, answer])
    assert [speaker for _, speaker in found] == [expected]
