"""A name after a phrase of time or place set off by a comma ("Shortly
after the hearing, X released a statement") is the subject of its
sentence, so a bare surname two people share goes on with X. After a
person's description ("ahead of the Liberal candidate, X") the name still
only renames that noun. Every sentence here is written for the
test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

_OPENING = ["Goalkeeper Garrett Holm died at the training camp on Sunday, the club said.",
            "Garrett Holm had been “fighting hard” for years, his teammate Ivo Brandt said."]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Soon after the funeral, Andy Holm released a statement. Holm said his son “never gave up.”", "Andy Holm"),
        ("On the steps of the stadium, Andy Holm read a statement. Holm said his son “never gave up.”", "Andy Holm"),
        # guard: no opening phrase at all
        ("Andy Holm released a statement. Holm said his son “never gave up.”", "Andy Holm"),
    ],
)
def test_a_name_after_an_opening_phrase_is_the_subject(sentence, expected):
    assert [speaker for _, speaker in speakers_of(_OPENING + [sentence])][-1] == expected
