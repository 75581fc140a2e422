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
        (["The Tallowland government said its fishing fleet would stay in port until Friday.",
          "“Both sides want a deal on fish quotas,” it said."],
         "Tallowland government"),
        (["The Tallowland government said its fishing fleet would stay in port.",
          "“Both sides want a deal on fish quotas,” the government said."],
         "Tallowland government"),
        (["The French government said its fishing fleet would stay in port.", "“Both sides want a deal on fish quotas,” it said."],
         "French government"),
        # guards: a person named after the body speaks as "she"; a sentence about no body leaves "it" unresolved
        (["The French government said its fleet would stay in port. Its envoy, Ana Roe, flew in on Monday.",
          "“Both sides want a deal on fish quotas,” she said."],
         "Ana Roe"),
        (["The talks went on into the night.", "“Both sides want a deal on fish quotas,” it said."], None),
    ],
)
def test_a_place_and_its_body_are_what_it_means(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)] == [expected]
