"""A story that opens with a role ("The treasurer said she is meeting the
money troubles “squarely”") under a headline whose subject speaks ("Roe
says ...") means that person, named again in the body, even printed with
"has said". Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil

BODY = [
    "The treasurer said she is meeting the island’s money troubles “squarely”.",
    "Ana Roe has said the levies in her budget prove she is not “dodging tough calls”, though she put off cuts until after the vote.",
    "She told Radio Tallow the levies were fair.",
]


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Roe says steep levies prove she is not dodging tough calls", "Ana Roe"),
        ("Roe Says Steep Levies Prove Tough Calls", "Ana Roe"),
        # a headline that names no one: the next paragraph's speaker, printed with "has said"
        ("Steep levies in the island budget", "Ana Roe"),
    ],
)
def test_the_lead_role_is_the_headline_speaker(title, expected):
    seg = textutil.make_seg(BODY, title, True)
    found = [q.speaker for q in quotes_of(seg) if q.kind == "quote" and q.text.startswith("squarely")]
    assert found == [expected]
