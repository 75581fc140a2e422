""""It" after a paragraph whose last sentence is only quotation goes on
with the body that spoke earlier in that paragraph, whose words run on to
its end ("“...,” said the TPP in a message. “This win is yours." then
"“...,” it added."). Every sentence here is written for the test."""

import pytest

from . import textutil


@pytest.mark.parametrize(
    "before, expected",
    [
        ("“We are grateful to every voter in the valley,” said the TPP in a message on its page. “This win is not ours but yours.", "Tallow People's Party"),
        ("“We are grateful to every voter in the valley,” the TPP said in a message on its page. “This win is not ours but yours.”", "Tallow People's Party"),
        # the guard: a person's words run on
        ("“We are grateful to every voter in the valley,” said Ana Roe in a message on her page. “This win is not ours but yours.", None),
    ],
)
def test_it_goes_on_with_the_body_whose_words_ran_on(before, expected):
    paragraphs = [
        "The Tallow People's Party (TPP) won eleven of the fifteen seats on the valley council.",
        before,
        "“Now the hard work begins, and we start tomorrow,” it added.",
    ]
    assert textutil.speaker_of(paragraphs, "Now the hard") == expected


def test_a_pronoun_inside_its_own_sentence_is_not_taken_back():
    # "Marren campaigners told reporters they were “...”": the sentence names its own speakers
    paragraphs = [
        "The Tallow People's Party (TPP) won eleven of the fifteen seats on the valley council.",
        "“We are grateful to every voter in the valley,” said the TPP in a message on its page. “This win is not ours but yours.",
        "Marren campaigners told reporters they were “taking legal advice on the count” after the result.",
    ]
    assert textutil.speaker_of(paragraphs, "taking legal") is None
