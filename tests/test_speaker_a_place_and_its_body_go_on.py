"""A body printed as a place and a noun ("The Tallowland government",
"the Eastmoor council") as the subject of a sentence is what "it" and
"the government" after it mean. Every sentence here is written for the
test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["The Tallowland government said the two leaders would talk about trade and fishing.",
          "“This visit is a chance to renew our ties,” it said."],
         "Tallowland government"),
        (["The Tallowland government said the two leaders would talk about trade.",
          "“This visit is a chance to renew our ties,” the government said."],
         "Tallowland government"),
        (["The French government said the two leaders would talk about trade.", "“This visit is a chance to renew our ties,” it said."],
         "French government"),
        # guards: a person named after the body speaks as "she"; a sentence about no body leaves "it" unresolved
        (["The French government said the two leaders would talk. Its envoy, Ana Roe, flew in on Monday.",
          "“This visit is a chance to renew our ties,” she said."],
         "Ana Roe"),
        (["The talks went on into the night.", "“This visit is a chance to renew our ties,” it said."], None),
    ],
)
def test_a_place_and_its_body_are_what_it_means(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)] == [expected]
