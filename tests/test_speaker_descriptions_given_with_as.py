"""A quotation right after "as" describes the object of the verb before
it ("Ana Roe held up the timetable as the “deciding factor”"): the
description is the subject's, as after "called". Not after a passive
("was seen as"), a role ("served as"), "such as", a participle clause
("having heard X speak of it as"), or a noun that only looks like a
verb ("landlords regard short lets as", "sheds renamed as"). A law
that gives a description is named whole, never by its last word. Every
sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of
from datasette_factcheck.extract.speakers.speechverbs import as_complement_verb
from datasette_factcheck.extract.speakers.text import tokens

from . import textutil


def _speaker(sentence: str) -> object:
    seg = textutil.make_seg(["Ana Roe, Ivo Renk and Jane Roe spoke at the meeting.", sentence], "A headline", False)
    found = [q.speaker for q in quotes_of(seg) if q.kind != "title"]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ana Roe held up the new ferry timetable as the “deciding factor” in the vote.", "Ana Roe"),
        ("Ivo Renk has lately been casting the council as a “closed shop” at every meeting.", "Ivo Renk"),
        ("Jane Roe presented her deputy as a “thoroughly honest man” on Tuesday.", "Jane Roe"),
        ("The Tallow Housing Code defines a tenancy as a “lasting agreement between two parties about a home.”", "Tallow Housing Code"),
        # the guards: nobody gives the description in the sentence
        ("The deal was seen as a “lifeline for the quay” by many.", None),
        ("Traders, having heard Ivo Renk speak of the quay as a “relic”, stayed away.", None),
        ("Most landlords regard short lets as “a gamble” now.", None),
        ("Old sheds renamed as “garden studios” sold fast.", None),
    ],
)
def test_a_description_after_as_is_the_subjects(sentence, expected):
    assert _speaker(sentence) == expected


@pytest.mark.parametrize(
    "clause, verb",
    [
        ("Ana Roe held up the plan as the", "held"),
        ("Ivo Renk speaks of her as", "speaks"),
        ("The firm positioned itself as a", "positioned"),
        ("Ivo Renk has lately been casting the council as a", "casting"),
        ("Critics, such as", None),
        ("Ana Roe served as", None),
        ("The plan was seen as a", None),
        ("Ana Roe, having spoken of her as a", None),
        ("Old sheds renamed as", None),
        ("Most landlords regard short lets as", None),
        ("The report came in, as the", None),
    ],
)
def test_which_verb_gives_a_description_after_as(clause, verb):
    found = as_complement_verb(tokens(clause, 0, len(clause)))
    assert (found[2] if found is not None else None) == verb
