"""A place or an owner joined to a participle after an article ("the
Tallow-based firm", "the Harlow-owned paper") says where or whose a body is;
the noun after it is what the text calls the body. The speaker is the body
of that kind the page named, never the hyphenated word. Every sentence here
is written for the test."""

import pytest

from . import textutil

QUOTE = "“We will wait for the court's full ruling before we decide.”"


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["Harlow Foods lost its appeal on Monday.", "In a post, the Tallow-owned company stated:", QUOTE], "Harlow Foods"),
        (["Harlow Foods lost its appeal on Monday.", "The Tallow-based firm said: " + QUOTE], "Harlow Foods"),
        (["The Millbrook Trust lost its appeal on Monday.", "The Harlow-backed charity said: " + QUOTE], "Millbrook Trust"),
        # with no body of that kind named, nobody named speaks
        (["The appeal failed on Monday.", "The Tallow-based firm said: " + QUOTE], None),
    ],
)
def test_a_placed_participle_is_no_name(paragraphs, expected):
    assert [speaker for _, speaker in textutil.speakers_of(paragraphs)] == [expected]
