"""Quotations whose article names the speaker must get one: attributions
printed with titles and initials, marks typed with a space inside, a
speaker named in the quotation's own sentence without a speech verb, a
paragraph that only quotes after one about a person. A wrong speaker is
worse than none, so each table also holds sentences where the speaker
stays empty. Every sentence here is written for the test."""

import pytest

from . import textutil
from datasette_factcheck.extract.speakers import clean_name

speakers_of = textutil.speakers_of


def last_speaker(paragraphs):
    return textutil.last_speaker(speakers_of(paragraphs))


INTRO = "The mill closed in March after forty years of work."


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # descriptors, then a title, then the name after the verb
        ("“We have to be ready for this kind of change,” said former Gov. Helen Marsh of Ohio.", "Helen Marsh"),
        ("“We have to be ready for this kind of change,” says retired Sen. Paul Brandt.", "Paul Brandt"),
        ("“We have to be ready for this kind of change,” said former Governor Helen Marsh.", "Helen Marsh"),
        # a middle initial before a surname that is also a title word
        ("“We have to be ready for this kind of change,” said Representative Ann B. King.", "Ann B. King"),
        # a space typed inside the closing marks
        ("''We have to be ready for this kind of change, '' said Mr. Okonjo, who runs the union.", "Okonjo"),
        ("“We have to be ready for this kind of change, ” Lena Varga said.", "Lena Varga"),
        # no name after the descriptors: nobody
        ("“We have to be ready for this kind of change,” said a former governor.", None),
    ],
)
def test_attribution_after_the_quotation(paragraph, expected):
    assert last_speaker([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "printed, name",
    [
        ("Representative Ivo T. King", "Ivo T. King"),
        ("Rep. Ann B. King", "Ann B. King"),
        ("the T. Governor", None),
    ],
)
def test_a_title_word_after_a_middle_initial_is_a_surname(printed, name):
    assert clean_name(printed) == name


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the sentence's subject speaks a quotation with no speech verb
        (["Ines Okafor runs the union.", "Okafor thanked the workers for “staying with us through the hardest winter.”"], "Ines Okafor"),
        (["Marta Lindqvist mocked her rival for “running a campaign on nothing but slogans and air.”"], "Marta Lindqvist"),
        (["Ines Okafor runs the union.", "Okafor asks at Riverside High School, “Who here has a job lined up for next year?”"], "Ines Okafor"),
        (["Marta Lindqvist joked that the mayor was late, but went on to say, “We owe the town a real plan.”"], "Marta Lindqvist"),
        (["Former Secretary of Labor Ines Duarte urged workers to vote, saying, “Nobody will hand you this without a fight.”"], "Ines Duarte"),
        # a pronoun subject is the person the text is about
        (["Marta Lindqvist spoke on Monday.", "She thanked the crew for “keeping the lights on through the storm.”"], "Marta Lindqvist"),
        # a clause with a subject of its own
        (["Gov. Tomas Reyes signed an order on Monday, while Marta Lindqvist, the former mayor, proposed they “wait and see what the owners do.”"], "Marta Lindqvist"),
        (["When Ines Okafor was at school, she studied under Tomas Reyes; Reyes' motto for his pupils was, “Work hard and nobody can stop you.”"], "Tomas Reyes"),
        # a capitalised word opening the sentence is no person
        (["Often the workers asked for “a fair deal and nothing more than that.”"], None),
        (["Critics of the plan warned of “a slow death for the whole valley.”"], None),
        # a body or a description speaks nothing here
        (["The council thanked the workers for “staying with us through the hardest winter.”"], None),
    ],
)
def test_subject_of_the_quotations_sentence(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a paragraph that only quotes, after one about a person
        (["Tomas Reyes praised the union for its work in the hardest months.", "“They kept the lights on when nobody else would help us.”"], "Tomas Reyes"),
        # a lead-in with a colon whose subject carries an age
        (["17-year-old Dara Finch echoed:", "“I want to stay in this town and work here.”"], "Dara Finch"),
        (["Ines Okafor called them on it:", "“You cannot ask us to wait another year for nothing.”"], "Ines Okafor"),
        # a paragraph naming no one between two quotations of one speaker
        (["“The levy will fall by half next year,” Tomas Reyes told the forum.", "A review panel set up in June will look at the figures.", "“It will need checking every year as prices move.”"], "Tomas Reyes"),
        # ... but not one that names someone else, nor after no quotation at all
        (["“The levy will fall by half next year,” Tomas Reyes told the forum.", "Ines Okafor chairs the review panel set up in June.", "“It will need checking every year as prices move.”"], "Ines Okafor"),
        (["The plant closed for good in the spring.", "A review panel set up in June will look at the figures.", "“It will need checking every year as prices move.”"], None),
        # the paragraph before is about no person
        (["The plant closed for good in the spring.", "“They kept the lights on when nobody else would help us.”"], None),
        # text after the quotation that is no attribution: no guess
        (["Tomas Reyes praised the union for its work.", "“They kept the lights on.” The plant closed a year later."], None),
    ],
)
def test_a_paragraph_that_only_quotes(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a question or exclamation followed by a name and its verb
        (["Tomas Hale spoke to Ines Okafor on Monday.", "“Would the plant stay open after all of this?” Okafor pressed."], "Ines Okafor"),
        (["Tomas Hale spoke to Ines Okafor on Monday.", "“Not on my watch!” Hale shot back."], "Tomas Hale"),
        # a word that names no person is no attribution
        (["The plant closed.", "“Why would anyone stay here now?” Critics disagree."], None),
    ],
)
def test_attribution_after_a_question_or_exclamation(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a run of titles and a name closed by a speech verb after the quotation's full stop, at the paragraph's end
        (["The members want the first sitting fixed.", "“We cannot start work before we take the oath.” Harbour Ward councillor Kofi Adjei lamented"], "Kofi Adjei"),
        (["The members want the first sitting fixed.", "“We cannot start work before we take the oath.” Harbour Ward councillor Kofi Adjei lamented."], "Kofi Adjei"),
        # ... not a sentence of its own that does something else
        (["The members want the first sitting fixed.", "“We cannot start work before we take the oath.” Harbour Ward councillor Kofi Adjei left early."], None),
    ],
)
def test_an_attribution_sentence_after_the_quotations_full_stop(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a quotation over two paragraphs whose attribution is printed with the second part wins
        # over a speech verb that closed the paragraph before
        (
            [
                "Mayor Tallis spoke after the vote and blamed the walkout on the opposition, while Councillor Ruiz urged calm.",
                "“Nothing that happened tonight will stop the dredging, because the harbour comes first.",
                "“Funny how the members who begged for the scheme walked out of the vote,” said Tallis.",
            ],
            ["Tallis", "Tallis"],
        ),
        # a quotation closed in its own paragraph still takes the speech verb before it
        (
            [
                "Mayor Tallis spoke after the vote, while Councillor Ruiz urged calm.",
                "“Let us all wait for the report before we judge.”",
                "“Funny how the members who begged for the scheme walked out of the vote,” said Tallis.",
            ],
            ["Ruiz", "Tallis"],
        ),
    ],
)
def test_a_quotation_over_paragraphs_takes_the_attribution_of_its_last_part(paragraphs, expected):
    assert [speaker.split()[-1] if speaker else None for _, speaker in speakers_of(paragraphs)] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a given name that is a man's in the desk's main countries, a
        # woman's elsewhere: "Mr." is the same man
        (["''The town will have nothing left,'' said Laurence H. Wren, a professor of economics.", "''We knew this would come,'' Mr. Wren said."], "Laurence H. Wren"),
        # a given name both sexes carry there
        (["''It was a good job for forty years,'' said Jessie Elkins, 70, a retired welder.", "''I won't go back,'' Mr. Elkins said."], "Jessie Elkins"),
        # a name given to one gender everywhere still keeps a relative apart
        (["President Lindqvist opened the session. Maria Lindqvist watched from the gallery.", "“We are proud of this city,” Mr. Lindqvist said."], "Lindqvist"),
    ],
)
def test_an_honorific_joins_the_full_name_when_the_given_name_allows(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "printed, name",
    [
        # a word that opens a question is no part of the name
        ("Does Okafor", "Okafor"),
        ("Is Marta Lindqvist", "Marta Lindqvist"),
        ("Here’s Okafor", "Okafor"),
        # labels and descriptions glued before the name
        ("Hale Challenger Kelli Ward", "Kelli Ward"),
        ("Billionaire Tomas Reyes", "Tomas Reyes"),
        ("Senate Minority Whip Dick Marsh", "Dick Marsh"),
        ("Assemblywoman Claudia Tenby", "Claudia Tenby"),
        ("Democrat Zephyr Teachby", "Zephyr Teachby"),
        ("Wife Dara Reyes", "Dara Reyes"),
        ("Senators Okafor", "Okafor"),
        # given names that look like words stay
        ("Will Doyle", "Will Doyle"),
        ("Tom Baker", "Tom Baker"),
    ],
)
def test_display_name_without_glued_labels(printed, name):
    assert clean_name(printed) == name


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the full name the article gives once, behind a title or an adverb
        (["Senate Majority Whip John Corby (R-Tex.) stood on the floor next to a photo.", "“We will not stop now,” Corby said."], "John Corby"),
        (["Even Lindsey Grahm, who backs Reyes, said the plan was good.", "“We will not stop now,” Grahm said."], "Lindsey Grahm"),
        # a capitalised particle that opens a surname or is a given name
        (["Activist Al Sharpe spoke at the rally on Monday.", "“We will not stop now,” Al Sharpe said."], "Al Sharpe"),
        (["“We will not stop now,” said Van Hollin, a senator from Maryland."], "Van Hollin"),
        # a role noun alone still names nobody
        (["Senate Majority Whip John Corby stood on the floor.", "“We will not stop now,” a senator said."], None),
    ],
)
def test_full_name_as_the_article_gives_it(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a rank or title that is the surname of someone named in full
        (["“We have to be ready now,” Editor-in-Chief Lena Marshal said. “And we are,” said Marshal."], "Lena Marshal"),
        (["Councillor Colm King met residents afterwards.", "“We have to be ready now,” King said."], "Colm King"),
        # with no one of that surname, a title alone names nobody
        (["The council met on Monday.", "“We have to be ready now,” the King said."], None),
    ],
)
def test_a_title_word_alone_is_the_surname_of_someone_named(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a name, then an appositive describing the role it holds for someone
        ("“We have to be ready now,” Jeff Weber, Reyes’ campaign manager, said in a statement.", "Jeff Weber"),
        ("''It is long and tiring work,'' Tina Tran, Mrs. Reyes's chief of staff, said in an interview.", "Tina Tran"),
        ("''We will not send troops,'' Benjamin J. Rhodes, Mr. Reyes's deputy national security adviser, said Sunday.", "Benjamin J. Rhodes"),
        ("Lena Varga, the union's treasurer, said the plan was “a slow death for the valley.”", "Lena Varga"),
        # ... with the person's age between the name and the description
        ("Lena Varga, 61, a retired teacher, added that she “never doubted the votes were there.”", "Lena Varga"),
        # a body described the same way is the body
        ("“We will not stop now,” the Harbour Trust, the charity that runs the site, said.", "Harbour Trust"),
        ("Castlegate Health, the largest private provider, said it was “monitoring the situation closely.”", "Castlegate Health"),
        # an unnamed holder of the role is nobody
        ("“We will not stop now,” a spokesman for the union, who asked not to be named, said.", None),
    ],
)
def test_a_name_before_its_description(paragraph, expected):
    assert last_speaker([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # colleges, academies, museums, chambers and movements are bodies, with "of" in their names
        (["The Royal College of Harbour Pilots rejected the offer.", "“This offer does nothing for our members,” it said."], "Royal College of Harbour Pilots"),
        (["The Chamber of Commerce backed the plan.", "“Business needs certainty above all,” it said."], "Chamber of Commerce"),
        # initials and a word that is no given name or title name a body, as a region's branch is printed
        (["HTA Wessex rejected the offer.", "“This offer does nothing for our members,” it said."], "HTA Wessex"),
        # a kind of body, then its name, or its name, then the kind
        (["The retailer will close 40 stores.", "The union Tallowforce called the cuts “devastating for the town.”"], "Tallowforce"),
        (["The retailer will close 40 stores.", "The Tallowforce union called the cuts “devastating for the town.”"], "Tallowforce union"),
        # ... never a person's name before a kind of body
        (["Ana Roe is running for mayor.", "The Roe campaign called the cuts “devastating for the town.”"], None),
        # ... never initials before a title and a name
        (["HTA Chair Lena Varga rejected the offer.", "“This offer does nothing for our members,” she said."], "Lena Varga"),
    ],
)
def test_kinds_of_bodies_and_their_names(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # "as X put it", "as X had written", "X reported" before the quotation
        ("As Akhil Amber, a professor of law at the state college, put it, ''The mill was the town and the town was the mill.''", "Akhil Amber"),
        ("As the columnist Louella Parr had written years earlier, ''The mill was the town and the town was the mill.''", "Louella Parr"),
        ("Lena Varga reported, “The mill was the town and the town was the mill.”", "Lena Varga"),
        # "put it" with no one before it names nobody
        ("To put it plainly, “the mill was the town and the town was the mill.”", None),
    ],
)
def test_more_verbs_of_attribution(paragraph, expected):
    assert last_speaker([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a name set off before the colon that opens the quotation
        ("The numbers have been important for the union - Philip Bumble: “The mill was the town and the town was the mill.”", "Philip Bumble"),
        ("The timing does not surprise Republican pollster Daron Shawe: “The mill was the town and the town was the mill.”", "Daron Shawe"),
        # the one spoken to is not the speaker
        ("Later she told Tomas Reyes: “The mill was the town and the town was the mill.”", None),
    ],
)
def test_a_name_before_the_colon(paragraph, expected):
    assert last_speaker([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # descriptors mixing lower-case and capitalised words before the name
        ("\"The mill was the town and the town was the mill,\" super PAC spokeswoman Kelly Conroy said.", "Kelly Conroy"),
        ("\"The mill was the town and the town was the mill,\" former Ohio governor Jed Bush said.", "Jed Bush"),
        # the verb after a comma, then its subject
        ("\"The mill was the town and the town was the mill\" in sharp contrast to earlier years, says Dante Scalia, a political scientist.", "Dante Scalia"),
        # a clause after the quotation that does not attribute it
        ("\"The mill was the town and the town was the mill,\" the sign on the gate read for years.", None),
    ],
)
def test_attribution_after_the_quotation_with_descriptors(paragraph, expected):
    assert last_speaker([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a subject with lower-case descriptors, or after a body's possessive
        ("Weighing in, former Ohio Gov. Mike Huckle agreed, praising his rival as \"a man who never forgot where he came from.\"", "Mike Huckle"),
        ("State University's Dianne Bystrand agreed. \"The mill was the town and the town was the mill.\"", "Dianne Bystrand"),
        # a description, then the name after a comma
        ("''We're anxious,'' said another union member, Johanna Bayers. ''The mill was the town and the town was the mill.''", "Johanna Bayers"),
        ("''The mill was the town and the town was the mill,'' said his best friend at school, Bruce Turman, who worked there too.", "Bruce Turman"),
        # a body's possessive alone is no person
        ("The State University's report agreed. \"The mill was the town and the town was the mill.\"", None),
    ],
)
def test_names_behind_descriptions(paragraph, expected):
    assert last_speaker([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a body named only where it speaks
        ("“The mill was the town and the town was the mill,” the ACU said in a statement.", "ACU"),
        ("“The mill was the town and the town was the mill,” according to CNN.", "CNN"),
        ("“The mill was the town and the town was the mill,” The Valley Courier reported.", "The Valley Courier"),
        # a party, a role or a description is no body's name
        ("“The mill was the town and the town was the mill,” the Democrats said.", None),
        ("“The mill was the town and the town was the mill,” the former President said.", None),
        ("“The mill was the town and the town was the mill,” the local paper reported.", None),
    ],
)
def test_a_body_named_where_it_speaks(paragraph, expected):
    assert last_speaker([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a press secretary is "the spokesman" later on
        (["“The vote is set for noon,” harbour press secretary Tomas Hale told reporters.", "The spokesman said the board had done “all it could do.”"], "Tomas Hale"),
        (["Harbour Press Secretary Ines Okafor spoke at noon.", "The spokeswoman said the board had done “all it could do.”"], "Ines Okafor"),
        # a capitalised description ending in a title, set off before the name, gives the office
        (["Harbour State Governor, Tunde Varrow, has answered the claims about the fund.", "Speaking at the quayside, the governor said, “We have read every complaint and will answer them.”"], "Tunde Varrow"),
        # a one-word name in brackets after the full one is the same person's
        (["The harbour board chair, Dr. Jane Ingrid Varrow (Janvar) has berated the mayor for the plan.", "Janvar said the plan was “never going to keep the harbour safe”."], "Jane Ingrid Varrow"),
        # ... not a party's initials
        (["Tunde Varrow (HPP) has berated the mayor for the plan.", "Varrow said the plan was “never going to keep the harbour safe”."], "Tunde Varrow"),
        # a role in lower case opening a sentence goes on with the attribution closing the sentence before
        (["The harbour has been “robbed” of money by a plan that does nothing for the town, Harbour Treasurer Tunde Varrow says.",
          "The state government minister on Thursday attacked the plan, adding it showed the board “clearly does not care about the port”."], "Tunde Varrow"),
        # ... not a description of another kind of post after someone who holds none
        (["Dr Ines Okafor, a tide scientist at the harbour institute, spoke on Friday. “What we called a rare flood is now a yearly one,” she said.",
          "Asked whether the clinics were ready, the state health commissioner replied: “The wards are full, but they are coping.”"], None),
        # a place before a lower-case role opens an appositive too
        (["House prices rose in July.", "The figures “show the slide has stopped,” Tunde Varrow, U.S. economist with Harbour Economics, told subscribers in a newsletter."], "Tunde Varrow"),
        # a title before "said" is a person's, not a body's name, though a word of it names bodies
        (["Union Ports Minister Tunde Varrow toured the flooded quays on Friday.", "The Union Minister accompanied by the mayor then met the dock workers.",
          "Boats bore the brunt of the storm, the Union Minister said, adding, “I know what a lost season means for every family here.”"], "Tunde Varrow"),
        # a body's initials printed after the name are no part of it
        (["The strike goes ahead on Thursday.", "HPU general secretary Tunde Varrow HPU said: “The board wrecked these talks by refusing to withdraw its letter.”"], "Tunde Varrow"),
        # the text's "he" for the last speaker outweighs the gender a list of given names gives
        (["The port is ready for the storm, Ports Minister Nicola Varrow said before talks the mayor had set up, reports the Gazette.",
          "“We have a plan to help every skipper with cheaper loans,” he said."], "Nicola Varrow"),
        # the one a document was issued by speaks in the paragraphs that only quote it
        (["Governor Ade Okafor on Wednesday suspended three officials over the treatment of traders.", "The communication was forwarded by acting town clerk Tunde Varrow.",
          "“Traders must be treated with care and dignity.”"], "Tunde Varrow"),
        (["Governor Ade Okafor on Wednesday suspended three officials over the treatment of traders.", "The statement was issued by acting county secretary Tunde Varrow.",
          "“Traders must be treated with care and dignity.”", "“Following a review of recent events, the officers are suspended,” he said."], "Tunde Varrow"),
        # a title set off by commas after the name names no one; letters after the name are no part of it
        (["The health service warned that winter could see operations cancelled.", "Commenting on the warning, Tunde Varrow AM, Shadow Minister for Fisheries, said:",
          "“This warning for the patients on waiting lists comes as no surprise.”"], "Tunde Varrow"),
        (["The health service warned that winter could see operations cancelled.", "Tunde Varrow, Shadow Minister for Fisheries, said: “This warning comes as no surprise.”"], "Tunde Varrow"),
        # a judge's title "Mr Justice" is "the judge" later on
        (["Passing sentence, Mr Justice Tomas Hale told the court the fraud was “a cynical scheme”.", "The judge went on: “Conduct like this does lasting harm to public trust.”"], "Tomas Hale"),
        # a place before "with" and a person's descriptor is no one "of" a body
        (["Tom Becker spoke at length on Monday.", "At a dinner in New York with singer Ann Pryor, Becker called the plan “dead on arrival and buried.”"], "Tom Becker"),
        # the name after "by" opens a relative clause that speaks
        (["The point was taken up by Labour MP Ines Okafor, who said she was ‘saddened’ the hall shut early."], "Ines Okafor"),
        # ... not the name a role is "for"
        (["The point was taken up by a spokesman for Ines Okafor, who said he was ‘saddened’ the hall shut early."], None),
        # "indicated" reports speech
        (["Harbour leader Tomas Hale spoke on Friday.", "He indicated the board would “start the work” in spring."], "Tomas Hale"),
    ],
)
def test_roles_relatives_and_verbs_that_report_speech(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


def test_a_subheading_between_parts_of_one_speech_is_read_past():
    paragraphs = [
        "Tomas Hale answered questions about the harbour for an hour on Friday.",
        "“The dredging starts in May,” Hale said.",
        "On whether the fees will rise",
        "“Nobody will pay more this year than last year.”",
    ]
    assert [speaker for _, speaker in speakers_of(paragraphs)] == ["Tomas Hale", "Tomas Hale"]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # an attribution with "has said" that a clause of its own follows still closes the sentence
        ("The harbour was “sold off” to friends of the board, Mayor Ines Okafor has said, while stating that the sale would not change anything about the date of the next election in the town.", "Ines Okafor"),
        ("The board has a long record of “contempt for the town”, Mayor Ines Okafor has said as she criticised its handling of the sale.", "Ines Okafor"),
    ],
)
def test_a_closing_attribution_before_a_clause_of_its_own(paragraph, expected):
    assert last_speaker([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "PM" before a name is a title
        (["Prime Minister Dr Kofi Mensah spoke on Saturday.", "PM Mensah said “the talks went well” and left."], "Kofi Mensah"),
        # a saint's name is a place's, and the district after a place is no subject
        (["Addressing the dinner at the Harbour Hotel, St Bride’s, the Prime Minister told guests he assumed every phone was recording.", "“I trust nobody with a phone in his pocket.”"], None),
        (["Prime Minister Kofi Mensah spoke at noon.", "Addressing the dinner at the Harbour Hotel, St Bride’s, the Prime Minister told guests he assumed every phone was recording.", "“I trust nobody with a phone in his pocket.”"], "Kofi Mensah"),
        # a quotation after a sentence that a person's role reports
        (["Harbour Premier Lena Varga met the other premiers at the summit in Tallow on Tuesday.", "The Harbour premier said voters want answers. “We need to sit round a table and get on with it.”"], "Lena Varga"),
        # ... not a body
        (["Harbour Premier Lena Varga met the other premiers at the summit in Tallow on Tuesday.", "The council said voters want answers. “We need to sit round a table and get on with it.”"], None),
    ],
)
def test_titles_places_and_roles_that_report(paragraphs, expected):
    assert last_speaker(paragraphs) == expected

