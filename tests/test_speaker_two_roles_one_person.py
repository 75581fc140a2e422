"""Two roles joined by "and" before a name ("Farmer and councillor X said",
"Founder and director X said") describe one person, who is the subject of
the sentence, so "he said" after it is that person's and not a man the
paragraphs before named. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

_BEFORE = ["“We miss him at every meeting,” she said.",
           "“My grandfather, Walter Henry Pike, argued for this road for forty years,” she said."]


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("Farmer and councillor Tully Brack", "Tully Brack"),
        ("Founder and director Tully Brack", "Tully Brack"),
        ("Local farmer and councillor Tully Brack", "Tully Brack"),
        # guard: one role, as before
        ("Councillor Tully Brack", "Tully Brack"),
    ],
)
def test_two_roles_before_a_name_make_it_the_subject(opening, expected):
    sentences = _BEFORE + [f"{opening} said the bypass vote was about safety, not money.", "“Our lanes are too narrow for lorries,” he said."]
    assert [speaker for _, speaker in speakers_of(sentences)][-1] == expected
