"""A paragraph that is only a quotation goes on with the speaker of the
quotation before it, even when the sentence that gave that quotation
ends with someone else's verb of saying inside an aside ("..., said X,
whose seat the Gazette predicts will fall"); a last sentence with no
quotation of its own still names the speaker of the paragraph after it.
Every sentence here is written for the test."""

import pytest

from . import textutil

COUNT = "The count went on into the night."
BARE = "“The tide has gone out on us. We start again tomorrow.”"


@pytest.mark.parametrize(
    "said, expected",
    [
        ("“This is the worst night for the party,” said Tallow MP Ivo Lowe, whose safe seat the Gazette predicts will go to the Greens.", "Ivo Lowe"),
        ("“This is the worst night for the party,” said Tallow MP Ivo Lowe, who the council says will not stand again.", "Ivo Lowe"),
        ("Tallow MP Ivo Lowe called it “the worst night for the party” as the Gazette reported the seat would fall.", "Ivo Lowe"),
        # the guard: a last sentence that reports speech with no quotation names the speaker
        ("Tallow MP Ivo Lowe said the seat would fall to Labour by morning.", "Ivo Lowe"),
        ("“We lost,” said Tallow MP Ivo Lowe. Ana Roe, his agent, said the seat would fall to Labour by morning.", "Ana Roe"),
    ],
)
def test_a_bare_quotation_goes_on_with_the_quoted_speaker(said, expected):
    assert textutil.speaker_of([COUNT, said, BARE], "The tide") == expected
