"""Quote kinds from evidence: a cue and a source make a quote, a title noun or
Title Case in running prose makes a title, a bare phrase is a scare quote."""

import pytest

from datasette_factcheck.extract import kinds
from datasette_factcheck.extract.article import quotes_of
from datasette_factcheck.extract.quotes import extract_quotes

from .textutil import make_seg


def kinds_of(paragraph: str, title: str = "Harbour board meets") -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in quotes_of(make_seg([paragraph], title=title))]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a short quotation cut off by a comma before a speech verb
        ("“I would,” the harbour master said when asked about a second term.", [("I would,", "quote")]),
        ("“Never again,” she told the inquiry on its final day.", [("Never again,", "quote")]),
        # a whole sentence in quote marks
        ("The minister paused. “Not this year.” Then she left the podium.", [("Not this year.", "quote")]),
        # a speech cue and a source in the same sentence
        ("The mayor called the ferry plan “reckless” in a speech on Monday.", [("reckless", "quote")]),
        ("Critics likened the scheme to “a blank cheque” in a joint letter.", [("a blank cheque", "quote")]),
        ("Residents accused the council of being “asleep at the wheel” for a decade.",
         [("asleep at the wheel", "quote")]),
        ("The plan is, as the harbour master put it, “long overdue” and popular.", [("long overdue", "quote")]),
        # the attribution closes the sentence after a comma
        ("The port has used “kid gloves” with its tenants for years, said historian Ada Lind.",
         [("kid gloves", "quote")]),
        # a name's possessive puts the words in the possessor's mouth
        ("Few voters shared Berg's “harbour first” view of the budget.", [("harbour first", "quote")]),
        # a phrase in quote marks with neither cue nor source
        ("The so-called “quiet zone” will cover the old docks from June.", [("quiet zone", "scare")]),
        ("Boats in the “outer basin” pay lower mooring fees than the rest.", [("outer basin", "scare")]),
        # four words or more are a quotation whatever the cue
        ("Officials said the work was “on time and on budget” at the last count.",
         [("on time and on budget", "quote")]),
    ],
)
def test_quote_or_scare_from_evidence(paragraph, expected):
    assert kinds_of(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a title noun before or after the quotation
        ("She read from her book “Harbour Lights” at the festival.", [("Harbour Lights", "title")]),
        ("The “Clean Harbour Act” passed its final reading on Tuesday.", [("Clean Harbour Act", "title")]),
        ("Supporters carried signs reading “Save Our Ferry” outside the hall.", [("Save Our Ferry", "title")]),
        ("The band closed with the song “Lights Along The Quay” to loud applause.",
         [("Lights Along The Quay", "title")]),
        # Title Case in the middle of a sentence, with no speech cue
        ("He appeared twice on “Morning Harbour Live” last year to defend the plan.",
         [("Morning Harbour Live", "title")]),
        # a programme named after its owner's possessive, or before "radio programme"
        ("The minister told Channel Nine's “Harbour Tonight” that the plan was safe.",
         [("Harbour Tonight", "title")]),
        ("Callers to his “Keep It Local” radio programme backed the ferry plan.", [("Keep It Local", "title")]),
        # a Title Case line alone in quote marks: a section heading
        ("“A Harbour Reborn.”", [("A Harbour Reborn.", "title")]),
        # a show's name cut off by a comma, after a preposition, before its sentence's speaker
        ("Speaking on “Harbour Hour,” Anna van Dijk said the crossing went well.", [("Harbour Hour,", "title")]),
        ("In “The Long Quay,” Ortiz writes that the port nearly closed.", [("The Long Quay,", "title")]),
        # a nickname put in a speaker's mouth stays a quote
        ("The mayor called her rival “Captain Chaos” during the debate.", [("Captain Chaos", "quote")]),
        # a long quotation in sentence case after a noun is no title
        ("The campaign “will go on until the last ferry sails,” its leader said.",
         [("will go on until the last ferry sails,", "quote")]),
    ],
)
def test_titles_are_stored_apart(paragraph, expected):
    assert kinds_of(paragraph) == expected


@pytest.mark.parametrize(
    "title, expected",
    [
        # a headline capitalises every word: that is no sign of a title
        ("Mayor Calls Ferry Plan ‘Reckless’ And Vows To Fight It", [("Reckless", "quote")]),
        ("Council Approves Budget With “Painful” Cuts", [("Painful", "scare")]),
        ("Minister: ‘We Will Not Back Down’", [("We Will Not Back Down", "quote")]),
        # a speaker's label and a colon lead the line
        ("Harbour Chief: Ferry Delays A ‘Disgrace’ To The Port", [("Disgrace", "quote")]),
    ],
)
def test_headline_quotes(title, expected):
    seg = make_seg(["The council met on Monday to discuss the harbour budget for next year."], title=title)
    assert [(q.text, q.kind) for q in quotes_of(seg) if q.paragraph == 0] == expected


@pytest.mark.parametrize(
    "paragraph, provisional",
    [
        # shaped like an utterance: attribution looks for its speaker in full
        ("“I would,” she said.", "quote"),
        ("He paused. “Not this year.” Then he left.", "quote"),
        # a phrase inside a sentence: attribution only looks for a near cue
        ("The so-called “quiet zone” will cover the old docks.", "scare"),
        ("The mayor called the plan “reckless” on Monday.", "scare"),
    ],
)
def test_provisional_kind_before_attribution(paragraph, provisional):
    seg = make_seg([paragraph])
    (q,) = kinds.with_provisional_kinds(seg, extract_quotes(seg))
    assert q.kind == provisional
