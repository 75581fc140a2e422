"""A quotation that speaks of someone in the third person by surname is
no words of that person ("“Lowe is finished,” he said" is not Ana Lowe's),
but a surname that opens another person's full name in the quotation
("“Lowe Brant will come back,” she said", where the story prints Lowe
Brant) is that other person's given name: the speaker may still be Ana
Lowe. Every sentence here is written for the test."""

import pytest

from . import textutil

OPENING = [
    "Party vice-president Ana Lowe said on Monday the council was “idle”.",
    "“The council has done nothing for three years,” she said.",
]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“Party founder Lowe Brant was treated unfairly by the court,” she claimed.", "Ana Lowe"),
        ("“Lowe Brant will come back to lead us,” she said.", "Ana Lowe"),
        # the guard: the surname alone is someone spoken of
        ("“Lowe will not be silenced by the court,” she said.", None),
    ],
)
def test_a_surname_opening_another_name_is_no_third_person(paragraph, expected):
    assert textutil.last_speaker(textutil.speakers_of([*OPENING, paragraph])) == expected
