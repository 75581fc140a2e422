"""Headlines leave the verb out: "Health Minister Tom Vale ‘working flat out’ as
waits grow" is Vale's phrase, and so is "‘Ransom’: Premier Tom Vale’s
warning to bus drivers". A possessor before a work's title ("Ada Sloan’s
‘Harbour’ opens"), a body's initials, or a place stays nobody's. Every
sentence here is written for the test."""

import pytest

from datasette_factcheck.extract import article, segment

BODY = (
    "\n\nWaiting lists at the harbour hospital grew again this month, the ministry said on Monday."
    "\n\nHealth Minister Tom Vale said the government was working hard on the problem.\n"
)


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Health Minister Tom Vale ‘working flat out’ as the lists grow", ("quote", "Tom Vale")),
        ("Tom Vale ‘working flat out’ as the lists grow", ("quote", "Tom Vale")),
        ("‘Ransom’: Premier Tom Vale’s warning to bus drivers", ("quote", "Tom Vale")),
        # guards: a possessor's work, a body's initials, and a place
        ("Tom Vale’s ‘Waiting Room’ opens to good reviews", ("scare", None)),
        ("Former Vale Health PAC ‘Refurbished’ for the new race", ("scare", None)),
        ("Harbour Hospital ‘full’ as waits grow", ("scare", None)),
    ],
)
def test_a_name_before_a_headline_quotation(headline, expected):
    found = [(q.kind, q.speaker) for q in article.quotes_of(segment.segment(headline + BODY)) if q.paragraph == 0]
    assert found == [expected]
