"""Speakers introduced the way leads and vox pops print them: a title set
off by a comma after a possessive with the closing comma left out, a
caller named by the given name and the place they speak from, a headline
labelled with a name whose lead gives only the role, a name before a
relative clause printed without its commas, a relative named in
apposition inside someone else's sentence, and a member of a group named
before "who told". Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil


def speakers(paragraphs: list[str], title: str = "A headline") -> list[tuple[str, object]]:
    seg = textutil.make_seg(paragraphs, title, True)
    return [(q.text, q.speaker) for q in quotes_of(seg) if q.kind == "quote"]


@pytest.mark.parametrize(
    "lead, expected",
    [
        # a place's possessive before the title, the comma after the name left out
        ("Ruritania’s Police Commissioner, Lyle Jameson on Monday told a press briefing that burglaries had fallen.", "Lyle Jameson"),
        ("The country's Police Commissioner, Lyle Jameson on Monday told a press briefing that burglaries had fallen.", "Lyle Jameson"),
        # a lower-case role after a body's possessive
        ("The city's commissioner, Lyle Jameson on Monday told a press briefing that burglaries had fallen.", "Lyle Jameson"),
        # the title opening the sentence, as before
        ("Police Commissioner, Lyle Jameson on Monday told a press briefing that burglaries had fallen.", "Lyle Jameson"),
        # an object's description with its name is nobody's title
        ("Reporters asked the city's commissioner, Lyle Jameson about the briefing on Monday.", None),
    ],
)
def test_title_set_off_after_a_possessive_without_its_closing_comma(lead, expected):
    paragraphs = [
        lead,
        "“The figures speak for themselves,” he said.",
        "The commissioner said response times were “better than last year”.",
    ]
    assert speakers(paragraphs)[-1] == ("better than last year", expected)


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Janine in Hartwell told the station: “The whole house rocked for a minute.”", "Janine"),
        ("“The shelves came down in the shop,” Roland from Kelby said.", "Roland"),
        ("Maud of Kelby said: “Our chimney is in the garden.”", "Maud"),
        ("Janine Corr in Hartwell told the station: “The whole house rocked for a minute.”", "Janine Corr"),
        # a place's name before "in" is no given name
        ("Officials in Hartwell told the station: “The roads are closed tonight.”", None),
        ("“The roads are closed tonight,” Kelby in the north said.", None),
    ],
)
def test_caller_named_by_given_name_and_place(paragraph, expected):
    paragraphs = ["A strong tremor woke the valley towns before dawn on Tuesday.", paragraph]
    assert speakers(paragraphs)[-1][1] == expected


HALLORANN_BODY = [
    "“Our defence held firm for most of the match,” the national coach said on Sunday.",
    "The result left the Rovers fourth in the table.",
    "“The young forwards will get their chance,” he said.",
    "Hallorann later praised the goalkeeper, and he promised changes for the cup tie.",
]


@pytest.mark.parametrize(
    "title, body, expected",
    [
        # the headline's label names the one the lead gives by role
        ("Hallorann: we will learn from this", HALLORANN_BODY, ["Hallorann", "Hallorann"]),
        # a topic before the colon is no person, even with a pronoun that attributes the sentence
        (
            "Budget: what it means for you",
            ["“It is a fair plan,” the finance minister said on Sunday.", "Budget day was meant to be calm, he said."],
            [None],
        ),
        # a place before the colon is no person
        (
            "Tallowmere: aid trucks wait",
            ["“We cannot get in,” the minister said on Sunday.", "Aid to Tallowmere has slowed, though she expects more."],
            [None],
        ),
        # someone the body names with the role holds it, not the headline's name
        (
            "Hallorann: we will learn from this",
            ["Rovers coach Ada Pinner spoke after the game.", "“We were never in it,” the coach said.", "Hallorann said he was proud."],
            ["Ada Pinner"],
        ),
    ],
)
def test_headline_label_names_the_role_in_the_lead(title, body, expected):
    assert [speaker for _, speaker in speakers(body, title)] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a relative clause without its commas, with a place in it before the verb
        ("Madam Efua Boateng who had queued since dawn outside the district hospital lamented: “They told us to try again next week.”", "Efua Boateng"),
        ("But Kofi Asante who drove in from the coast to the district hospital said: “The ward doors were locked.”", "Kofi Asante"),
        # the clause of an appositive belongs to the description, not the subject
        ("Voter Ann Lu, a nominal Democrat who backed the mayor, said: “There is only one choice here.”", "Ann Lu"),
        # nobody named before "who"
        ("A mother who had queued since dawn outside the district hospital said: “They told us to try again next week.”", None),
    ],
)
def test_name_before_a_relative_clause_without_commas(paragraph, expected):
    paragraphs = ["Clinic staff stopped work across the region on Monday.", paragraph]
    assert speakers(paragraphs)[-1][1] == expected


@pytest.mark.parametrize(
    "middle, expected",
    [
        # a relative named inside the sentence does not take over the shared surname
        ("She then blamed the auditor and her estranged husband, Tobin Brenn for the loss.", "Orla Brenn"),
        ("She then branded her estranged husband, Tobin Brenn, a cheat before the jury.", "Orla Brenn"),
        # a relative who is the sentence's subject does
        ("Her estranged husband, Tobin Brenn, told the court he had warned her.", "Tobin Brenn"),
    ],
)
def test_relative_named_in_apposition_inside_a_sentence(middle, expected):
    paragraphs = [
        "Former harbour clerk Orla Brenn was jailed for nine years on Thursday.",
        "In her statement, Brenn said: “I never touched the ledgers.”",
        middle,
        "“Nobody checked the safe that night,” Brenn said.",
    ]
    assert speakers(paragraphs)[-1][1] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a member of a group the sentence lists, then "who" and a speech verb
        ("The plan was opposed by several senators, including Sen. Ann Corley, who told reporters it was “far too late” to change course.", "Ann Corley"),
        ("Critics like Tom Vale, who said the bill was “a disgrace from start to finish”, want a vote.", "Tom Vale"),
        # a spokesman for someone, then "who": the spokesman may be the one who said it
        ("The plan was backed by a spokesman for Sen. Ann Corley, who said it was “far too late” to change course.", None),
    ],
)
def test_member_of_a_group_then_who_and_a_speech_verb(paragraph, expected):
    assert speakers(["The council met on Monday to discuss the harbour plan.", paragraph])[-1][1] == expected


@pytest.mark.parametrize(
    "lead, expected",
    [
        # "The role of a place, Name" opening the sentence, the comma after the name left out
        ("The manager of the Tallow hardware store, Zadeel Ashworth is disappointed by the lack of planning. He said: “It should have been finished.”", "Zadeel Ashworth"),
        ("The owner of the corner cafe, Zadeel Ashworth said the works had cost her dearly. She said: “It should have been finished.”", "Zadeel Ashworth"),
        # a clause before the comma is no title: the name is not its holder
        ("The manager said of the store, Zadeel Ashworth is to blame. He said: “It should have been finished.”", "Tom Vale"),
    ],
)
def test_a_role_and_its_place_set_off_before_a_name(lead, expected):
    paragraphs = ["Tom Vale, director of a furniture shop, said: “Scrap the whole thing now.”", lead]
    assert speakers(paragraphs)[-1] == ("It should have been finished.", expected)


@pytest.mark.parametrize(
    "lead, expected",
    [
        # a place's role opens the story; the next paragraph names the holder
        ("Tallowland’s wildlife minister on Friday stood by his plan to move the herd, calling the move “long overdue”.", "Ivo Brand"),
        ("Tallowland’s wildlife minister has said the herd move was “long overdue and well planned”.", "Ivo Brand"),
        # a holder of another role is not the one meant
        ("Tallowland’s finance minister on Friday stood by his plan to move the herd, calling the move “long overdue”.", None),
    ],
)
def test_a_places_role_in_the_lead_is_the_holder_named_next(lead, expected):
    found = speakers([lead, "Tourism and wildlife minister Ivo Brand had first set out the plan in parliament last spring."])
    assert found[0][1] == expected


@pytest.mark.parametrize(
    "description, expected",
    [
        # a role owned by a body in lower case, a modifier between: the whole description, named next
        ("the county board's new chair", "Ana Roe"),
        ("the council's new leader", "Ana Roe"),
        ("the city's young mayor", "Ana Roe"),
        # the guard: a name right after the role is that name's description
        ("the council's new leader Mo Hale", "Mo Hale"),
    ],
)
def test_a_lead_role_owned_by_a_body_is_the_person_named_next(description, expected):
    paragraphs = [
        f"“Staff will have to tighten their belts” under the Tallow budget cuts, {description} has admitted.",
        "Ana Roe warned “there will be losses” as the town looked to trim its spending.",
    ]
    assert speakers(paragraphs)[0] == ("Staff will have to tighten their belts", expected)
