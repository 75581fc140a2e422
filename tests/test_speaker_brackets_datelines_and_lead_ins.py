"""Shapes news pages print that hid the speaker: a body's initials in
brackets between a "with" clause's subject and its participle ("with the
Harbour Alliance (HA) calling it ..."), also after a first conjunct with a
predicate of its own; a dateline of a place in capitals and its country
with no comma ("HALDEN Ruritania — "); and a lead-in paragraph whose
quotation opens in the next one, with the opening mark left at its end
("Mr Oberli said: “"), which is no subheading; a translation in brackets
as a paragraph of its own after the quotation it translates; and a
"For X (party), ..." viewpoint. Every sentence here is written for the
test."""

import pytest

from datasette_factcheck.extract import segment
from datasette_factcheck.extract.article import quotes_of

from .textutil import speakers_of

OPENING = "Ivo Varn’s election as premier drew a mixed response from the rival parties"


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("with the Harbour Alliance (HA) calling him “a lame duck”.", "Harbour Alliance"),
        ("with some visibly unhappy and the Harbour Alliance (HA) calling him “a lame duck”.", "Harbour Alliance"),
        ("with Ana Roe (HA) calling him “a lame duck”.", "Ana Roe"),
        # the guards: the same without initials, as before, and a comma
        # before the participle, which sets the participle apart
        ("with the Harbour Alliance calling him “a lame duck”.", "Harbour Alliance"),
        ("with the Harbour Alliance (HA), calling him “a lame duck”.", None),
    ],
)
def test_initials_in_brackets_stand_between_a_with_clause_subject_and_its_participle(clause, expected):
    assert [speaker for _, speaker in speakers_of([f"{OPENING}, {clause}"])] == [expected]


def _speakers(text: str) -> list[tuple[str, object]]:
    return [(q.text, q.speaker) for q in quotes_of(segment.segment(text))]


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("NAIROBI Kenya — Governor Ivo Vale on Thursday said that council hearings on the bridge contract had pushed him into the senate race, saying it was time senators learnt “some basic rules.”", "Ivo Vale"),
        ("PORT TALLOW Kenya – Governor Ivo Vale on Thursday said that council hearings on the bridge contract had pushed him into the senate race, saying it was time senators learnt “some basic rules.”", "Ivo Vale"),
        # the guard: the comma form, as before
        ("NAIROBI, Kenya — Governor Ivo Vale on Thursday said that council hearings on the bridge contract had pushed him into the senate race, saying it was time senators learnt “some basic rules.”", "Ivo Vale"),
    ],
)
def test_a_dateline_in_capitals_before_its_country_is_nobody(lead, expected):
    found = _speakers(f"Vale to stand for the senate\n\n{lead}\n")
    assert [speaker for text, speaker in found if text.startswith("some basic rules")] == [expected]


@pytest.mark.parametrize(
    "lead_in, expected",
    [
        ("Mr Oberli said: “", "Oberli"),
        ("Mr Oberli said: \"", "Oberli"),
        # the guard: as before, without the mark
        ("Mr Oberli said:", "Oberli"),
    ],
)
def test_a_lead_in_with_the_opening_mark_left_at_its_end_introduces_the_next_paragraph(lead_in, expected):
    text = (
        "Row over the family firm\n\n"
        "Ms Vale faced questions on the wage row at the council on Thursday.\n\n"
        f"{lead_in}\n\n"
        "“I hold only a small stake in the firm. Its pay is not up to me.\n\n"
        "“If the mayor wants a fight over it, that is up to her.”\n"
    )
    found = _speakers(text)
    assert [speaker for _, speaker in found] == [expected, expected]
    assert lead_in in segment.segment(text).body


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("(“I was very surprised by this case.”)", "Ivo Lacson"),
        # the guards: a bracketed quotation with an attribution of its own, and the bare quotation as before
        ("(“We will fight the case,” said Ana Roe, his lawyer.)", "Ana Roe"),
        ("“I was very surprised by this case.”", "Ivo Lacson"),
    ],
)
def test_a_translation_in_brackets_goes_on_with_the_quotation_before(paragraph, expected):
    found = speakers_of(
        [
            "The election chief, Ivo Lacson, said he was dismayed by a case accusing him of bribery.",
            "“Estoy muy sorprendido por este caso,” Lacson said in a radio interview on Thursday.",
            paragraph,
        ]
    )
    assert found[-1][1] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("For Rep. Ana Roe (Harbour Party), an author of the first complaint, the reply was “deeply cynical” given the charges.", "Ana Roe"),
        # the guard: no brackets, as before
        ("For Rep. Ana Roe, an author of the first complaint, the reply was “deeply cynical” given the charges.", "Ana Roe"),
    ],
)
def test_a_viewpoint_with_a_party_in_brackets_is_the_holder_s(sentence, expected):
    assert [speaker for _, speaker in speakers_of([sentence])] == [expected]
