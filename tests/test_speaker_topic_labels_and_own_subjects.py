"""Two classes that made a topic speak. A headline's label before a colon
that the story prints as a thing after "the" ("Tallow Budget: ..." over
"The Tallow Budget set out by ...") is a topic, not a speaker, and so is
any label when a verb of saying follows the quotation; and a verb
of speech with its own subject before it ("Town leaders have warned
Tallow Budget cuts will ...") takes no speaker from the words after it,
as "said Mr X" does. Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil

BODY = [
    "The Tallow Budget set out by finance secretary Ana Roe has been called a heavy blow to the towns.",
    "Marren council leader Ivo Marsh said: “We cannot keep the pools and the libraries open on this.”",
]


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Tallow Budget: towns left 'past the last lifeboat', leaders warn", None),
        # the guards: a person's name and a role before the colon speak
        ("Marsh: towns left 'past the last lifeboat'", "Ivo Marsh"),
        ("Council leader: towns left 'past the last lifeboat'", "Ivo Marsh"),
        # a label before the colon is no speaker when a verb of saying after the quotation names one
        ("Marren Council: towns left 'past the last lifeboat', says Ivo Marsh", "Ivo Marsh"),
        ("Marren Council: towns left 'past the last lifeboat', admits council chief", None),
        # ... but a verb inside the headline's own clause leaves a person's label speaking
        ("Marsh: towns 'past the last lifeboat' unless I am told otherwise", "Ivo Marsh"),
    ],
)
def test_a_topic_label_before_a_colon_is_no_speaker(headline, expected):
    found = {q.text: q.speaker for q in quotes_of(textutil.make_seg(BODY, headline))}
    assert found["past the last lifeboat"] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Town leaders have warned Tallow Budget cuts will shut pools, amid claims that towns are “past the last lifeboat”.", None),
        ("Town leaders warned Tallow Budget cuts would shut pools, amid claims that towns are “past the last lifeboat”.", None),
        # the guard: an inverted verb with no subject of its own
        ("Asked about the cuts, said town leader Ivo Marsh: “We are past the last lifeboat.”", "Ivo Marsh"),
    ],
)
def test_a_speech_verb_with_its_own_subject_inverts_nothing(sentence, expected):
    found = textutil.speakers_of(["The towns met in Marren on Monday to discuss the budget.", sentence])
    assert [s for t, s in found if "past the last lifeboat" in t] == [expected]
