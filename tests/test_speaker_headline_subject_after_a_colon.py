"""A headline that opens with a quotation, then a colon, then a name as
the subject of whatever the headline reports ("‘We hid nothing at all’:
Ana Roe steps down after a week of questions"): the name speaks the
quotation, when it reads as a person's name. A capitalised word that
names no one, or a body, speaks nothing so. Every sentence here is
written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil

BODY = [
    "Junior minister Ana Roe resigned on Friday after ten days of questions about the flats she let in Tallow.",
    "She told the chamber she had made mistakes in filling in the register of interests.",
]


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("‘We hid nothing at all’: Ana Roe steps down after a week of questions", "Ana Roe"),
        ("'We hid nothing at all': Minister Ana Roe quits", "Ana Roe"),
        ("“We hid nothing at all”: Roe resigns over flats", "Ana Roe"),
        # the guards: a capitalised word that names no one, and a body
        ("‘We hid nothing at all’: Questions remain over flats", None),
        ("‘We hid nothing at all’: Tallow Council faces a week of questions", None),
    ],
)
def test_a_name_after_the_colon_speaks_the_headlines_quotation(headline, expected):
    seg = textutil.make_seg(BODY, headline)
    speakers = {q.text: q.speaker for q in quotes_of(seg) if q.paragraph == 0}
    assert speakers["We hid nothing at all"] == expected
