"""Forms of attribution that real pages print and a reader follows at once:
initials that spell a small English word after an inverted verb ("says
the WHO"); a name with a description and no comma to close it before the
verb ("Ana Roe, a cook says, “...”"); and the agent of a passive verb of
telling ("the court was told by Ana Roe, prosecuting, that ..."). A wrong
speaker is worse than none, so each table also holds sentences where the
speaker stays empty. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“Samples from every batch held far too much lead,” says the WHO.", "WHO"),
        ("The tests show “far too much lead in every batch”, says the WHO.", "WHO"),
        ("Tests confirm they contain “far too much lead in every batch”, says the WHO.", "WHO"),
        ("“Samples from every batch held far too much lead,” says WHO.", "WHO"),
        ("“Samples from every batch held far too much lead,” says the UNHCR.", "UNHCR"),
        # a small word in capitals is no name when it does not close the phrase
        ("“Samples from every batch held far too much lead,” says the man WHO ran it.", None),
    ],
)
def test_initials_that_spell_a_word_still_name_a_body(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Ben Lowe, a bus driver says, “Nobody warned us about the new timetable.”", "Ben Lowe"),
        ("Ben Lowe, a retired nurse from Dover said: “We were never told anything at all.”", "Ben Lowe"),
        # the description speaks of the name, and the quotation goes on with its clause
        ("Ben Lowe, a senior aide said, “is very sure of the plan” to win.", None),
        # no name opens the sentence
        ("At the depot, a driver says, “Nobody warned us about the new timetable.”", None),
    ],
)
def test_a_name_before_an_unclosed_description_speaks(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("The court was told by Carl Dunne, prosecuting, that the spill was a “disaster everyone saw coming”.", "Carl Dunne"),
        ("At a second sitting, magistrates had been told by Carl Dunne, prosecuting, that the spill was a “disaster everyone saw coming”.", "Carl Dunne"),
        ("The jury was told by prosecutor Carl Dunne that the spill was “a disaster everyone saw coming”.", "Carl Dunne"),
        ("Residents were warned by Carl Dunne that the river was “rising faster than ever before”.", "Carl Dunne"),
        # the one told is no speaker, and an unnamed agent names nobody
        ("Carl Dunne told the court that the spill was a “disaster everyone saw coming”.", "Carl Dunne"),
        ("The court was told by a witness that the spill was a “disaster everyone saw coming”.", None),
    ],
)
def test_the_agent_of_a_passive_telling_speaks(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


def headline_speakers(title: str, paragraphs: list[str]) -> list[tuple[str, object]]:
    from datasette_factcheck.extract.article import quotes_of

    seg = textutil.make_seg(paragraphs, title, True)
    return [(q.text, q.speaker) for q in quotes_of(seg) if q.kind != "title" and q.paragraph == 0]


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Ferry fare rise ‘unjustifiable’ – Quarrie", "Rhona Quarrie"),
        ("Ferry fares ‘unjustifiable’ - Ms Quarrie", "Rhona Quarrie"),
        ("Islanders told ‘plan ahead’ — Transport Secretary Quarrie", "Rhona Quarrie"),
        # a body, or a name the article never shows to be a person, is no
        # label (the one word the body's Quarrie called the rise is hers)
        ("Pier works ‘late and over budget’ – Tallow Council", None),
        ("Ferry fare rise ‘unjustifiable’ – Stornhaven", "Rhona Quarrie"),
        ("Ferry fare rise ‘unfair’ – Stornhaven", None),
    ],
)
def test_a_name_after_a_dash_closing_the_headline_speaks(title, expected):
    body = [
        "The Transport Secretary, Rhona Quarrie, has called the fare rise “unjustifiable” and told islanders to “plan ahead”.",
        "Tallow Council said the pier works were “on time and on budget” in Stornhaven.",
    ]
    assert [speaker for _, speaker in headline_speakers(title, body)] == [expected]


@pytest.mark.parametrize(
    "title, expected",
    [
        # a headline drops the article before the role that closes it
        ("Ferry fare rise a ‘disgrace’, says transport secretary", "Rhona Quarrie"),
        ("Ferry fare rise ‘a disgrace to the islands’, says transport secretary", "Rhona Quarrie"),
        ("Ferry fare rise a ‘disgrace’, says the transport secretary", "Rhona Quarrie"),
        # a word no role ends in names nobody
        ("Ferry fare rise a ‘disgrace’, says report", None),
    ],
)
def test_a_role_without_its_article_closing_the_headline_speaks(title, expected):
    body = [
        "The Transport Secretary, Rhona Quarrie, has called the fare rise “unjustifiable” and told islanders to “plan ahead”.",
        "Tallow Council said the pier works were “on time and on budget” in Stornhaven.",
    ]
    assert [speaker for _, speaker in headline_speakers(title, body)] == [expected]
