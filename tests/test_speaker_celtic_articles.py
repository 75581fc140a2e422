"""Irish, Scottish Gaelic and Welsh names of bodies hold an article between
their words ("Bord na Mara", "Cymdeithas yr Afon"): the body speaks by its
whole name, not by its last word taken for a person; a person whose name
holds one ("Ama na Veleti") keeps it. Every sentence
here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

LATER = "“This is not enough for the language,” {}."


@pytest.mark.parametrize(
    "first, cue, expected",
    [
        ("The language body Bord na Mara called for change.", "said Bord na Mara", "Bord na Mara"),
        ("The group Cymdeithas yr Afon called for change.", "Cymdeithas yr Afon said", "Cymdeithas yr Afon"),
        ("The group Cymdeithas yr Afon called for change.", "the group said", "Cymdeithas yr Afon"),
        # guards: a person's name with the article, and a body without one
        ("Ama na Veleti, the coroner, gave her findings.", "Ama na Veleti said", "Ama na Veleti"),
        ("The language body Bord Mara called for change.", "said Bord Mara", "Bord Mara"),
    ],
)
def test_an_article_inside_a_name(first, cue, expected):
    assert [speaker for _, speaker in speakers_of([first, LATER.format(cue)])] == [expected]
