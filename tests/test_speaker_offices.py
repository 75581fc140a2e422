"""Speakers named through their office, as pages outside the US print it:
a title's initials before a surname, the holder of a role "of" a body
named without a comma, a description set off with an adverb, a form of
address between a title and a name, a seat in a description, a title set
off before the name, a portfolio of two parts, sentences that lost the
space after their full stop, a name after a quotation with a
participle but no verb, a place in title case as a colon dateline (also
after a standfirst), a
body's name printed again without its first words, a title and its
department set off after "the", "yesterday" before a verb, an initial and
a surname after a long title, "Guv", a caption's credit run into the
next word, a titled name "of" a place, a participle opening a sentence, a
name before its title and school, a body named by its place and kind, and
an office of a place whose name joins two parts with "and". Every sentence
here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.attributed_speakers


def last_speaker(paragraphs):
    return speakers_of(paragraphs)[-1][1]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # three capitals before the surname of someone named in full: a title's initials
        (["Chief Justice R K Varadan spoke at the bar dinner on Friday.", "CJI Varadan said, “The courts are busier than ever before this year.”"], "R K Varadan"),
        # ... and "the CJI" later is that person
        (
            [
                "Chief Justice R K Varadan spoke at the bar dinner on Friday.",
                "CJI Varadan said, “The courts are busier than ever before this year.”",
                "Later the CJI said the backlog was “a matter for the whole bench”.",
            ],
            "R K Varadan",
        ),
        # initials before a word that is nobody's surname still name a body
        (["Doctors met on Monday.", "NHS Tallow said the ward would stay “closed for cleaning until the weekend”."], "NHS Tallow"),
        # two capitals may be a given name's initials: "CJ Orley" is no "Mira Orley"
        (["Resident Mira Orley watched the storm.", "“The hail broke two of our windows,” resident CJ Orley said."], "CJ Orley"),
    ],
)
def test_initials_of_a_title_before_a_surname(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("The leader of the opposition Tomas Verrin said the budget was “a betrayal of the regions”.", "Tomas Verrin"),
        ("The head of the union Kai Brandt said the offer was “an insult to every driver”.", "Kai Brandt"),
        ("“We will ballot our members,” said the head of the union Kai Brandt.", "Kai Brandt"),
        ("The mayor of the city Ruth Anvers said the cuts were “deeply unfair to tenants”.", "Ruth Anvers"),
        # a body's own name after its kind: its head is not named
        ("The head of the union Unite said the plan was “dead in the water”.", None),
        # a title before the name: the name is the mayor's, not the spokesman's
        ("A spokesman for Mayor Ana Morven said the talks were “going nowhere at all”.", None),
    ],
)
def test_holder_of_a_role_of_a_body_named_without_a_comma(paragraph, expected):
    assert last_speaker(["Talks broke down on Monday.", paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # an adverb opening the description set off after the name
        ("Rina Calloway, also the MP for East Vale, told the radio show that residents could expect “a far better warning system this time”.", "Rina Calloway"),
        # a role then its holder set off inside ", with ... saying"
        ("The union stood firm, with its leader, Hale Morrow, saying: “The dispute is far from over.”", "Hale Morrow"),
        ("The council backed down, with the mayor, Ilse Varga, saying the cuts had been “a mistake from the start”.", "Ilse Varga"),
        ("The club hit back, with one of its directors saying the claims were “false and deeply unfair to the staff”.", None),
    ],
)
def test_names_set_off_beside_a_description(paragraph, expected):
    assert last_speaker(["Talks broke down on Monday.", paragraph]) == expected


def test_form_of_address_between_a_title_set_off_and_the_name():
    paragraphs = [
        "Minister of Transport, Dr. the Hon. Selwyn Marrow, said the depot had been closed.",
        "“We have cleaned every office on the site,” the Minister said.",
    ]
    assert last_speaker(paragraphs) == "Selwyn Marrow"


@pytest.mark.parametrize(
    "where, expected",
    [
        # the seat is printed beside no MP: the subject of the sentence before
        ("Kestrel Vale", "Tess Orwin"),
        # the seat is printed beside the new MP: that MP
        ("Northfield East", "Oona Hollis"),
    ],
)
def test_description_with_a_seat_after_a_title_set_off(where, expected):
    paragraphs = [
        f"Newly elected MP Oona Hollis celebrated in {where} on Friday.",
        "Shadow Minister for the Ports, Tess Orwin, called the result “devastating” for the government.",
        "The Northfield East MP said: “Voters wanted to send a message this time.”",
    ]
    assert last_speaker(paragraphs) == expected


def test_title_with_a_portfolio_of_two_parts():
    paragraphs = [
        "“We will use the hall this year,” said Principal Dr. Ann Lowry.",
        "“There is a live stream for families,” said Associate Principal of teaching and learning Ivo Brandt.",
    ]
    assert last_speaker(paragraphs) == "Ivo Brandt"


def test_sentences_printed_without_a_space_after_the_full_stop():
    paragraph = (
        "The agreement cuts most agencies.“We had to be creative,” said Rep. Ana Roeburn.Roeburn, "
        "the chair of the budget panel, says the plan is fair.“It was not easy at all for anyone,” Roeburn said."
    )
    assert [speaker for _, speaker in speakers_of(["Talks broke down on Monday.", paragraph])] == ["Ana Roeburn", "Ana Roeburn"]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“We cannot keep raising fees every single year,” Trustee Ana Morven, adding that the board needs other funding.", "Ana Morven"),
        ("“We cannot keep raising fees at all,” Trustee Ana Morven, saying the board should look elsewhere.", "Ana Morven"),
        # a participle that is no speech leaves the speaker before
        ("“We cannot keep raising fees at all,” Trustee Ana Morven, sitting beside him, looked away.", "Ivo Renk"),
    ],
)
def test_name_and_speech_participle_after_a_quotation_without_a_verb(paragraph, expected):
    paragraphs = ["“The staff are upset with the decision,” Trustee Ivo Renk said.", paragraph]
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "opening, expected",
    [
        # a place in title case before a whole lead is a dateline, no subject
        ("New Tallow: The squad is in poor shape ahead of the league opener this weekend.", None),
        # without it, the role is still nobody's
        ("The squad is in poor shape ahead of the league opener this weekend.", None),
    ],
)
def test_title_case_colon_dateline_is_no_subject(opening, expected):
    paragraphs = [
        f"{opening} On Monday, the head trainer told reporters the athletes were “unhappy and lacking any focus”.",
        "A clearly irritated Ravi Varadan conceded the squad had troubles.",
    ]
    assert speakers_of(paragraphs)[0][1] == expected


@pytest.mark.parametrize(
    "dateline",
    ["Port Ellis: ", "PORT ELLIS: ", "PORT ELLIS (HNA): ", ""],
)
def test_a_colon_dateline_after_a_standfirst_is_no_subject(dateline):
    # the lead printed twice, as a summary and then with its dateline
    lead = "Mayor Jane Roe on Saturday thanked the voters whose support gave her party a clear win in the council vote, saying she is “deeply moved”."
    paragraphs = [lead, dateline + lead, "The party now holds 30 of the 41 seats."]
    assert [speaker for _, speaker in textutil.speakers_of(paragraphs)] == ["Jane Roe", "Jane Roe"]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "the High Court" after "the Tallow High Court": the same body, by its full name
        (["The Tallow High Court said on Monday it would take steps against the county police.", "The High Court said the officers had “broken the rules at each stage” of the arrest."], "Tallow High Court"),
        # "Patrol" ends a body's name, as "Police" does
        (["A man was arrested on Friday.", "Harbour State Patrol announced the arrest in a post that said “the gunman is in custody now”."], "Harbour State Patrol"),
    ],
)
def test_names_of_bodies(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "Prof" before a title word that is also a surname: that person's surname
        (["Former chief adviser Professor Dame Ana Dean spoke on Monday.", "Prof Dean said on the radio: “It is right to be worried about all of this now.”"], "Ana Dean"),
        # a body's initials in brackets inside the description, before its town and state
        (
            ["Warnings grew on Monday.", "Ana Morven, a senior scientist at the Harbour Centre for Ocean Study (HCOS) in Tallow, Oregon, told the broadcaster: “We have seen this coming for years.”"],
            "Ana Morven",
        ),
        # a lower-case possessive opens the descriptors before a name
        (["The team won on Saturday.", "“It is a great day for our whole team here,” said women’s basketball head coach Ana Morven."], "Ana Morven"),
        # a name, then a description whose closing comma the page left out
        (["A new ward opened on Monday.", "“It will make the work much easier for all of us,” Ivo Renk, a nursing assistant said, while stacking shelves."], "Ivo Renk"),
        # an unnamed description after an unnamed one still names no one
        (["A new ward opened on Monday.", "“It was a very long night for all of us,” one nurse, a veteran of the ward said."], None),
    ],
)
def test_names_behind_descriptions(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a title and its department after "the", set off before the name: the person's office,
        # which a later "the minister" names
        (
            [
                "The new Minister of Transport, Ivo Renk, on Monday toured the main depot.",
                "“There is nothing left inside it,” the minister told reporters.",
            ],
            "Ivo Renk",
        ),
    ],
)
def test_office_set_off_after_the(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


def test_day_between_the_name_and_its_verb():
    # "yesterday" between the name and its verb; the one-word quotation is the name's
    paragraphs = ["Minister of Transport Dr Ivo Renk yesterday stated that the far depot is a “wreck” and work is needed."]
    assert textutil.speaker_of(paragraphs, "wreck") == "Ivo Renk"


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an initial and a surname after a long title: a person, whom "he" goes on with
        (
            [
                "The party says the row between State Chief Minister Ana Vijay and party president K Sudaram is a distraction.",
                "Union Minister of State for Inland Waterways V Rajakumaran further claimed that the state government was losing its grip.",
                "“This is the moment the state government must answer for its failures,” he added.",
            ],
            "V Rajakumaran",
        ),
        # "Guv", as headlines shorten "Governor", is a title
        (["Talks broke down on Monday.", "West Tallow Guv Tarvesh Malkan said it was “a city of hope for everyone here”."], "Tarvesh Malkan"),
        # a caption's credit in capitals run into the next word is no part of the name
        (
            [
                "News: Cllr Ivo Renk has opposed the new homes. Picture: ANA ROECllr Ivo Renk has opposed the new homes.",
                "The council approved the plans on Tuesday.",
                "“It is deeply disappointing for the village,” said Cllr Renk.",
            ],
            "Ivo Renk",
        ),
    ],
)
def test_names_after_long_titles_and_in_captions(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a title that opens with a body's word, the name, then "of" a place: the person
        ("Senate Majority Whip Ivo Renk of Tallow told colleagues to “get over it and move on now”.", "Ivo Renk"),
        # a body "of" a place is still the body
        ("The Bank of Tallow said rates would “stay where they are for now”.", "Bank of Tallow"),
    ],
)
def test_titled_name_of_a_place(paragraph, expected):
    assert last_speaker(["The vote is on Friday.", paragraph]) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a participle opening the sentence is no name; the pronoun after it is the subject
        (
            ["Prime Minister Ana Morven spoke at the bank on Friday.", "Giving details she went on to say, “We will talk to the lenders very soon.”"],
            "Ana Morven",
        ),
        # a name after a quotation, then its title and its school in capitals, then the verb
        (
            ["The court ruled on Monday.", "“Pupils sat every paper in the hall this year,” Ana Morven, Principal, HPS North Tallow said."],
            "Ana Morven",
        ),
        # a place and a lower-case kind of body: the body named before with both
        (
            [
                "The leader of Tallow City Council spoke on Monday.",
                "Meanwhile, Tallow council say they will leave it to heads, adding: “Each head will weigh the numbers first.”",
            ],
            "Tallow City Council",
        ),
    ],
)
def test_subjects_after_participles_and_bodies_by_place(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "the head of state" is the president or the monarch the article names
        (["Ruritanian President Jan Volk spoke on Saturday.", "“There is no money left in the treasury at all,” the head of state explained."], "Jan Volk"),
        (["King Aldo IV opened the new bridge on Saturday.", "“There is no money left in the treasury at all,” the head of state said."], "Aldo IV"),
        # "the head of government" is the prime minister or the chancellor, not a body
        (["Chancellor Ilse Marten met the unions on Monday.", "“We will help where we can,” the head of government said."], "Ilse Marten"),
        # a head of state the article never names is nobody
        (["Chancellor Ilse Marten met the unions on Monday.", "“We will help where we can,” the head of state said."], None),
    ],
)
def test_an_office_named_by_what_it_is(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a member's initials after a party and a house close a description, never a body's name
        (["Harbour Party leader Ana Roe spoke in Tallow on Monday.", "At a briefing, the Harbour Party Senate MP said, “Who let this go on? Jobs are what matter here.”"], "Ana Roe"),
        # ... with a seat nobody was printed with: nobody, and no body either
        (["Harbour Party leader Ana Roe spoke in Tallow on Monday.", "At a briefing, the Harbour Party Tallow East MLA said, “Who let this go on? Jobs are what matter here.”"], None),
    ],
)
def test_a_members_initials_close_a_description(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "the premier" for a prime minister, with or without a word before the role
        (["Prime Minister Ilse Marten lost the vote on Monday.", "“We go on,” Marten said.", "The premier defended the levy, saying it was a “fair share for everyone.”"], "Ilse Marten"),
        (["Prime Minister Ilse Marten lost the vote on Monday.", "“We go on,” Marten said.", "The veteran premier defended the levy, saying it was a “fair share for everyone.”"], "Ilse Marten"),
        # guard: a premier named as such is the premier, not the prime minister
        (
            ["Prime Minister Ilse Marten met Premier Ben Lowe of Tallow province on Monday.", "“We go on,” Marten said.", "The premier defended the levy, saying it was a “fair share for everyone.”"],
            "Ben Lowe",
        ),
    ],
)
def test_the_premier_for_a_prime_minister(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a team's roles as sports pages vary them
        (["Harbour signed Pedrosa on Friday.", "“I am ready to play,” the skipper Ivo Tarn said.", "“We need goals,” the captain added."], "Ivo Tarn"),
        (["Harbour signed Pedrosa on Friday.", "“I am ready to play,” goalkeeper Ivo Tarn said.", "“We need clean sheets,” the keeper added."], "Ivo Tarn"),
        (["Harbour signed Pedrosa on Friday.", "“I am ready to play,” striker Ivo Tarn said.", "“We need goals,” the forward added."], "Ivo Tarn"),
        # a role the article gives nobody is still nobody's
        (["Harbour signed Pedrosa on Friday.", "“I am ready to play,” striker Ivo Tarn said.", "“We need clean sheets,” the keeper added."], None),
    ],
)
def test_a_teams_roles_as_sports_pages_vary_them(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a place joined by "and" before the office, set off after the name
        (["The council met on Monday about the stopping places.", "Ana Roe, Tallow and Marren Green Party MSP, said: “The families are the most overlooked in the county.”"], "Ana Roe"),
        (["The council met on Monday about the stopping places.", "“We need more homes now,” Ben Lowe, Tallow and Marren MP, said."], "Ben Lowe"),
        # ... and the same office described after "the": its holder, never a part of the place
        (
            [
                "Tallow and Marren MSP Ben Lowe wrote to the health board last month about the surgeries.",
                "In reply, the Tallow and Marren MSP rejected the board's apology, arguing that it was “covering up its real plans for the two surgeries.”",
            ],
            "Ben Lowe",
        ),
        # the office before the name: the name speaks
        (["The council met on Monday about the stopping places.", "Tallow and Marren MSP Ben Lowe said: “We need more homes now.”"], "Ben Lowe"),
    ],
)
def test_an_office_of_a_place_joined_by_and(paragraphs, expected):
    assert last_speaker(paragraphs) == expected
