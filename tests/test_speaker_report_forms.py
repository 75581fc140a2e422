"""Forms local and court reports print: police ranks abbreviated before a
name ("PC Ana Roe", "Gda Roe", "DCI Ana Roe"), which are no part of the
name; a reported-speech paragraph whose last clause is a passive with no
agent ("..., but was only reported on Monday"), which leaves its speaker
to the quotation after it; a participle's phrase opening a sentence
("Alarmed by the plan, the council ..."), which is no subject; and a
description opening the sentence after one that a quotation opens ("“...,”
an emotional Ruiz told supporters. The 64-year-old warned ..."), which
goes on with the one who spoke. A wrong speaker is worse than none, so
each table also holds sentences where the speaker stays empty. Every
sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["PC Ana Roe said the van was “going far too fast for the road”."], ["Ana Roe"]),
        (["DCI Ana Roe said: “Anyone who saw the van should call us today.”"], ["Ana Roe"]),
        (["Garda Ciara Roe told the court the man was “very drunk and shouting”.",
          "Gda Roe said the man “would not give his name”."], ["Ciara Roe", "Ciara Roe"]),
        # capitals that are a body's name, not a rank
        (["DS Holdings said profits were “far better than we expected”."], ["DS Holdings"]),
    ],
)
def test_a_police_rank_in_capitals_is_no_part_of_the_name(paragraphs, expected):
    assert [speaker for _, speaker in speakers_of(paragraphs)] == expected


@pytest.mark.parametrize(
    "report, expected",
    [
        ("PC Ana Roe, of Tallow Police, said the crash happened on Friday, May 3, but was only reported on Monday.", "Ana Roe"),
        ("Ana Roe said the crash happened late at night, which was not noticed until dawn, but has since been reported.", "Ana Roe"),
        # no one reports: the quotation stays unattributed
        ("The crash happened late at night and was only reported on Monday.", None),
    ],
)
def test_an_agentless_passive_leaves_the_report_to_its_speaker(report, expected):
    found = speakers_of([
        report,
        "“The driver cannot recall whether he braked or swerved, and the car rolled twice.",
        "“He also has a cut to his head.”",
    ])
    assert [speaker for _, speaker in found] == [expected, expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Alarmed by the plan of the big software firm Halden Systems (HS) to lay off staff, the Tallow government has decided to discuss it, calling the move “alarming”.", "Tallow government"),
        ("Angered at the vote, Ana Roe left the hall, calling it “a disgrace to the town”.", "Ana Roe"),
        # the participle's phrase holds the only name: nobody speaks for the unnamed crowd
        ("Alarmed by Ana Roe's plan, the crowd left the hall, calling it “a disgrace to the town”.", None),
    ],
)
def test_an_opening_participles_phrase_is_no_subject(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


@pytest.mark.parametrize(
    "second, expected",
    [
        ("The 64-year-old warned of “serious problems” ahead.", "Ruiz"),
        ("In an update to his speech, the ex-army captain warned of “serious problems” ahead.", "Ruiz"),
        # a pronoun of the other gender, or a body, is no one of them
        ("The crowd warned of “serious problems” ahead.", None),
    ],
)
def test_a_description_goes_on_with_the_speaker_of_a_sentence_a_quotation_opens(second, expected):
    found = speakers_of(["“We will win this,” an emotional Ruiz told cheering supporters on Friday.", second])
    assert found[-1][1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a family name, then a given name of two hyphenated syllables
        (["Kim Jong-ho arrived on Thursday for talks in the capital that ran long into the night.",
          "“Some people remain doubtful about this meeting,” Kim said."], ["Kim Jong-ho"]),
        (["President Ana Roe met Park Min-seo on Thursday for talks that ran long into the night.",
          "“Some people remain doubtful about this meeting,” Park said."], ["Park Min-seo"]),
        # two capitalised parts joined by a short particle
        (["Tallow party chief Omar Saif-ud-Deen gave the water board until Friday to end the cuts.",
          "“If the cuts go on, we will sit in on the main road all week,” he warned."], ["Omar Saif-ud-Deen"]),
        # a hyphenated description, or a title joined so, is still no name
        (["Mum-of-three Ana Roe said the school was “far too far away”."], ["Ana Roe"]),
        (["Editor-in-Chief Ana Roe said the paper would “dig as deep as it takes”."], ["Ana Roe"]),
    ],
)
def test_a_given_name_of_two_syllables_makes_a_name(paragraphs, expected):
    assert [speaker for _, speaker in speakers_of(paragraphs)] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Host Ana Roe said the night was “the best of the whole year”.", "Ana Roe"),
        ("Advocate Ana Roe said the judgment left “every family worse off”.", "Ana Roe"),
        ("Comedian Ana Roe said the night was “the best of the whole year”.", "Ana Roe"),
    ],
)
def test_a_role_opening_the_sentence_is_no_part_of_the_name(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


@pytest.mark.parametrize(
    "first, expected",
    [
        # a name that owns what its verb acts on: "her award" makes her a woman
        ("After a long opening medley, Zendara officially accepted her first award on Sunday night.", "Zendara"),
        ("Zendara took up her seat on the panel on Sunday night.", "Zendara"),
        # "her" after a verb of giving may be the one given to
        ("Zendara sent her flowers after the show on Sunday night.", None),
        # a possessive of the other gender says nothing for "she"
        ("Zendara took up his seat on the panel on Sunday night.", None),
    ],
)
def test_a_possessive_after_the_verb_tells_a_single_names_gender(first, expected):
    found = speakers_of([first, "“This whole week I have been lost in my own problems,” she said."])
    assert found[-1][1] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a portfolio set off after the name
        ("Assistant Commissioner, Ana Roe, Roads Policing and Community Safety, said: “It has been a dreadful week on the roads.”", "Ana Roe"),
        ("Chief Officer, Ben Lowe, Housing and Planning, said: “It has been a dreadful week for the estate.”", "Ben Lowe"),
        # a place and its office still describe the name before them
        ("Ana Roe, Tallow and Marren MSP, said: “It has been a dreadful week on the roads.”", "Ana Roe"),
    ],
)
def test_a_portfolio_after_the_name_is_no_speaker(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        "People shouted “courage” as the buses left the square.",
        "Mourners chanted “justice for the valley” as the coffin passed.",
    ],
)
def test_a_plural_opening_a_sentence_is_nobody(paragraph):
    found = speakers_of(["Crowds gathered outside the court on Sunday night as the verdict came in.", paragraph])
    assert all(speaker is None for _, speaker in found)



@pytest.mark.parametrize(
    "later, expected",
    [
        # a later mention with two letters swapped, one dropped or one added
        ("“It is hard, it really is hard,” Varbny said.", "Ilsa Varnby"),
        ("“It is hard, it really is hard,” Varnb said.", "Ilsa Varnby"),
        ("“It is hard, it really is hard,” Varnbey said.", "Ilsa Varnby"),
        # a letter changed, or two slips, make another name
        ("“It is hard, it really is hard,” Varnbu said.", "Varnbu"),
        ("“It is hard, it really is hard,” Vorbny said.", "Vorbny"),
    ],
)
def test_a_surname_misspelt_once_is_the_person_named_in_full(later, expected):
    found = speakers_of(["Ilsa Varnby said the police had “never once called us back”.", later])
    assert found[-1][1] == expected


def test_a_misspelt_surname_two_people_could_carry_stays_as_printed():
    found = speakers_of([
        "Ilsa Varnby and her cousin Ivo Varnyb spoke to reporters outside the court on Friday.",
        "“It is hard, it really is hard,” Varnbyb said.",
    ])
    assert found[-1][1] == "Varnbyb"


def test_a_short_surname_is_never_taken_for_a_slip():
    found = speakers_of(["Ana Roe said the police had “never once called us back”.", "“It is hard, it really is hard,” Rae said."])
    assert found[-1][1] == "Rae"
