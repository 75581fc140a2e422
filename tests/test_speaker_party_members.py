"""A party's member named by a capitalised noun ("the Republican said",
"the 52-year-old Democrat replied", "said the Tallow Democrat") is a
description of a politician the story has named, never a name: the named
subject of the sentence before, unless printed beside another party, else
the last person printed as one of that party. A name in an aside of the
description's own sentence is not meant. Every sentence here is written for
the test."""

import pytest

from . import textutil

QUOTE = "“Schools come first, and roads come right after them,”"
GOVERNOR = "In her opening budget speech, Democratic Gov. Ana Roe asked the legislature to fund schools and roads."
LEADER = "The Senate leader, Republican Tom Vale, said he would read the plan before the vote."


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the sentence before is about the Republican: "the Democrat" is the one printed as one
        ([GOVERNOR, LEADER, f"{QUOTE} the Democrat told the chamber."], "Ana Roe"),
        ([GOVERNOR, LEADER, f"{QUOTE} the 52-year-old Democrat told the chamber."], "Ana Roe"),
        ([GOVERNOR, LEADER, f"{QUOTE} said the Tallow Democrat."], "Ana Roe"),
        ([GOVERNOR, LEADER, f"{QUOTE} the top Democrat said."], "Ana Roe"),
        ([GOVERNOR, LEADER, f"{QUOTE} the Republican said."], "Tom Vale"),
        # the guard: the subject before is printed as the other party, and nobody as this one
        (["Republican Tom Vale spoke first and said he would read the plan before the vote.", f"{QUOTE} the Democrat said."], None),
    ],
)
def test_a_party_member_is_the_politician_named(paragraphs, expected):
    assert textutil.speaker_of(paragraphs, "Schools come first") == expected


def test_the_aside_in_the_descriptions_own_sentence_is_not_meant():
    paragraphs = [
        "Committee chairman Ben Okafor on Tuesday asked for another inquiry into the deleted files.",
        f"In a letter to the district attorney, Jo Marren, the Tallow Republican wrote: {QUOTE}",
    ]
    assert textutil.speaker_of(paragraphs, "Schools come first") == "Ben Okafor"


@pytest.mark.parametrize(
    "sentence",
    [
        "“The closure was the last straw for all of us,” Ana Roe, a Republican, said.",
        "“The closure was the last straw for all of us,” Ana Roe, also a Democrat, said on the steps.",
        "“The closure was the last straw for all of us,” Ana Roe, a lifelong Democrat, said.",
        "Ana Roe, also a Democrat, said: “The closure was the last straw for all of us.”",
    ],
)
def test_a_party_member_set_off_after_a_name_describes_it(sentence):
    lead = "Protests spread to four more towns on Saturday as the county closed its last clinic."
    assert textutil.speaker_of([lead, sentence], "The closure was the last straw") == "Ana Roe"
