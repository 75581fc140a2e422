"""A body's name printed straight before a given name and a surname, with
no comma or title between ("the Tallow Weavers' Association Ana Roe
said"), names a member of that body, and the member speaks: not the body,
not an unnamed official of it, and not a body whose name swallowed the
person's. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

QUOTE = "“It was a poor year for the looms.”"
CLOSED = "“It was a poor year for the looms,”"


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        ([f"The chair of the Tallow Weavers’ Association Ana Roe said: {QUOTE}"], ["Ana Roe"]),
        ([f"{CLOSED} said Harbour Trust Ana Roe."], ["Ana Roe"]),
        ([f"{CLOSED} the president of the Tallow Weavers’ Association Ana Roe said."], ["Ana Roe"]),
        ([f"{CLOSED} said Harbour Trust Ana Roe. “We lost money,” Roe added."], ["Ana Roe", "Ana Roe"]),
        # guards: a body speaking, an unnamed spokesperson for it, a body whose
        # name ends in a given name with no surname after it
        ([f"{CLOSED} the Harbour Trust said."], ["Harbour Trust"]),
        ([f"A spokesman for the Tallow Weavers’ Association said: {QUOTE}"], ["Tallow Weavers’ Association"]),
        ([f"{CLOSED} a spokesman for the Tallow Weavers’ Association said."], ["Tallow Weavers’ Association"]),
        ([f"{CLOSED} said the University Hospital Kerry."], ["University Hospital Kerry"]),
        ([f"{CLOSED} said the Tallow Post's Ana Roe."], ["Ana Roe"]),
    ],
)
def test_a_member_named_after_the_body(paragraphs, expected):
    assert [speaker for _, speaker in speakers_of(paragraphs)] == expected
