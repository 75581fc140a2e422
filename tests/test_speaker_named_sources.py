"""Quotations whose source the article names in shapes the simpler cues
miss: a subject behind descriptors and an appositive that holds a body, a
party tag between the name and its verb, an inverted verb that is not a
known speech verb. Each table also holds sentences where nobody speaks.
Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


def last_speaker(paragraphs):
    return textutil.last_speaker(speakers_of(paragraphs))


INTRO = "The mill closed in March after forty years of work."
KNOWN = "Tomas Hale, who ran the night shift, came back to town on Monday."


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # descriptors, a name, then an appositive naming a body or a place
        ("Radio host Mara Lind, a former aide in the Olsen administration, said the mayor is “a weathervane in a good suit.”", "Mara Lind"),
        ("Radio columnist Mara Lind, a speechwriter in Ned Olsen's White House, calls the mayor “a weathervane in a good suit.”", "Mara Lind"),
        ("Democratic front-runner Mara Lind, also campaigning in Ohio, said the mayor was to blame and accused him of “running the town into the ground.”", "Mara Lind"),
        # someone unnamed described by the body: nobody
        ("A spokesman for the Olsen administration, who asked not to be named, said the mayor was “a weathervane in a good suit.”", None),
    ],
)
def test_a_described_subject_before_an_appositive(paragraph, expected):
    assert last_speaker([INTRO, paragraph]) == expected


def test_a_name_after_a_verb_is_its_object():
    paragraph = "Police arrested Mara Lind, a former aide in the Olsen administration, and said she had “no right to be there at all.”"
    assert last_speaker([INTRO, paragraph]) != "Mara Lind"


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“We never gave up on the plant and we never will,” state Sen. Dora Fenwick (D) said about halfway through the debate.", "Dora Fenwick"),
        ("“We never gave up on the plant and we never will,” state Sen. Dora Fenwick (D-Ohio) said.", "Dora Fenwick"),
        # the quotation after it goes on in her voice
        ("“We never gave up on the plant,” county judge Dora Fenwick (R) said late on Monday. “I do not think that will change.”", "Dora Fenwick"),
    ],
)
def test_a_party_tag_between_the_name_and_the_verb(paragraph, expected):
    assert last_speaker([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a verb that is not a listed speech verb, inverted before a person
        ([INTRO, "“We never gave up on the plant,” remembered Tomas Hale, the union's former chief spokesman."], "Tomas Hale"),
        ([KNOWN, "“We never gave up on the plant and we never will,” reacted Hale."], "Tomas Hale"),
        ([INTRO, "“We never gave up on the plant and we never will,” reminisced Mr. Hale."], "Hale"),
        ([INTRO, "“We never gave up on the plant,” remembered Tomas Hale. “And the more they pushed, the harder we worked.”"], "Tomas Hale"),
        # a place or a body after the verb is no speaker
        ([INTRO, "“We never gave up on the plant and we never will,” visited Ohio."], None),
        ([INTRO, "“We never gave up on the plant and we never will,” includes Brazil, the list shows."], None),
    ],
)
def test_an_inverted_verb_after_a_quotation_cut_by_a_comma(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # "as X, appositive, put it": the clause's subject behind "as"
        ("Or, as Tomas Ridley, a former head of the county water board, put it: “The mill was the town and the town was the mill.”", "Tomas Ridley"),
        # a participle's or a preposition's phrase between subject and verb
        ("The issue came up after Mr. Ridley, asked about the layoffs under Mr. Olsen, had said, “The mill was the town and the town was the mill.”", "Ridley"),
        ("Tomas Ridley, in a call with Mr. Olsen, said, “The mill was the town and the town was the mill.”", "Tomas Ridley"),
        # with no noun phrase before it, the phrase's object is still no subject
        ("Two reporters, citing Mr. Olsen, said the mill was “the town and the town was the mill.”", None),
    ],
)
def test_the_subject_past_a_clause_opener_or_a_modifying_phrase(paragraph, expected):
    assert last_speaker([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # ", with X doing ...": X speaks the participle's quotation
        ("The board was quick to respond, with Tomas Ridley calling it a “disaster for the valley” and asking, “Who will pay the workers now?”", "Tomas Ridley"),
        ("Both sides saw the closure as a failure, with Tomas Ridley noting the folly of keeping “two plants open with no orders at all.”", "Tomas Ridley"),
        # a place watching is no speaker
        ("The council met on Monday, with Ohio watching closely, and voted for “two plants open with no orders at all.”", None),
    ],
)
def test_the_subject_of_a_with_clause(paragraph, expected):
    assert last_speaker([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # "with the board declaring", no comma before "with": the body named before speaks
        ("The mill sale collapsed late on Monday with the board declaring itself “done with talking”.", "Millford Town Board"),
        ("The mill sale collapsed with the union warning the buyers were “done with talking”.", "Millford Workers Union"),
        # the guard: a thing, no body or role, before the participle keeps the sentence's subject
        ("Millford Town Board walked out with the plan declaring the mill “done with talking”.", "Millford Town Board"),
    ],
)
def test_a_body_after_with_and_no_comma_speaks_the_participles_quotation(paragraph, expected):
    named = "Millford Town Board and the Millford Workers Union met again about the mill last week."
    assert last_speaker([INTRO, named, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # descriptors that mix labels and lower-case nouns before the name
        ("“I cannot tell which way she leans,” said undecided Republican voter Kara Pell of Derry, N.H., before the town meeting.", "Kara Pell"),
        # a name set off after a description, placed by a body after "of"
        ("“The odds are better than even,” said another leading appeals lawyer, Andrew J. Pell of the firm Pell Brown.", "Andrew J. Pell"),
        # descriptors without a name: nobody
        ("“I cannot tell which way she leans,” said undecided Republican voters in the hall.", None),
        ("“I cannot tell which way she leans,” said undecided voters like Kara Pell.", None),
    ],
)
def test_a_name_after_mixed_descriptors(paragraph, expected):
    assert last_speaker([INTRO, paragraph]) == expected


MEGAN = "Megan Pell ran the phone bank for the union."


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a name and a verb that is not a listed speech verb after the comma
        ("“You have called the workers lazy and useless and much worse,” Pell charged in her opening remarks.", "Megan Pell"),
        # after a question, the name may carry an appositive before its verb
        ("“I am calling from the union. How are you today?” Pell, a retired worker from the plant, said pleasantly into the phone.", "Megan Pell"),
        # a quotation closing a clause that opens the sentence is no cue
        ("While the mayor hailed the plan as “a model for every town in the state,” Pell doubts the figures.", None),
        # a place is no speaker, nor a possessive
        ("“You have called the workers lazy and useless and much worse,” Ohio voted on Monday.", None),
        ("“You have called the workers lazy and useless and much worse,” Megan Pell’s aides seemed unbothered.", None),
    ],
)
def test_a_known_person_and_an_unlisted_verb_after_the_quotation(paragraph, expected):
    assert last_speaker([MEGAN, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # the attribution closes the sentence after a later quotation
        ("The inquiry did not find “any link between the two men at all” aside from the two knowing each other “casually” from the gym, said the bureau's director, James B. Colby, on Monday.", "James B. Colby"),
        # ... or after a long stretch of the writer's own words
        ("The promise to “take our town back” and “make the valley great again” appeals to older workers who miss the years when the mill was open and a diploma was not needed for a steady wage, said Alan Abrams, a demographer at the state university.", "Alan Abrams"),
        # a clause with a subject of its own after "but" is no attribution
        ("The plan is “a good deal for the town and the valley,” but Olsen said he would vote against it.", None),
    ],
)
def test_the_attribution_closing_the_sentence(paragraph, expected):
    assert speakers_of([INTRO, paragraph])[0][1] == expected


PULLED = "“It is more important than ever that the council hears from the mayor that a vote on the mill must not happen."


@pytest.mark.parametrize(
    "signature, expected",
    [
        # a pulled-out quotation signed in the paragraph below it
        ("Charles Chamberlin, Democracy for Towns.”", "Charles Chamberlin"),
        ("S.C. Rep. Jim Calder.”", "Jim Calder"),
        ("Former union president Ben Jellicoe.”", "Ben Jellicoe"),
        # a role with no name, or a sentence, signs nothing
        ("Republican National Committee member.”", None),
        ("The council voted it down.”", None),
    ],
)
def test_a_signature_in_the_paragraph_below_a_pulled_quotation(signature, expected):
    assert speakers_of([INTRO, PULLED, signature])[0][1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a quotation on its own, signed below after a dash (a fact-check layout)
        (["Tom Sanders and Ann Olsen met on Monday.", "“The idea that I would close the mill while we wait for a buyer is not accurate.”", "- Ann Olsen.", "Ms. Olsen overstates her role."], "Ann Olsen"),
        (["Tom Sanders and Ann Olsen met on Monday.", "“The idea that I would close the mill while we wait for a buyer is not accurate.”", "— Sanders.", "Mr. Sanders overstates his role."], "Tom Sanders"),
        # a closed quotation above a plain name paragraph is not signed by it
        (["The mill closed in March.", "“The idea that I would close the mill while we wait for a buyer is not accurate.”", "Tom Sanders."], None),
    ],
)
def test_a_quotation_signed_after_a_dash_below_it(paragraphs, expected):
    assert speakers_of(paragraphs)[0][1] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # descriptors, a title and a name, placed by "of", before the verb
        ("“This is not the way a leader should talk about a judge,” former Gov. Jed Pell of Florida said on Twitter.", "Jed Pell"),
        # a longer run of labels when a title is among them
        ("“The hard truth about this town and its mill,” former Obama Education Secretary Arne Pell told the paper in 2012.", "Arne Pell"),
        # a body's possessive before the person
        ("Amid calls to list them, The Daily Ledger’s Matt Welsh defended the list, saying it is needed to “keep the movement honest and clean.”", "Matt Welsh"),
        # a body's possessive before a place or a role names no person
        ("Amid calls to list them, The Daily Ledger’s editorial board defended the list, saying it is needed to “keep the movement honest and clean.”", None),
    ],
)
def test_longer_descriptions_before_the_name(paragraph, expected):
    assert last_speaker([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a run of lower-case descriptors before a name opening the sentence
        ([INTRO, "Republican presidential nominee Donald Hale, during several interviews on Thursday, referred to the mayor as “the founder of the whole mess” for the town."], "Donald Hale"),
        # a title, "of the", a body and a second title before the name
        ([INTRO, "Later, Speaker of the House Rep. Tomas Hale (R-WI) said “images like that have no place in this town.”"], "Tomas Hale"),
        # the subject of a relative clause whose object is "who" or "which"
        ([KNOWN, "Much of the ire was directed at Olsen, who Hale on Wednesday called “a threat to the whole town and its mill.”"], "Tomas Hale"),
        ([INTRO, "The crowd gathered at the old mill, which President Tomas Hale on Friday declared “a monument to the workers of the valley.”"], "Tomas Hale"),
        # a relative clause set off by commas describes the subject before it
        ([INTRO, "Tomas Hale, who Olsen hired in 2010, said “the plant will stay open until the last order.”"], "Tomas Hale"),
    ],
)
def test_subjects_behind_descriptors_titles_and_relatives(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # an attribution set off by commas inside the sentence it reports
        ("The paradox of the town, says Carl Antony, a historian at the county library, is that it was “one of the richest places in the state.”", "Carl Antony"),
        ("The mill, said Tomas Hale, a former foreman, was “the heart of the valley and always will be.”", "Tomas Hale"),
        # the subject before "said" when the verb is not set off
        ("Tomas Hale said Ned Olsen was “the heart of the valley and always will be.”", "Tomas Hale"),
    ],
)
def test_an_attribution_inserted_between_commas(paragraph, expected):
    assert last_speaker([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a name and its verb after a dash open a clause of their own
        ([KNOWN, "The old picture ignored much labour history — Hale cites the union’s support for the strike, “a turning point for the whole valley,” as evidence."], "Tomas Hale"),
        # a lead-in whose last clause, after dashes, is about a person
        ([KNOWN, "When the panel leaned on gossip — and it happens often — Hale pushed back:", "“Every question tonight has shown why people stopped listening to this panel.”"], "Tomas Hale"),
        # a lead-in whose last clause is about no one
        ([KNOWN, "When the panel leaned on gossip — and it happens often — the hall went quiet:", "“Every question tonight has shown why people stopped listening to this panel.”"], None),
    ],
)
def test_clauses_after_a_dash(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # after a question, a known person and a verb the lists lack
        (["Ann Olsen ran the meeting.", "“Is the town really the one to fix this mess?” Olsen asks as a worker walks past her."], "Ann Olsen"),
        # a document "according to" which, filed by someone named
        ([INTRO, "“The plant was closed without any notice to the workers,” according to a court document signed by state attorney Dave Aronson."], "Dave Aronson"),
        ([INTRO, "“The plant was closed without any notice to the workers,” according to a court document filed on Monday."], None),
    ],
)
def test_more_attributions_after_the_quotation(paragraphs, expected):
    assert speakers_of(paragraphs)[0][1] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # the comma before the closing attribution sits inside the later quotation's marks
        ("Every dollar the valley gets from the “miserable” harbour board is to be seen as “a gift,” says Mayor Lena Ostrova.", "Lena Ostrova"),
        # ... and no attribution closes the sentence: the short quotation is the writer's
        ("Every dollar the valley gets from the “miserable” harbour board is to be seen as “a gift,” and the board agrees.", None),
    ],
)
def test_a_short_quotation_takes_the_attribution_closing_its_sentence(paragraph, expected):
    assert dict(speakers_of([INTRO, paragraph])).get("miserable") == expected
