""""the Chairman of the Tallow Rocket Board said" is the chairman the
page named before ("its Chairman Dale Amos"), not a body called
"Chairman of ...": the body after "of" says whose the role is. Every
sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            ["Tallow Rockets will fly again in May, its Chairman Dale Amos told reporters on Thursday.",
             "“Our test stand is ready for the new engine,” the Chairman of the Tallow Rocket Board said."],
            "Dale Amos",
        ),
        (
            ["Dale Amos, chairman of the Tallow Rail Board, spoke first. Orla Finch, chair of Marr Ferries Ltd, spoke next.",
             "“We will sail on,” the chair of Marr Ferries Ltd said."],
            "Orla Finch",
        ),
        # guard: a place after "of" still picks among holders as before
        (
            ["Dale Amos, the mayor of Tallow, and Orla Finch, the mayor of Marr, met on Monday.",
             "“We will share the buses,” the mayor of Marr said."],
            "Orla Finch",
        ),
    ],
)
def test_a_role_of_a_body_is_its_holder(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)] == [expected]
