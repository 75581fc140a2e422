"""A sentence whose subject does what a quotation says ("Marsh went
“...”") but which closes with an attribution after a comma (", the judge
said.") is reported speech: its quotations are the attributed speaker's,
not the subject's. Without such a close the subject keeps them. Every
sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "Judge Ana Roe sent Ivo Marsh to prison for life on Friday for the raid on the depot."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Marsh went “looking for a lone guard to rob” having planned it in “cold” detail, the judge said.", ["Ana Roe", "Ana Roe"]),
        ("Marsh went “looking for a lone guard to rob” after weeks of “cold” planning, Judge Roe told the court.", ["Ana Roe", "Ana Roe"]),
        # the guard: no attribution closes the sentence
        ("Marsh defended the raid as “looking for a lone guard to rob” and called it “cold” work.", ["Ivo Marsh", "Ivo Marsh"]),
    ],
)
def test_a_closing_attribution_outweighs_the_sentence_subject(sentence, expected):
    assert [s for _, s in textutil.speakers_of([LEAD, sentence])] == expected
