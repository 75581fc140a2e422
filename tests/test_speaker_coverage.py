"""Quotations whose article names the speaker must get one: attributions
printed with titles and initials, marks typed with a space inside, a
speaker named in the quotation's own sentence without a speech verb, a
paragraph that only quotes after one about a person. A wrong speaker is
worse than none, so each table also holds sentences where the speaker
stays empty. Every sentence here is written for the test."""

import pytest

from . import textutil
from datasette_factcheck.extract.article import quotes_of
from datasette_factcheck.extract.speakers import clean_name


def speakers_of(paragraphs):
    seg = textutil.make_seg(paragraphs, "A headline", False)
    return [(q.text, q.speaker) for q in quotes_of(seg) if q.kind == "quote"]


def last_speaker(paragraphs):
    found = speakers_of(paragraphs)
    assert found, "no quote found"
    return found[-1][1]


INTRO = "The mill closed in March after forty years of work."


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # descriptors, then a title, then the name after the verb
        ("“We have to be ready for this kind of change,” said former Gov. Helen Marsh of Ohio.", "Helen Marsh"),
        ("“We have to be ready for this kind of change,” says retired Sen. Paul Brandt.", "Paul Brandt"),
        ("“We have to be ready for this kind of change,” said former Governor Helen Marsh.", "Helen Marsh"),
        # a middle initial before a surname that is also a title word
        ("“We have to be ready for this kind of change,” said Representative Ann B. King.", "Ann B. King"),
        # a space typed inside the closing marks
        ("''We have to be ready for this kind of change, '' said Mr. Okonjo, who runs the union.", "Okonjo"),
        ("“We have to be ready for this kind of change, ” Lena Varga said.", "Lena Varga"),
        # no name after the descriptors: nobody
        ("“We have to be ready for this kind of change,” said a former governor.", None),
    ],
)
def test_attribution_after_the_quotation(paragraph, expected):
    assert last_speaker([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "printed, name",
    [
        ("Representative Peter T. King", "Peter T. King"),
        ("Rep. Ann B. King", "Ann B. King"),
        ("the T. Governor", None),
    ],
)
def test_a_title_word_after_a_middle_initial_is_a_surname(printed, name):
    assert clean_name(printed) == name
