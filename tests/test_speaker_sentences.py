"""Where a sentence starts and where its subject starts, as attribution
reads them: a given name that ends as an adverb or a participle does
("Kelly", "Sterling") opens a name, not an introductory phrase; a sentence
may open with a number ("47-year-old Jane Roe"); a quotation that ends a
sentence may be printed with no space before the next one. Each table also
holds the sentences these rules must leave alone. Every sentence here is
written for the test."""

import pytest

from . import textutil


speaker_of = textutil.speaker_of


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a given name that ends in -ly or -ing opens the subject
        ("Kelly Marsh threw her support behind Sen. Ivo Renk (D-Ohio) on Monday, saying the city needs a “steady hand at the harbour office.”", "Kelly Marsh"),
        ("Emily Strand backed the plan on Tuesday, saying it would bring a “fair deal for the valley.”", "Emily Strand"),
        ("Sterling Hay spoke at the depot on Friday, calling the timetable “a fair deal for the valley.”", "Sterling Hay"),
        # an adverb or a participle still opens an introductory phrase
        ("Finally, after a long pause, Ivo Renk called the timetable “a fair deal for the valley.”", "Ivo Renk"),
        ("Speaking at the depot on Friday, Ivo Renk called the timetable “a fair deal for the valley.”", "Ivo Renk"),
        # ... and a word like an adverb before a name is no given name
        ("Lately Ivo Renk has called the timetable “a fair deal for the valley.”", "Ivo Renk"),
    ],
)
def test_given_name_that_ends_like_an_adverb(paragraph, expected):
    assert speaker_of([paragraph], paragraph.split("“")[1][:6]) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a sentence that opens with an age: the name after it is the subject,
        # not a name inside its appositive
        (
            [
                "The orchard vote split the village in two. 47-year-old Tom Baker, a baker who once worked for Ana Ruiz and Bo Lee, said after the count:",
                "“Nobody else on the ballot has ever fixed a roof in this village.”",
            ],
            "Tom Baker",
        ),
        (
            ["The hall was full. 17 people spoke. Dara Finch, a nurse who once worked with Ana Ruiz, said: “Nobody else on the ballot has ever fixed a roof in this village.”"],
            "Dara Finch",
        ),
        # a number after an abbreviation starts no sentence
        (
            ["Ana Ruiz, who lives on Route No. 9 near the depot, said: “Nobody else on the ballot has ever fixed a roof in this village.”"],
            "Ana Ruiz",
        ),
    ],
)
def test_sentence_that_opens_with_a_number(paragraphs, expected):
    assert speaker_of(paragraphs, "Nobody else on the ballot") == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # no space after the closing mark: the next sentence has its own subject
        (
            "Then Ivo Renk posted a photo of the pier. “I love the harbour!”Former Ohio governor Jed Dale broke down what was wrong with the photo to a local paper: “Nobody has fished off that pier since the storm.”",
            "Jed Dale",
        ),
        # with the space, the same
        (
            "Then Ivo Renk posted a photo of the pier. “I love the harbour!” Former Ohio governor Jed Dale broke down what was wrong with the photo to a local paper: “Nobody has fished off that pier since the storm.”",
            "Jed Dale",
        ),
    ],
)
def test_sentence_after_a_quotation_printed_without_a_space(paragraph, expected):
    assert speaker_of([paragraph], "Nobody has fished") == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a region set off by commas after a description's town is no speaker
        ("Tom Dale is assuring voters he is tough enough after a woman in Dover, Kent, told him she worries he is “far too gentle” for the job.", None),
        # ... but a name after an opening phrase that ends in a town speaks
        ("At a Thursday fair in Dover, Ana Ruiz promised to reopen the pier if the board did not pass a “proper repair plan” first.", "Ana Ruiz"),
        ("In May, as a heckler was led out of a hall in Dover, Mr. Dale said he would like to “send him home in a taxi.”", "Dale"),
    ],
)
def test_region_after_a_description(paragraph, expected):
    assert speaker_of([paragraph], paragraph.split("“")[1][:6]) == expected


@pytest.mark.parametrize(
    "paragraphs, opening, expected",
    [
        # verbs of speech in the forms news prints them, where no other rule
        # finds the speaker: a body, a repeated question, a clause's verb
        (["The Harbour Business Council opposed the change. “Keep the old tables for one more season,” it recommended."], "Keep the old", "Harbour Business Council"),
        (["“What about the pilots?” Ada Kerr asked. “The pilots?” Ivo Dalby repeated."], "The pilots?", "Ivo Dalby"),
        (["Ada Kerr said that because Ivo Dalby testified that her answers were “complete and honest,” her statements were too."], "complete and honest", "Ivo Dalby"),
        # and the rules already there keep their speaker
        (["Ada Kerr would not let the clerk finish. “Sit down,” she demanded."], "Sit down", "Ada Kerr"),
        (["“Nobody checked the tables, nobody at all,” Ada Kerr recounted in her book."], "Nobody checked", "Ada Kerr"),
    ],
)
def test_speech_verbs_in_their_printed_forms(paragraphs, opening, expected):
    assert speaker_of(paragraphs, opening) == expected



@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a crosshead that repeats words spoken later is that speaker's
        (
            ["Tom Perrin stops at a chandler’s shop. “The ropes here are the best on the coast,” he says.", "‘We are hiring deckhands again!’", "The port has been quiet for a year.", "“Come down to the quay: we are hiring deckhands again!” said Ana Vargo, who runs the port's union, at its meeting."],
            "Ana Vargo",
        ),
        # ... and one that repeats words spoken before
        (
            ["“Come down to the quay: we are hiring deckhands again!” said Ana Vargo, who runs the port's union.", "Tom Perrin stops at a chandler’s shop. “The ropes here are the best on the coast,” he says.", "‘We are hiring deckhands again!’"],
            "Ana Vargo",
        ),
        # a quotation with words of its paragraph around it is no crosshead
        (
            ["“Come down to the quay: we are hiring deckhands again!” said Ana Vargo, who runs the port's union.", "Tom Perrin stops at a chandler’s shop. “The ropes here are the best on the coast,” he says. “We are hiring deckhands again!”"],
            "Tom Perrin",
        ),
    ],
)
def test_a_crosshead_is_spoken_by_whoever_says_its_words(paragraphs, expected):
    assert speaker_of(paragraphs, "We are hiring") == expected


@pytest.mark.parametrize(
    "paragraph, opening, expected",
    [
        # a phrase of time between a titled name and its verb
        ("Union Minister Ravi Kulkarni on Tuesday said that the relief funds “will reach every district by next week”.", "will reach", "Ravi Kulkarni"),
        ("Harbour Commissioner Ravi Kulkarni last week told reporters, “The dredging starts in May.”", "The dredging", "Ravi Kulkarni"),
        ("Harbour Commissioner Ravi Kulkarni earlier this month told the assembly, “The dredging starts in May.”", "The dredging", "Ravi Kulkarni"),
        ("Harbour Commissioner Ravi Kulkarni Tuesday said, “The dredging starts in May.”", "The dredging", "Ravi Kulkarni"),
        # "alleged" reports a charge in the speaker's words
        ("State party president Anil Deshmukh alleged that the relief package was “a complete eyewash”.", "a complete eyewash", "Anil Deshmukh"),
    ],
)
def test_time_phrases_and_allegations(paragraph, opening, expected):
    assert speaker_of([paragraph], opening) == expected


@pytest.mark.parametrize(
    "paragraphs, opening, expected",
    [
        # "X quoted Y as saying": Y speaks, not the outlet that quoted
        (["The Harbour Gazette quoted Mayor Ines Quillane as saying the port was “not for sale at any price”."], "not for sale", "Ines Quillane"),
        (["Local radio quoted Pierre Lamotte, a shopkeeper in the old town, as saying the night was “the worst of my life.”"], "the worst", "Pierre Lamotte"),
        (["State media quoted Foreign Minister Tom Reyes as saying: “We will not be moved.”"], "We will not", "Tom Reyes"),
        (["Mayor Ines Quillane spoke on Monday.", "The Gazette quoted the mayor as saying the port was “not for sale at any price”."], "not for sale", "Ines Quillane"),
        # ... and someone unnamed stays unnamed
        (["The Harbour Gazette quoted a senior port official as saying the talks were “close to collapse”."], "close to collapse", None),
    ],
)
def test_quoted_as_saying(paragraphs, opening, expected):
    assert speaker_of(paragraphs, opening) == expected


@pytest.mark.parametrize(
    "paragraphs, opening, expected",
    [
        # the one urged is no speaker: the quotation is the subject's
        (["Transport Minister Olu Fashanu said the fare offer was “fair and reasonable” and urged the union to “come back to the table.”"], "come back", "Olu Fashanu"),
        (["In a statement, Olu Fashanu said the offer was “final” and assured the union that “no depot will close this year.”"], "no depot", "Olu Fashanu"),
        # ... while a verb that names the speaker after it still does
        (["“Come back to the table,” urged Olu Fashanu on Tuesday."], "Come back", "Olu Fashanu"),
        # a party label, then lower-case descriptors, then a name the name list may lack
        (["“I would urge both sides to keep talking,” said Liberal transport critic Vonetta Kerrigan."], "I would urge", "Vonetta Kerrigan"),
        (["“I would urge both sides to keep talking,” said NDP transport critic Vonetta Kerrigan-Dhu."], "I would urge", "Vonetta Kerrigan-Dhu"),
    ],
)
def test_the_one_urged_and_a_labelled_critic(paragraphs, opening, expected):
    assert speaker_of(paragraphs, opening) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a month's abbreviation before the day ends no sentence: the body goes on speaking
        ("The Eastmoor School District said that on Tuesday, Sept. 3, it found out about the claims and “at once opened an inquiry into the aide.”", "Eastmoor School District"),
        ("The Tallow Water Board said that by Sept. 30 it would mend the leak and “keep the main valve shut until then.”", "Tallow Water Board"),
        # (a three-letter one was read so before)
        ("The Tallow Water Board said that on Jan. 12 it found the leak and “shut the main valve within the hour.”", "Tallow Water Board"),
    ],
)
def test_month_abbreviation_before_a_day(paragraph, expected):
    assert speaker_of([paragraph], paragraph.split("“")[1][:6]) == expected
