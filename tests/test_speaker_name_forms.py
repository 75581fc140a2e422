"""The name shown for a speaker is the fullest form the article prints: a
given name printed only in a headline, a subheading or a quotation, and a
second surname, still belong to the person the prose names by surname.
Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.quotes import extract_quotes
from datasette_factcheck.extract.speakers import attribute

from . import textutil

_BODY = [
    "The harbour board met on Monday to discuss the budget.",
    "Voskuijl said she had been misjudged. “The budget was never the problem here,” Voskuijl said.",
]


def speakers(paragraphs, title="A headline", has_headline=False):
    seg = textutil.make_seg(paragraphs, title, has_headline)
    return [q.speaker for q in attribute(seg, extract_quotes(seg)) if q.kind == "quote"]


@pytest.mark.parametrize(
    "title, paragraphs, expected",
    [
        # the headline prints the given name the prose leaves out
        ("Lena Voskuijl Answers Her Critics", _BODY, "Lena Voskuijl"),
        ("Harbour Chief Lena Voskuijl Answers Her Critics", _BODY, "Lena Voskuijl"),
        # a Title-Case subheading inside the article
        ("Harbour budget", ["Lena Voskuijl Answers Her Critics", *_BODY], "Lena Voskuijl"),
        # a title in quotation marks
        ("Harbour budget", ["She hosts “The Lena Voskuijl Hour” on Sundays.", *_BODY], "Lena Voskuijl"),
        # a middle initial comes with it
        ("Lena K. Voskuijl Answers Her Critics", _BODY, "Lena K. Voskuijl"),
    ],
)
def test_a_surname_takes_the_given_name_printed_outside_the_prose(title, paragraphs, expected):
    assert speakers(paragraphs, title, has_headline=True)[-1] == expected


@pytest.mark.parametrize(
    "title, paragraphs",
    [
        # two given names with the surname: either could be meant
        ("Lena And Piet Voskuijl Answer Their Critics", _BODY),
        ("Harbour budget", ["Lena Voskuijl Answers Critics", "Marta Voskuijl Stays Silent", *_BODY]),
        # the given name is a woman's, the text makes the speaker a man
        (
            "Lena Voskuijl Answers Her Critics",
            [
                "The harbour board met on Monday to discuss the budget.",
                "Voskuijl said he had been misjudged. “The budget was never the problem here,” Voskuijl said.",
            ],
        ),
        # a word the article also prints in lower case opens a question, not a name
        ("Will Voskuijl Stay?", ["Nobody knows whether the board will meet again.", *_BODY]),
    ],
)
def test_a_surname_stays_alone_when_the_given_name_is_not_surely_theirs(title, paragraphs):
    assert speakers(paragraphs, title, has_headline=True)[-1] == "Voskuijl"


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a given name and two surnames: the first surname alone is the same person
        (
            [
                "“We will not default this year,” said Inés Corvalán Bexte, who heads the port authority.",
                "Corvalán said the payments were on schedule. “Every creditor will be paid,” Corvalán said.",
            ],
            "Inés Corvalán Bexte",
        ),
        # two people share the first surname: it names neither for sure
        (
            [
                "Rosa Lemtor Quiroz and Ana Lemtor Bexte run the port authority together.",
                "“Every creditor will be paid,” Lemtor said.",
            ],
            "Lemtor",
        ),
    ],
)
def test_a_first_surname_alone_names_the_person_with_two_surnames(paragraphs, expected):
    assert speakers(paragraphs)[-1] == expected


_NAMED = ["Ana Velkova spoke to the union on Monday.", "“We will keep every berth open,” Velkova said."]


@pytest.mark.parametrize(
    "title, paragraphs, expected",
    [
        # a Title-Case headline runs its words into the name
        ("Dock Workers Back Ana Velkova", _NAMED, "Ana Velkova"),
        ("Why Dock Workers Are Cheering Ana Velkova’s Plan", _NAMED, "Ana Velkova"),
        ("Backing Ana Velkova", _NAMED, "Ana Velkova"),
        # an adverb opening the sentence is no given name
        (
            "Harbour budget",
            ["Ana Velkova spoke to the union on Monday. Interestingly Velkova did not mention the strike.", _NAMED[1]],
            "Ana Velkova",
        ),
        # a given name ending like an adverb or a participle stays
        ("Harbour budget", ["Kelly Velkova spoke to the union on Monday.", _NAMED[1]], "Kelly Velkova"),
        # four words, only one before the first known given name: all of it is the name
        ("Harbour budget", ["“We will keep every berth open,” said Khin Mya Thu Velkova."], "Khin Mya Thu Velkova"),
        # right after a title, two words before a given name are the name's
        ("Harbour budget", ["“We will keep every berth open,” said Tallow President Ximeno Belarmo Rosa da Costa."], "Ximeno Belarmo Rosa da Costa"),
        # the guard: with no title before them, they stay a headline's words
        ("Harbour budget", ["“We will keep every berth open,” said Dock Workers Back Rosa da Costa."], "Rosa da Costa"),
        # a weekday after a name is when it happened, not part of the name
        (
            "Roe, Brackley and Velkova agree on a harbour plan",
            ["Premier Ann Roe met the new mayors Tom Brackley and Zoltana Velkova Saturday morning.", "“We agreed on the berths and little else,” said Velkova."],
            "Zoltana Velkova",
        ),
    ],
)
def test_words_of_a_headline_or_sentence_are_no_part_of_the_name(title, paragraphs, expected):
    assert speakers(paragraphs, title, has_headline=True)[-1] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a body's name ends where a title and a person's name begin
        ("“We will keep every berth open,” said Harbour County Recorder Ana Velkova.", "Ana Velkova"),
        ("“We will keep every berth open,” said Dockers Union Secretary-Treasurer Ana Velkova.", "Ana Velkova"),
        # a body stays a body
        ("“We will keep every berth open,” the Daily Harbour Ledger reported.", "Daily Harbour Ledger"),
        ("“We will keep every berth open,” said Harbour Research Center.", "Harbour Research Center"),
    ],
)
def test_a_title_after_a_body_starts_the_person(paragraph, expected):
    assert speakers(["The port board met on Monday.", paragraph])[-1] == expected


_FAMILY = [
    "Mara Velden, the harbour commissioner, defended the budget on Monday.",
    "Her husband, Tobias Velden, sat in the front row.",
]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a relative named later does not take the surname the article gave the first one
        ([*_FAMILY, "Later the debate turned to the dredging contract.", "“We will not waste a cent,” Velden said."], "Mara Velden"),
        ([*_FAMILY, "Later the debate turned to the dredging contract.", "Velden spoke last. “We will not waste a cent,” she said."], "Mara Velden"),
        # one named as a subject in this paragraph or the one before goes on
        ([*_FAMILY, "Tobias Velden spoke next, on the dredging contract.", "“We will not waste a cent,” Velden said."], "Tobias Velden"),
        # an honorific picks the one whose gender it gives
        ([*_FAMILY, "Later the debate turned to the dredging contract.", "“We will not waste a cent,” Mr. Velden said."], "Tobias Velden"),
    ],
)
def test_a_surname_two_relatives_share_is_the_one_introduced_first(paragraphs, expected):
    assert speakers(paragraphs)[-1] == expected


def test_a_headline_run_does_not_introduce_the_surname():
    paragraphs = [*_FAMILY, "Later the debate turned to the dredging contract.", "“We will not waste a cent,” Velden said."]
    assert speakers(paragraphs, "Voters Cheer Velden", has_headline=True)[-1] == "Mara Velden"


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a word the article also prints in lower case is no given name
        (["Maybe Velden is right about the harbour.", "Nobody knows, and maybe nobody will.", "“We will not waste a cent,” Velden said."], "Velden"),
        (["Harbour Velden is a newcomer to the port board.", "The harbour board met on Monday.", "“We will not waste a cent,” Velden said."], "Velden"),
        # a given name stays, even when the word is also printed in lower case
        (["Hope Velden is a newcomer to the port board.", "There is hope for the harbour.", "“We will not waste a cent,” Velden said."], "Hope Velden"),
    ],
)
def test_a_common_word_before_a_surname_is_no_given_name(paragraphs, expected):
    assert speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # forms of address that pages from South Asia, Malaysia and West Africa print before a name
        ("Shri Ramesh Kumar, the district collector, said the camps would stay open “until every family is rehoused.”", "Ramesh Kumar"),
        ("“The camps will stay open until every family is rehoused,” Smt. Lata Rao said on Monday.", "Lata Rao"),
        ("“The bridge will reopen before the rains,” Datuk Aminah Yusof told the council.", "Aminah Yusof"),
        ("Alhaji Musa Bello said the market would “open again by the end of the month.”", "Musa Bello"),
        # religious and customary forms of address
        ("Maulana Idris Qadri said the mosque committee was “ready to meet the council at any time.”", "Idris Qadri"),
        ("Sardar Gurnam Singh Bains said the farmers would “stay on the highway until the law goes.”", "Gurnam Singh Bains"),
        ("Sadhvi Kamla Devi told the gathering the temple fund was “open to every family in the valley.”", "Kamla Devi"),
        ("Mian Tariq Jamil told the rally the canal scheme was “paid for twice over.”", "Tariq Jamil"),
        ("Janab Arif Lodhi said the market levy would “fall on the smallest traders.”", "Arif Lodhi"),
        # West African ones ("Mazi X", "Alhaja X", "Mallam X")
        ("Mazi Chidi Okonkwo said the party was “not going anywhere near the other camp.”", "Chidi Okonkwo"),
        ("Alhaja Bisi Adeyemi told the traders the new stalls would be “ready before the rains.”", "Bisi Adeyemi"),
        ("Mallam Sani Garba said the council had “kept every promise on the roads.”", "Sani Garba"),
    ],
)
def test_forms_of_address_are_no_part_of_the_name(paragraph, expected):
    assert speakers([paragraph])[-1] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a nickname in quotation marks between the given name and the surname
        ("In Port Ellis, volunteers repainted the pier on Sunday. Pablo “Chispa” Ordaz, a welder, fixed the gate. “It took four hours and a lot of coffee,” he said.", "Pablo Ordaz"),
        ("Andre 'Big Man' Lewis walked out of court on Monday. 'I always said I was innocent,' he told reporters.", "Andre Lewis"),
        ("Sen. Thomas “Tad” Whitmere defended his vote on Monday. “It was the right call,” he said.", "Thomas Whitmere"),
        # ... and before a surname that opens with a particle
        ("Sen. Ramon “Boy” dela Pena left the chamber on Monday. “I will not come back until they apologise,” he said.", "Ramon dela Pena"),
        # ... not after a capitalised word that is no title: the name stays as printed
        ("Veteran Sergio “Tig” Maldano spoke next. “We were left there,” Maldano said.", "Maldano"),
    ],
)
def test_a_nickname_in_quotation_marks_is_no_part_of_the_name(paragraph, expected):
    assert speakers([paragraph])[-1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a title whose complement joins words of its own ends where the name begins
        (["Minister of State for Harbours Ravi Nandan told reporters, “The levy is needed to dredge the channel.”"], "Ravi Nandan"),
        (["Union Minister of State for Harbours K. Ravi Nandan said, “The levy is needed to dredge the channel.”"], "K. Ravi Nandan"),
        (["Minister for Harbours and Canals Ravi Nandan said, “The levy is needed to dredge the channel.”"], "Ravi Nandan"),
        # initials open the name after a title the lists lack
        (["“The levy is needed to dredge the channel,” said District Collector R.K. Varman."], "R.K. Varman"),
        (["District Collector R.K. Varman visited the quay.", "“The levy is needed to dredge the channel,” the Collector said."], "R.K. Varman"),
        # a middle initial after a given name stays
        (["“The levy is needed to dredge the channel,” said Lena K. Voskuijl."], "Lena K. Voskuijl"),
        # an abbreviated title with its full stop is no part of the name, though it is a given name too
        (["“The levy is needed to dredge the channel,” said Del. Rosa Quint of the Harbour Islands."], "Rosa Quint"),
        (["“The levy is needed to dredge the channel,” Pres. Ann Moss said."], "Ann Moss"),
        (["“The levy is needed to dredge the channel,” Del Ross said."], "Del Ross"),
    ],
)
def test_titles_and_initials_before_the_name(paragraphs, expected):
    assert speakers(["The port board met on Monday to talk about the harbour.", *paragraphs])[-1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # local offices and the short forms British pages print for them
        (["Clr Anna Pike (Lab, Hollins) said: “Nobody asked for this car park.”"], "Anna Pike"),
        (["Coun Anna Pike said: “Nobody asked for this car park.”"], "Anna Pike"),
        (["Clr Anna Pike chaired the meeting.", "“Nobody asked for this car park,” the councillor said."], "Anna Pike"),
        (["Councilman Dario Fenwick said: “Nobody asked for this car park.”"], "Dario Fenwick"),
        (["“Nobody asked for this car park,” said Councilmember Iris Mendel."], "Iris Mendel"),
        (["Selectwoman Gwen Tallis said: “Nobody asked for this car park.”"], "Gwen Tallis"),
        (["Trustee Rita Vale told the board, “Nobody asked for this car park.”"], "Rita Vale"),
        (["Undersecretary Lorna Ibarra met the press on Monday.", "“Nobody asked for this car park,” she said."], "Lorna Ibarra"),
        # a body named with "for" or "of", then a title, then the person
        (["Today, Friends for the Harbour Chair Lorna Ibarra released the following statement:", "“Nobody asked for this car park.”"], "Lorna Ibarra"),
        (["Today, Friends of Tallow Treasurer Obi Kalu released the following statement:", "“Nobody asked for this car park.”"], "Obi Kalu"),
        # an ordinal opens a district's title
        (["“Nobody asked for this car park,” says 5th District Councilman Wendell Ashdown."], "Wendell Ashdown"),
        (["“Nobody asked for this car park,” said 3rd Ward Alderman Rita Vale."], "Rita Vale"),
        # a portfolio of two capitalised parts ends where the name begins
        (["Minister for Coastal Works and Island Development Olu Barimah opened the ferry terminal on Friday.", "“Nobody asked for this car park,” Mr. Barimah said."], "Olu Barimah"),
        (["“Nobody asked for this car park,” said Minister of Tourism and Heritage Ama Ofori."], "Ama Ofori"),
    ],
)
def test_local_offices_and_portfolios_are_no_part_of_the_name(paragraphs, expected):
    assert speakers(["The port board met on Monday to talk about the harbour.", *paragraphs])[-1] == expected



@pytest.mark.parametrize(
    "opening, expected",
    [
        # a story that opens with its first word in capitals, as papers print it
        ("WALTER Yarrow conceded the plan was “far too timid” on Monday.", "Walter Yarrow"),
        # ... but initials in capitals stay a body's
        ("NATO chief Walter Yarrow conceded the plan was “far too timid” on Monday.", "Walter Yarrow"),
    ],
)
def test_a_given_name_printed_in_capitals_opening_the_story(opening, expected):
    paragraphs = [opening, "“We tried, and it did not work,” Yarrow told the paper after the meeting."]
    assert [speaker for _, speaker in textutil.speakers_of(paragraphs)][-1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # lower-case particles are no name parts: the full name is a person's
        (
            ["Ilse van der Marten spoke first at the harbour board in the afternoon.", "“We must fund the dredging this year,” said van der Marten."],
            ["Ilse van der Marten"],
        ),
        (
            ["Ilse van der Marten spoke first at the harbour board in the afternoon.", "“We must fund the dredging this year,” van der Marten said."],
            ["Ilse van der Marten"],
        ),
        # "the Reverend" is a form of address, dropped like "Rev"
        (["The chapel reopened on Sunday.", "“It would be a shame to lose it,” the Reverend Aled Prys said."], ["Aled Prys"]),
        (["The chapel reopened on Sunday.", "“It would be a shame to lose it,” said Rev Aled Prys."], ["Aled Prys"]),
    ],
)
def test_particles_and_forms_of_address(paragraphs, expected):
    assert speakers(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a law's name whose first word reads as a title is no person for "she"
        (
            [
                "Margit Vestby, the commission chief, set out her plans on Wednesday.",
                "The chief said she wanted rules like the General Harbour Safety Regulation that came in last year. “It is about safe berths,” she told members.",
            ],
            ["Margit Vestby"],
        ),
        (
            [
                "Margit Vestby, the commission chief, set out her plans on Wednesday.",
                "The chief said she wanted a pact like the General Harbour Safety Agreement that came in last year. “It is about safe berths,” she told members.",
            ],
            ["Margit Vestby"],
        ),
        # a surname that is not a law word stays a person's
        (
            [
                "Margit Vestby, the commission chief, set out her plans on Wednesday.",
                "The chief said she had met General Anna Halvorsen last year. “It is about safe berths,” Halvorsen told members.",
            ],
            ["Anna Halvorsen"],
        ),
    ],
)
def test_a_law_is_no_person(paragraphs, expected):
    assert speakers(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a headline printed below the page's navigation: its participle ends the name
        (
            ["The archives", "Mayor Jan Rovik Sworn in Again After Narrow Harbour Vote", "He took the oath on Friday.",
             "“I am grateful for the chance to serve again,” Rovik said."],
            ["Jan Rovik"],
        ),
        (
            ["The archives", "Councillor Jan Rovik Arrested After Protest at the Quay", "He was held on Friday.",
             "“I did nothing wrong at all,” Rovik said."],
            ["Jan Rovik"],
        ),
        # in a sentence, the same word is a surname
        (
            ["The archives", "Harbourmaster Ann Sworn opened the new quay on Friday morning.",
             "“It has taken years to get here,” Sworn said."],
            ["Ann Sworn"],
        ),
    ],
)
def test_a_headline_below_the_navigation(paragraphs, expected):
    assert speakers(paragraphs, title="Skip to content", has_headline=True) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a word the article prints in lower case, before a given name and a surname
        (
            ["The real problem was the cost of the port.", "As Real Ilse Marten put it on Monday: “We will not back down on this.”"],
            ["Ilse Marten"],
        ),
        # a given name the article also prints in lower case opens the name
        (["Prices rose again on Monday.", "Rose Ilse Marten said: “We will not back down on this.”"], ["Rose Ilse Marten"]),
    ],
)
def test_a_common_word_before_a_given_name(paragraphs, expected):
    assert speakers(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a month after a given name is a surname, and the person is the "she" after it
        (
            [
                "Ana May has pleaded with members to let her housing bill pass.",
                "“In time another leader will be standing at this desk,” she told members.",
            ],
            ["Ana May"],
        ),
        (["“The bill will pass in the end,” said Lena June on Monday."], ["Lena June"]),
        # a month after a word that is no given name stays a date
        (["“The bill will pass in the end,” the minister said on Sunday May 5."], [None]),
    ],
)
def test_a_month_as_a_surname(paragraphs, expected):
    assert speakers(paragraphs) == expected
