"""Speaker attribution on the shapes real newsroom pages print: quote marks
typed as doubled apostrophes, pronouns that must agree with the person,
labels before names, hometowns and party tags after them, round-up
signatures and quoted transcripts. Every sentence here is written for
the test."""

import pytest

from . import textutil
from datasette_factcheck.extract.quotes import extract_quotes
from datasette_factcheck.extract.speakers import attribute, clean_name

speakers_of = textutil.attributed_speakers


def last_speaker(paragraphs):
    return textutil.last_speaker(speakers_of(paragraphs))


INTRO = "Mayor Angela Ruiz met council leader Tom Becker on Monday."


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("''We will balance the books this year,'' Becker said.", "Tom Becker"),
        ("''We will balance the books this year,'' said Mayor Ruiz.", "Angela Ruiz"),
        ("‘‘We will balance the books this year,’’ said Mayor Ruiz on Tuesday.", "Angela Ruiz"),
        ("Ruiz said: ''We will balance the books this year.''", "Angela Ruiz"),
    ],
)
def test_quote_marks_typed_as_two_apostrophes(paragraph, expected):
    assert last_speaker([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "she" skips the man named last: a first name tells the gender
        (["Angela Ruiz met Tom Becker on Monday.", "Becker left early. “We will not back down on this,” she said."], "Angela Ruiz"),
        (["Maria Lopez thanked David Chen for the report.", "“The numbers speak for themselves,” he said."], "David Chen"),
        # a place that looks like a name is no antecedent for "he"
        (["Tom Becker spoke on Monday. North Dakota voted later.", "“The talks went well,” he said."], "Tom Becker"),
        # a wife who shares the surname is not "Mr. X"
        (["President Lindqvist opened the session. Maria Lindqvist watched from the gallery.", "“We are proud of this city,” Mr. Lindqvist said."], "Lindqvist"),
        # a first name given to both sexes in some countries does not split a person
        (["Bernie Walsh spoke to voters on Monday.", "“The system is rigged,” Mr. Walsh said."], "Bernie Walsh"),
        # an untitled name is an antecedent when it opens with a given name
        (["Ravi Okoro has run the shop for twenty years.", "“Our deliveries now stop in the bus lane,” he said."], "Ravi Okoro"),
        # someone whose given name no list knows is a person once they speak
        (["“We were told nothing,” said Zarnaya Okwe.", "Later the council met again.", "“We are still waiting,” she said."], "Zarnaya Okwe"),
        # a contracted pronoun
        (["Tom Becker spoke on Monday.", "He’s saying the vote was “rigged from the very start, and everyone knows it.”"], "Tom Becker"),
        # an honorific tells the gender too
        (["Ms. Lane spoke first. Then Mr. Osei took the floor.", "“We have waited long enough,” she said."], "Lane"),
        # the object of a pronoun's verb ("he likes Kell") is no antecedent for the next "he"
        (["Polls show Dan Marlow ahead, with Tom Kell second.", "While Marlow said that he likes Kell as a person, he also warned, “If he catches on, we will have to fight him hard.”"], "Dan Marlow"),
        (["Polls show Ann Dorn ahead, with Mary Kell second.", "Dorn said she respects Kell a great deal, but she added: “Nobody votes for a nice person in the end.”"], "Ann Dorn"),
        (["Tom Kell spoke at the fair.", "I told Kell later that his remarks made the news. “I ruined your good name, then?” he asked."], "Tom Kell"),
        # a name that only modifies a noun ("the Marlow campaign") is no antecedent
        (["Dan Marlow said on Monday that he would stay in the race.", "Mr. Marlow should now make peace with his rival, said Tom Kell, a former adviser to the Marlow campaign.", "“It seems certain he will run to the very end of the race,” he said."], "Tom Kell"),
        (["Dan Marlow said on Monday that he would stay in the race.", "But Mr. Marlow would do well to begin “mending fences” with Mrs. Dorn, said Tom Kell, a former adviser to the Marlow campaign.", "“It seems certain he will run to the very end of the race,” he said."], "Tom Kell"),
    ],
)
def test_pronouns_agree_with_the_person(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“We will win this state,” said Republican Mark Whitfield.", "Mark Whitfield"),
        ("“She is not ready for the job,” Rival Susan Okafor said.", "Susan Okafor"),
        ("“We will keep the seat,” Labour’s Anna Berg said.", "Anna Berg"),
        ("Conservative Peter Lund told the chamber: “The deal is done.”", "Peter Lund"),
        ("Harbour Council President Peter Lund said: “The deal is done.”", "Peter Lund"),
        ("“There is no change of policy,” City Hall Press Secretary Laura Finch said.", "Laura Finch"),
        ("“The plan costs more than it saves,” said State Party Chairman David Pepperell.", "David Pepperell"),
        ("Said Ryan Ellis, a tax analyst: “The plan costs more than it saves.”", "Ryan Ellis"),
        # a chamber and a party label before the name
        ("House Republican Ann Dorn said the mayor had “the chance and the duty to bring us together.”", "Ann Dorn"),
        ("“We will keep the seat,” Senate Democrat Tom Kell said.", "Tom Kell"),
        # an epithet, and a headline's verb between two names
        ("“I will not resign,” Crooked Susan Okafor said.", "Susan Okafor"),
        # a plural for a kind of people before a given name is no part of the name
        ("Celebrities Lena Varga and Omar Haddad praised the show. “It was a wonderful night,” Varga said.", "Lena Varga"),
        # a month that is a given name, before a surname
        ("April Dunmore, who runs the fair, said the gates would open “at nine sharp every morning.”", "April Dunmore"),
        ("“The gates open at nine sharp,” said June Hollis, the fair's director.", "June Hollis"),
        # ... never a month before a name set off by a comma
        ("In June, Hollis said the gates would open “at nine sharp every morning.”", "Hollis"),
    ],
)
def test_display_name_is_the_persons_name(paragraph, expected):
    assert last_speaker([paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a hometown and a state abbreviation between the name and the verb
        ("“I came for the music,” Joan Pell, 59, of Ashford, Md., said.", "Joan Pell"),
        ("Joan Pell, of Ashford, Md., said: “I came for the music.”", "Joan Pell"),
        ("“We need the road,” Ken Walsh, of Dunmore, Pa., told the board.", "Ken Walsh"),
        # a party-state tag after a comma or in parentheses
        ("“The bill is dead,” Senate leader Mitch Harlan, R-Ky., said.", "Mitch Harlan"),
        ("“The bill is dead,” Rep. Gwen Harlow (D-Wis.) said.", "Gwen Harlow"),
        ("Sen. Tom Rask (R-Ohio) said the vote was “a disgrace to the chamber and its rules.”", "Tom Rask"),
        ("An opponent, Rep. Vera Lund, R-N.C., said: “The measure leaves out the nurses who need it most.”", "Vera Lund"),
        # a town and its region after the name, with or without a closing comma
        ("Ivo Marsh, a 44-year-old welder from Dunmore, New Hampshire, says the plant will “stay open for good.”", "Ivo Marsh"),
        ("Rita Vance of Ashford, West Virginia says she hopes to keep “doing what works for the town.”", "Rita Vance"),
        ("Rita Vance, who drove in from Ashford, West Virginia, said the rally was “worth every single mile of the drive.”", "Rita Vance"),
        # an opening phrase ending on a place: the name after it speaks
        ("During the forum in Dunmore, Vance said the plan would “set one rule for every town.”", "Vance"),
        # "of" after a role, not a name: the name after it speaks
        ("The head of Harbour Trust, Rita Vance, said the plan was “dead on arrival in the council.”", "Rita Vance"),
        # a capitalised description ending in a title before "at" its place
        ("Rita Vance, Flood Duty Manager at the Harbour Agency, said, “The overall risk continues to fall this week.”", "Rita Vance"),
        # a description whose body's name is itself a list
        ("Rita Vance, the chief executive of Ashford, Dunmore and Tallow health trust in south-west Eastland, wrote on Friday: “We are short of nurses on every ward.”", "Rita Vance"),
    ],
)
def test_hometowns_and_party_tags_are_never_speakers(paragraph, expected):
    assert last_speaker([paragraph]) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a round-up: each quotation signed with a dash and a name
        (["Readers told us what they think.", "“The debate changed nothing for me at all.” ― Lucia Ferraro"], "Lucia Ferraro"),
        (["Readers told us what they think.", "“The debate changed nothing for me at all.”— Omar Haddad, 41, a teacher."], "Omar Haddad"),
        # a quoted transcript names its speaker inside the quotation
        (["Moderator Ann Pelling put the questions.", "“PELLING: Will you answer the question, sir?”"], "Ann Pelling"),
        (["Tom Becker was asked about the budget.", "“Becker: We will balance the books this year.”"], "Tom Becker"),
        # a transcript's labels name people the article names nowhere else
        (["The exchange went as follows:", "“ORLOV: Will you answer the question?”", "“KRAMM: I have answered it twice now.”"], "Kramm"),
        (["The answers came in fast.", "“It changed nothing for me.” ― Beck Pimentel", "“It was a long night for all of us.” ― Zuri Okeke"], "Zuri Okeke"),
        # a pull quote signed after a colon, a role before the name
        (["Ann Pelling leads the opposition on the council.", "“We will not sit down and take this budget quietly”: opposition leader Ann Pelling."], "Ann Pelling"),
        (["Ann Pelling leads the opposition on the council.", "“We will not sit down and take this budget quietly”: Ann Pelling"], "Ann Pelling"),
        # an embedded post's signature: the name, its handle and the date
        (["Readers told us what they think.", "“The debate changed nothing for me at all.” — Lucia Ferraro (@lferraro) May 31, 2020"], "Lucia Ferraro"),
        (["Messages came in all night.", "“We will not allow violence in our streets. Peaceful protest is a right.”", "— Gov. Lucia Ferraro (@GovFerraro) May 31, 2020"], "Lucia Ferraro"),
        # ... or in capitals before the quotation, with a title at most
        (["Mayor Ann Pelling gave a briefing on the storm.", "PELLING: “Crews are working around the clock.”"], "Ann Pelling"),
        (["Mayor Ann Pelling gave a briefing on the storm.", "FIRE CHIEF OMAR HADDAD: “We rescued forty people overnight.”"], "Omar Haddad"),
        # ... while a role alone names no one
        (["Mayor Ann Pelling gave a briefing on the storm.", "REPORTER: “Will the schools open tomorrow?”"], None),
        # an interview printed as questions and answers: a quoted answer is the interviewee's
        (["Dana Whitcombe took over as harbour master in May. She spoke to us about her plans.",
          "Q: What is the biggest problem facing the harbour?", "A: “Silt. The big boats cannot get in at low tide.”"], "Dana Whitcombe"),
        # ... but not a quotation inside an unquoted answer, nor "A:" where no question is labelled
        (["Dana Whitcombe took over as harbour master in May. She spoke to us about her plans.",
          "Q: Will the depot close?", "A: No. The other side keeps saying ‘sell it off, sell it all’, and that is wrong."], None),
        (["Dana Whitcombe took over as harbour master in May.", "A: “Silt. The big boats cannot get in at low tide.”"], None),
    ],
)
def test_signatures_and_transcript_labels(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


def page_speakers(text):
    from datasette_factcheck.extract.article import quotes_of
    from datasette_factcheck.extract.segment import segment

    return [q.speaker for q in quotes_of(segment(text)) if q.kind == "quote"]


ROUNDUP = "Harbour Town 2, Rovers 1: what the managers said\n\nThe managers spoke to the press after the match at the harbour ground.\n\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a round-up's name line over paragraphs that are only quotation
        (
            ROUNDUP + "Ines Varga\n\n“We were the better side for an hour, and then we stopped running.”\n\n“The second goal was a gift, and we will look at it on Monday.”\n\nVarga has lost three of her last four.",
            ["Ines Varga", "Ines Varga"],
        ),
        # ... with a role after a dash, nearer than a lead-in that ends the paragraph before
        (
            "Harbour patrol chief asks for help\n\nThe harbour patrol chief, Ines Varga, returned to work on Monday.\n\nHere is her appeal to the public:\n\n"
            "Ines Varga - Chief of the Harbour Patrol\n\n“Anyone who saw the boats leave that night should call us, even if it seems a small thing.”",
            ["Ines Varga"],
        ),
        # ... not a name line the page names nowhere else, as a byline is
        (
            "Harbour Town 2, Rovers 1\n\nThe managers spoke to the press after the match.\n\nPetra Lund\n\n“We were the better side for an hour, and then we stopped running.”",
            [None],
        ),
        # ... nor a paragraph that says who speaks
        (
            ROUNDUP + "Ines Varga\n\n“We were the better side for an hour,” said the Rovers captain, Tom Hale.\n\nVarga has lost three of her last four.",
            ["Tom Hale"],
        ),
    ],
)
def test_name_line_over_a_roundups_remarks(text, expected):
    assert page_speakers(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an interview strung together as topics and answers: the person the headline names answers
        (
            "Nadia Orlen talks to the magazine\n\nHere is what the 31-year-old Harbour Lights actress told the magazine:\n\n"
            "On working with the director: “He is a genius, and every single day on that set was different.”\n\n"
            "On her next part: “It is a comedy, and I have never done one, so I am scared of it.”",
            ["Nadia Orlen", "Nadia Orlen"],
        ),
        # ... not one topic line alone
        (
            "Nadia Orlen talks to the magazine\n\nHere is what the actress said.\n\n"
            "On the director: “He is a genius, and every single day on that set was different.”",
            [None],
        ),
    ],
)
def test_topics_and_answers_of_an_interview(text, expected):
    assert page_speakers(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline's description of a speaker is the person the story opens on
        (
            "‘I never sent that message’: Eastland minister reports account breach\n\n"
            "Eastland’s Foreign Minister Vera Okafor has reported “unusual activity” on her account to the platform.\n\n"
            "“I did not send that message. I do not hold those views,” said Dr Okafor.\n\n"
            "Trade Minister Ken Ardo, speaking to reporters on Wednesday, was asked about the message.\n\n"
            "“I do not read all of them and never will,” said Mr Ardo.",
            "Vera Okafor",
        ),
    ],
)
def test_headline_description_is_the_lead_person(text, expected):
    from datasette_factcheck.extract.article import quotes_of
    from datasette_factcheck.extract.segment import segment

    assert [q.speaker for q in quotes_of(segment(text)) if q.paragraph == 0] == [expected]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a report that quotes a source only passes its words on
        (
            ["The Ministry of Ports said the pier was safe.", "“The repairs were needed and were done on time,” the report said, quoting the ports ministry.", "“Nothing was paid twice,” the report added."],
            ["Ministry of Ports", "Ministry of Ports"],
        ),
        (
            ["Dana Whitcombe runs the harbour.", "“The pier will open in May,” the newspaper said, citing Ms Whitcombe."],
            ["Dana Whitcombe"],
        ),
        # ... a person who quotes someone still speaks
        (
            ["Dana Whitcombe runs the harbour.", "“The pier will open in May,” Ms Whitcombe said, quoting the engineers."],
            ["Dana Whitcombe"],
        ),
    ],
)
def test_source_a_report_quotes(paragraphs, expected):
    assert [speaker for _, speaker in textutil.speakers_of(paragraphs)] == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a dash and words that are no name, and a label that is a title
        ["The answers came in fast.", "“The debate changed nothing for me at all.” ― Getty Images."],
        ["“Note: the figures were revised on Friday after the count.”"],
        # ... nor a colon before words that name no one or go on as a sentence
        ["The answers came in fast.", "“The debate changed nothing for me at all”: the verdict of the night."],
        ["The answers came in fast.", "“The debate changed nothing”: that is what Ann Pelling told the meeting on Monday."],
    ],
)
def test_no_signature_without_a_name(paragraphs):
    assert last_speaker(paragraphs) is None


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a title word that is the person's surname
        (["Talk-show host Nora Bishop joined the panel.", "“I have never been censored,” Ms. Bishop said."], "Nora Bishop"),
        (["“We will appeal the ruling,” said Carl Major, the club’s lawyer."], "Carl Major"),
        (["Ann Dean spoke first.", "“The party is united,” Ms. Dean said."], "Ann Dean"),
        # ... a form of address spelt out after a given name is a surname too
        (["Candidate Ivo Lord, a former alderman, said the others had changed their minds.", "“It is a bandwagon now,” he said."], "Ivo Lord"),
        (["“We have no quarrel with the board,” said Rena Lady, who chairs the trust."], "Rena Lady"),
        # a title alone is still no name
        (["“The party is united,” the Dean said."], None),
    ],
)
def test_title_words_as_surnames(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the role a name's own clause gives it: "the premier" is the premier who spoke
        (
            [
                "Jane Wilde in May became the youngest premier the province has had.",
                "Ahead of talks with Eastland Premier Paul Cormier's cabinet, Wilde said she felt honoured.",
                "“Last winter our neighbour Premier Cormier spoke warmly of this house,” she said.",
                "“We share a long history with the founding peoples of this land,” the premier said.",
            ],
            "Jane Wilde",
        ),
        (
            [
                "Ana Berg is the new chair of the harbour board, and Tom Dale chaired it before her.",
                "“The books are in order,” the chair said.",
            ],
            "Ana Berg",
        ),
        # ... not a role in another's clause or after a preposition
        (
            [
                "Ana Berg met Tom Dale, who became the chair of the harbour board last year.",
                "“The books are in order,” the chair said.",
            ],
            "Tom Dale",
        ),
    ],
)
def test_role_given_in_the_names_own_clause(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an abbreviated title before a name ("Ald." for alderman)
        (["“I argued for more parking downtown,” said Ald. Tom Mabry at the forum."], "Tom Mabry"),
        # a capital "A" opening a sentence names no one
        (["The council met to plan briefings going forward. A statement later said the chief would attend.", "“We will be there,” he said."], None),
    ],
)
def test_abbreviated_titles_and_capital_articles(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "CM" is a title's initials before a surname, not a body ("NHS England")
        (
            ["Chief Minister Ramesh Kadambe met party workers in the capital on Monday.", "“We acted first, and they did nothing at all,” CM Kadambe said."],
            "Ramesh Kadambe",
        ),
    ],
)
def test_a_titles_initials_before_a_surname(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a body's possessive before the role in an appositive, initials in brackets after it
        (
            [
                "Harbour Lines' chief executive officer (CEO), Arun Mehra, said on Wednesday that flights would be cut.",
                "Passenger Kiran Dalvi was stranded. “I was due to fly at two in the morning,” he said.",
                "“Cutting the timetable was the only way to keep planes flying,” the airline’s chief executive said.",
            ],
            "Arun Mehra",
        ),
        (
            [
                "Harbour Line’s chief executive officer, Arun Mehra, said on Wednesday that flights would be cut.",
                "Passenger Kiran Dalvi was stranded. “I was due to fly at two in the morning,” he said.",
                "“Cutting the timetable was the only way to keep planes flying,” the airline’s CEO said.",
            ],
            "Arun Mehra",
        ),
    ],
)
def test_a_bodys_officer_named_in_an_appositive(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a given name alone after the full name, as sports pages print it
        (
            ["Skipper Ravi Kohlan admitted the batting had let the side down.", "Nils Marsh top-scored for the visitors.", "“We can't take these things lightly,” Ravi said."],
            "Ravi Kohlan",
        ),
        # ... not a given name two people share
        (
            ["Skipper Ravi Kohlan admitted the batting had let the side down.", "Ravi Desai was the hero with 82 runs.", "“We can't take these things lightly,” Ravi said."],
            "Ravi",
        ),
    ],
)
def test_a_given_name_alone_after_the_full_name(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "a second witness" is someone new, whom the text does not name
        (
            ["Crowds filled the square on Friday.", "People were chanting “Go home now,” one witness, Omar Nasr, told the paper on the phone.", "“Some two thousand marched past us,” said a second witness. “The police have gone.”"],
            None,
        ),
        (
            ["Crowds filled the square on Friday.", "People were chanting “Go home now,” one witness, Omar Nasr, told the paper on the phone.", "“Some two thousand marched past us,” said another witness."],
            None,
        ),
        # a name and its verb after "and" open a clause of their own
        (
            ["Coach Tom Marsh saw his side lose on Monday.", "A reporter pressed on with a second question and Marsh had a fuller answer about the game (“sure we fought but we never ran the plays”) before leaving."],
            "Tom Marsh",
        ),
    ],
)
def test_someone_new_and_a_clause_of_its_own(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "Comrade" is a form of address, no part of the name
        (["“We took no part in the march,” union president Comrade Ebuka Tanimu said on the phone."], "Ebuka Tanimu"),
        # a title with its body opening the sentence, then the name: the holder's office
        (
            ["Vice Chancellor of Harbour University, Prof. Ngozi Eke has suspended the fee rise.", "The registrar, Mr. Tunde Ola, shared the order with the press.", "The vice chancellor said:", "“Our managers listen to students and always will.”"],
            "Ngozi Eke",
        ),
        # the named agent of a passive naming verb before "as" and the quotation
        (["The guard - hailed by Superintendent Mia Skerry as “a true professional in every way” - was on duty that night."], "Mia Skerry"),
        # "her relatives said:" is theirs, not hers
        (["The relatives of teacher Ada Dale paid tribute on Monday.", "In a short note, her relatives said: “Ada was a fine teacher and a better friend.”"], None),
    ],
)
def test_forms_of_address_offices_and_agents(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a nickname in marks after initials, as after a given name
        (["Sheriff B. K. “Sunny” Lauder of Dale County slammed the new rules.", "“We see bad rules over and over again,” Lauder said."], "B. K. Lauder"),
        # a royal known by one given name keeps the title
        (["King Olaf opened the new bridge on Friday.", "“It joins two towns that were one,” Olaf said."], "King Olaf"),
        # "Father" before a name is a priest's form of address
        (["The Jesuit Father Tomas Varga edited the collection.", "“Each sermon is a map,” Father Varga wrote in the foreword."], "Tomas Varga"),
    ],
)
def test_nicknames_royals_and_priests(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an ordinal that opens a title is part of the subject's phrase
        (["A train crashed near the border on Monday.", "Eastland First Minister Ana Morven said her ‘heart went out to all those hurt’, adding: “I thank the crews for their speed.”"], "Ana Morven"),
    ],
)
def test_an_ordinal_that_opens_a_title(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # two titles joined by "and" before the name
        (["The storm neared the coast on Wednesday.", "“Leave when you are told to, not an hour later,” said Harbour Aid President and CEO Gail Marlow."], "Gail Marlow"),
        # ... in lower case after a body's name, or with a title of two words
        (["Lawmakers questioned the drug maker on Thursday.", "“We failed the families who trusted us,” said Halden & Pike chairman and CEO Tomas Ferreira."], "Tomas Ferreira"),
        (["Lawmakers questioned the drug maker on Thursday.", "“We failed the families who trusted us,” said Halden Pike chairman and chief executive Tomas Ferreira."], "Tomas Ferreira"),
    ],
)
def test_two_titles_joined_before_a_name(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a body's initials in brackets, then its title and the name: the person, not the body
        (
            [
                "NORTHTOWN - Citizens Reform Alliance (CRA) president Lwazi Dlamuka has called the party a shelter for working families, saying no branch would be forgotten.",
                "“Every province will have its say at this congress.”",
            ],
            "Lwazi Dlamuka",
        ),
        (["Talks broke down on Monday.", "“The talks have failed,” said Harbour Workers Union (HWU) general secretary Lena Okafor."], "Lena Okafor"),
        # the body alone, with its initials, still speaks as the body
        (["Talks broke down on Monday.", "“The talks have failed,” said the Harbour Workers Union (HWU) on Monday."], "Harbour Workers Union"),
    ],
)
def test_body_initials_before_its_title_and_name(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # court reports: "X, prosecuting," is later "the prosecutor"; "Y, defending," "the solicitor"
        (["A driver was fined on Monday.", "Mrs Ana Lowe, prosecuting, told the court that the van was seen at dawn.", "The prosecutor continued: “She says the van left the road at the bend.”"], "Ana Lowe"),
        (["A driver was fined on Monday.", "Mr Ivo Renk, defending Pell, said his client was sorry.", "The solicitor said: “He is sorry and will pay for the damage.”"], "Ivo Renk"),
        (["A driver was fined on Monday.", "Mr Ivo Renk, mitigating, said his client was sorry.", "The barrister added: “He is sorry and will pay for the damage.”"], "Ivo Renk"),
        # a defending champion is no advocate
        (["The final was played on Sunday.", "Ivo Renk, defending champion, lost in three sets.", "The lawyer for the club said: “We will appeal the ban.”"], None),
    ],
)
def test_court_reports_name_each_sides_advocate(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a surname misspelt the second time is the person just named
        (["Colonel Ivo Marchetti opened the meeting of the harbour chiefs.", "“Funds are short and will stay short,” Minister Marchettti said."], "Ivo Marchetti"),
        # ... not a surname less alike, which is someone else
        (["Colonel Ivo Lindqvist opened the meeting of the harbour chiefs.", "“Funds are short and will stay short,” Minister Lindquist said."], "Lindquist"),
        # ... nor a family's plural
        (["Ann Marchetti and her husband Ivo run the old hotel by the harbour.", "“We never closed, not once,” Marchettis said."], "Marchettis"),
    ],
)
def test_a_misspelt_surname(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a possessive name opening the sentence, a year in the description, then the name
        (["The new manager was charged on Monday.", "Holm’s 2019 campaign manager, Dave Pluff, issued a like comment via Twitter, saying, “A manager’s job is to run the show. Not become one.”"], "Dave Pluff"),
    ],
)
def test_a_possessors_description_then_the_name(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a round-up: each quotation, then one sentence about who said it
        (
            [
                "The interviews after the final gave us a few surprises from the champion, Ivo Marsh.",
                "“I was told the grass was clean, so I could eat it.” Marsh, who keeps a strict diet, jokes about the old custom.",
                "“I still won six matches and lost one. The ratio is still good.” Harbour Cup runner-up Tomas Berg speaks frankly after his defeat.",
            ],
            "Tomas Berg",
        ),
        (
            [
                "The interviews after the final gave us a few surprises from the champion, Ivo Marsh.",
                "“I still won six matches and lost one. The ratio is still good.” Harbour Cup runner-up Tomas Berg speaks frankly after his defeat.",
                "“I was told the grass was clean, so I could eat it.” Marsh, who keeps a strict diet, jokes about the old custom.",
            ],
            "Ivo Marsh",
        ),
        # ... not one such paragraph alone, which may be a story going on
        (["The interviews after the final gave us a few surprises.", "“I still won six matches and lost one.” Ivo Marsh lost the final in four sets."], None),
        # a name set off after "to the runner-up" before a colon is the one addressed
        (["Ivo Marsh won the final in four sets.", "His last words went to the runner-up, Tomas Berg: “You played a fine tournament this year.”"], "Ivo Marsh"),
        # ... not a story that goes on after that sentence
        (["The interviews after the final gave us a few surprises.", "“I still won six matches and lost one.” Ivo Marsh lost the final in four sets. The crowd cheered him off."], None),
    ],
)
def test_a_roundups_quotation_then_its_speaker(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "X was quoted in Y as saying": the passive's subject speaks, not "in Y"
        (["Union minister Ravi Manoj Rao said on Saturday that the protests were for the cameras.", "Rao was quoted in the Harbour Gazette as saying, “Every union wants its picture in the papers.”"], "Ravi Manoj Rao"),
    ],
)
def test_quoted_as_saying_in_the_passive(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # the holder of a possessive's role speaks, not the possessor
        ("“The plan is dead on arrival,” said Mayor Ruiz’s communications director, Jane Roe.", "Jane Roe"),
        ("“The plan is dead on arrival,” argued Tom Becker’s campaign manager Rob Moak.", "Rob Moak"),
        ("Tom Becker’s campaign manager Rob Moak said the plan was “dead on arrival and everyone knows it.”", "Rob Moak"),
        # a possessive pronoun before the role: the holder speaks, not "he"/"she"
        ("“The plan is dead on arrival,” added his campaign manager Rob Moak, speaking later.", "Rob Moak"),
        ("“The plan is dead on arrival,” said their longtime lawyer Ann Pryor.", "Ann Pryor"),
        # a person "of" a body speaks, not the body
        ("“The plan is dead on arrival,” Anna Kowal of the Harbour Trust said.", "Anna Kowal"),
        ("“The plan is dead on arrival,” Mr. Morgan of the Harbour Trust said.", "Morgan"),
        # ... also with a few words of the body's kind before its name
        ("Detective Inspector Anna Kowal of the fraud squad HFU said: “The plan is dead on arrival.”", "Anna Kowal"),
        ("Anna Kowal of the housing charity Safe Doors said: “The plan is dead on arrival.”", "Anna Kowal"),
        # a party and a state in apposition describe the name before them
        ("Senator Tom Yarrow, Republican of Iowa, said: “The plan is dead on arrival.”", "Tom Yarrow"),
        # a role "of" a body named by its initials or capitalised words, then the name
        ("“The plan is dead on arrival,” said president of HSU Oscar Yarrow.", "Oscar Yarrow"),
        ("“The plan is dead on arrival,” said head of the Harbour Trust Ann Pryor, who led the talks.", "Ann Pryor"),
        # a numbered district in the title before the name
        ("“The plan is dead on arrival,” says Harbour District Five Republican Assemblyman Tom Yarrow.", "Tom Yarrow"),
        ("“The plan is dead on arrival,” said Ward Two Councillor Ann Pryor.", "Ann Pryor"),
        # a service and a rank with its ordinal before the name
        ("“The plan is dead on arrival,” said Air Force 1st Lt. Chris Mathers.", "Chris Mathers"),
        ("“The plan is dead on arrival,” Army 2nd Lt. Ann Pryor said.", "Ann Pryor"),
        # ranks and offices as police, military and court reports abbreviate them
        ("“Stay away from the river,” said police Cpl. Chris Mathers.", "Chris Mathers"),
        ("“Stay away from the river,” said Brig. Gen. Ann Pryor.", "Ann Pryor"),
        ("“The notice was never served,” argued Adv. Ann Pryor.", "Ann Pryor"),
        # professions West African pages print as titles
        ("“The bridge will be ready by March,” said Engr. Chris Mathers.", "Chris Mathers"),
        ("“The notice was never served,” argued Barr. Ann Pryor.", "Ann Pryor"),
        # a title, then "the Hon." before the name
        ("“The budget protects the most vulnerable,” said Senator the Hon. Ann Pryor.", "Ann Pryor"),
        ("“The budget protects the most vulnerable,” said Hon. Chris Mathers.", "Chris Mathers"),
        # lower-case descriptors before a name after the quotation
        ("“The plan is dead on arrival,” cable host Chris Mathers said.", "Chris Mathers"),
        # a name set off after a noun for a thing names the thing, when a person opens the sentence
        ("Ana Price, the editor of the town's weekly newspaper, the Tallow Gazette, said: “Every mayor is both kind and cruel.”", "Ana Price"),
        ("“Every mayor is both kind and cruel,” Ana Price, the editor of the weekly newspaper, Il Giornale Nuovo, said.", "Ana Price"),
        ("“The depot is safe for another hundred years,” the chair of the company, Jane Roe, said.", "Jane Roe"),
        # an indefinite article and an epithet before a name describe it
        ("“We have had no water in the pipes for weeks,” said a frustrated Orla Brannigan, a mother of four.", "Orla Brannigan"),
        ("“We have had no water in the pipes for weeks,” said a visibly upset Brannigan.", "Brannigan"),
        ("“We have had no water in the pipes for weeks,” said a local farmer.", None),
        ("“We have had no water in the pipes for weeks,” said a new Harbour Trust report.", None),
        # someone unnamed speaking for a body: the body speaks, not "a spokesman"
        ("“The plan is dead on arrival,” a spokesman for the Harbour Trust said.", "Harbour Trust"),
    ],
)
def test_descriptors_and_appositions(paragraph, expected):
    assert last_speaker([paragraph]) == expected


def found_quotes(paragraphs):
    seg = textutil.make_seg(paragraphs, "A headline", False)
    return attribute(seg, extract_quotes(seg))


@pytest.mark.parametrize(
    "paragraphs, cue, is_org",
    [
        (["“The plan is dead on arrival,” said Tom Becker."], "said", False),
        (["Tom Becker told reporters: “The plan is dead on arrival.”"], "told", False),
        (["The Harbour Trust said in a statement: “The plan is dead on arrival.”"], "said", True),
        (["The Harbour College Republicans said in a statement: “We stand with the dock workers.”"], "said", True),
        (["Readers wrote in.", "“The debate changed nothing for me.” ― Lucia Ferraro", "“Nor for me, to be honest.” ― Omar Haddad"], "―", False),
        # carried over from the paragraph before: no cue of its own
        (["“We will balance the books,” said Tom Becker.", "“And we will not close a single library.”"], None, False),
    ],
)
def test_quote_records_its_cue_and_whether_an_organisation_speaks(paragraphs, cue, is_org):
    last = found_quotes(paragraphs)[-1]
    assert last.speaker is not None
    assert (last.cue, last.speaker_is_org) == (cue, is_org)


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # an outlet or body describing the person after it
        ("“I thought he did everything right,” said MSNBC host Chris Mathers.", "Chris Mathers"),
        ("“The vote was never in doubt,” said Harbour FM presenter Jo Brandt.", "Jo Brandt"),
        # a quotation opening a sentence whose subject and verb close it
        ("“I have admiration for the mechanics” of the new plan, Mr. Holm said.", "Holm"),
        ("“I have admiration for the mechanics” of the new plan, she said.", None),
        # no subject after the comma: nobody
        ("“I have admiration for the mechanics” of the new plan, and everyone said so.", None),
    ],
)
def test_attribution_closing_a_sentence_the_quotation_opens(paragraph, expected):
    assert last_speaker([paragraph]) == expected


@pytest.mark.parametrize(
    "printed, name",
    [
        ("Chris Hale Calls Maria Ortiz", "Maria Ortiz"),
        ("Crooked Maria Ortiz", "Maria Ortiz"),
        ("Republican Donald Hale", "Donald Hale"),
        ("Ted Hale", "Ted Hale"),
        ("Aung San Suu Kyi", "Aung San Suu Kyi"),
        ("Nguyen Van Long", "Nguyen Van Long"),
        ("Rep. Gwen Harlow (D-Wis.)", "Gwen Harlow"),
        ("Mr. King", "King"),
    ],
)
def test_clean_name_keeps_only_the_name(printed, name):
    assert clean_name(printed) == name


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # A sentence that opens with the article "A" before a surname used as
        # an adjective names no person: the surname keeps its full name.
        (["Tom Becker spoke in Leeds on Monday.", "A Becker campaign aide said the tour would go on.",
          "“We have never been closer to winning this seat,” Becker said."], "Tom Becker"),
        (["Maria Lindqvist opened the session.", "The Lindqvist office said nothing.",
          "“This is a good day for the city,” Lindqvist said."], "Maria Lindqvist"),
    ],
)
def test_a_determiner_is_never_part_of_a_name(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize("printed", ["A Becker", "An Osei", "The Lindqvist"])
def test_clean_name_refuses_a_determiner_before_a_surname(printed):
    assert clean_name(printed) is None


FOLLOW = "“Today the group is one of the leading voices on the issue,” the authors state in the paper."


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # an acronym between "the" and a common noun is no body that speaks
        ("The PR effort comes ahead of a report that might prompt fresh doubts about the club.", None),
        ("The GDP figure came before a report that could raise questions about the budget.", None),
        # an acronym before a verb stays the body
        ("The NRA made a statement that might prompt fresh doubts about the club.", "NRA"),
    ],
)
def test_acronym_modifying_a_noun_is_no_speaker(paragraph, expected):
    assert last_speaker(["The paper is part of a broad campaign.", paragraph, FOLLOW]) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a preposition or adverb the function words lack opens the sentence
        ("Amid the protests, Dana Flint gave her view, saying the city must “find the people who did this to us.”", "Dana Flint"),
        ("Given the result, Dana Flint gave her view, saying the city must “find the people who did this to us.”", "Dana Flint"),
        ("Already, Dana Flint has said the city must “find the people who did this to us.”", "Dana Flint"),
        ("Ever the optimist, Dana Flint promised to “fix every road in the county this year.”", "Dana Flint"),
        # no one named in the clause: nobody, never the opening word
        ("Amid calls to resign, critics held a rally, with one saying the city must “find the people who did this.”", None),
        ("Already, critics held a rally, with one saying the city must “find the people who did this.”", None),
    ],
)
def test_opening_adverbial_is_no_speaker(sentence, expected):
    assert last_speaker([sentence]) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a second verb joined by a conjunction shares the sentence's subject
        ("Council member Ann Dorn used to back fellow Ohioan Tom Kell, but now said Marlow had “the chance and the duty to bring us all together.”", "Ann Dorn"),
        ("Ann Dorn once backed Tom Kell, but later said he was “the wrong man for the job in the end.”", "Ann Dorn"),
        ("Ann Dorn thanked Tom Kell and said the deal was “the best chance the town has had in years.”", "Ann Dorn"),
        # a subject of its own still speaks
        ("Ann Dorn backed the plan, but Tom Kell said it was “the wrong plan for the town in the end.”", "Tom Kell"),
    ],
)
def test_coordinated_verb_shares_the_subject(sentence, expected):
    assert last_speaker([sentence]) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a father and son of one name: "Sr." and "Jr." keep them apart
        (["Former congressman Dan Roe Sr. served three terms.", "His son, Rep. Dan Roe, backed the plan on Monday.", "“We will see it through to the very end,” Roe told reporters."], "Dan Roe"),
        (["Dan Roe Jr. runs the family firm.", "His father, Dan Roe, spoke first.", "“We will see it through to the very end,” Roe told reporters."], "Dan Roe"),
        (["Rep. Dan Roe spoke first.", "His father, Dan Roe Sr., spoke later.", "“We will see it through to the very end,” Roe Sr. told reporters."], "Dan Roe Sr."),
    ],
)
def test_father_and_son_of_one_name(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an honorific in brackets after a title gives the gender a later pronoun needs
        (["The Commissioner for Works, Engr. (Mrs.) Nkemdi Okolie, opened the road with Chief Obiora Anene.",
          "“We will be on site every week to check the quality,” she said."], "Nkemdi Okolie"),
        (["The Commissioner for Works, Dr (Mrs) Nkemdi Okolie, opened the road with Chief Obiora Anene.",
          "“We will be on site every week to check the quality,” she said."], "Nkemdi Okolie"),
        (["The Commissioner for Works, Engr. (Mr.) Nkemdi Okolie, opened the road with Chief Obiora Anene.",
          "“We will be on site every week to check the quality,” she said."], None),
        # a plain role noun after "said" or "according to" is the one the article described so
        (["Nkemdi Okolie, a farmer in Umuleri, lost the whole crop to the floods.",
          "“The rain came too late for the maize this year,” said the farmer."], "Nkemdi Okolie"),
        (["Nkemdi Okolie, a farmer in Umuleri, lost the whole crop to the floods.",
          "According to the farmer, “the rain came too late for the maize this year.”"], "Nkemdi Okolie"),
        # ... a synonym of the role the article gave, or a description noun
        (["The traditional ruler of Umuleri, Obiora Anene, thanked the governor.",
          "According to the monarch, “our people have waited too long for this day.”"], "Obiora Anene"),
        (["Obiora Anene, a veteran of the harbour strikes, spoke last.",
          "“Our people have waited too long for this day,” said the veteran."], "Obiora Anene"),
        # ... and nobody when no one was described so
        (["Nkemdi Okolie, a farmer in Umuleri, lost the whole crop to the floods.",
          "“The rain came too late for the maize this year,” said the trader."], None),
    ],
)
def test_bracketed_honorifics_and_plain_role_nouns(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


_CREWS = "The utility's manager, Andrea Whitlow, blamed a burst main. “Our crews are on the ground,” Whitlow said."


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a title with its complement opens the sentence: the name set off after it is the subject
        ([_CREWS, "Councillor for the Rock Hall division, Kerry-Ann Gayle, echoed those sentiments.", "“It is a disgrace,” she declared."], "Kerry-Ann Gayle"),
        ([_CREWS, "The councillor for the Rock Hall division, Kerry-Ann Gayle, agreed.", "“It is a disgrace,” she declared."], "Kerry-Ann Gayle"),
    ],
)
def test_a_title_and_its_complement_open_the_sentence(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # someone described and named only as the article may name them
        (["Residents queued for water trucks.", "A woman who gave her name only as Marcia said the taps had been dry “for three whole weeks now.”"], "Marcia"),
        (["Residents queued for water trucks.", "Another resident, who gave his name only as Dwayne, said the street felt “forgotten by everybody in charge.”"], "Dwayne"),
        (["Residents queued for water trucks.", "“We are tired of waiting for the trucks,” said a man who asked to be identified only as Kevin."], "Kevin"),
        (["The ferry was late again.", "“The ferry will run on Sunday whatever the weather,” said the harbour pilot, known only as Skip."], "Skip"),
        # ... and nobody when the sentence names no one so
        (["Residents queued for water trucks.", "“We are tired of waiting for the trucks,” said a spokesman for the water board."], None),
    ],
)
def test_a_person_named_only_as(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a form of address between a long title and the name
        (["Cases rose this week.", "“The disease spreads very fast,” Tallow County Public Health Department Deputy Medical Officer Dr. Ana Morven said in a briefing."], "Ana Morven"),
        (["Cases rose this week.", "“The disease spreads very fast,” Tallow Health Trust Chief Executive Dr. Ana Morven said."], "Ana Morven"),
    ],
)
def test_form_of_address_between_title_and_name(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # ", with coach X saying ...": X speaks, and goes on with "he said"
        (
            [
                "Tom Lane will join a rugby club next year.",
                "The Harbour Hawks confirmed the move in a statement, with coach Ivo Renk saying Lane had been “honest with everyone here, and we back his decision”.",
            ],
            "Ivo Renk",
        ),
        (
            [
                "Tom Lane will join a rugby club next year.",
                "The Harbour Hawks confirmed the move in a statement, with coach Ivo Renk saying Lane had been “honest with everyone here, and we back his decision”.",
                "“He has kept his word to the club for the rest of the season, and we are glad of it,” he said.",
            ],
            "Ivo Renk",
        ),
    ],
)
def test_a_role_and_name_after_with_speak_for_the_participle(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "a board spokeswoman" brought in unnamed: "the spokeswoman" is she, speaking for the board,
        # not another body's spokesperson named later
        (
            [
                "The Harbour Board says it expects the four chiefs to testify at a hearing, a board spokeswoman confirmed to reporters on Wednesday.",
                "“All four chiefs must come and answer under oath,” the spokeswoman said by phone.",
                "The board invited the chiefs last month.",
                "Harbour Trust spokesperson Ivo Renk said its chair plans to testify.",
            ],
            "Harbour Board",
        ),
        # ... but the same body's spokesperson named later is the one
        (
            [
                "The Harbour Board says it expects the four chiefs to testify at a hearing, a board spokeswoman confirmed to reporters on Wednesday.",
                "“All four chiefs must come and answer under oath,” the spokeswoman said by phone.",
                "Ana Morven, the board's spokeswoman since May, later said the date was fixed.",
            ],
            "Ana Morven",
        ),
    ],
)
def test_a_role_brought_in_unnamed_is_not_a_later_holder(paragraphs, expected):
    quoted = [s for t, s in speakers_of(paragraphs) if t.startswith("All four")]
    assert quoted == [expected]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "X said the firm continues “to ...”": "continue to" is no speech verb
        (["The chiefs were invited last month.", "Harbour Oil spokesperson Ivo Renk said the company continues “to talk with committee staff” but would not say who would testify."], "Ivo Renk"),
        (["The chiefs were invited last month.", "Ivo Renk said the firm continued “to work with the board on the details.”"], "Ivo Renk"),
    ],
)
def test_continue_to_is_no_speech_verb(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # only a body has a chairman: the words before the title name it, and "the company" is that body
        (["The chiefs were invited last month.", "Halden Pike Chairman and President Ivo Renk will appear before the panel, the company confirmed, saying it would “go on helping the inquiry in every way it can.”"], "Halden Pike"),
        (["The chiefs were invited last month.", "Halden Pike Chairman Ivo Renk will appear before the panel, the company confirmed, saying it would “go on helping the inquiry in every way it can.”"], "Halden Pike"),
        # a president is no board title: a country has one too, and nothing is made a body
        (["The chiefs were invited last month.", "Eastland President Ivo Renk will appear before the panel, the company confirmed, saying it would “go on helping the inquiry in every way it can.”"], None),
    ],
)
def test_words_before_a_board_title_name_a_body(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "Name, Place Office, added:": an office with no determiner describes the name before it
        (["Two units will close next month.", "Ana Morven, North Tallow MSP, added: “These closures will leave people without care.”"], "Ana Morven"),
        (["Two units will close next month.", "Ana Morven, ward councillor, added: “These closures will leave people without care.”"], "Ana Morven"),
        (["Two units will close next month.", "Ivo Renk, HP spokesperson, stressed, “They may not like it, but they will hear it.”"], "Ivo Renk"),
    ],
)
def test_an_office_without_a_determiner_after_the_name(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "opening, expected",
    [
        # a colon dateline with no space after it, or with a longer credit and date in brackets
        ("TALLOW:", "Ivo Renk"),
        ("TALLOW, (Harbour Wire - 3rd Mar, 2021 ) :", "Ivo Renk"),
        ("TALLOW (HPN): ", "Ivo Renk"),
    ],
)
def test_colon_datelines_are_no_subject(opening, expected):
    paragraphs = [
        f"{opening}Minister for Roads Ivo Renk on Monday asked the Chairman of the Harbour Party Tom Lane to settle matters through talks.",
        "“Tom Lane should use the assembly for talks on these issues,” he said while speaking to a news channel.",
    ]
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the given name and the first of two surnames: the same person
        (
            [
                "Harbour Party Chairman Rafael Ortega Salinas on Sunday called for the release of two leaders.",
                "Calling on the crowd to stay the course, Rafael Ortega said that their “future is very bright indeed.”",
            ],
            "Rafael Ortega Salinas",
        ),
        # ... not a headline's Title Case run after a name
        (
            [
                "A new book by Ana Roe is out this week.",
                "Ana Roe said the book was “the story of a hard year in the valley.”",
            ],
            "Ana Roe",
        ),
    ],
)
def test_given_name_and_first_of_two_surnames(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


def test_a_headline_run_after_a_name_is_no_second_surname():
    from datasette_factcheck.extract.article import quotes_of
    from datasette_factcheck.extract.segment import segment

    text = "Ana Roe Unleashed\n\nA new book is out this week.\n\nAna Roe said the book was “the story of a hard year in the valley.”\n"
    assert [q.speaker for q in quotes_of(segment(text)) if q.kind == "quote"] == ["Ana Roe"]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "Body title of a lower-case portfolio Name": the name after the portfolio
        (["The firm showed its new phone.", "“None of us will forget last year,” said Halden president of mobile business Ana Roe."], "Ana Roe"),
        (["The firm showed its new phone.", "“None of us will forget last year,” said Halden president of mobile communications business TJ Roe."], "TJ Roe"),
        (["The firm showed its new phone.", "“None of us will forget last year,” said Halden chief of staff Ana Roe."], "Ana Roe"),
    ],
)
def test_a_title_of_a_portfolio_before_the_name(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "Another federal judge ..., saying “...”": someone unnamed, not the judge named before
        (["District Judge Ana Morven ruled on Friday to deny the bid. Another federal judge recommended denying it in July, saying the rule was “far too narrowly drawn to break any law of the state.” Morven agreed."], None),
        (["District Judge Ana Morven ruled on Friday to deny the bid.", "A second judge recommended denying it in July, saying the rule was “far too narrowly drawn to break any law.”"], None),
        # the named judge still speaks through her own participle
        (["District Judge Ana Morven ruled on Friday to deny the bid, saying the rule was “far too narrowly drawn to break any law.”"], "Ana Morven"),
    ],
)
def test_an_indefinite_subject_of_a_participle_names_nobody(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


def test_a_lead_in_that_ends_with_an_ellipsis_is_no_crosshead():
    paragraphs = [
        "The panel heard from growers on Thursday.",
        "Senator Ivo Renk set out the road ahead.",
        "“All of farming is hurting, not just one crop, so we must write a bill for the whole nation.",
        "So we must be careful with what we have.”",
        "Tallow Senator Ana Morven says it is time to meet the needs of growers…",
        "“I think the whole panel knows what growers want from this bill.”",
    ]
    assert last_speaker(paragraphs) == "Ana Morven"


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a title that is also a surname, between a given name and a surname: part of the name
        (["The council met on Wednesday.", "Councilwoman Ana King Morven rebuked the mayor. “I think the office deserves respect from all of us here.”"], "Ana King Morven"),
        # ... but not any title after a word that can be a given name
        (["The council met on Wednesday.", "“The plan is sound,” said Minister of Urban Development Ivo Renk."], "Ivo Renk"),
    ],
)
def test_a_title_that_is_a_surname_inside_a_name(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "said 43-year-old Noi": an age before the name after the verb
        (["Thousands gathered on Sunday.", "“I want the premier to think as a citizen,” said 43-year-old Noi."], "Noi"),
        (["Thousands gathered on Sunday.", "“I want the premier to think as a citizen,” said 43-year-old Ana Morven."], "Ana Morven"),
        # a nickname in quotation marks inside the name the attribution gives
        (["Thousands gathered on Sunday.", "“If the premier will not quit, we will keep coming out,” said organiser Jatu “Bear” Boonlert, who had called the rally."], "Jatu Boonlert"),
        # Malaysian forms of address before the name
        (["The coalition met on Thursday.", "“I am ready to wait six more months,” said Datuk Seri Amir Hamzah."], "Amir Hamzah"),
    ],
)
def test_age_nickname_and_forms_of_address_around_a_name(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a title "to" a body, then the name; the body's plural is no part of the name
        (["The council met on Monday.", "“We will present a new draft of the resolution,” said Eastland Ambassador to the United Nations Ana Morven."], "Ana Morven"),
        (["The council met on Monday.", "Eastland Ambassador to the United Nations Ana Morven spoke first.", "“We are very concerned about this,” Morven said."], "Ana Morven"),
        # "Star" before a given name labels the person
        (["The show ends its season this week.", "Star Ana Morven, who plays Lena, has admitted she is unsure if it will return.", "“I am proud of every episode we made this year,” she explained."], "Ana Morven"),
    ],
)
def test_a_title_to_a_body_and_a_label_before_the_name(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a title, "and", a party label and a lower-case role, then the name
        (["The fair opened on Monday.", "“People are the same wherever they live,” said Eastland Governor and Republican presidential candidate Ivo Renk."], "Ivo Renk"),
        # "and" before a name that follows no second title joins two people, not two titles
        (["The fair opened on Monday.", "“People are the same wherever they live,” said the Governor and Ana Roe."], None),
    ],
)
def test_a_title_and_a_described_second_title(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


def test_a_message_from_a_person_speaks_for_them():
    paragraphs = [
        "The House met on Friday.",
        "A message from Chief Whip Ivo Renk, R-Tallow, said that once the votes were over at noon, “These are the final votes of the week in the chamber.”",
    ]
    assert last_speaker(paragraphs) == "Ivo Renk"


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "the blessing of X, who told ...": X speaks in the relative clause
        (["The council voted on Wednesday.", "Before the switch became real, the council needed the blessing of Mayor Ana Morven, who told reporters on Tuesday that she has “never once backed a change of this kind in her life.”"], "Ana Morven"),
        # ... not after a person's role, where that person may be the one
        (["The council voted on Wednesday.", "A spokesman for Mayor Ana Morven, who told reporters on Tuesday that the mayor has “never once backed a change of this kind in her life,” would not say more."], None),
        # a body's word opening a title does not make the titled name a body
        (["The House met on Friday.", "House Whip Ivo Renk says members are not being sent home after the vote. “We want to get this settled first.”"], "Ivo Renk"),
    ],
)
def test_a_relative_clause_after_of_and_a_title_that_opens_with_a_body(paragraphs, expected):
    assert last_speaker(paragraphs) == expected
