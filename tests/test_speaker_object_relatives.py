"""A quotation that a relative clause gives to the one who called it so:
"in what Jane Roe, treasurer of the campaign, called “...”" is Jane
Roe's, her description set off by commas between her name and the verb
as it may be after any subject. A wrong speaker is worse than none, so
the table also holds sentences where the speaker stays as it was. Every
sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("It was a fight in what Jane Roe, treasurer of the campaign, called “hand-to-hand combat.”", "Jane Roe"),
        ("It was a plan which Ben Lowe, the party treasurer, described as “a race to the bottom.”", "Ben Lowe"),
        # the guards: no description between the name and the verb, and a subject of the sentence's own
        ("It was a fight in what Jane Roe called “hand-to-hand combat.”", "Jane Roe"),
        ("Ben Lowe, the party treasurer, called it “hand-to-hand combat.”", "Ben Lowe"),
    ],
)
def test_the_subject_of_an_object_relative_with_its_description(sentence, expected):
    found = speakers_of(["The campaign for the Halden seat began in May.", sentence])
    assert [speaker for _, speaker in found] == [expected]
