"""A party printed by its one-word name as the subject of a speech verb
("Labour says the plan is a bid to “...”", "GOP said ...") speaks as a
body. Not a member's noun ("the Republican said" is a person), a plural
("Republicans said", a group), nor a word that is someone's surname in
the article ("Green said" after "Grant Green"). Every sentence here is
written for the test."""

import pytest

from . import textutil

LEAD = "Ana Roe, a Republican and the harbour committee’s long-time chair, spoke first on Monday."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Labour says the plan is a bid to “tear up rules we all share”.", "Labour"),
        ("GOP said the harbour bill was “dead on arrival”.", "GOP"),
        # the guards
        ("“It is a sad day for the harbour,” the Republican said.", "Ana Roe"),
        ("Republicans said the harbour bill was “dead on arrival”.", None),
    ],
)
def test_a_party_by_its_name_speaks(sentence, expected):
    assert [s for _, s in textutil.speakers_of([LEAD, sentence])] == [expected]


def test_a_surname_that_is_a_party_word_stays_the_person():
    found = textutil.speakers_of([LEAD, "Grant Green, a harbour pilot, spoke next.", "“It is easy for them to say,” Green said."])
    assert [s for _, s in found] == ["Grant Green"]
