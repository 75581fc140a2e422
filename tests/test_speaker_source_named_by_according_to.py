"""A name after "According to" that opens a sentence is the source of
what the sentence reports, and the one a pronoun after it goes on with
("According to X, a farmer, the families blocked the road. “...,” he
said"); a village headman's title is no part of the name. Every sentence
here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            ["Farmers met at the school on Monday.",
             "According to Klan Dorun, a 35-year-old spokesman for three hamlets, some 80 families marched and closed the bridge.",
             "“We will not let the trucks cross our fields,” he said."],
            "Klan Dorun",
        ),
        (
            ["According to Orla Finch, who runs the stall, takings fell by half.", "“It has been a grim winter,” she said."],
            "Orla Finch",
        ),
        # guards: someone named after the source is the one who goes on; a body as source is no "he"
        (
            ["According to police, Dale Amos was hurt in the crash.", "“It was chaos,” he said."],
            "Dale Amos",
        ),
        (
            ["According to the Tallow Water Board, the pipes are sound.", "“Nobody told us,” he said."],
            None,
        ),
    ],
)
def test_a_source_after_according_to_goes_on(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Headman Dorun praised the firm, saying: “The mine is moving the right way.”", "Dorun"),
        ("Village headman Klan Dorun said: “The mine is moving the right way.”", "Klan Dorun"),
    ],
)
def test_a_headman_s_title_is_no_part_of_the_name(sentence, expected):
    assert [speaker for _, speaker in speakers_of([sentence])] == [expected]
