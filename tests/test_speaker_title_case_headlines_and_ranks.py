"""A headline in Title Case capitalises the verb and the name or role
that close it ("Parking Fees ‘A Scandal’, Says Ana Roe", "..., Says Lord
Mayor") and the word after a label ("‘A Scandal’: Ana Roe On Parking
Fees"); these close the headline as their lower-case forms do, and the name
or the role's holder speaks. A rank in digits before a title ("1st Dep.
Commissioner Ana Roe") describes the name after it. Every sentence here is
written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil

BODY = "Ana Roe, the lord mayor of Tallow, said parking fees had gone up twice this year and would go up again."


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Parking Fees ‘A Scandal’, Says Ana Roe", "Ana Roe"),
        ("Parking Fees ‘A Scandal’, Says Lord Mayor", "Ana Roe"),
        ("‘A Scandal’: Ana Roe On Parking Fees", "Ana Roe"),
        # as before: the same headlines in sentence case
        ("Parking fees ‘a scandal’, says Ana Roe", "Ana Roe"),
        ("Parking fees ‘a scandal’, says lord mayor", "Ana Roe"),
        # guards: a place is no speaker; a role no one in the body holds
        ("Parking Fees ‘A Scandal’, Says Tallow", None),
        ("Parking Fees ‘A Scandal’, Says Harbour Master", None),
    ],
)
def test_a_title_case_headline_close_names_its_speaker(headline, expected):
    seg = textutil.make_seg([BODY], headline, True)
    found = [q.speaker for q in quotes_of(seg) if q.paragraph == 0]
    assert found == [expected]


QUOTE = "“We heard two shots and then every light on the quay went out,”"


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        (f"{QUOTE} 1st Dep. Commissioner Ana Roe told reporters.", "Ana Roe"),
        (f"{QUOTE} 2nd Vice President Ana Roe said.", "Ana Roe"),
        # guards: no rank; a numbered street's residents name no one
        (f"{QUOTE} Dep. Commissioner Ana Roe told reporters.", "Ana Roe"),
        (f"{QUOTE} 3rd Street residents said on Monday.", None),
    ],
)
def test_a_rank_in_digits_before_a_title(paragraph, expected):
    paragraphs = ["Ben Lowe runs the harbour board in Tallow.", paragraph]
    assert textutil.speaker_of(paragraphs, "We heard") == expected
