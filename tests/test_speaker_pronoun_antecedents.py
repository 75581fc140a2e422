"""Which person a "he" or "she" that attributes a quotation refers to: an
adverb between the pronoun and its verb ("he often says", "she wryly
noted"); a name that only says whose people or title it is ("Brandvold
volunteers", "Secretary of State Jane Roe"); a contracted pronoun that
carries the topic on ("He’s among four runners picked"); a speaker
inside a sentence about someone else ("He baked for X, and Roe said");
the person spoken of ("he said of Mr. Roe"); a role that is the subject
of the sentence before ("The mayor stood up ... “...,” he told the
chamber"); a description after a sentence that opens with "He" ("He
hoped ... “...,” the FA leader warned"); a surname alone that the page
gives speech verbs again and again ("Vossen said ..."), unless a body
speaks so; a role reports leave unnamed that is the subject of the
sentence before ("The detective told the court ... He described ..."),
which no named person before it stands for. Each table also holds
sentences where the answer must not move. Every sentence here is written
for the test."""

import pytest

from . import textutil

LEAD = (
    "Marco Ruiz, a former harbour master from the north of the county, has started to wave away "
    "questions about the age of the ferry fleet at every meeting of the port board."
)


speaker_of = textutil.speaker_of


@pytest.mark.parametrize(
    "attribution, expected",
    [
        ("he says", "Marco Ruiz"),
        ("he often says", "Marco Ruiz"),
        ("he always says", "Marco Ruiz"),
        ("he wryly noted", "Marco Ruiz"),
        ("he repeatedly said", "Marco Ruiz"),
        # a noun in -ly is a subject, not an adverb
        ("the family said", None),
        ("the assembly said", None),
    ],
)
def test_adverb_between_pronoun_and_verb(attribution, expected):
    paragraphs = [LEAD, f"“The boats are old but they float,” {attribution}. “Paint is cheaper than a new hull.”"]
    assert speaker_of(paragraphs, "The boats are old") == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a name before a plural role noun says whose protesters they are
        (
            [
                "At the orchard show on Thursday, Ana Ruiz, who leads the race for mayor, was heckled by people who back her opponent, Lena Brandvold.",
                "It happened twice at the cider tent, where Brandvold volunteers waved placards in front of the stage.",
                "“The cider is free for everyone, placards or not,” she said with a smile.",
            ],
            "Ana Ruiz",
        ),
        # a title with "of" in it does not make the name an object
        (
            [
                "Lena Brandvold's plan for the ferries won praise from Martin Dane. Her opponent at the forum, former Secretary of State Maria Lopez, took another view, saying the cost had been left out.",
                "“Somebody has to pay for the fuel. He left that line blank,” she said.",
            ],
            "Maria Lopez",
        ),
        # ... while the name after a plain "of" is still an object
        (
            [
                "Maria Lopez spoke warmly of Lena Brandvold at the orchard dinner on Friday, and the tables stood up to cheer.",
                "“She has planted more trees than anyone here,” she said.",
            ],
            "Maria Lopez",
        ),
    ],
)
def test_name_that_only_modifies(paragraphs, expected):
    opening = paragraphs[-1].split("“")[1][:8]
    assert speaker_of(paragraphs, opening) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a contracted pronoun opening the sentence goes on with its antecedent
        (
            [
                "Paul Rivera says the relay team will keep its coach for the autumn season.",
                "The club captain lost the final heat to Tom Dale. He’s among four runners picked for the county squad since Jed Marsh pulled a muscle.",
                "“We train again on Monday,” he told the parents at the track.",
            ],
            "Paul Rivera",
        ),
        # a speaker with a clause of his own in a sentence that opens with "He"
        (
            [
                "Jack Dunmore has framed one picture in his bakery that is not of a cake. It shows Sam Quillan.",
                "He baked for Quillan at a wedding in 1998 in Dayton, and Dunmore said the photo still makes him laugh.",
                "“The top tier slid off as the band started to play,” he said on Sunday.",
            ],
            "Jack Dunmore",
        ),
        # the one a relative clause describes says what follows; the name after "said" is reported on
        (
            [
                "The mayor, Yusuf Tanko, has named a new adviser on markets, Ado Bature.",
                "Tanko’s spokesman, Musa Garba, who gave the news on Friday, said Bature, who is deaf, once ran a stall himself.",
                "“He knows the traders better than anyone in the council,” he said.",
            ],
            "Musa Garba",
        ),
        # ... while an inverted attribution after a clause still names its speaker
        (
            [
                "The mayor, Yusuf Tanko, has named a new adviser on markets, Ado Bature.",
                "The choice was a surprise, said Bature, who once ran a stall himself.",
                "“I know the traders better than anyone in the council,” he said.",
            ],
            "Ado Bature",
        ),
    ],
)
def test_pronoun_chain(paragraphs, expected):
    opening = paragraphs[-1].split("“")[1][:8]
    assert speaker_of(paragraphs, opening) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # the one spoken of is not the speaker
        (
            "But Mr. Guerra, a retired teacher, said he walked out when Mr. Dale mocked the choir at the school concert. “He should never be let near a stage again,” he said of Mr. Dale.",
            "Guerra",
        ),
        # ... and "said of" with no name after it changes nothing: the one
        # described before his verb spoke last
        (
            "But Mr. Guerra, a retired teacher, said he walked out when Mr. Dale mocked the choir at the school concert. “He should never be let near a stage again,” he said of the evening.",
            "Guerra",
        ),
    ],
)
def test_person_spoken_of(paragraph, expected):
    assert speaker_of([paragraph], "He should never") == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a name whose gender nothing shows yet, the subject of the sentence
        # before, when no one else agrees
        (
            [
                "The orchard growers' group was formed in the spring and has grown fast since the first meeting at the cider tent.",
                "Ngozi Quaye chairs the new growers' group. Last week she wrote on its notice board, under a drawing of a tree, “We are not selling a single acre to the developers!”",
            ],
            "Ngozi Quaye",
        ),
        (
            [
                "The power failed at the depot twice in January, and the night crews worked by torchlight.",
                "A week after the blackout, Zerai Tesfu offered to run the night crew. “Who else was going to keep the trains moving?” he told me.",
            ],
            "Zerai Tesfu",
        ),
        # not a place whose first word the article prints in lower case
        (
            [
                "The new bridge opened last week after a delay of two years, and the traffic on the old road has halved.",
                "New Harbour voted against the toll on Monday. “We are not paying twice for the same bridge,” she said.",
            ],
            None,
        ),
        # not a name the article prints as a place
        (
            [
                "The toll on the new bridge has split the towns in Port Ellis and along the coast road since the spring.",
                "Port Ellis voted against the toll on Monday. “We are not paying twice for the same bridge,” she said.",
            ],
            None,
        ),
        # not after a subject described without a name
        (
            [
                "The power failed at the depot twice in January, and the night crews worked by torchlight.",
                "A nurse from Dover offered to run the night crew. “Who else was going to keep the trains moving?” she said.",
            ],
            None,
        ),
    ],
)
def test_name_whose_gender_nothing_shows(paragraphs, expected):
    opening = paragraphs[-1].split("“")[1][:8]
    assert speaker_of(paragraphs, opening) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a he after a connective opening the sentence is its subject too:
        # the place inside that sentence is no antecedent
        (
            [
                "Tom Dale took questions from the floor for an hour at the library on Saturday.",
                "He opened with a joke about the weather. Then he praised the new ferry pier outside San Ellis, a village across the bay.",
                "“Has anyone here taken the morning boat?” he asked the room.",
            ],
            "Tom Dale",
        ),
        # a plural of the language opening a sentence is no antecedent
        (
            [
                "Tom Dale has kept out of the quarrel over the pier, and his supporters on the board have done the same.",
                "Supporters say that he will wait for the vote. “The pier will still be there in June,” he said.",
            ],
            "Tom Dale",
        ),
    ],
)
def test_subject_pronoun_after_a_connective(paragraphs, expected):
    opening = paragraphs[-1].split("“")[1][:8]
    assert speaker_of(paragraphs, opening) == expected



_ASKED = "“That is a fair worry,” Ana Price, 69, told the radio when asked whether the night shift would back Dana Reyes if Holt lost."
_SPOKE = "Ana Price and Dana Reyes spoke to the night shift on Monday. Reyes took the questions."


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a "she" whose words speak of Reyes by surname is not Reyes
        ([_ASKED, "“I think Holt would tell them to back Reyes if he lost,” she said."], "Ana Price"),
        # ... but a full name may be the speaker's own, a name before a
        # plural noun only qualifies it, and a quotation inside the
        # quotation is someone else's words
        ([_SPOKE, "“People keep saying Dana Reyes should step aside, and I will not,” she said."], "Dana Reyes"),
        ([_SPOKE, "“Reyes supporters are loud, but they are fair,” she said."], "Dana Reyes"),
        # ... though a verb in "-s" after the name, in a clause "if" or "when" opens, speaks of Reyes
        ([_SPOKE, "“If Reyes walks into the canteen, the whole shift gets up to shake her hand,” she said."], "Ana Price"),
        ([_SPOKE, "“When Reyes speaks, the night shift listens,” she said."], "Ana Price"),
        ([_SPOKE, "“They told me, ‘Reyes never forgets a face,’ and they are right,” she said."], "Dana Reyes"),
        # ... and a surname after a determiner is the name as a word
        ([_SPOKE, "“If anyone voted for the wrong Reyes, I hope they got the better one,” she said."], "Dana Reyes"),
        # ... and a surname after another given name is a relative of that name
        ([_SPOKE, "She finds boasting hard and says she feels “the stern gaze of Ines Reyes, my grandmother, on my back.”"], "Dana Reyes"),
        ([_SPOKE, "“My sister Ines Reyes taught me to count votes,” she said."], "Dana Reyes"),
    ],
)
def test_a_pronoun_is_not_the_person_its_words_speak_of(paragraphs, expected):
    assert textutil.speakers_of(paragraphs)[-1][1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a relative named by the given name alone is a person a pronoun refers to
        (
            ["Former councillor Ada Brisk will cut the ribbon at the new library on Saturday.",
             "The mayor's wife, Ottilie, rarely gives interviews. On Friday she called the library “the best thing this town has built.”"],
            "Ottilie",
        ),
        # ... with the full name when the article prints one with that given name
        (
            ["Former councillor Ada Brisk will cut the ribbon at the new library on Saturday.",
             "The mayor's wife, Ottilie, rarely gives interviews. On Friday she called the library “the best thing this town has built.”",
             "Ottilie Varkony has rarely spoken in public."],
            "Ottilie Varkony",
        ),
        (
            ["Ottilie Varkony's husband, Piet, opened the bakery in 1990. “We sold out of rye by nine,” he said."],
            "Piet",
        ),
    ],
)
def test_a_relative_named_by_the_given_name(paragraphs, expected):
    assert textutil.speakers_of(paragraphs)[-1][1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "it" goes on with a capitalised name the article never shows to be a person: a body
        (["Brackwater Freight announced the cuts on Tuesday. “We regret the job losses deeply,” it said."], "Brackwater Freight"),
        (["Brackwater Freight's shares fell 6 percent. “We regret the job losses deeply,” it said."], "Brackwater Freight"),
        (["The Dock Union called a strike. Its members voted on Friday. “We have no choice left at all,” it said."], "Dock Union"),
        # ... and so does "the company" when no body of that kind was named
        (["Brackwater Freight will cut 400 jobs in the north.", "“We regret the job losses deeply,” the company said in a note to staff."], "Brackwater Freight"),
        (["Dana Reyes will cut 400 jobs in the north.", "“We regret the job losses deeply,” the company said in a note to staff."], None),
        # ... a one-word name whose own verb is followed by "its" is a body too
        (["Brackwater had raised its offer to the crews on Monday.", "“We regret the job losses deeply,” the company said in a note to staff."], "Brackwater"),
        (["Brackwater cut its forecast again.", "“We regret the job losses deeply,” the company said in a note to staff."], "Brackwater"),
        # ... not a given name, nor a person the article names in full
        (["Dana had raised its offer to the crews on Monday.", "“We regret the job losses deeply,” the company said in a note to staff."], None),
        (["Dana Reyes spoke for the board. Reyes had raised its offer on Monday.", "“We regret the job losses deeply,” the company said in a note to staff."], None),
        # ... and "it" after "the company" goes back to the body it stands for
        (["Brackwater Freight did not respond at first. On Wednesday, however, the company released figures. It said the depot “lost money every year since 2015.”"], "Brackwater Freight"),
        # ... not a person, a plural, a time or a word capitalised only to open a sentence
        (["Dana Reyes announced the cuts on Tuesday. “We regret the job losses deeply,” it said."], None),
        (["Reporters asked Brackwater Freight about the cuts. “We regret the job losses deeply,” it said."], None),
        (["Thursday's memo was short. “We regret the job losses deeply,” it said."], None),
        (["There is more to come. Mind the rumours, though. “We regret the job losses deeply,” it said."], None),
    ],
)
def test_it_and_the_company_go_on_with_a_body(paragraphs, expected):
    assert textutil.speakers_of(paragraphs)[-1][1] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a lower-case title with "of" before a name keeps the name the sentence's subject
        ("Former secretary of state Ada Brisk, an ally of Reyes, drew criticism in March for her view that “the harbour should never have been sold.”", "Ada Brisk"),
        ("Deputy chief of staff Ada Brisk, an ally of Reyes, drew criticism in March for her view that “the harbour should never have been sold.”", "Ada Brisk"),
    ],
)
def test_a_lower_case_title_with_of_before_the_subject(paragraph, expected):
    intro = "Dana Reyes leads the harbour group. Reyes counts many allies on the board."
    assert textutil.speakers_of([intro, paragraph])[-1][1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the name in ", with X doing ..." is that clause's subject, whom a pronoun next goes on with
        (["The levy would cut fares for most riders, said Lily Moss, a transport lawyer.", "Fares dominated the hustings, with Ann Roe attacking the levy at every stop.", "“This is a tax on the poor,” she said in the debate."], "Ann Roe"),
        (["The levy would cut fares for most riders, said Lily Moss, a transport lawyer.", "Fares dominated the hustings, with Ann Roe — who wants a toll instead — attacking the levy at every stop.", "“This is a tax on the poor,” she said in the debate."], "Ann Roe"),
        # ... not a name after "with" that does nothing
        (["The levy would cut fares for most riders, said Lily Moss, a transport lawyer.", "Fares dominated the hustings, with Ann Roe on the other side.", "“This is a tax on the poor,” she said in the debate."], "Lily Moss"),
    ],
)
def test_the_subject_of_a_with_clause(paragraphs, expected):
    assert textutil.speakers_of(paragraphs)[-1][1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the kind of body printed before a name makes it a body, whatever its first word looks like
        (["Advocacy group Grace Hope criticised the rise in fares on Monday.", "“We will keep campaigning until the rise is reversed,” it said."], "Grace Hope"),
        (["Housing charity Milo Haven said the rise in rents was unfair on families.", "“We will keep campaigning until the rise is reversed,” it said."], "Milo Haven"),
        (["The charity Milo Haven said the rise in rents was unfair on families.", "“We will keep campaigning until the rise is reversed,” it said."], "Milo Haven"),
        # ... so a "he" after it finds no one rather than the body
        (["Campaign group Milo Haven said the rise in fares was unfair on families.", "Asked whether fares would fall next year, he said: “I won't speculate about that.”"], None),
        # ... but not a noun a person is called too, nor a body kind that is a verb's object
        (["Retailing giant Dana Reyes said the rise in rents was unfair on families.", "“We will keep campaigning until the rise is reversed,” she said."], "Dana Reyes"),
        (["Lily Moss told the paper Dana Reyes had raised the rents twice.", "“We will keep campaigning until the rise is reversed,” Reyes said."], "Dana Reyes"),
    ],
)
def test_a_kind_of_body_before_a_name(paragraphs, expected):
    assert textutil.speakers_of(paragraphs)[-1][1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the one person in view the pronoun agrees with, though named only as a possessor or an object
        (["Tom Holt's figures did not match Ann Roe's remarks at the rally on Sunday.", "“We will never sell the harbour,” she said at the rally."], "Ann Roe"),
        (["The plan was drawn up by the port board after a review by Ann Roe in May.", "“We will never sell the harbour,” she said on Friday."], "Ann Roe"),
        # ... not when two agree, nor one the quotation speaks of
        (["Tom Holt's figures did not match the remarks of Ann Roe and Lily Moss on Sunday.", "“We will never sell the harbour,” she said at the rally."], None),
        (["Tom Holt's figures did not match Ann Roe's remarks at the rally on Sunday.", "“Roe will never sell the harbour,” she said at the rally."], None),
    ],
)
def test_the_one_person_a_pronoun_agrees_with(paragraphs, expected):
    assert textutil.speakers_of(paragraphs)[-1][1] == expected


@pytest.mark.parametrize(
    "opening, expected",
    [
        # a dateline with a colon where the story opens is no subject
        ("TALLOW: Tom Holt told the quay workers on Monday that the board would replace the harbour master Dan Reyes before the winter.", "Tom Holt"),
        ("Tallow, Mar 17: Tom Holt told the quay workers on Monday that the board would replace the harbour master Dan Reyes before the winter.", "Tom Holt"),
        # a title whose complement is printed in lower case before the name
        ("Minister of state Tom Holt told the quay workers on Monday that the board would replace the harbour master Dan Reyes before the winter.", "Tom Holt"),
        ("Minister of state in the Premier's office T. Holt told the quay workers on Monday that the board would replace the harbour master Dan Reyes before the winter.", "T. Holt"),
        # a title with "for" and a capitalised portfolio before the name
        ("Minister for Ports Tom Holt told the quay workers on Monday that the board would replace the harbour master Dan Reyes before the winter.", "Tom Holt"),
    ],
)
def test_the_subject_a_pronoun_goes_on_with_after_titles_and_datelines(opening, expected):
    closing = "“The decision is a matter for the board alone,” he said, answering a question at the quay."
    assert textutil.speakers_of([opening, closing])[-1][1] == expected


def test_a_name_after_a_preposition_opening_the_sentence_is_no_antecedent():
    paragraphs = [
        "Tom Holt told the quay workers on Monday that the board would meet on Friday.",
        "After Harbour Minister Dan Reyes was praised in the papers, he joked: “The praise is a matter for the papers alone.”",
    ]
    assert textutil.speakers_of(paragraphs)[-1][1] == "Tom Holt"


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "An incensed X" opening a sentence: X is its subject, not the one X accuses
        (["An incensed Tom Holt accused Dan Reyes of running a smear campaign.", "“He has not set foot on the quay in a year,” he said."], "Tom Holt"),
        # ... but "A local Tallow man" names nobody
        (["A local Tallow man accused Dan Reyes of running a smear campaign.", "“He has not set foot on the quay in a year,” he said."], "Dan Reyes"),
        # a name a relative clause of speech follows goes on as the last speaker
        (["Tom Holt spoke first at the quay.", "His words were echoed by Mr Dan Reyes, who said the crews backed the plan. “The crews are with us,” he said."], "Dan Reyes"),
    ],
)
def test_an_epithet_before_a_subject_and_a_speaker_in_a_relative_clause(paragraphs, expected):
    assert textutil.speakers_of(paragraphs)[-1][1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "his" in the phrase that opens the sentence is the subject's, so "she" is someone else
        (
            [
                "Deputy Mayor Obiku Arhin and the harbour chair, Rita Serwaa, opened the session.",
                "In his report to the chamber, Arhin said the lifeboat crews had done well. “They never once let us down,” the deputy mayor said.",
                "The chair spoke next about the repairs to the slipway she had pushed for.",
                "“The slipway will be ready before the storms come,” she said.",
            ],
            "Rita Serwaa",
        ),
        (
            [
                "Deputy Mayor Obiku Arhin and the harbour chair, Rita Serwaa, opened the session.",
                "In her report to the chamber, Arhin said the lifeboat crews had done well.",
                "“The slipway will be ready before the storms come,” he said.",
            ],
            None,
        ),
        # ... only before a speech verb: the possessive may look at the object of another verb
        (
            [
                "Since his fall from the ladder, Obiku Arhin has stood in for Tom Holt at the pier kiosk.",
                "“The knee is mending slowly,” Holt told customers. “I miss the pier,” he said.",
            ],
            "Tom Holt",
        ),
    ],
)
def test_a_possessive_in_the_opening_phrase_is_the_subjects(paragraphs, expected):
    assert textutil.speakers_of(paragraphs)[-1][1] == expected


@pytest.mark.parametrize(
    "question, expected",
    [
        # the one asked answers: the asker is no antecedent of the pronoun that answers
        ("Peter Vance pressed him on whether the fleet would last the winter.", "Marco Ruiz"),
        ("Peter Vance asked him if the fleet would last the winter.", "Marco Ruiz"),
        ("Peter Vance prodded him on the age of the hulls.", "Marco Ruiz"),
        # ... not when the asker asks someone else, or asks nobody
        ("Peter Vance pressed the board on whether the fleet would last the winter.", "Peter Vance"),
        ("Peter Vance then spoke about the winter timetable.", "Peter Vance"),
    ],
)
def test_the_one_asked_answers(question, expected):
    paragraphs = [
        LEAD,
        "“The boats are old but they float,” Ruiz said.",
        f"Peter Vance, the host of the harbour radio show, sat in on the meeting. {question}",
        "“We will see when the storms come,” he said.",
    ]
    assert speaker_of(paragraphs, "We will see when") == expected


@pytest.mark.parametrize(
    "aside, expected",
    [
        # a surname alone that speaks in an aside is a person a later "he" may mean
        ("Tom Quillan scored early before Ann Marsh made it two, with the home side, Varrow admits, simply not good enough.", "Varrow"),
        # ... not a body's name
        ("Tom Quillan scored early before Ann Marsh made it two, with the home side, the Harbour Trust admits, simply not good enough.", "Tom Quillan"),
    ],
)
def test_a_surname_speaking_in_an_aside(aside, expected):
    paragraphs = [
        "The coach accepted that his players had nothing left after the break in the 2-0 loss.",
        aside,
        "“We gave away a goal in the first minute,” he told reporters.",
    ]
    assert speaker_of(paragraphs, "We gave away a goal") == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a lead that names a role and leaves the name to the next paragraph
        (
            [
                "The chief executive said the ferry line had taken “a number of steps” to avoid a repeat of the Easter delays.",
                "Extra crews would “help”, but storms could still cancel sailings, Mr Varga warned.",
            ],
            "Varga",
        ),
        # ... not a name the next paragraph gives another role
        (
            [
                "The chief executive said the ferry line had taken “a number of steps” to avoid a repeat of the Easter delays.",
                "Extra crews would “help”, but storms could still cancel sailings, union steward Ivo Varga warned.",
            ],
            None,
        ),
    ],
)
def test_a_role_named_in_the_lead_and_its_name_after(paragraphs, expected):
    assert speaker_of(paragraphs, "a number of steps") == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a role the sentence before opens with, no name since: its holder
        ("The mayor stood up and called for a fresh count of the ballots.", "Ivo Moberg"),
        ("The mayor at once demanded a second count.", "Ivo Moberg"),
        # a name printed after the role takes over
        ("The mayor stood up, and Mr. Tancredi demanded a second count.", "Paul Tancredi"),
        # a body's role word is not the mayor's
        ("The council then refused any second count.", "Paul Tancredi"),
    ],
)
def test_role_that_is_the_subject_of_the_sentence_before(sentence, expected):
    paragraphs = [
        "Mayor Ivo Moberg lost a budget motion at the council on Monday night.",
        "Minutes later his chief of staff Paul Tancredi spoke with the clerk, and Mr. Tancredi then told reporters the tally sheet had been misread.",
        sentence + " “It was simply a mistake on the night,” he told the chamber.",
    ]
    assert speaker_of(paragraphs, "It was simply") == expected


@pytest.mark.parametrize(
    "last, expected",
    [
        # a description after a sentence that opens with "He": the person that "He" is
        ("“No violence at the rallies will be tolerated,” the FA leader warned.", "Omar Haidar"),
        ("“No violence at the rallies will be tolerated,” the veteran minister warned.", "Omar Haidar"),
        # someone the sentence speaks of is not the one described
        ("“It does not worry me,” the FA leader said of facing Mr. Haidar.", None),
    ],
)
def test_description_after_a_sentence_opened_by_a_pronoun(last, expected):
    paragraphs = [
        "Interior Minister Omar Haidar spoke to reporters on Monday.",
        "Asked about the opposition, Haidar said the talks would resume in March.",
        "He hoped the opposition would take part.",
        last,
    ]
    assert textutil.speakers_of(paragraphs)[-1][1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a surname alone that speaks again and again is who a later "he" means
        (
            [
                "Captain Rory Dane backed the late change of plan.",
                "Vossen said the match was tight and messy from the start.",
                "“There is plenty to fix before the next Test,” he said.",
                "Vossen said his side had shown real grit in the last ten minutes.",
            ],
            "Vossen",
        ),
        # printed once that way, it is not enough
        (
            [
                "Captain Rory Dane backed the late change of plan.",
                "Vossen said the match was tight and messy from the start.",
                "“There is plenty to fix before the next Test,” he said.",
            ],
            "Rory Dane",
        ),
        # a body that speaks twice so is no person ("its", "the company said")
        (
            [
                "Orbita said in a statement that it would appeal the fine.",
                "“The ruling ignores a competitive market,” the company said.",
                "Orbita said its shares had held steady.",
            ],
            "Orbita",
        ),
    ],
)
def test_surname_alone_that_speaks_again_and_again(paragraphs, expected):
    assert textutil.speakers_of(paragraphs)[0][1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an unnamed officer is the subject before: the name in a clause before that is not "he"
        (
            [
                "A veteran policeman was cross-examined yesterday in the harbour trial, where alleged gang leader Rory Vance and nine others are charged.",
                "The detective, now with another branch, told the court that he had led the operation at the quay.",
                "He described the morning as “calm and clear, with no wind at all” as his team waited.",
            ],
            None,
        ),
        (
            [
                "Alleged gang leader Rory Vance and nine others are on trial at the harbour court.",
                "The officer told the court that nobody was armed when searched.",
                "However, he said statements were taken “for intelligence purposes only” at the scene.",
            ],
            None,
        ),
        # ... while a named holder of that role is meant
        (
            [
                "Detective Ana Roe was cross-examined yesterday in the harbour trial.",
                "The detective told the court that she had led the operation at the quay.",
                "She described the morning as “calm and clear, with no wind at all” as her team waited.",
            ],
            "Ana Roe",
        ),
        # ... and a description of another kind still goes on with the person named before
        (
            [
                "Senator Rory Vance spoke at the rally on Saturday.",
                "The Vermont senator promised to stay in the race until the last primary.",
                "He said he would “fight for every vote in every state” until the end.",
            ],
            "Rory Vance",
        ),
    ],
)
def test_a_role_left_unnamed_keeps_its_pronoun(paragraphs, expected):
    assert textutil.speakers_of(paragraphs)[-1][1] == expected
