"""The plain form of a speech verb after a modal ("would tell", "will
add", "would later tell reporters") attributes the quotation before it as
the verb's other forms do. "not", "continue" and "can" are not read so:
"notes" and "continues" are speech verbs, but "could not", "will continue
to" and a page's "can reveal" speak no words, and after "could", "should"
or "must" a verb says what may or must be said, not what was; nor does a verb with a
particle or an article after it ("will add back the"), save "tell". Every sentence here is
written for the test."""

import pytest

from . import textutil

LEAD = "Rolf Brand, the shift supervisor, spoke to the crews first."
WORDS = "“More staff were sent to the bridge as soon as we knew,”"


@pytest.mark.parametrize(
    "cue, expected",
    [
        ("Deputy Commissioner Anna Pike would later tell reporters.", "Anna Pike"),
        ("Deputy Commissioner Anna Pike would tell the inquiry.", "Anna Pike"),
        ("Anna Pike will tell the council on Monday.", "Anna Pike"),
        # as before: "add" closing the sentence, the verb's own past form
        ("Anna Pike would add.", "Anna Pike"),
        ("Anna Pike later told reporters.", "Anna Pike"),
    ],
)
def test_a_speech_verb_after_a_modal(cue, expected):
    assert textutil.speakers_of([LEAD, WORDS + " " + cue]) == [(WORDS.strip("“”"), expected)]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "could not be sure": "not" is no "notes"
        (["A review last year found the agency could not be sure the money was not coming from “crime or fraud.”"], []),
        # "will continue to": no speech
        (["At the meeting, Rolf Brand said Wexmoor will continue to “push hard” on the bridge."], [("push hard", "Rolf Brand")]),
        # "could ask": what might have been said, not what was; the woman after it is unnamed
        (["Ana Roe's uncle moved abroad before she could ask him for the deeds.", "“Nobody ever told me a thing,” said the woman, who asked not to be named."],
         [("Nobody ever told me a thing,", None)]),
        # "add back the": a thing added to a list, no words spoken
        (["The ferry union hopes the council will add back the “Harbour Fortnight” it dropped from the timetable."], []),
        # "can reveal": the page's own report of someone else's words
        (["The Gazette can reveal Ana Roe had been “delighted” with the bridge inspection."], [("delighted", None)]),
    ],
)
def test_words_after_a_modal_that_speak_no_words(paragraphs, expected):
    assert textutil.speakers_of(paragraphs) == expected


def test_a_paragraph_of_quotation_goes_on_after_a_plain_form():
    # The quotation that opens the next paragraph goes on with the one the
    # plain form's sentence quoted, as after "told".
    paragraphs = [
        "In her speech, Ana Roe promises she will tell the “doubters” on the council to “sit down.”",
        "“Every town on the coast needs this bridge, and every town will get one.”",
    ]
    assert [speaker for _, speaker in textutil.speakers_of(paragraphs)][-1] == "Ana Roe"

