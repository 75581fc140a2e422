"""A verb of judgement ("deemed", "judged") before a short quotation puts
the words in its subject's mouth, as "called" does: "demands which Ana Roe
deemed “unacceptable”". Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "Prime Minister Ana Roe met the leaders of the Harbour Party on Monday to save the coalition."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The party had made new demands which Roe deemed “unacceptable”, officials said.", "Ana Roe"),
        ("The party had made new demands which Roe judged “unacceptable”, officials said.", "Ana Roe"),
        ("Roe deemed the offer “a good start” before she left for the airport.", "Ana Roe"),
        # guard: the words follow no verb of the subject's, so the attribution closing the sentence speaks
        ("The new demands were “unacceptable”, officials said.", None),
    ],
)
def test_a_verb_of_judgement_before_a_short_quotation(sentence, expected):
    found = textutil.speakers_of([LEAD, sentence])
    assert [s for _, s in found] == [expected]
