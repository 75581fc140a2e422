"""The check of one quote against a primary source, on a transcript written for these tests."""

import pytest

from datasette_factcheck.extract.transcripts import passages
from datasette_factcheck.matching.primary import Source, SourcePassage, check_quote, same_person

TRANSCRIPT = """CHAIR LINDQVIST: We open the session on the river bridge. The repairs on the western span are nearly finished.

MINISTER ABARA: The bridge will reopen in April, and the tolls will not rise this year.
The contractor has hired nine welders for the night shift.

Q: Will the ferry service stop when the bridge reopens?

MINISTER ABARA: The ferry service will run until the end of the summer. We asked every council along the river for advice.
"""
NAMES = {"MINISTER ABARA": "Joy Abara", "CHAIR LINDQVIST": "Eva Lindqvist"}


@pytest.fixture(scope="module")
def source():
    found = passages(TRANSCRIPT, "transcript", names=NAMES)
    return Source(1, "Bridge hearing", [SourcePassage(p.number, p.turn, p.speaker, p.label, p.text, p.timestamp) for p in found])


@pytest.mark.parametrize(
    "quote, result, suggested, significance",
    [
        ("The bridge will reopen in April", "exact", "accurate", "none"),
        ("The contractor has hired nine welders for the night shift.", "exact", "accurate", "none"),
        ("the bridge will reopen in April, and the tolls will not rise this year", "exact", "accurate", "none"),
        # contractions are the same words (matching.words)
        ("The bridge'll reopen in April, and the tolls won't rise this year.", "exact", "accurate", "none"),
        ("The bridge will reopen in April, and the tolls will rise this year.", "changed", "altered", "meaning"),
        ("The bridge will reopen in June, and the tolls will not rise this year.", "changed", "altered", "meaning"),
        ("The bridge may reopen in April, and the tolls will not rise this year.", "changed", "altered", "meaning"),
        ("The contractor has hired five welders for the night shift.", "changed", "altered", "meaning"),
        ("The contractor has hired nine welders for the late shift.", "changed", "altered", "wording"),
        ("We asked some councils along the river for advice.", "changed", "altered", "meaning"),
        ("The bridge will reopen in April. We asked every council along the river for advice.", "assembled", "spliced", "meaning"),
        ("The repairs on the western span are nearly finished.", "misattributed", "misattributed", "none"),
        ("Will the ferry service stop when the bridge reopens?", "misattributed", "misattributed", "none"),
    ],
)
def test_check(source, quote, result, suggested, significance):
    found = check_quote(quote, ["Joy Abara", "Abara"], [source])
    assert found is not None
    assert (found.result, found.suggested, found.significance) == (result, suggested, significance), found.differences


@pytest.mark.parametrize(
    "quote",
    [
        "We will build a new harbour wall before the winter storms arrive.",
        # a stock phrase shared, the rest of the words not
        "The stadium will reopen in April with a concert for the whole town.",
    ],
)
def test_not_in_the_source(source, quote):
    assert check_quote(quote, ["Joy Abara"], [source]) is None


def test_assembled_says_the_gap_and_what_was_cut(source):
    found = check_quote("The bridge will reopen in April. We asked every council along the river for advice.", ["Joy Abara"], [source])
    assert found.passages == [2, 4]
    assert "passages 2 and 4:" in found.gap and "words cut between" in found.gap
    assert "Will the ferry service stop" in found.gap


def test_misattributed_says_who(source):
    found = check_quote("The repairs on the western span are nearly finished.", ["Joy Abara"], [source])
    assert found.said_by == "Eva Lindqvist"


@pytest.mark.parametrize(
    "source_speaker, quote_speakers, expected",
    [
        ("STOLTENBERG", ["Jens Stoltenberg"], True),
        ("Eva Lindqvist", ["Ms Lindqvist"], True),
        ("Joy Abara", ["Eva Lindqvist"], False),
        ("Q", ["Joy Abara"], False),
        ("Joy Abara", [], None),
        (None, ["Joy Abara"], None),
    ],
)
def test_same_person(source_speaker, quote_speakers, expected):
    assert same_person(source_speaker, quote_speakers) is expected
