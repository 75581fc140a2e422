"""A speech verb joined to an earlier verb by "and" or "but" with no comma
("In a video on its website, owner Tom Vale praised the staff but
added: “...”") shares the sentence's subject; a noun inside the opening
phrase ("its website") never speaks. Every sentence here is written for
the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("In a video on its website, owner Tom Vale praised the staff but added: “The doors shut on Friday for good.”", "Tom Vale"),
        ("At a meeting in Orrin Hall, chef Ada Sloan praised the staff and said: “The doors shut on Friday for good.”", "Ada Sloan"),
        # guards: a pronoun opening the last clause, a new subject before the verb, and no opening phrase
        (
            "When Tom Vale, Ada Sloan’s campaign manager, was asked at a lunch if Sloan would hold one, he laughed and said, “We’ll see about that.”",
            "Tom Vale",
        ),
        ("The council met on Monday and Ada Sloan said: “The doors shut on Friday for good.”", "Ada Sloan"),
        ("Owner Tom Vale praised the staff but added: “The doors shut on Friday for good.”", "Tom Vale"),
    ],
)
def test_a_speech_verb_joined_to_another(sentence, expected):
    found = speakers_of(["The diner on Quay Street will close next month after forty years of trade.", sentence])
    assert [speaker for _, speaker in found] == [expected]
