"""Where someone lives, set off after their name and age ("Ben Lowe, 32,
of Mill Lane, Tallow, said"); a sentence that opens with the noun for
someone's work ("Packing worker Ben Lowe has worked there for years"),
which is no opening phrase; a line of writers' names over the story,
who never speak in it; a body's name in two parts joined by "and"
("Tallow Mills and Weavers Union"), which is nobody; and a dash aside
with a comma inside it. A wrong speaker is worse than none, so each
table also holds sentences where the speaker stays as it was. Every
sentence here is written for the test."""

import pytest

from datasette_factcheck.extract import segment
from datasette_factcheck.extract.article import quotes_of

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("Another worker Ben Jones, 32, of Mill Lane, Tallow,", "Ben Jones"),
        ("Ben Jones, of Mill Lane, Tallow,", "Ben Jones"),
        ("Ben Jones, 32, of Tallow,", "Ben Jones"),
        # a body after "of" set off alone is still not the speaker, as before
        ("Ben Jones, 32, a packer at Tallow Foods,", "Ben Jones"),
    ],
)
def test_an_address_set_off_after_the_name(subject, expected):
    found = speakers_of(["Staff were told on Tuesday that the plant will shut.", f"{subject} said: “The whole shift went quiet when the notice went up.”"])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "intro, expected",
    [
        ("Packing worker Ben Lowe has spent three decades on the line.", "Ben Lowe"),
        ("Packing worker Ben Lowe, 53, of Mill Road, Tallow, has spent three decades on the line.", "Ben Lowe"),
        # an opening phrase before its subject, as before
        ("Visiting the site on Monday, Ben Lowe met the last shift.", "Ben Lowe"),
    ],
)
def test_a_sentence_opening_with_the_noun_for_someones_work(intro, expected):
    found = speakers_of([
        "Staff were told on Tuesday that the plant will shut.",
        intro,
        "“Nobody here expected it. My uncle clocked in at this gate for forty years.”",
    ])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "first_line, expected",
    [
        ("Ana Roe and Ben Lowe", None),
        ("Ana Roe, Ben Lowe and Cara Stone", None),
        # a headline with a verb names people who may speak
        ("Ana Roe warns of job losses at the plant", "Ana Roe"),
    ],
)
def test_a_line_of_writers_names_names_no_speaker(first_line, expected):
    text = "\n\n".join([
        first_line,
        "Two hundred jobs go when the mill shuts its doors next spring.",
        "The union slammed the firm for its silence on the plan.",
        "“We have been worried about this for months,” she said.",
    ])
    assert [q.speaker for q in quotes_of(segment.segment(text)) if q.paragraph > 0] == [expected]


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("Tallow Mills and Weavers Union national and state secretary Cara Stone", "Cara Stone"),
        ("Linen Spinners and Weavers Union national and state secretary Cara Stone", "Cara Stone"),
        ("Tallow Mills and Weavers Union secretary Kefilwe Mokoena", "Kefilwe Mokoena"),
        # two people joined by "and", as before
        ("Union secretary Kefilwe Mokoena and Tallow Mills", "Kefilwe Mokoena"),
    ],
)
def test_a_body_named_in_two_parts_is_nobody(subject, expected):
    found = speakers_of([
        "Two hundred jobs go when the mill shuts its doors next spring.",
        f"{subject} slammed the firm for its silence on the plan.",
        "“We have been worried about this for months,” she said.",
    ])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Tallow prime minister, Ana Lowe – said to have the second hardest job in the land, after Roe’s – paid homage to “a captain for the ages”.", "Ana Lowe"),
        ("The Tallow prime minister, Ana Lowe – who has the second hardest post in the land – paid homage to “a captain for the ages”.", "Ana Lowe"),
    ],
)
def test_a_dash_aside_with_a_comma_inside(sentence, expected):
    found = speakers_of(["Ben Roe left the national side on Monday.", sentence])
    assert [speaker for _, speaker in found] == [expected]


def test_a_phrase_with_from_before_a_relative_clause_is_no_address():
    """"a second backing from an ally, from Ben Lowe, who declared ...":
    a source, not where someone lives, so the speaker is never the
    sentence's subject."""
    found = speakers_of([
        "Senator Ana Roe campaigned in four states this week.",
        "On Friday, Roe picked up a second backing from a Senate ally, from Ben Lowe, who declared at the rally, “It is time for the party to unite.”",
    ])
    assert [speaker for _, speaker in found] != ["Ana Roe"]
