"""A body's website, blog, page or account speaks for the body: after
"the Tallow Rowing Club website ...", "“...,” the website says" is the
club's, found as "the statement said" finds whoever issued it. Nobody
when no site is tied to a name. Every sentence here is written for the
test."""

import pytest

from . import textutil

speaker_of = textutil.speaker_of


@pytest.mark.parametrize(
    "before, cue, expected",
    [
        ("A new page on the Tallow Rowing Club website asks members to vote on the fees.", "the website says", "Tallow Rowing Club"),
        ("The Fernhill Choral Society blog has asked members to vote on the fees.", "the blog says", "Fernhill Choral Society"),
        # the guards: a site no name is tied to, and a site named in the cue itself
        ("A new website asks members of the club to vote on the fees.", "the website says", None),
        ("A new page asks members of the club to vote on the fees.", "the Tallow Rowing Club website says", "Tallow Rowing Club"),
    ],
)
def test_a_bodys_website_speaks_for_the_body(before, cue, expected):
    paragraphs = [before, "The club’s treasurer, Ana Roe, said the vote would close on Friday.", f"“We think the fees are too high for young rowers,” {cue}."]
    assert speaker_of(paragraphs, "We think the fees") == expected
