"""A name after a title, its "for" or "of" and the place it serves, opening
a sentence whose verb is no verb of speech ("Tory MP for South Tallow Ivo
Marsh hit back telling her: “...”"): the name is the subject, not the
title. Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "Some voters were turned away at the polls on Thursday, a campaigner claimed in a post online."
QUOTE = "“Really? The stations I have seen had no one turned away at all.”"


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("Tory MP for South Tallow Ivo Marsh hit back telling her:", "Ivo Marsh"),
        ("Green councillor for East Marren Ana Roe hit back telling her:", "Ana Roe"),
        ("Mayor of North Tallow Ana Roe replied within the hour telling her:", "Ana Roe"),
        # the guard: a title and its place with no name after them
        ("The MP for South Tallow hit back telling her:", None),
    ],
)
def test_the_name_after_a_title_and_its_seat_is_the_subject(opening, expected):
    assert textutil.speaker_of([LEAD, f"{opening} {QUOTE}"], "Really?") == expected
