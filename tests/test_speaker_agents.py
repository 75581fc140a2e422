"""A subject that a past participle and "by" describe ("“...,” the company
headed by billionaire Ivo Marsh wrote", "The firm founded by Ivo Marsh
said:"): the one after "by" runs the subject, and the subject speaks, never
the name after "by". Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.speakers.agents import subject_before_agent

from . import textutil

LEAD = "Vantor Inc filed a motion with the trade board on Wednesday asking its chair to step aside."
QUOTE = "“Given her record, she can no longer judge the case with an open mind,”"


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("the company headed by billionaire Ivo Marsh", "Ivo Marsh", "the company"),
        ("The firm founded by Ivo Marsh", "Ivo Marsh", "The firm"),
        ("the tiny charity run by Ivo Marsh", "Ivo Marsh", "the tiny charity"),
        # guards: a passive's agent, a word before the description, no participle
        ("The plan was seconded by Ivo Marsh", "Ivo Marsh", None),
        ("Vantor met the group led by Ivo Marsh", "Ivo Marsh", None),
        ("the talk given to Ivo Marsh", "Ivo Marsh", None),
        # a document released by someone is theirs, which the issuer rules read
        ("a joint letter released by Ivo Marsh", "Ivo Marsh", None),
    ],
)
def test_a_description_before_a_participle_and_by(text, name, expected):
    start = text.index(name)
    found = subject_before_agent(text, 0, (start, start + len(name)))
    assert (text[found[0] : found[1]] if found else None) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"{QUOTE} the company headed by billionaire Ivo Marsh wrote in the motion.", "Vantor Inc"),
        (f"{QUOTE} the company run by Ivo Marsh said.", "Vantor Inc"),
        # guard: the agent of a passive, described after, speaks
        ("The motion was drafted by Ivo Marsh, who called it “a plain request for a fair hearing”.", "Ivo Marsh"),
    ],
)
def test_the_described_subject_speaks_not_the_one_after_by(sentence, expected):
    assert [speaker for _, speaker in textutil.speakers_of([LEAD, sentence])][-1] == expected
