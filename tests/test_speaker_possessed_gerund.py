"""An -ing word after a possessive ("Roe's asking about her role") is a
noun: when a verb of calling before it takes the quotation through "as"
("Marsh described Roe's asking ... as “baiting”"), the one who calls it
so speaks, not the possessor. With the quotation right after the -ing
word ("mocked Roe's saying “...”") the possessor's words stay hers.
Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.speakers.lexicon import MASK
from datasette_factcheck.extract.speakers.speechverbs import possessed_gerund_as

from . import textutil

_LEAD = "Ana Roe was removed from the drugs panel on Monday."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Spokesman Ivo Marsh had earlier described Roe's asking about her role as “baiting” the board.", ["Ivo Marsh"]),
        ("Spokesman Ivo Marsh characterised Roe's saying so as “reckless”.", ["Ivo Marsh"]),
        ("Spokesman Ivo Marsh described Roe's asking about it as “baiting” and “goading” the board.", ["Ivo Marsh", "Ivo Marsh"]),
        # the guard: the quotation is what the -ing word says
        ("Spokesman Ivo Marsh mocked Roe's saying “we will win this” at the rally.", ["Ana Roe"]),
    ],
)
def test_a_possessed_gerund_is_the_object_of_a_verb_of_calling(sentence, expected):
    assert [speaker for _, speaker in textutil.speakers_of([_LEAD, sentence])] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("described Roe's asking about it as ", True),
        ("described Roe's asking about it as “A” and ", True),
        ("mocked Roe's saying ", False),
        ("described the asking about it as ", False),
    ],
)
def test_possessed_gerund_as(text, expected):
    # the text as the cue scan sees it: quotations masked
    masked = text.replace("“A”", MASK * 3)
    start = masked.index("asking") if "asking" in masked else masked.index("saying")
    verb = (start, start + 6, masked[start : start + 6])
    assert possessed_gerund_as(masked, 0, verb, len(masked)) is expected
