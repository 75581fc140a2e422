"""Speakers given the wrong name or the wrong form of a name: bodies that
run on into a person's name, titles whose holder's given name no list
knows, and more. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.attributed_speakers


def last_speaker(paragraphs):
    return textutil.last_speaker(speakers_of(paragraphs))


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a possessive ends the body's name: the person after it speaks
        ("“The harbour plan will cost far more than promised,” wrote the Daily Ledger’s Ulrik Saavedo.", "Ulrik Saavedo"),
        ("As the Coastal Times's Ilsabet Marrow put it, “the harbour plan is already late.”", "Ilsabet Marrow"),
        ("“The harbour plan is already late and over budget,” said Harbour Policy Forum’s Tesh Ondrako.", "Tesh Ondrako"),
        # a title before a given name that no name list knows
        ("“We will hold the line on spending this year,” said Party Chairman Rulo Vantrisk.", "Rulo Vantrisk"),
        ("“We will hold the line on spending this year,” said Regional Assembly Minority Whip Odrin Pask.", "Odrin Pask"),
        ("“We will hold the line on spending this year,” said Palace Chief of Staff Keveth Drummore.", "Keveth Drummore"),
    ],
)
def test_a_body_or_title_before_a_name_is_no_part_of_it(paragraph, expected):
    assert last_speaker(["The council met on Monday to discuss the harbour.", paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # the body still speaks when no person follows it
        ("“The harbour plan is already late and over budget,” the Harbour Policy Forum said.", "Harbour Policy Forum"),
        ("“The harbour plan is already late and over budget,” said the Daily Ledger.", "Daily Ledger"),
    ],
)
def test_a_body_alone_still_speaks(paragraph, expected):
    assert last_speaker(["The council met on Monday to discuss the harbour.", paragraph]) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a party or nationality opens a description of the person after it
        (["Republican presidential front-runner Dario Feltz is insisting that he has “a movement like nobody has seen before,” aides said."], "Dario Feltz"),
        (["Democratic presidential candidate Sen. Dario Feltz (D-Ore.) on Saturday criticized the accord, saying it goes “nowhere near far enough to protect us.”"], "Dario Feltz"),
        (["Republican presidential nominee Dario Feltz issued the following statement:", "“We mourn with the people of the city tonight.”"], "Dario Feltz"),
        (["Ruritanian opposition leader Ilsa Varga told reporters she would “fight this ruling in every court in the land.”"], "Ilsa Varga"),
    ],
)
def test_a_party_label_before_descriptors_is_no_speaker(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # the region of a place in an opening phrase is no subject
        ("At a rally in Tallow, N.H., on Tuesday, Senator Dario Feltz of Oregon endorsed Ms. Roe, saying that she would “make an outstanding leader for all of us.”", "Dario Feltz"),
        ("In Tallow, Ostmark, on Saturday, Dario Feltz said he would “never give up on this town or its people.”", "Dario Feltz"),
        # ... but a name after the town is
        ("In Tallow, Feltz, the mayor, said he would “never give up on this town or its people.”", "Feltz"),
        # a place ending a relative clause about the subject is inside it
        ("Mira Dolan, who lives outside the state capital, Tallow, said she still “cannot believe the party did this to us.”", "Mira Dolan"),
        ("Mira Dolan, who preaches at the chapel of Elmdale, Wessex, said she still “cannot believe the party did this to us.”", "Mira Dolan"),
        ("Asked about the plan, which the council backed, Feltz said it was “a disaster for every one of us.”", "Feltz"),
    ],
)
def test_places_in_opening_phrases_and_clauses_are_no_speakers(paragraph, expected):
    assert last_speaker(["The council met on Monday to discuss the harbour.", paragraph]) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the one full name printed before shows the surname's fullest form
        (["Voters packed the hall for the Zorvan Teakle campaign on Monday.", "“We are going to win this district,” Teakle said."], "Zorvan Teakle"),
        (["But Murshed Qalandi, political director of the group, said it was wrong.", "“This is not who we are,” Qalandi said."], "Murshed Qalandi"),
        (["The seat was held by progressive Democrat Zorvan Teakle until last year.", "“We are going to win this district,” Teakle said."], "Zorvan Teakle"),
        # two full names with that surname: the surname stays alone
        (["Both the Zorvan Teakle campaign and the Mirel Teakle campaign opened offices.", "“We are going to win this district,” Teakle said."], "Teakle"),
        # a given name of the other gender is someone else
        (["The Maria Teakle campaign opened an office on Monday.", "“We are going to win this district,” Mr. Teakle said."], "Teakle"),
    ],
)
def test_a_surname_takes_the_full_name_printed_before(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the sentence before is about its own "he": the name inside its clause is not the speaker
        (["Senator Paul Ostrander changed course this week. He said on Thursday that Dario Feltz must do more work.", "“I think what voters want is a real plan,” he said."], "Paul Ostrander"),
        (["Mira Walz approached it more calmly. She said she would rather see money spent to elect Ilsa Varga.", "“They want to shut the library early,” she said."], "Mira Walz"),
        (["Tomas Brandt spoke to voters in the square. He has said that Ivo Renk would lose the race.", "“This town deserves better than what it got,” he said."], "Tomas Brandt"),
    ],
)
def test_a_pronoun_continues_the_pronoun_subject_before_it(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # someone described without a name is the one the pronoun means
        (["Ilsa Varga spoke on Monday.", "A 29-year-old Tallow woman received probation after she had posted comments online.", "“Get out of our town right now!” she wrote."], None),
        (["Ilsa Varga spoke on Monday. A nurse from the city hospital said the wards were full.", "“We cannot cope with this any longer,” she said."], None),
        (["Dario Feltz spoke on Monday.", "A reporter for the Tallow Ledger called it “a total mess.”", "“People ran for the exits at once,” he said."], None),
        # a description that is no person is no subject for the pronoun
        (["Dario Feltz spoke on Monday.", "A slow winter, he said, “might be the right moment to fix the roads.”"], "Dario Feltz"),
        # ... unless the description names the person
        (["Ilsa Varga spoke on Monday. A nurse, Mira Dolan, said the wards were full.", "“We cannot cope with this any longer,” she said."], "Mira Dolan"),
        # ... or is of the other gender
        (["Ilsa Varga spoke on Monday. A man shouted at her from the back.", "“We cannot cope with this any longer,” she said."], "Ilsa Varga"),
    ],
)
def test_a_pronoun_after_an_unnamed_subject_names_no_one(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # names inside the clause that describes the one who spoke are not who goes on
        (["“We show our anger in public,” said Harlan Oduya, who backed Dario Feltz and Senator Mira Dolan.", "“We are alive, unlike the others,” he said."], "Harlan Oduya"),
        (["“Nobody else is trying to win,” said Mr. Stenmark, who took aim at Senator Ivo Renk but praised Mr. Feltz.", "“The front-runner is winning easily,” he said."], "Stenmark"),
        # the object of the pronoun's own verb is never its antecedent
        (["Ivo Renk asked Dario Feltz how long the bridge would take.", "“I think it could take two summers,” he told Renk."], "Dario Feltz"),
        (["Dario Feltz met the judge, Ivo Renk, on Monday.", "“There is a conflict of interest in this case,” he told Renk."], "Dario Feltz"),
        # ... but a name opening the next sentence is no object
        (["Ivo Renk spoke at the rally.", "“We will bring the whole town with us,” he said. Renk later left."], "Ivo Renk"),
    ],
)
def test_pronouns_skip_names_in_the_speakers_clause_and_their_own_object(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a role in the plural, printed alone, names no one
        (["Attorneys for Mira Dolan fought the motion, arguing in a brief that her diary was “personal and outside the order entirely.”"], None),
        (["Aides to the mayor say the plan is “dead on arrival in the council this year.”"], None),
        # ... but a surname that looks like one stays a name
        (["Dottie Deans, the party chairwoman, is backing the mayor.", "“She has run an exciting and inspiring campaign,” Deans said."], "Dottie Deans"),
    ],
)
def test_a_plural_role_is_no_name(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a participle after "X said," speaks for X, not for the sentence's first name
        ("Mayor Ilsa Varga and Dario Feltz will meet next week, Ivo Renk said, adding, “We are only at the first page of this for now.”", "Ivo Renk"),
        ("Feltz's plans are sickening, Ivo Renk said Tuesday in Tallow, noting the nominee “does not know the first thing about trade.”", "Ivo Renk"),
        # a participle with no speech verb before it keeps the subject
        ("Ivo Renk visited the plant on Monday, saying the plan was “a disaster for every worker in this town.”", "Ivo Renk"),
    ],
)
def test_a_participle_after_a_parenthetical_attribution(paragraph, expected):
    assert last_speaker(["The council met on Monday to discuss the harbour.", paragraph]) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # descriptors before the name of an attribution after the quotation
        (["Ivo Renk spoke first.", "“He was a kind and generous man,” his friend Tomas Brandt told the website."], "Tomas Brandt"),
        (["The analyst said it was unusual, according to Tallow News.", "“This is a broad statute that punishes people,” former FBI agent Tomas Brandt explained."], "Tomas Brandt"),
        # a descriptor that is a verb form is no description
        (["Ivo Renk spoke first.", "“We were never told about any of it,” Renk said, and added that Tomas Brandt left."], "Ivo Renk"),
    ],
)
def test_descriptors_before_a_name_after_the_quotation(paragraphs, expected):
    assert speakers_of(paragraphs)[0][1] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a party-state tag between the name and a description set off by commas is never the speaker
        ("Sen. Tom Hale, R-Ohio, the senior Republican on the panel, called the bill “a lasting win for the towns we serve.”", "Tom Hale"),
        ("Sen. Tom Hale, R-Ind., who had sat with the negotiators, said he would now vote no, saying “the debt is growing too fast for anyone.”", "Tom Hale"),
        ("Rep. Ann Moss, D-N.Y., a member of the budget panel, said the plan was “too thin to pass.”", "Ann Moss"),
    ],
)
def test_a_party_tag_before_a_description_is_no_speaker(paragraph, expected):
    assert last_speaker([paragraph]) == expected

