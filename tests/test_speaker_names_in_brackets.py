"""A person named only inside brackets ("her friends (among them the
broadcaster Mia Holt)") is an aside of the sentence, not the one it turns
to: a later "she" goes to the woman the sentence is about, and to the
bracketed name only when no one else agrees. Every sentence here is
written for the test."""

import pytest

from . import textutil

QUOTED = "“There was a real hunger for other kinds of film in the town,” she says."


@pytest.mark.parametrize(
    "lead, expected",
    [
        (
            "Festival director, Ana Roe, has been involved from the start. It was Roe and her friends (Ivo Renk and the broadcaster Mia Holt) who set up the festival in 1988.",
            "Ana Roe",
        ),
        # as before: the subject goes on past a bracket at the sentence's end
        (
            "Festival director Ana Roe has run the event since 2001, when she took over from its founders (the broadcaster Mia Holt and her brother).",
            "Ana Roe",
        ),
        # as before: the bracketed name is the only woman named
        ("The festival was set up in 1988 by a group of friends (among them the broadcaster Mia Holt) after a screening in the town.", "Mia Holt"),
        # as before: a bracket closed before a name; the subject goes on
        ("Festival director Ana Roe (pictured) thanked the broadcaster Mia Holt, who set up the festival in 1988.", "Ana Roe"),
    ],
)
def test_a_name_in_brackets_is_no_topic(lead, expected):
    assert [speaker for _, speaker in textutil.speakers_of([lead, QUOTED])] == [expected]
