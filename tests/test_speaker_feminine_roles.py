"""A role printed in its feminine form ("spokeswoman", "chairwoman") gives
the person her gender even when the list gives her first name mostly to men,
so "she said" in the next paragraph is hers and not an earlier woman's. A
"-man" role says nothing: news prints "spokesman" for anyone. Every sentence
here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

_EARLIER = ["The ferry had just left the quay, according to Harbour Safety Office spokeswoman Delia Marsh.",
            "Ms Marsh said the sea was calm."]


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (_EARLIER + ["Port Authority spokeswoman Jory Tesk said the hull was holed in two places.",
                     "“We do not know why it struck the reef,” she said."],
         "Jory Tesk"),
        (_EARLIER + ["Ferry board chairwoman Nicky Oswin said the crossing would stay shut.",
                     "“Nobody sails until the inspectors are done,” she said."],
         "Nicky Oswin"),
        # guards: a "-man" role and "he"; a first name the list cannot sex
        (_EARLIER + ["Port Authority spokesman Jory Tesk said the hull was holed in two places.",
                     "“We do not know why it struck the reef,” he said."],
         "Jory Tesk"),
        (_EARLIER + ["Port Authority spokeswoman Robin Tesk said the hull was holed in two places.",
                     "“We do not know why it struck the reef,” she said."],
         "Robin Tesk"),
    ],
)
def test_a_feminine_role_gives_a_name_its_gender(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)][-1] == expected


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["Port Authority spokeswoman Jory Tesk said the hull was holed.",
          "Ms Marsh said the sea had been calm all morning.",
          "Jory Tesk later told reporters the inspectors would board at noon.",
          "“Nobody sails until they are done,” she said."],
         "Jory Tesk"),
        # guard: a man named since
        (["Port Authority spokeswoman Jory Tesk said the hull was holed.",
          "Captain Ivo Brandt said the crew had done everything right.",
          "“The fog came down in minutes,” he said."],
         "Ivo Brandt"),
    ],
)
def test_the_name_printed_again_is_still_hers(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)][-1] == expected
