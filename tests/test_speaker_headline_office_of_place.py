"""A headline's office and its place in lower case after a quotation
("‘...,’ mayor of Tallow tells cruise lines") is the subject of the
headline's verb: the holder the body names speaks. A wrong speaker is
worse than none, so the table also holds headlines whose subject holds
no office, or whose office the body never fills. Every sentence here is
written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from .textutil import make_seg

_BODY = ["The mayor of Tallow, Ben Lowe, has asked cruise lines to send fewer ships this summer.", "“We cannot take more than two ships a day,” Mr Lowe said."]


@pytest.mark.parametrize(
    "title, body, expected",
    [
        ("‘Please help us keep the old town whole,’ mayor of Tallow tells cruise lines", _BODY, "Ben Lowe"),
        ("‘Please help us keep the old town whole,’ mayor of Tallow warns", _BODY, "Ben Lowe"),
        # the guards: no office, and an office the body leaves empty
        ("‘Please help us keep the old town whole,’ residents of Tallow tell cruise lines", _BODY, None),
        ("‘Please help us keep the old town whole,’ mayor of Tallow tells cruise lines", ["Cruise lines were asked to send fewer ships this summer."], None),
    ],
)
def test_an_office_and_its_place_after_a_headline_quote_speaks(title, body, expected):
    found = [q.speaker for q in quotes_of(make_seg(body, title=title)) if q.paragraph == 0]
    assert found == [expected]
