"""A person who speaks "in a statement" goes on speaking through it: "In
a statement posted online, she said, “...”" then "The statement
continued, “...”" or "It continued, “...”" is hers, as it already was
for a body. With no document named, "It continued" names nobody. Every
sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "Ana Roe stood down as leader of the Tallow Party on Wednesday."
SPOKE = "In a statement put out late on Wednesday, she said, “We set the pace for change as no party before us ever did.”"


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        ([LEAD, SPOKE, "The statement continued, “My faith in our plan for the island is as firm as ever.”"], "Ana Roe"),
        ([LEAD, SPOKE, "It continued, “My faith in our plan for the island is as firm as ever.”"], "Ana Roe"),
        ([LEAD, SPOKE, "It continued, “Nothing will change that.”", "It added, “My faith in our plan for the island is as firm as ever.”"], "Ana Roe"),
        # the guards: a body's statement, and no document named
        (["The Tallow Trust met on Wednesday.", "In a statement, the Tallow Trust said: “The vote was fair.”", "It added: “My faith in our plan for the island is as firm as ever.”"], "Tallow Trust"),
        ([LEAD, "She said on Wednesday, “We set the pace for change.”", "It continued, “My faith in our plan for the island is as firm as ever.”"], None),
    ],
)
def test_a_statement_goes_on_with_whoever_spoke_in_it(paragraphs, expected):
    assert textutil.speaker_of(paragraphs, "My faith") == expected
