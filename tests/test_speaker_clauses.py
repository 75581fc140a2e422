"""Quotations inside a sentence about a named person with no speech verb:
the subject of the quotation's clause speaks when the text shows a person,
also when an honorific opens the name or the clause opens the sentence
("While Roe ..., "). A wrong speaker is worse than none, so each table also
holds sentences where the speaker stays empty. Every sentence here is
written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


def last_speaker(paragraphs):
    return textutil.last_speaker(speakers_of(paragraphs))


INTRO = "Dana Whitlock spoke on Monday. “We have to move on now,” she said."
OTHER = "Tom Reyes, the ferry master, spoke next. “We will sail as long as we can,” he said."


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        ([INTRO, "Mrs. Whitlock thanked the crew for “staying with us through the hardest winter.”"], "Dana Whitlock"),
        ([INTRO, "Ms. Whitlock introduced him as “a loyal friend of this town for decades” and sat down."], "Dana Whitlock"),
        ([INTRO, "Dr. Whitlock expressed regret for “the long delay in paying the nurses.”"], "Dana Whitlock"),
        # No honorific and no person: nobody.
        ([INTRO, "The council thanked the crew for “staying with us through the hardest winter.”"], None),
        ([INTRO, "Even the council introduced him as “a loyal friend of this town for decades.”"], None),
    ],
)
def test_an_honorific_opens_the_clause_subject(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a sentence opened by an honorific and a name whose later verb, after "but" or a comma, carries the quotation
        ([INTRO, OTHER, "Ms Whitlock has apologised to the families, but said there had been an “unheard-of” rush of calls."], "Dana Whitlock"),
        ([INTRO, OTHER, "Mrs. Whitlock has stood by the decision, insisting that while the ferry was “dear” to her, the money was gone."], "Dana Whitlock"),
        # ... while a description opening the sentence still names nobody
        ([INTRO, OTHER, "The board has apologised to the families, but said there had been an “unheard-of” rush of calls."], None),
    ],
)
def test_an_honorific_opens_the_subject_of_a_later_verb(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "cited" puts the quotation in the subject's words
        ([INTRO, OTHER, "Ms Whitlock cited the “flood of letters” from families as grounds for putting off the vote."], "Dana Whitlock"),
        ([INTRO, OTHER, "The board cited the “flood of letters” from families as grounds for putting off the vote."], None),
        # ... and so do "chided", "panned" and "expressed"
        ([INTRO, OTHER, "Ms Whitlock chided the “sleepy” harbour board for the delay."], "Dana Whitlock"),
        ([INTRO, OTHER, "Ms Whitlock panned the board's plan as “window dressing,” and left."], "Dana Whitlock"),
        ([INTRO, OTHER, "Ms Whitlock expressed “deep sorrow” over the closure of the pier."], "Dana Whitlock"),
    ],
)
def test_a_cited_reason_is_in_the_subjects_words(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


NEUTRAL = "The vote was not expected to go smoothly."


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Omar Haddad went on to say, “We cannot keep spending like this forever.”", "Omar Haddad"),
        ("The Ledger city columnist Omar Haddad went so far as to say: “The port is finished for good.”", "Omar Haddad"),
        ("Omar Haddad, asked about the strike, had said, “We cannot keep spending like this forever.”", "Omar Haddad"),
        ("Omar Haddad told the Ledger in a written statement, “We cannot keep spending like this forever.”", "Omar Haddad"),
        # the one who asks speaks the question: "was asked by"
        ("Omar Haddad was asked by moderator Lena Varga, “Will you raise the harbour fees, yes or no?”", "Lena Varga"),
        ("Omar Haddad was asked by host Lena Varga whether the levy would “break the port for a generation.”", "Lena Varga"),
        ("Omar Haddad was asked by a reporter, “Will you raise the harbour fees, yes or no?”", None),
        ("Omar Haddad, when asked by reporters whether he would run, said: “I have not decided anything yet.”", "Omar Haddad"),
        # No person before the chain: nobody.
        ("The board went on to say, “We cannot keep spending like this forever.”", None),
        # "a written statement" is not an attribution by itself.
        ("In a written statement, “we cannot keep spending like this forever,” the letter ends.", None),
    ],
)
def test_verb_chains_and_adjectives_before_the_quotation(paragraph, expected):
    assert last_speaker([NEUTRAL, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "go on" with a bare noun after it, inside what was said, is no speech verb of its own
        (
            ["The Ferrymen’s Union met on Monday.", "Omar Haddad warned that if the Ferrymen’s Union goes on strike, “the island will run out of bread in a week.”"],
            "Omar Haddad",
        ),
        # ... while "go on" before a preposition still is
        (["The Ferrymen’s Union met on Monday.", "Omar Haddad praised the crews and went on at length: “They kept the island fed all winter.”"], "Omar Haddad"),
    ],
)
def test_go_on_with_a_noun_is_no_speech_verb(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("And then Omar Haddad went fully on the attack, saying, “We cannot keep spending like this forever.”", "Omar Haddad"),
        ("While Omar Haddad proclaims the plan a “total and utter failure for all,” others wait.", "Omar Haddad"),
        ("When Omar Haddad finally wrapped up — “we cannot keep spending like this forever” — the band played.", "Omar Haddad"),
        ("But Omar Haddad would not comment on the order “to protect the privacy of every worker” last week.", "Omar Haddad"),
        # The opener is followed by a body or a description: nobody.
        ("While the council calls the plan a “total and utter failure for all,” others wait.", None),
        ("When the band finally wrapped up — “we cannot keep spending like this forever” — the crowd left.", None),
    ],
)
def test_the_subject_after_an_opening_connective(paragraph, expected):
    assert last_speaker([NEUTRAL, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“We are proud to cast our votes for the next mayor!” Senator John Pellman said as he opened the vote.", "John Pellman"),
        ("“Where are the ballots from the county?” Jane Roe asked as a clerk walked in.", "Jane Roe"),
        ("“Who cares about the rules? Not me!” Jane Roe tweeted, quoting the clerk.", "Jane Roe"),
        # The next sentence is about something else: nobody.
        ("“Who cares about the rules?” The crowd roared as the mayor left, said Jane Roe.", None),
        ("“Who cares about the rules?” Rival Jane Roe’s aides seemed unbothered by it all.", None),
        # Not a question: a new sentence begins after the full stop.
        ("“We will win the vote next week.” Jane Roe arrived as the count began.", None),
    ],
)
def test_an_attribution_after_a_question_or_exclamation(paragraph, expected):
    assert last_speaker([NEUTRAL, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“We have all been here before, many times,” said former secretary of state Jane Roe, who praised the mayor.", "Jane Roe"),
        ("“We have all been here before, many times,” said master of ceremonies Omar Haddad.", "Omar Haddad"),
        ("“We have all been here before, many times,” said head of state Omar Haddad on Monday.", "Omar Haddad"),
        # No name after the description: nobody.
        ("“We have all been here before, many times,” said the head of state.", None),
        ("“We have all been here before, many times,” said members of Congress on Monday.", None),
    ],
)
def test_a_description_with_of_before_the_name(paragraph, expected):
    assert last_speaker([NEUTRAL, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("VOTERS STAY HOME IN RECORD NUMBERS - Jane Roe: “Turnout fell in every county we looked at this year.”", "Jane Roe"),
        ("VOTERS STAY HOME IN RECORD NUMBERS - Jane P. Roe:  “Turnout fell in every county we looked at this year.”", "Jane P. Roe"),
        # A hyphen inside a word sets nothing off; a heading is no one.
        ("The turnout was low-Jane Roe: “Turnout fell in every county we looked at this year.”", None),
        ("VOTERS STAY HOME IN RECORD NUMBERS - Top News: “Turnout fell in every county we looked at this year.”", None),
    ],
)
def test_a_name_after_a_spaced_hyphen_before_the_colon(paragraph, expected):
    assert last_speaker([NEUTRAL, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        ([NEUTRAL, "Roe should have seen it coming. Said Roe, “Turnout fell in every county we looked at this year.”"], "Roe"),
        (["Jane Roe runs the count.", "Added Roe, “Turnout fell in every county we looked at this year.”"], "Jane Roe"),
        # No one named after the verb: nobody.
        ([NEUTRAL, "Said the mayor, “Turnout fell in every county we looked at this year.”"], None),
        # A pronoun after the verb is the speaker, never the verb a name
        (["Jane Roe runs the count.", "Said she: “Turnout fell in every county we looked at this year.”"], "Jane Roe"),
        (["Jane Roe and Tom Holt run the count.", "Said they: “Turnout fell in every county we looked at this year.”"], None),
    ],
)
def test_an_inverted_attribution_opening_the_sentence(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        (
            "In a long, late-night interview with reporter Jane Doe, Omar Haddad said he welcomed the vote and added, “We cannot keep spending like this forever.”",
            "Omar Haddad",
        ),
        ("Omar Haddad said the members will still meet, but said, “We cannot keep spending like this forever.”", "Omar Haddad"),
        # The first verb's subject is a description: nobody.
        ("The mayor said Omar Haddad had won the vote and added, “We cannot keep spending like this forever.”", None),
    ],
)
def test_joined_speech_verbs_share_the_subject(paragraph, expected):
    assert last_speaker([NEUTRAL, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a verb joined by "and" inside a clause of result, time or cause has that clause's subject
        ("The crews are so loyal that Leila Moss thanked them on Sunday and called the depot “the best-run yard on the coast.”", "Leila Moss"),
        ("The ferry has grown so popular that Leila Moss at a dinner praised its crews and called it “the best-run yard on the coast.”", "Leila Moss"),
        ("When Leila Moss reached the depot she waved to the crews and called it “the best-run yard on the coast.”", "Leila Moss"),
        # ... not a clause that says what someone said, nor one that opens with no name
        ("The harbour board is so proud that it thanked the crews and called the depot “the best-run yard on the coast.”", None),
    ],
)
def test_a_joined_verb_in_a_clause_has_the_clauses_subject(paragraph, expected):
    assert last_speaker([NEUTRAL, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“We cannot keep spending like this forever,” super PAC spokeswoman Kellis Varga said.", "Kellis Varga"),
        ("“We cannot keep spending like this forever,” union spokesman Thando Okoro said.", "Thando Okoro"),
        # A role noun and no name: someone unnamed.
        ("“We cannot keep spending like this forever,” a union spokesman said.", None),
    ],
)
def test_a_role_noun_shows_a_person_with_an_uncommon_given_name(paragraph, expected):
    assert last_speaker([NEUTRAL, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“It is not going to be easy for him to win,” said Representative Ivo T. King of Ohio, who backed him.", "Ivo T. King"),
        ("“It is not going to be easy for him to win,” said Senator Maria Bishop of Maine.", "Maria Bishop"),
        # A title before "of" is still a title: the person follows it.
        ("“It is not going to be easy for him to win,” said Secretary of Labor Ines Duarte.", "Ines Duarte"),
        ("“It is not going to be easy for him to win,” said the Secretary of Labor.", None),
    ],
)
def test_a_title_word_surname_before_of(paragraph, expected):
    assert last_speaker([NEUTRAL, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("The row began after Omar Haddad told reporters, “We cannot keep spending like this forever.”", "Omar Haddad"),
        ("It came up after Mr. Haddad, asked about the strike, had said, “We cannot keep spending like this forever.”", "Haddad"),
        # A phrase inside a description is not the speaker.
        ("The statement released after the Harbor Council meeting said, “We cannot keep spending like this forever.”", None),
        ("A spokesman for Omar Haddad said, “We cannot keep spending like this forever.”", None),
    ],
)
def test_after_or_before_opening_the_speakers_clause(paragraph, expected):
    assert last_speaker([NEUTRAL, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a quotation in the speech participle's clause that opens the
        # sentence is the words of the main clause's subject
        ("Conceding that the levy “has some rough edges that need work,” Omar Haddad backed it anyway.", "Omar Haddad"),
        ("Admitting that the ferry “runs late more often than not,” however, Omar Haddad still took it every day.", "Omar Haddad"),
        ("Describing the depot as “a disgrace,” Omar Haddad walked out of the meeting.", "Omar Haddad"),
        ("Calling the levy “a fine result for the whole harbour,” she left the room.", "Leila Moss"),
        # a subject that is no person, or a clause that ends before the quotation: nobody
        ("Calling the levy “a fine result for the whole harbour,” the board agreed to it.", None),
        ("Conceding the point, the board agreed that the levy “has some rough edges that need work.”", None),
        ("Noting the delay, Omar Haddad read out the notice: “Closed until further notice.”", "Omar Haddad"),
    ],
)
def test_a_quotation_in_an_opening_participle_clause(paragraph, expected):
    intro = "Omar Haddad met Leila Moss at the quay. “It went well,” Moss said of the talks."
    assert last_speaker([intro, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # verbs of speech beyond "said": interruptions, asides, confidences, messages
        ("Omar Haddad praised the fees, and Leila Moss interjected: “The figures say otherwise.”", "Leila Moss"),
        ("At the hearing Leila Moss objected: “This board has no authority to close the depot.”", "Leila Moss"),
        ("Leila Moss confided to a friend that the depot was “the first thing I ever built with my own hands.”", "Leila Moss"),
        ("Leila Moss emailed the crews after the storm, telling them, “Every boat came home, and that is down to you.”", "Leila Moss"),
        ("“We will find the money somewhere, I promise you that,” Omar Haddad whispered.", "Omar Haddad"),
        ("Omar Haddad speculated on the radio that the crews were tired. “They have worked every night this month.”", "Omar Haddad"),
        # ... and their participles after the speaker
        ("The gallery jeered, with Omar Haddad yelling “Sink it!” over the noise.", "Omar Haddad"),
        ("Crews cheered, with Leila Moss tweeting that the night was “a triumph”.", "Leila Moss"),
        ("The hall fell silent, with Leila Moss answering “no, never” to every question.", "Leila Moss"),
        # ... though not a gerund after "of", which says what someone is accused of doing
        ("Leila Moss accused the panel of asking too many “why bother” questions.", "Leila Moss"),
    ],
)
def test_more_verbs_of_speech(paragraph, expected):
    assert last_speaker([NEUTRAL, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a capitalised word before lower-case words and a plural role noun
        # says what kind of group speaks: the group, never a person "Marine"
        ("Marine safety experts dislike the plan but have said that the depot could “double its output with a new crane.”", None),
        ("Marine safety experts dislike the plan but have speculated that the depot could “double its output with a new crane.”", None),
        ("Haddad supporters dislike the plan but have said that the depot could “double its output with a new crane.”", None),
        # ... while a name before a verb and its plural object is the subject
        ("Haddad thanked volunteers for their work and said the depot was “in grave danger of closing for good.”", "Omar Haddad"),
        ("Haddad dislikes the plan but has said that the depot could “double its output with a new crane.”", "Omar Haddad"),
    ],
)
def test_a_capitalised_word_before_a_plural_group(paragraph, expected):
    intro = "Omar Haddad spoke at the depot on Monday. “We are ready,” Haddad said."
    assert last_speaker([intro, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # the possessor of a noun for something said speaks the quotation
        # that completes it or names it
        ("The board rejected Haddad's claim that the depot “makes money every single year.”", "Omar Haddad"),
        ("Voters still remember Haddad's “every berth will stay open” promise from the last campaign.", "Omar Haddad"),
        ("Haddad's “no surrender” remark angered the board.", "Omar Haddad"),
        ("Voters liked Haddad's call for “a fairer deal for the harbour towns.”", "Omar Haddad"),
        ("Leila Moss drew criticism in March for her view that “nobody reads the minutes anyway.”", "Leila Moss"),
        # ... not words that only say what the remarks were like, nor a name with no possessive
        ("Few in the port believe Haddad's figures “rest on anything but rumour.”", None),
        ("The board met the mayor on Friday and quizzed him about his claim that the depot “makes money every single year.”", None),
        ("The board printed the Haddad “no surrender” poster again.", None),
    ],
)
def test_the_possessor_of_what_was_said(paragraph, expected):
    from datasette_factcheck.extract.article import quotes_of

    intro = "Omar Haddad met Leila Moss at the quay. “It went well,” Moss said of the talks."
    found = quotes_of(textutil.make_seg([intro, paragraph], "A headline", False))
    assert [q.speaker for q in found if q.paragraph == 2] == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a description set off by commas before the verb, ending in a body's name, is no subject
        ("Inspectors from the Harbour Patrol, a unit of Coast and Border Enforcement, said smugglers now “switch boats every month.”", None),
        ("Leila Moss, a director of Coast and Border Enforcement, said smugglers now “switch boats every month.”", "Leila Moss"),
        ("The Harbour Patrol, a unit of Coast and Border Enforcement, said smugglers now “switch boats every month.”", "Harbour Patrol"),
    ],
)
def test_the_subject_before_a_description_set_off_by_commas(paragraph, expected):
    assert last_speaker([NEUTRAL, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # the sentence after a quotation says whose words they were
        ("“The dredging plan was never explained to us, not once.” These were the words of harbour master Tom Holt at the meeting.", "Tom Holt"),
        ("“Nothing has changed since the spring.” Those were the remarks made by Ann Roe, the board chair, on Tuesday.", "Ann Roe"),
        # ... not a sentence that only comments on them
        ("“Nothing has changed since the spring.” These were hard words to hear for the crews.", None),
    ],
)
def test_the_sentence_after_says_whose_words_they_were(paragraph, expected):
    assert last_speaker([NEUTRAL, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a pronoun contracted with its auxiliary is the subject of the speech verb after it
        ("Jane Roe said last week she’d told her “team” to “find a way” to cover the costs.", ["Jane Roe", "Jane Roe"]),
        ("Jane Roe said last week she'd told her staff to “find a way” to cover the costs.", ["Jane Roe"]),
        ("Jane Roe said last week she had told her staff to “find a way” to cover the costs.", ["Jane Roe"]),
    ],
)
def test_a_contracted_pronoun_before_a_speech_verb(paragraph, expected):
    assert [speaker for _, speaker in textutil.speakers_of([NEUTRAL, paragraph])] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a gerund after "for" or "by" does what the subject of its own clause does
        ("A row broke out when Omar Haddad came under fire for calling the harbour master a “clown.”", "Omar Haddad"),
        ("The board was angry after Omar Haddad was censured by the chair for calling the audit “a farce from start to end.”", "Omar Haddad"),
        ("Omar Haddad won the vote by calling the plan “the only honest budget in years.”", "Omar Haddad"),
        # ... and no clause of a named subject: nobody
        ("A row broke out when the harbour board came under fire for calling the plan “a farce from start to end.”", None),
    ],
)
def test_a_gerund_after_for_or_by_takes_its_clause_subject(paragraph, expected):
    assert last_speaker([NEUTRAL, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a name blamed or praised "for" a gerund did the naming, not the one who blames
        ("Councillor Ada Brem criticised Omar Haddad for calling the audit “a farce from start to end.”", "Omar Haddad"),
        ("Councillor Ada Brem took a swipe at Omar Haddad for labelling the audit a “farce” and a “sham”.", "Omar Haddad"),
        ("Councillor Ada Brem criticised the Harbour Trust for calling the audit “a farce from start to end.”", "Harbour Trust"),
        # guard: a name after a preposition of place is not blamed
        ("Councillor Ada Brem stood in Tallow for calling the audit “a farce from start to end.”", "Ada Brem"),
    ],
)
def test_a_gerund_after_a_blamed_name_is_the_names(paragraph, expected):
    assert last_speaker([NEUTRAL, paragraph]) == expected


def test_a_quotation_continued_without_a_fresh_mark_takes_the_closing_attribution():
    paragraphs = [
        NEUTRAL,
        "“We looked at every line of the plan. It does not add up.",
        "We will vote against it next week, and so will the others,” said Councillor Ada Brem.",
    ]
    assert speakers_of(paragraphs) == [
        ("We looked at every line of the plan. It does not add up.", "Ada Brem"),
        ("We will vote against it next week, and so will the others,", "Ada Brem"),
    ]


@pytest.mark.parametrize(
    "reported, following, expected",
    [
        # a short quotation a speech verb of its own gives: the paragraph that only quotes goes on with it
        ("Varrow told the radio show the “damage done” by the levy had been “lasting”.", "“What the town heard was that nobody in charge is listening any more.”", "Ines Varrow"),
        ("Varrow said the levy was “a mistake”.", "“We will pay for it for a decade, and our children will too.”", "Ines Varrow"),
        # ... not after a verb of calling, nor for a short line that only heads what follows
        ("The board called the levy “a mistake”.", "“We will pay for it for a decade, and our children will too.”", None),
        ("Varrow said the levy was “a mistake”.", "“Harbour dues explained.”", None),
    ],
)
def test_a_paragraph_that_only_quotes_after_a_short_reported_quotation(reported, following, expected):
    paragraphs = ["Ines Varrow, who chairs the harbour users' group, spoke on Sunday about the levy for the coming year.", reported, following]
    found = dict(speakers_of(paragraphs))
    assert found.get(following.strip("“”")) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a phrase opened by a preposition between an auxiliary and its verb is an aside
        ("Tunde Varrow had in a letter to the members warned that “the harbour was never safe for small boats”.", "Tunde Varrow"),
        ("Varrow has during the long debate over the plan said that “the harbour was never safe for small boats”.", "Tunde Varrow"),
        # a verb of the imperative opening the sentence is no subject; the
        # clause after "that" has it, a full name before "who" in apposition
        ("Recall also that on the morning after the storm, the harbour master, Ines Okafor who first denied any loss, conceded to a radio host, Ann Pryor, that “two boats were lost”.", "Ines Okafor"),
    ],
)
def test_asides_and_imperatives_before_the_subject(paragraph, expected):
    intro = "Tunde Varrow, who chairs the harbour users' group, spoke on Sunday about the levy for the coming year."
    assert last_speaker([intro, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a short utterance cut by its comma, then a name and a verb of manner ending the sentence
        ("“No idea,” Mr. Varrow shrugged. “We have shared a fence for six years and never argued.”",
         [("No idea,", "Tunde Varrow"), ("We have shared a fence for six years and never argued.", "Tunde Varrow")]),
        ("“Not again,” Tunde Varrow sighed.", [("Not again,", "Tunde Varrow")]),
        # ... not a phrase the sentence goes on past
        ("“Not again” was all the sign said, Varrow noticed as he drove past the long queue.", []),
        # a participle after an inverted attribution speaks for the name after the verb
        ("“They do not want it,” said Varrow, adding that even if the town hired a guard for nights, any trouble would still “land on” the county desk.",
         [("They do not want it,", "Tunde Varrow"), ("land on", "Tunde Varrow")]),
    ],
)
def test_short_utterances_and_inverted_attributions(paragraph, expected):
    intro = "Tunde Varrow, who chairs the harbour users' group, spoke on Sunday about the levy for the coming year."
    assert speakers_of([intro, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a quotation that is a paragraph of its own, and the next paragraph says whose plea it was
        (["“Too many families have lost someone on this road. Please slow down.”", "That is the plea from senior traffic officer Inspector Ivo Renk after a month of crashes."], "Ivo Renk"),
        (["“Too many families have lost someone on this road. Please slow down.”", "That was the warning from police chief Ivo Renk on Monday."], "Ivo Renk"),
        # ... not a next paragraph that only goes on with the story
        (["“Too many families have lost someone on this road. Please slow down.”", "Crashes have claimed nine lives this month."], None),
    ],
)
def test_the_next_paragraph_says_whose_words_they_were(paragraphs, expected):
    assert last_speaker([NEUTRAL, *paragraphs]) == expected
