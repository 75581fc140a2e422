"""Four shapes of attribution that name the speaker away from the usual
"X said": quotations joined by "and" before one passive agent ("branded
“...” and “...” by Y"); "made it clear" as a verb of saying; an office
printed in capitals ("The Chancellor") that no one in the article holds,
after a sentence about someone given no role; and a document owned by a
pronoun ("her report says") as the subject of its verb. Every sentence
here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of
from datasette_factcheck.extract.segment import segment


def _speakers(body: str) -> list[tuple[str, object]]:
    return [(q.text.strip(" ,."), q.speaker) for q in quotes_of(segment("Ferry row in Tallow\n\n" + body + "\n"))]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The walkout, which was branded “childish” and “costly” by council leader Mira Okonjo, lasted an hour.",
         [("childish", "Mira Okonjo"), ("costly", "Mira Okonjo")]),
        ("The timetable was called “late”, “vague” and “unfunded” by Senator Pell Arkwright on Friday.",
         [("late", "Pell Arkwright"), ("vague", "Pell Arkwright"), ("unfunded", "Pell Arkwright")]),
        # the guards: one quotation alone, as before; a quotation outside the passive keeps no agent
        ("The timetable was called “late” by Senator Pell Arkwright on Friday.", [("late", "Pell Arkwright")]),
        ("The timetable was called “late” by critics, and “unfunded” by Senator Pell Arkwright.", [("late", None), ("unfunded", None)]),
    ],
)
def test_quotations_joined_before_a_passive_agent_are_the_agents(sentence, expected):
    assert _speakers(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Harbour master Oren Vasko spoke after the vote. Later, Vasko made it clear that the fee had been “fairly” set.", "Oren Vasko"),
        ("Harbour master Oren Vasko spoke after the vote. Vasko makes clear in the memo that crews are “valued”.", "Oren Vasko"),
        # the guard: "made it" with no "clear" is no saying
        ("Harbour master Oren Vasko spoke after the vote. Vasko made it home before the “storm” hit.", None),
    ],
)
def test_made_it_clear_is_a_verb_of_saying(sentence, expected):
    assert _speakers(sentence)[-1][1] == expected


@pytest.mark.parametrize(
    "before, description, expected",
    [
        ("Ruth Wendt addressed the party conference in Marren on Saturday.", "The First Minister", "Ruth Wendt"),
        ("Mr Pollard defended the spending plans in Marren on Saturday.", "The Chancellor", "Pollard"),
        # the guards: an office someone is printed as holding goes to them; a role in lower case alone is anyone's
        ("Ruth Wendt addressed the party conference. Chancellor Ivo Marsh sat beside her.", "The Chancellor", "Ivo Marsh"),
        ("Ruth Wendt addressed the party conference in Marren on Saturday.", "The minister", None),
    ],
)
def test_an_office_in_capitals_no_one_holds_is_the_subject_before(before, description, expected):
    body = f"{before}\n\n{description} told delegates: “We will hold our nerve and we will hold the line.”"
    assert _speakers(body)[-1][1] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ms Tarrant said the rota was “never checked”. In the records office, her report says, the audit was “limited by the files”.", "Tarrant"),
        ("Mr Abel Foss quit on Friday. His brief statement said he was “proud of the crew”.", "Abel Foss"),
        # the guard: a document after a preposition is no subject ("in its filing, written by")
        ("Tallow Ferries argued in its filing, written by its lawyer Ana Roe, that the fee was “a tax on islanders”.", "Tallow Ferries"),
    ],
)
def test_a_document_a_pronoun_owns_speaks_for_its_owner(sentence, expected):
    assert _speakers(sentence)[-1][1] == expected


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("MARREN — It was a “frank exchange.”", "Ana Roe"),
        # the guards: a phrase in capitals is a label; a paragraph naming someone else may quote them;
        # a fuller quotation printed before may be someone quoting the words back
        ("MARREN — It was rated “Mostly Frank.”", None),
        ("MARREN — Ivo Marsh had hoped for a “frank exchange.”", None),
    ],
)
def test_words_in_brief_go_to_the_speaker_of_the_fuller_quotation_after(lead, expected):
    body = f"{lead}\n\nPremier Ana Roe met the press on Monday once the call ended.\n\n“I can tell you it was a frank exchange and Mostly Frank too,” Roe said with a grin."
    assert _speakers(body)[0][1] == expected


def test_words_in_brief_after_the_fuller_quotation_keep_no_speaker():
    body = "“I can tell you it was a frank exchange,” Premier Ana Roe said with a grin.\n\nLater that day the talks were called a “frank exchange.”"
    assert _speakers(body)[-1][1] is None


def test_failing_to_make_clear_is_no_saying():
    body = "Harbour master Oren Vasko spoke after the vote. Rivals on Friday faulted the Harbour Board over its failure to make clear that the fee was only “temporary,” as promised."
    assert _speakers(body)[-1][1] is None
