"""A quotation that is the subject of "was the message from X" ("“...”
was the warning given by union leader Ana Roe") is X's remark. Every
sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "The ferry crews walked out at dawn on Monday."
QUOTE = "“The ferries are rusting and the board is nowhere to be seen”"


@pytest.mark.parametrize(
    "tail",
    [
        "was the blunt message sent by union leader Ana Roe as she joined crews at the slipway",
        "was the message from union leader Ana Roe to the board",
        "was the verdict of union leader Ana Roe after the vote",
        "was the stark warning from union leader Ana Roe on Monday",
    ],
)
def test_the_one_whose_message_it_was_speaks(tail):
    assert [s for _, s in textutil.speakers_of([LEAD, f"{QUOTE} {tail}."])] == ["Ana Roe"]


@pytest.mark.parametrize(
    "tail",
    [
        # the guards: a paper's headline, and a message meant for someone, are nobody's remark here
        "was the headline of the Tallow Gazette on Monday",
        "was a message of hope for Ana Roe",
    ],
)
def test_a_headline_or_a_message_for_someone_names_no_speaker(tail):
    assert [s for _, s in textutil.speakers_of([LEAD, f"{QUOTE} {tail}."])] == [None]
