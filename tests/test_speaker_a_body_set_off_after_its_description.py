"""A body named after a description of it and set off by commas ("The
aviation regulator, the Tallow Civil Aviation Board, said ..."): the name
is of the kind the description gives, and "it" in the sentences after goes
back to it, as it does after the name alone. Every sentence here is written
for the test."""

import pytest

from . import textutil

QUOTED = "“The aircraft left the stand at 1.38 pm and was down five minutes later,”"


@pytest.mark.parametrize(
    "lead, sentence, expected",
    [
        (
            "The aviation regulator, the Tallow Civil Aviation Board (TCAB), said the flight had 120 people on board, two of them infants.",
            "It said, “The aircraft left the stand at 1.38 pm and was down five minutes later.”",
            "Tallow Civil Aviation Board",
        ),
        (
            "The regulator, the Tallow Civil Aviation Board, said the flight had 120 people on board, two of them infants.",
            f"{QUOTED} it said.",
            "Tallow Civil Aviation Board",
        ),
        # as before: the name as the subject, with no description before it
        (
            "The Tallow Civil Aviation Board said the flight had 120 people on board, two of them infants.",
            f"{QUOTED} it said.",
            "Tallow Civil Aviation Board",
        ),
    ],
)
def test_it_goes_back_to_the_body_set_off_after_its_description(lead, sentence, expected):
    assert [speaker for _, speaker in textutil.speakers_of([lead, sentence])] == [expected]


def test_the_set_off_name_takes_the_kind_of_its_description():
    # "the regulator" later: the body the description named, not the airline named after it
    paragraphs = [
        "The regulator, the Tallow Civil Aviation Board, said on Monday that it had opened an inquiry into the flight.",
        "Brixair, which ran the flight, has grounded two of its planes while checks are carried out.",
        f"{QUOTED} the regulator said.",
    ]
    assert [speaker for _, speaker in textutil.speakers_of(paragraphs)] == ["Tallow Civil Aviation Board"]
