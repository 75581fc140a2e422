"""Quotations whose source the text leaves unnamed: an indefinite
description ("one aide", "a senior adviser") is someone new, never a person
named elsewhere in the sentence or the paragraph. Every sentence here is
written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

INTRO = "Tom Holt has run the Brackwater mill for twenty years. Dana Reyes chairs its board."


def all_speakers(paragraphs):
    found = speakers_of(paragraphs)
    assert found, "no quote found"
    return [speaker for _, speaker in found]


@pytest.mark.parametrize(
    "paragraph",
    [
        # the unnamed source follows the quotation, after its verb
        'Holt was never one for "sharing the decisions with anyone else," said one former manager who asked not to be named.',
        'Reyes has been "very angry about all of it," said a source close to the board.',
        "Holt spoke to the staff on Monday. “We are ready for whatever comes next,” said another worker at the gate.",
        # ... or before its verb
        "Holt spoke to the staff on Monday. “We are ready for whatever comes next,” one Holt aide said late last week.",
        "Holt spoke to the staff on Monday. “We are ready for whatever comes next,” a senior Holt adviser said.",
        "Holt spoke to the staff on Monday. “This is strictly a business decision,” a Brackwater executive tells the staff.",
        "Holt spoke to the staff on Monday. “We are ready for whatever comes next,” one Holt aide has said.",
        # ... or opens the sentence, before a name in what it reports
        "One union source said Holt would be “furious” if the sale went ahead.",
        "One Reyes spokesman has called the vote “a farce from start to finish.”",
        # an inserted attribution and an object relative clause
        "Reyes, a senior aide said, “is very sure, very sure of the outcome” of the vote.",
        "Holt criticised the sale, which an internal review said was “badly rushed and poorly costed” but lawful.",
        "Holt, whom many commentators called “the only grown-up in the room,” did not answer.",
    ],
)
def test_an_indefinite_description_names_nobody(paragraph):
    assert all_speakers([INTRO, paragraph]) == [None] * len(all_speakers([INTRO, paragraph]))


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # an appositive after the description names the speaker
        ("“We are ready for whatever comes next,” said a spokesman for the mill, Ilse Marten.", "Ilse Marten"),
        ("“We are ready for whatever comes next,” said another director, Ilse Marten.", "Ilse Marten"),
        # a description set off between commas is the named subject's
        ("Holt, a former manager, said the sale was “badly rushed.”", "Tom Holt"),
        ("“We are ready for whatever comes next,” Holt told a local paper.", "Tom Holt"),
        # a determiner inside a prepositional phrase opens no subject
        ("Reyes in a statement said the vote was “a farce from start to finish.”", "Dana Reyes"),
        # a name after the indefinite is a person
        ("“We are ready for whatever comes next,” an angry Reyes said.", "Dana Reyes"),
    ],
)
def test_a_named_speaker_beside_an_indefinite_is_kept(paragraph, expected):
    assert all_speakers([INTRO, paragraph])[-1] == expected
