"""Quotations whose source the text leaves unnamed: an indefinite
description ("one aide", "a senior adviser") is someone new, never a person
named elsewhere in the sentence or the paragraph. Every sentence here is
written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

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
        'Reyes has been "very angry about all of it," said a source inside the board.',
        "Holt spoke to the staff on Monday. “We are ready for whatever comes next,” said another worker at the gate.",
        # ... or before its verb
        "Holt spoke to the staff on Monday. “We are ready for whatever comes next,” one Holt aide said late last week.",
        "Holt spoke to the staff on Monday. “We are ready for whatever comes next,” a senior Holt adviser said.",
        "Holt spoke to the staff on Monday. “This is purely a matter of cost,” a Brackwater executive tells the staff.",
        "Holt spoke to the staff on Monday. “We are ready for whatever comes next,” one Holt aide has said.",
        # ... or opens the sentence, before a name in what it reports
        "One union source said Holt would be “furious” if the sale went ahead.",
        "One Reyes spokesman has called the vote “a farce from start to finish.”",
        # someone the named person knows, described by that relation alone
        "Holt shut the mill gate early. Holt’s neighbour said: “He kept to himself and worked every hour.”",
        "Holt shut the mill gate early. Holt’s old friend, who asked not to be named, said: “He kept to himself.”",
        "Holt shut the mill gate early. “He kept to himself and worked every hour,” Holt’s colleague said.",
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


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a crowd's shout is the crowd's, not the last speaker's
        ("Holt spoke to the staff on Monday. “Close the gates!” the crowd yelled.", None),
        ("Holt spoke to the staff on Monday. “Close the gates!” the audience screamed back.", None),
        ("“Nobody wants a strike,” Holt said as the heckler yelled: “You are lying!”", None),
        ("As Holt attacked Reyes, the workers chanted, “Sell the mill!”", None),
        ("At the gate in Brackwater, the Holt supporter retorted: “There is no plan for the mill at all.”", None),
        ("Holt signed the letter. The statement urged workers to “stay calm and wait for the vote.”", None),
        # a person who shouts is the speaker
        ("When the vote was lost, Holt yelled, “Out, out, out!”", "Tom Holt"),
        ("Reyes was heard in 2009 when she screamed “You are lying!” at the chairman.", "Dana Reyes"),
    ],
)
def test_a_description_before_its_verb_is_the_subject(paragraph, expected):
    assert all_speakers([INTRO, paragraph])[-1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["In a statement, Reyes said she had repaid the sum as soon as the error was pointed out.",
          "“I accept the findings and I am sorry for the trouble it caused to everyone.”"], "Dana Reyes"),
        (["In a statement, Reyes said she had repaid the sum after the mistake had been pointed out.",
          "“I accept the findings and I am sorry for the trouble it caused to everyone.”"], "Dana Reyes"),
    ],
)
def test_the_subject_of_a_passive_speech_verb_is_no_speaker(paragraphs, expected):
    assert all_speakers([INTRO] + paragraphs)[-1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a role with a place holds for a later holder of that place only
        (["Holt, the Brackwater mayor, spoke first.", "Six months ago, the Ruritanian senator said, the mill was “a lost cause.”",
          "Later, Sen. Ilse Marten (D-Ore.) said the vote was close."], None),
        (["Holt spoke first.", "Six months ago, the Oregon senator said, the mill was “a lost cause.”",
          "Later, Oregon Sen. Ilse Marten said the vote was close."], "Ilse Marten"),
        # "the MP for X" names X's member: never the place, nor a member of another seat named later
        (["Ilse Marten asked at question time whether the mill would close.", "The Labour MP for Brackwater asked: ‘Will the minister give the town an answer?’",
          "Labour MP Dana Reyes said the vote was close."], "Ilse Marten"),
        (["The vote was close.", "The Labour MP for Brackwater asked: ‘Will the minister give the town an answer?’",
          "Labour MP Dana Reyes said the vote was close."], None),
    ],
)
def test_a_described_role_and_place_name_a_later_holder_of_both(paragraphs, expected):
    assert all_speakers(paragraphs)[0] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a name and a colon inside a chant or a title is no transcript's label
        (["Holding signs, the pickets chanted “Tom Holt: bad for the mill, bad for you.”"], [None]),
        (["According to “Open Gates: Tom Holt and the Mill” by Ilse Marten, Holt called the board every day.",
          "“This is a choice between selling the mill and keeping it open for good,” he said at a meeting in Brackwater."],
         ["Tom Holt"]),
        # a quoted transcript opening its paragraph keeps its labels
        (["“HOLT: We will not sell the mill to anyone this year.”", "“REYES: Then the board will have to vote on it.”"],
         ["Tom Holt", "Dana Reyes"]),
    ],
)
def test_a_transcript_label_opens_its_sentence(paragraphs, expected):
    assert all_speakers([INTRO] + paragraphs)[-len(expected):] == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        # a party or a nationality in the plural is a group, not a name
        "Some Democrats say the vote could mark the “end of the sure thing” if Holt loses.",
        "Many Ruritanians said the vote was “a fair result for the whole country.”",
        "Since 2007 the share of Republicans saying “the mill must stay open” rose by 28 points.",
        "Republicans on the council seized on the letter, arguing that it showed “intent” to sell.",
        "Austrians now say they admire Holt as a “protector” of the valley.",
        "In a new survey, six in 10 Republican said the board “should pick the one with the most support.”",
        # a one-word plural before a speech verb in the plural present is a group too
        "Critics say the harbour levy is “all talk and no action” from the council.",
        "“It is all talk and no action from the council,” Residents say.",
        # ... and a group of people a report leaves unnamed, whatever the tense
        "Sources said the board was likely to “brief all parties next week.”",
        "Witnesses told police the driver had been “going far too fast for the bend.”",
        "Protesters said the levy was “all talk and no action” from the council.",
        # ... and "one other" member is someone new
        "“The minutes are ready for signing,” Reyes said. “Lovely,” one other member said, and the clerk sighed.",
        # a district attorney printed as initials is a role, not a name
        "The trial went on into the night. In closing, the DA told the jury: “The defence wants you lost in the fog tonight.”",
        # someone new opening the sentence asks about the words in the quotation
        "“We will vote tomorrow,” Reyes said. A reporter quizzed her about whether the hold-up was “just a matter of sleep” or not.",
        # a street is where people live, never who speaks
        "The families from Orchard Close and Quarry Road said the lorry route was “a menace” to cyclists.",
        "Neighbours on Tanner Avenue said the lorry route was “a menace” to cyclists.",
    ],
)
def test_a_group_is_no_speaker(paragraph):
    assert all_speakers([INTRO, paragraph])[-1] is None


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # what a sign or a statement reads is no person's speech (what a
        # shirt bears is a slogan: see test_kinds_slogans_carried)
        (["Holt spoke to the staff on Monday.", "“Welcome, friends! The mill is open again!” a banner on the gate reads."], None),
        (["Holt spoke to the staff on Monday.", "“Tom Holt will oversee all the work at the mill,” read the statement."], None),
        (["Holt waved a sign of his own.", "“I am still with the union,” it read."], None),
        # a message that reads is its author's
        (["Reyes shared a message from her adviser, Ilse Marten, that read: “The board is right about the mill.”"], "Ilse Marten"),
        # a passive names no reader
        (["Short items that can be read easily and anything with the words “Tom Holt” rate well."], None),
    ],
)
def test_what_a_document_reads_is_no_persons(paragraphs, expected):
    assert all_speakers([INTRO] + paragraphs)[-1] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # "mentioned" reports speech, as "noted" does
        ("Ana Roe mentioned that the new mill was “a good start” for the town.", "Ana Roe"),
        # ... not a person or a thing mentioned, before someone else's words
        ("The hall booed when Ana Roe mentioned the mayor, and the crowd took up the chant “Out, out, out!”", None),
        # ... while in the passive it is about the one mentioned or noted
        ("Ana Roe was mentioned in the report as a “rising star” of the town.", None),
        ("Ana Roe was noted in the report as a “rising star” of the town.", None),
    ],
)
def test_mentioned_and_its_passive(paragraph, expected):
    assert quotes_of(textutil.make_seg([INTRO, paragraph], "A headline", False))[-1].speaker == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a second short quotation of one reported sentence shares its attribution
        ("At the hearing, Marten said her staff “did the wrong thing” by reading the data, but that the board’s ban on her access on Friday was “an awful act.”",
         ["Ilse Marten", "Ilse Marten"]),
        ("Later on, she told the Valley Times that Holt was not “willing to debate the mill” and that Holt's aides were “dragging their feet.”",
         ["Ilse Marten", "Ilse Marten"]),
    ],
)
def test_short_quotations_of_one_reported_sentence_share_its_speaker(paragraph, expected):
    found = speakers_of(["Ilse Marten, the union's lawyer, spoke first.", paragraph])
    assert [speaker for _, speaker in found][-len(expected) :] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a description after "with" is the participle's subject
        ("Holt and his backers tied Reyes to the owners, with one of his ads asking, “Is Dana Reyes honest enough for the board?”", None),
        ("Workers backed Holt early, with the Brackwater Millworkers Union calling him “the friend the valley needs.”", "Brackwater Millworkers Union"),
        # a name after "with" still speaks
        ("The board piled on, with Dana Reyes calling it a disaster and asking, “Who pays for this?”", "Dana Reyes"),
    ],
)
def test_the_subject_of_a_with_clause_speaks_its_quotation(paragraph, expected):
    assert all_speakers([INTRO, paragraph])[-1] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # capitalised words before a noun only qualify it: no place or show speaks
        ("“We cannot have a man who stands in the hall and everyone laughs, right?” said the Brackwater developer, who campaigned on Monday.", None),
        ("Appearing on Valley Radio's Meet the Valley, the mill front-runner said Reyes had “caused great harm” as mayor.", None),
        # a role qualified so still goes to the person named with it
        ("“We will win this vote,” said the Brackwater mayor.", "Tom Holt"),
        # a body alone still speaks
        ("“We will win this vote,” said the Brackwater Mill Trust.", "Brackwater Mill Trust"),
        ("After the talks, the Brackwater Ferrymen’s Organisation posted this on its website: “We will win this vote.”", "Brackwater Ferrymen’s Organisation"),
        # a story's opening words in capitals after "a" name nobody
        ("A COUNCIL has dismissed claims that it “sat on its hands” while the mill road flooded.", None),
        ("A MILL WORKER said the road had been “under water for a month” before anyone came.", None),
    ],
)
def test_capitalised_words_before_a_noun_are_no_speaker(paragraph, expected):
    assert all_speakers(["Tom Holt, the Brackwater mayor, spoke first.", paragraph])[-1] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # verbs of speech the lists lacked
        ("In her speech, Reyes assures her audience she will tell the “doubters” they were wrong.", "Dana Reyes"),
        ("On her website, she vows that saving the mill will be a “top priority for the board.”", "Dana Reyes"),
        ("The mill is “the ultimate test of this town,” Tom Holt, the former mayor, proclaimed to a cheering crowd.", "Tom Holt"),
        ("Holt assured the workers that Reyes was “made of the same stuff as all of you.”", "Tom Holt"),
        ("On Sunday, Holt changed tack, stating on Valley Radio that Reyes's “judgment was clearly lacking.”", "Tom Holt"),
        ("Driving home one night, she vented to her husband that the sale would be “ugly from start to finish.”", "Dana Reyes"),
        # an indefinite description never resolves to someone named with its role
        ("Tom Holt, the board's campaign manager, spoke. A board campaign memo was released later, stating the loss was “long expected by everyone.”", None),
    ],
)
def test_more_verbs_of_speech(paragraph, expected):
    assert all_speakers([INTRO, "Reyes spoke to the staff on Monday.", paragraph])[-1] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a charge in quotation marks is in the accuser's words
        ("At the meeting, Holt accused Reyes of a “careful smear” over the mill's accounts.", "Tom Holt"),
        ("Reyes decried the board for “turning its back” on the workers of the valley.", "Dana Reyes"),
        ("Holt denounced the offer as “hurtful and insulting” and walked out.", "Tom Holt"),
        ("Holt blamed the closure on “short-sighted owners from out of town.”", "Tom Holt"),
        ("Reyes dismissed the whole affair as “absurd and overblown.”", "Dana Reyes"),
        ("Reyes routinely characterizes herself as a “quiet fixer” who “kept the mill open.”", "Dana Reyes"),
        ("Holt portrayed the new owners as “tourists with chequebooks.”", "Tom Holt"),
        ("Holt also criticised the new owner for making “very rude remarks about us.”", "Tom Holt"),
        # praise and thanks in quotation marks are the praiser's words too
        ("She thanked the crew for their “years of service”.", "Dana Reyes"),
        ("Holt hailed the deal as “a new dawn”.", "Tom Holt"),
        ("Holt slammed the owners for their “contempt”.", "Tom Holt"),
        # the one accused or called is never the speaker
        ("A union leaflet printed on Thursday accuses Holt of acting “in a pattern of greed stretching back years.”", None),
        ("Reyes knocked Holt on wages and called him a “timid moderate,” a jab at his record.", "Dana Reyes"),
        ("The board wrote letters that called him an “amateur and dreamer,” unfit to lead.", None),
    ],
)
def test_a_charge_is_the_accusers(paragraph, expected):
    assert all_speakers([INTRO, paragraph])[-1] == expected


def test_the_accused_is_a_noun():
    found = all_speakers([INTRO, "Judge Ilse Marten told the court that the accused had “knowingly misled the inspectors” and ordered a retrial."])
    assert found[-1] == "Ilse Marten"


@pytest.mark.parametrize(
    "paragraph",
    [
        # a contracted first word of a quotation, after a role noun, is no name
        "“The looms are older than the building,” said the senior Holt adviser. “They’re oiled by hand every Friday.”",
        "“The looms are older than the building,” said one board adviser. “We’ve kept every spare part since 1960.”",
        "“The looms are older than the building,” said the union organiser. “Don’t lean on the guard rails.”",
    ],
)
def test_a_contracted_word_is_no_name(paragraph):
    found = all_speakers([INTRO, paragraph])
    assert found == [None] * len(found)


def test_a_named_person_before_a_plural_verb_keeps_the_name():
    """A surname in "s" before "say" (a slip of the page) is still the person
    the article named."""
    paragraphs = ["Tom Evins, a ferryman from the island, voted for the levy.", "Evins say he was “on the fence until the very last day.”"]
    assert all_speakers([INTRO, *paragraphs])[-1] == "Tom Evins"


@pytest.mark.parametrize(
    "group",
    ["analysts said in a note", "local analysts wrote", "the analysts said"],
)
def test_a_group_after_the_quotation_is_no_body_before_it(group):
    # the comma inside the marks, and a body that spoke in the paragraph before
    paragraphs = [
        "Brackwater Mills posted its spring accounts on Tuesday morning.",
        "It repeated a cautious view of the winter order book.",
        f"“The mill is standing still while its rivals move, and buyers will notice,” {group}.",
    ]
    assert all_speakers(paragraphs)[-1] is None



def test_the_first_person_opening_a_quotation_is_no_name():
    paragraphs = [
        "A fire broke out in a house on the east side of town shortly before nine this morning.",
        "“I was ironing when the lights went out,” said the house owner. “I ran into the yard and smelled smoke.”",
    ]
    assert all_speakers(paragraphs) == [None, None]
