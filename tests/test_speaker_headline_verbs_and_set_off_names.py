"""Two classes: a capitalised word ending in "s" that closes a run of
capitals in a title-case headline, before a lower-case word, and that the
story below never prints, is a verb, not a surname ("Harbour Chief Hopes
to Reopen the Quay"); and a participle's speaker, when the sentence opens
with a body's title and then a name set off by commas ("Tallow Mills'
Managing Director, Ana Roe, said ..., branding it an “...”"), is the
name. Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil

BODY = [
    "The Tallow Harbour Board chairperson Ana Roe, speaking to a radio station, has promised to rebuild the old quay.",
    "On the radio, the harbour chief said repairs will take “three more months at the very least”, whatever the weather.",
]


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Harbour Chief Hopes to Reopen the Quay by June", "Ana Roe"),
        ("Harbour Chief Plans a Shake-Up of Berths", "Ana Roe"),
        # the guards: a verb after a full name, and a verb the lists know
        ("Ana Roe Plans a Shake-Up of Berths", "Ana Roe"),
        ("Harbour Chief Says the Quay Will Reopen", "Ana Roe"),
    ],
)
def test_a_headline_verb_is_no_surname(headline, expected):
    seg = textutil.make_seg(BODY, headline)
    speakers = {q.text: q.speaker for q in quotes_of(seg) if q.kind == "quote"}
    assert speakers["three more months at the very least"] == expected


def test_a_headline_surname_in_s_the_story_prints_stays_a_name():
    seg = textutil.make_seg(
        [
            "The Tallow Ferries chief Ana Williams will step down in May after six years in the post.",
            "“It is time for someone new to take the boats on,” Williams said.",
        ],
        "Ferry Chief Williams to Step Down",
    )
    assert [q.speaker for q in quotes_of(seg) if q.kind == "quote"] == ["Ana Williams"]


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("Tallow Mills' Managing Director, Ana Roe,", "Ana Roe"),
        ("Ferro Steel's Managing Director, Ana Roe,", "Ana Roe"),
        ("The Managing Director of Tallow Mills, Ana Roe,", "Ana Roe"),
        # the guards: a name first with its title set off, and a description with no name
        ("Ana Roe, Managing Director,", "Ana Roe"),
        ("Harbour Board Chair Ana Roe, R-Tallow,", "Ana Roe"),
        ("The mill's owner, a former weaver,", None),
    ],
)
def test_a_participles_speaker_set_off_by_commas(opening, expected):
    sentence = f"{opening} said the firm was stunned when the audit landed, branding it an “unfair and careless piece of work”."
    assert textutil.speaker_of(["The auditors sent their findings to the mill on Monday.", sentence], "unfair and careless") == expected


def test_a_bodys_title_is_no_body():
    # "it" after the sentence is never a body named "Ferro Steel's Managing Director"
    paragraphs = [
        "The auditors sent their findings to the works on Monday.",
        "Ferro Steel's Managing Director, Ana Roe, said the firm was stunned when the audit landed by email, branding it an “unfair and careless piece of work”.",
        "“Nobody from the audit team ever set foot on the rolling floor,” it added.",
    ]
    assert textutil.speaker_of(paragraphs, "Nobody from") != "Ferro Steel's Managing Director"
