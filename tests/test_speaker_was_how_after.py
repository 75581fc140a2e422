"""A quotation that opens its sentence, then "was how X described it"
("“Sweet relief” was how retired judge Ana Roe summed up the verdict",
"“...” is how Roe put it"): the quotation is the way X said it, so X
speaks, however short the quotation; a verb after the name that is no
speech ("was how Roe spent the day") names nobody. Every sentence here is
written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of
from datasette_factcheck.extract.segment import segment


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("“Sweet relief” was how retired judge Ana Roe summed up the jury’s verdict on Friday.", ("quote", "Ana Roe")),
        ("“A long road, but we got there” is how Ana Roe put it on Monday.", ("quote", "Ana Roe")),
        ("“A long road, but we got there,” was how the Harbour Party summed it up.", ("quote", "Harbour Party")),
        # the guard: no verb of speech after the name
        ("“Sweet relief” was how Ana Roe spent the first week of her release.", ("scare", None)),
    ],
)
def test_was_how_names_the_speaker(sentence, expected):
    found = [(q.kind, q.speaker) for q in quotes_of(segment(f"Roe freed on bail\n\n{sentence}\n"))]
    assert found == [expected]
