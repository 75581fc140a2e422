"""A sentence that opens with a body, its initials in brackets, then a
title and a name ("Council of Tallow (CoT) Chairman Ivo Marsh said ..."):
the name is the subject, whom a description in the next sentence ("said
the Marren governor") goes on with. Every sentence here is written for
the test."""

import pytest

from . import textutil


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("Council of Tallow (CoT) Chairman Ivo Marsh said plans by the assemblies could stall the roads.", "Ivo Marsh"),
        ("Harbour Workers Union (HWU) Chief Executive Ivo Marsh said plans by the assemblies could stall the roads.", "Ivo Marsh"),
        ("Council of Tallow Chairman Ivo Marsh said plans by the assemblies could stall the roads.", "Ivo Marsh"),
        # the guard: a body and its initials with no title and name after them
        ("The Council of Tallow (CoT) said plans by the assemblies could stall the roads.", None),
    ],
)
def test_the_titled_name_after_a_bodys_initials_is_the_subject(opening, expected):
    paragraphs = ["The assemblies met on Monday.", opening, "“The harm has already been done,” said the Marren governor."]
    assert textutil.speaker_of(paragraphs, "The harm") == expected
