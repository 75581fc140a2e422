"""A plural of time opening a sentence ("Days later,", "Hours after the
vote,") is the start of a phrase of time, not a name: the subject comes
after it, and a name owning a noun inside that phrase ("after Ana Roe's
speech") is no subject either. A surname that happens to be such a
word keeps its place when a comma or a title sets it apart. Every
sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

QUOTE = "“We are looking again at the plan for the harbour.”"


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        ([f"The council met on Tuesday. Days later, Tallow Council said {QUOTE}"], "Tallow Council"),
        ([f"Tallow Council met on Monday. Hours after the vote, the council released a statement and said {QUOTE}"], "Tallow Council"),
        ([f"Tallow Council met on Monday. Hours after Ana Roe’s speech, the council released a statement and said {QUOTE}"], "Tallow Council"),
        # guards: a span opened by a number, a surname set off by a comma or printed with a title
        ([f"Ana Roe spoke at the vote. Months into the campaign, she said {QUOTE}"], "Ana Roe"),
        ([f"Ben Ostrow chairs the board. Weeks, a planner at Tallow Council, said {QUOTE}"], "Weeks"),
        (["Ms Weeks chairs the board. “We are looking again at the plan for the harbour,” Ms Weeks said."], "Weeks"),
        (["When Ana Roe arrived at the quay she waved and called it “the finest harbour on the coast”."], "Ana Roe"),
    ],
)
def test_a_span_of_time_opening_the_sentence(paragraphs, expected):
    assert [speaker for _, speaker in speakers_of(paragraphs)] == [expected]
