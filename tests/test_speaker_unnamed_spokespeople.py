"""An unnamed spokesperson for a named body speaks for the body: "“...,” a
Tallowtel spokesperson said" and "a spokesman for the Harbour Ferry Board
said" give the words to the body, and a pronoun or "the spokeswoman" that
goes on with them goes on with the body; so does a branch of it. A spokesperson for a person, a
spokesperson the text names, and a pronoun after someone else is named
stay as they were. A town before "-based" is where a body sits, never a
part of its name. Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.speakers.spokespeople import spokespeople_in, spokesperson_of
from datasette_factcheck.extract.speakers.wordforms import without_seat

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "printed, body, kind, gender",
    [
        ("a Tallowtel spokesperson", "Tallowtel", None, None),
        ("An Eastmoor Water Authority spokeswoman", "Eastmoor Water Authority", None, "f"),
        ("a spokesman for the Harbour Ferry Board", "Harbour Ferry Board", None, "m"),
        ("one representative of Bank of Tallow", "Bank of Tallow", None, None),
        ("a company spokeswoman", None, "company", "f"),
        ("a Marr Energy press officer", "Marr Energy", None, None),
        # "the" before a body's name describes its spokesperson as "a" does
        ("The Tallow Clinics Group spokesman", "Tallow Clinics Group", None, "m"),
        ("the Marr Energy press officer", "Marr Energy", None, None),
    ],
)
def test_a_description_of_an_unnamed_spokesperson(printed, body, kind, gender):
    item = spokesperson_of(printed)
    assert item is not None
    assert (item.body, item.kind, item.gender) == (body, kind, gender)


@pytest.mark.parametrize(
    "text",
    [
        "a Tallowtel spokesperson, Ana Roe, said",  # named: Ana Roe speaks
        "a spokesman for the Harbour Board, Jo Roe, said",
        "a cheerful spokesman said",  # no body, no kind of body
        "a spokesman for the",
    ],
)
def test_no_unnamed_spokesperson_for_a_body(text):
    assert spokespeople_in(text) == []


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["Tallowtel lost its signal on Monday.", "“The fault is being fixed,” a Tallowtel spokesperson said."], ["Tallowtel"]),
        (["“We are sorry for the delays,” a spokeswoman for the Harbour Ferry Board said."], ["Harbour Ferry Board"]),
        (["An Eastmoor Tide Board spokesperson said the board was “checking each gauge twice”."], ["Eastmoor Tide Board"]),
        # the cue is a part of the description: a number word for a name, the body after "for"
        (["Customers of Seven lost signal on Monday.", "“The fault is being fixed,” a Seven spokesperson said."], ["Seven"]),
        (["A spokeswoman for the Office for Canals (OfC) insisted dredging was its “main task this year”, pointing to two new barges."], ["Office for Canals"]),
        # a branch of a body speaks for it too
        (["The Eastmoor branch of the Dockers Union (DU) has said there is “deep anger” at the plan to shut two berths."], ["Dockers Union"]),
        # a kind of body: the body the text called so
        (["The Harbour Board met on Monday.", "“The plan stands,” a board spokeswoman said."], ["Harbour Board"]),
        # guards: someone unnamed after the spokesperson, behind a connective, is not the body
        (["A spokesperson for Marrowgroup welcomed the plan, saying it “keeps two thousand jobs in the north.” "
          "But one engineer at a rival firm, who gave no name, put it more bluntly: “This plan keeps nothing moving.”"],
         ["Marrowgroup", None]),
        # a party label before a person is no body: the words never go to "Republican"
        (["Aides met on Monday.", "A spokesman for Republican hopeful Ana Roe called the report “a smear from start to end.”"], ["Ana Roe"]),
        # officials from a body stay unnamed
        (["Officials from the Tallow Clinics Group said the wards had “taken on extra cover for the week”."], [None]),
        # every body may be called a company, which picks none out
        (["Tallow Rockets flew satellites for the agency Zorvan.", "“It was a big day,” a company spokeswoman said."], [None]),
        # a spokesperson for a person speaks for nobody named; one the text names is that person
        (["Dale Amos runs the shop.", "“We will appeal,” an Amos spokesman said."], [None]),
        (["“We will appeal,” a Tallowtel spokeswoman, Ana Roe, said."], ["Ana Roe"]),
        # a spokesperson of no body the words name: the body the sentence before is about
        (["Harbour Ferries has apologised for the long queues.", "A spokesperson said: “The boats were full after a busy weekend.”"],
         ["Harbour Ferries"]),
        (["The Tallow Clinics Group admitted its wards could not keep up. A spokesman said: “We are short of beds.”"],
         ["Tallow Clinics Group"]),
        # guards: a person before is not whom a spokesperson speaks for; nor a body past a kind named nowhere
        (["Ana Roe waited six hours at the quay.", "A spokesperson said: “The boats were full after a busy weekend.”"], [None]),
        (["The Tallow Nurses Union says the wards are failing.", "The department has admitted the money ran short.",
          "A spokesperson said: “We are short of beds.”"], [None]),
    ],
)
def test_an_unnamed_spokesperson_speaks_for_the_body(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)] == expected


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            ["Orla Finch, a driver, said she waited for hours. A spokesman for the Harbour Ferry Board said the crossing would reopen.",
             "“We have a plan for days like this and it worked,” he said."],
            "Harbour Ferry Board",
        ),
        (
            ["An Eastmoor Water Authority spokesperson said crews were out all night.",
             "“The pipes are old and we are replacing them,” they said."],
            "Eastmoor Water Authority",
        ),
        (
            ["Engineer Dale Amos said the fault was found. A Tallowtel spokeswoman said the outage affected few users.",
             "The network told customers to keep a backup.",
             "“Nobody can promise a network that never fails,” the spokeswoman said."],
            "Tallowtel",
        ),
        # "The X spokesman added:" in a later paragraph speaks for X as "A X spokesman" does
        (
            ["A spokesperson for the Tallow Clinics Group said the wards were full.",
             "The Tallow Clinics Group spokesperson added: “We thank our nurses for every extra shift.”"],
            "Tallow Clinics Group",
        ),
        # guards: someone named since the spokesperson is who the pronoun means
        (
            ["A spokesman for the Harbour Ferry Board said the crossing would reopen. Later, Ken Oduya arrived at the pier.",
             "“We have a plan for days like this and it worked,” he said."],
            "Ken Oduya",
        ),
        # a spokeswoman is no "he": the body is not given the words
        (
            ["Dale Amos, a driver, waited for hours. A spokeswoman for the Harbour Ferry Board said the crossing would reopen.",
             "“It was the longest wait of my life,” he said."],
            None,
        ),
    ],
)
def test_a_pronoun_or_the_role_goes_on_with_the_body(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)] == [expected]


@pytest.mark.parametrize(
    "between, expected",
    [
        # "the spokesman" goes on with the body however many paragraphs of its words came between
        (["“More patients came on Monday than on any day this winter.", "“Our staff have worked every hour they could.",
          "“We ask people to use their family doctor first."], "Tallow Clinics Group"),
        # guard: a person named in between is who "the spokesman" may be, never the body
        (["Nurse Ken Oduya said the night shift had been the busiest he knew.", "“Our staff have worked every hour they could.",
          "“We ask people to use their family doctor first."], None),
    ],
)
def test_the_role_goes_on_with_the_body_past_paragraphs_of_its_words(between, expected):
    sentences = ["A spokesman for the Tallow Clinics Group said: “The wards are full after a long weekend.", *between,
                 "“Minor cuts can wait for the morning clinic,” the spokesman added."]
    assert [speaker for _, speaker in speakers_of(sentences)][-1] == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Tallow-based Marr Energy", "Marr Energy"),
        ("Port Halden-headquartered Orrin Mills", "Orrin Mills"),
        ("Marr Energy", "Marr Energy"),
        ("Tallow Marr", "Tallow Marr"),
    ],
)
def test_a_seat_before_a_body_is_no_part_of_its_name(name, expected):
    assert without_seat(name) == expected


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["The rules come from the Tallow-based Eastmoor Space Agency.", "“We are watching,” the agency said."], "Eastmoor Space Agency"),
        (["A spokesperson for Tallow-based Marr Energy told reporters the firm accepts “full blame for the spill”."], "Marr Energy"),
    ],
)
def test_a_body_named_with_its_seat_speaks_by_its_name(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)] == [expected]


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["Hallam Grammar School opens its new hall this week.",
          "“We open the doors at nine,” replied the spokeswoman for Hallam Grammar School on Monday, "
          "and went on: “Parents can collect forms at the gate,” she added."],
         ["Hallam Grammar School", "Hallam Grammar School"]),
        (["The spokeswoman for the Harbour Board said the port would reopen.", "“We are ready,” she said."], ["Harbour Board"]),
        (["“We open at nine,” said a spokesman for Hallam Grammar School.", "“Forms are at the gate,” he added."],
         ["Hallam Grammar School", "Hallam Grammar School"]),
        # guards: the description set off after a name is that person's; a person's spokeswoman is unnamed
        (["Ana Roe, the spokeswoman for the Harbour Board, said the port would reopen.", "“We are ready,” she said."], ["Ana Roe"]),
        (["“We are ready,” said the spokeswoman for Jo Banner."], [None]),
    ],
)
def test_the_spokesperson_for_a_body_and_the_pronoun_after(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)] == expected
