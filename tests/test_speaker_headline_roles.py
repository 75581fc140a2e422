"""A headline's quotation followed by a description in capitals that ends
in a person's role ("“...” – Harbour Party Candidate", "“...,” Lakeside
Gov Denies ...") is spoken by whoever the body shows holding that role,
an abbreviated title read as the title ("Gov" is a governor). Names with
the particle "wa" ("Wanjiru wa Kamau") are one name. Every sentence here
is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil

BODY = "Governor Tomas Brenner of Lakeside State has denied claims that he spoke by phone with his predecessor, Asha Verma, before the ruling."


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("“Verma Didn’t Call Me,” Lakeside Gov Denies Talks with Predecessor", "Tomas Brenner"),
        ("“Verma Didn’t Call Me,” Lakeside Governor Insists", "Tomas Brenner"),
        ("“Verma never called me” – Lakeside Governor", "Tomas Brenner"),
        # the guards: a role no one in the body holds, and no role at all
        ("“Verma never called me” – Lakeside Mayor", None),
        ("“Verma never called me” – Lakeside Evening Edition", None),
    ],
)
def test_a_headline_role_after_the_quotation_is_its_holder(headline, expected):
    seg = textutil.make_seg([BODY], headline, True)
    found = [q.speaker for q in quotes_of(seg) if q.paragraph == 0]
    assert found == [expected]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["Nakuru Woman Rep Wanjiru wa Kamau told the House she had seen the cash.", "“They told us the money was ours to keep,” said the woman rep."], "Wanjiru wa Kamau"),
        (["“They told us the money was ours to keep,” Wanjiru wa Kamau said."], "Wanjiru wa Kamau"),
    ],
)
def test_a_name_with_wa_is_one_name(paragraphs, expected):
    assert textutil.speaker_of(paragraphs, "They told us") == expected
