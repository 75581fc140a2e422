"""Headlines leave the verb out: "Health Minister Tom Vale ‘doing lots’ as
waits grow" is Vale's phrase, and so is "‘Hostage’: Premier Tom Vale’s
message to teachers". A possessor before a work's title ("Ada Sloan’s
‘Harbour’ opens"), a body's initials, or a place stays nobody's. Every
sentence here is written for the test."""

import pytest

from datasette_factcheck.extract import article, segment

BODY = (
    "\n\nNew figures show one in four people waited over six hours at the emergency department, the ministry said on Monday."
    "\n\nHealth Minister Tom Vale said the government was working hard on the problem.\n"
)


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Health Minister Tom Vale ‘doing lots’ as new figures reveal long waits", ("quote", "Tom Vale")),
        ("Tom Vale ‘doing lots’ as new figures reveal long waits", ("quote", "Tom Vale")),
        ("‘Hostage’: Premier Tom Vale’s message to school teachers", ("quote", "Tom Vale")),
        # guards: a possessor's work, a body's initials, and a place
        ("Tom Vale’s ‘Waiting Room’ opens to good reviews", ("scare", None)),
        ("Former Vale Health PAC ‘Refurbished’ for the new race", ("scare", None)),
        ("Harbour Hospital ‘full’ as waits grow", ("scare", None)),
    ],
)
def test_a_name_before_a_headline_quotation(headline, expected):
    found = [(q.kind, q.speaker) for q in article.quotes_of(segment.segment(headline + BODY)) if q.paragraph == 0]
    assert found == [expected]
