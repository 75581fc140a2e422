"""A body's name that covers two places joined by "and the" ("The
Integrated Care Board for Dunmore and the Isle of Kessel said") is one
name: the second place is no subject of its own. Every sentence here is
written for the test."""

import pytest

from . import textutil

REST = "said the surgery will close, calling it “a hard decision”."


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("The Integrated Care Board for Dunmore and the Isle of Kessel", "Integrated Care Board for Dunmore and the Isle of Kessel"),
        ("The Tallow Health Board for Dunmore and the Kessel Islands", "Tallow Health Board for Dunmore and the Kessel Islands"),
        # as before: one place after the body's word, or two without "the"
        ("The Integrated Care Board for Dunmore", "Integrated Care Board for Dunmore"),
        ("The Integrated Care Board for Dunmore and Kessel", "Integrated Care Board for Dunmore and Kessel"),
        # a place and a body joined: the body the sentence ends on speaks
        ("Officials from Dunmore and the Tallow Health Board", "Tallow Health Board"),
    ],
)
def test_a_body_named_for_two_places(subject, expected):
    assert [speaker for _, speaker in textutil.speakers_of([f"{subject} {REST}"])] == [expected]
