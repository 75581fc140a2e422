"""A description after a sentence about someone the article gave no role
("Sir Tomas Lunde demanded a vote. The Harbour leader said:")
is that sentence's subject, not a person named earlier with a kindred
title only ("the chairman of the committee, Sir Ivo Marsh"): a leader is
no chairman by name. A holder of the very role ("party leader Ivo Marsh")
still is the one meant, and so is the kindred holder when no one is the
subject just before. Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of
from datasette_factcheck.extract.segment import segment


@pytest.mark.parametrize(
    "marsh, before, expected",
    [
        ("the chairman of the backbench committee, Sir Ivo Marsh", "Sir Tomas Lunde demanded that voters be given their say at once.", "Tomas Lunde"),
        # the guards: the very role, and no subject just before
        ("the party leader, Sir Ivo Marsh", "Sir Tomas Lunde demanded that voters be given their say at once.", "Ivo Marsh"),
        ("the chairman of the backbench committee, Sir Ivo Marsh", "An early vote now seems all but certain.", "Ivo Marsh"),
    ],
)
def test_a_description_goes_on_with_the_subject_before(marsh, before, expected):
    assert _last_speaker(marsh, before, "The Harbour leader") == expected


def test_a_description_of_a_kind_of_person_is_left_to_the_holders():
    # "the band leader" names a kind of person, not one in view: the subject
    # just before is not taken for it (the kindred holder stays, as before).
    assert _last_speaker("the chairman of the backbench committee, Sir Ivo Marsh", "Sir Tomas Lunde demanded that voters be given their say at once.", "The band leader") == "Ivo Marsh"


def _last_speaker(marsh: str, before: str, description: str) -> object:
    text = (
        "Roe steps down\n\nAna Roe stepped down as head of the government on Thursday after six weeks in the job.\n\n"
        f"She went on: “Earlier today I met {marsh}, and we agreed that a contest will follow within days.”\n\n"
        f"{before}\n\n{description} said: “Ministers have run out of road and out of ideas.”\n"
    )
    return [q.speaker for q in quotes_of(segment(text))][-1]
