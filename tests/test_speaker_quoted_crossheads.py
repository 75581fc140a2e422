"""A crosshead that is only a quotation of two words ("‘Deeply troubled’")
heads the section that quotes them: the speaker given them later in the
article speaks them here. Longer crossheads may repeat words quoted
anywhere. Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil

LEAD = "The ferry trial was halted on Monday when the jury was sent home early."
AFTER = "The judge gave the crown seven days to decide whether to seek a retrial."


@pytest.mark.parametrize(
    "before, crosshead, after, expected",
    [
        # the words quoted after the crosshead, by one speaker
        ([], "‘Deeply troubled’", ["Defence barrister Ana Roe says she is “deeply troubled” by what happened."], "Ana Roe"),
        # three words or more may come from before it too
        (["Defence barrister Ana Roe said the ruling left her “troubled beyond words” on Monday."], "‘Troubled beyond words’", [], "Ana Roe"),
        # guards: two words quoted only before the crosshead; two speakers who print them
        (["Defence barrister Ana Roe says she is “deeply troubled” by what happened."], "‘Deeply troubled’", [], None),
        ([], "‘Deeply troubled’", ["Ana Roe says she is “deeply troubled” by it.", "Ivo Marsh, for the crown, said he was “deeply troubled” too."], None),
    ],
)
def test_a_quoted_crosshead_takes_the_speaker_of_its_words(before, crosshead, after, expected):
    paragraphs = [LEAD, *before, crosshead, AFTER, *after]
    # any kind: a crosshead no one speaks is read as a phrase of the writer's
    found = {q.text: q.speaker for q in quotes_of(textutil.make_seg(paragraphs, "A headline", False))}
    assert found[crosshead.strip("‘’")] == expected
