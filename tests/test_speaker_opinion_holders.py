"""A sentence that opens by naming whose view it gives ("To Ivo Renk, it
is “...”") gives that person's words, whatever description stands before
the name ("To lifelong walker Ana Roe,"). A place named so ("To Tallow,")
is nobody's view. Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("To lifelong walker Ana Roe, the new path is “a step back for the town”.", "Ana Roe"),
        ("To Ivo Renk, it is “the best thing to happen here”.", "Ivo Renk"),
        ("To Mr. Renk, the plan remains “a fine idea on paper”.", "Ivo Renk"),
        # the guards: a place, and a sentence that opens with "To" and a verb
        ("To Tallow, the ferry is a “lifeline”.", None),
        ("To get there, walkers follow the “old road” past the mill.", None),
    ],
)
def test_the_view_a_sentence_opens_with(sentence, expected):
    seg = textutil.make_seg(["Ana Roe and Ivo Renk walked the route from Tallow.", sentence], "A headline", False)
    assert [q.speaker for q in quotes_of(seg)] == [expected]
