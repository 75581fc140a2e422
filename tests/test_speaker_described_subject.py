"""A definite description that no one in view holds as a role ("the Senate
minority leader said", "the billionaire businessman began") refers to the
named subject of its sentence or the sentence before, as news writes to
avoid repeating a name; and a story's lead that describes its speaker
with "a" ("A council leader has said ...") and names them in the next
paragraph with that role. Every sentence here is written for the test."""

import pytest

from . import textutil

speaker_of = textutil.speaker_of


@pytest.mark.parametrize(
    "paragraphs, opening, expected",
    [
        # a modifier before the role noun
        (
            ["Ines Quillane (D-Ore.) took apart the fishing bill on the radio on Monday. “Nobody in the harbour towns asked for this,” the Senate minority leader said."],
            "Nobody in the",
            "Ines Quillane",
        ),
        (
            ["Colm Ardagh handed out seed packets to children at a county fair on Saturday. “Plant them in May and water them twice,” the Republican vice-presidential nominee said."],
            "Plant them in",
            "Colm Ardagh",
        ),
        (
            ["Greta Lindqvist toured a shipyard in Bremerton on Tuesday.", "The billionaire businesswoman began with the cranes, saying that the old ones were “taller than anything in the city.”"],
            "taller than",
            "Greta Lindqvist",
        ),
        # a place after the role noun
        (
            ["Pat Dalby opened a library branch on Friday. “Every town deserves one of these,” the senator from Oregon said."],
            "Every town",
            "Pat Dalby",
        ),
        (
            ["Pat Dalby opened a library branch on Friday. “Every town deserves one of these,” said the senator from Oregon."],
            "Every town",
            "Pat Dalby",
        ),
        # a title with "for" and its seat, after a subject that a connective opens
        (
            ["Ferdy Quint opened the new ward at the county hospital on Monday.", "But Tory backbencher Sir Alwyn Marsh said the cuts to the night shift were a mistake.", "“The nurses cannot be in two places at once,” the MP for Wealdham added."],
            "The nurses",
            "Alwyn Marsh",
        ),
        (
            ["Ferdy Quint opened the new ward at the county hospital on Monday.", "“The nurses cannot be in two places at once,” the MP for Wealdham said."],
            "The nurses",
            "Ferdy Quint",
        ),
        # a subject after an opening phrase with no comma
        (
            ["On Sunday morning Jane Roe gave out medals at a school race, cheering on the last runner, Tom Holt, all the way in.", "“Finishing is the hard part and you all did it,” said the Democratic nominee."],
            "Finishing is",
            "Jane Roe",
        ),
        # an age alone, after or before the verb
        (
            ["Joan Ferris, 52, has run the bakery on Mill Lane since 1998.", "“We sell out of rye by nine,” the 52-year-old said."],
            "We sell out",
            "Joan Ferris",
        ),
        (
            ["Piotr Sarnowski, a painter who lives by the docks, shared a photograph on Thursday.", "“Who painted the harbour wall blue?” asked the 43-year-old."],
            "Who painted",
            "Piotr Sarnowski",
        ),
        # a picture's credit between the two paragraphs is no sentence
        (
            ["Piotr Sarnowski, a painter who lives by the docks, shared a photograph on Thursday.", "Lena Ost via Harbour Images.", "“Who painted the harbour wall blue?” the 43-year-old wrote in a post."],
            "Who painted",
            "Piotr Sarnowski",
        ),
        # "X told host Y": X is the subject, not the host
        (
            ["Ruth Okafor told the radio host Ben Abara that the ferry timetable would change.", "The former harbourmaster said, “The morning boat will leave an hour earlier from June.”"],
            "The morning boat",
            "Ruth Okafor",
        ),
    ],
)
def test_a_description_refers_to_the_subject_before(paragraphs, opening, expected):
    assert speaker_of(paragraphs, opening) == expected


@pytest.mark.parametrize(
    "paragraphs, opening, expected",
    [
        # a capitalised word before a role noun qualifies it, opening the sentence too
        (
            ["Ann Moss gave no figure for the cost of the bridge.", "The Labour nominee later toured a bus depot and vowed to bring back “the night routes we lost.”"],
            "the night",
            "Ann Moss",
        ),
        # among two holders of the role, the subject of the sentence before is meant,
        # though the other was once printed beside the description's word
        (
            [
                "Labour nominee Ann Moss and Green nominee Ruth Gale met voters in Tallow.",
                "Ruth Gale told a Labour crowd that rents were too high.",
                "Ann Moss gave no figure for the cost of the bridge Ruth Gale wants.",
                "The Labour nominee later toured a bus depot and vowed to bring back “the night routes we lost.”",
            ],
            "the night",
            "Ann Moss",
        ),
        # a description after a description goes on with the name before both
        (
            [
                "Ann Moss thinks the bridge toll gets more attention than it deserves.",
                "The Labour nominee spent Friday touring farms outside Tallow, a day after the council vote.",
                "The county councillor said critics were to blame for counting “every penny and not the bridge.”",
            ],
            "every penny",
            "Ann Moss",
        ),
        # a place set off by commas after a clause is no appositive name
        (
            [
                "Ann Moss thinks the bridge toll gets more attention than it deserves.",
                "The Labour nominee was touring farms near Port Ellis, Wealdshire, a day after the council vote.",
                "The county councillor said critics were to blame for counting “every penny and not the bridge.”",
            ],
            "every penny",
            "Ann Moss",
        ),
    ],
)
def test_a_description_at_the_opening_refers_to_the_subject_before(paragraphs, opening, expected):
    assert speaker_of(paragraphs, opening) == expected


@pytest.mark.parametrize(
    "paragraphs, opening",
    [
        # a role news uses for sources it leaves unnamed
        (["Rita Moss visited the dairy on Friday. “Milk prices will settle by spring,” said the senior campaign adviser."], "Milk prices"),
        # a campaign is no person
        (["Rita Moss plans a bus tour next month. According to the Moss campaign, “The bus stops in nine counties over four days.”"], "The bus stops"),
        # a bare role with no modifier is left to the role rules
        (["Rita Moss visited the dairy on Friday. “Milk prices will settle by spring,” said the candidate."], "Milk prices"),
        # another party's nominee
        (["Republican nominee Tom Holt planted an oak in a park on Friday. “It will outlive every one of us,” said the Democratic nominee."], "It will outlive"),
        # a mayor is not the candidate the description names
        (["Mayor Dana Reyes reopened the swimming baths in 2014.", "“The water is warmer than the sea in August,” the Republican presidential candidate said on the radio."], "The water is"),
        # a party's side of the chamber is no one person, though a description opens the sentence before
        (["Council leader Tom Vale spoke to the radio on Monday.", "The veteran councillor has led the council since 2019.", "The Green opposition warned that the loans had “come back to haunt the town”."], "come back"),
    ],
)
def test_a_description_that_fits_no_one_names_nobody(paragraphs, opening):
    assert speaker_of(paragraphs, opening) is None


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "X's former speechwriter" is the person named just before, when that is not X
        (["Mark Hale on Wednesday called on Tom Dean to apologise to Ann Moss.", "“That was a disgrace,” Moss's former speechwriter said on the radio."], "Mark Hale"),
        # ... not X, nor a possessor's role with no past qualifier, which news leaves unnamed
        (["Ann Moss on Wednesday called on Tom Dean to apologise.", "“That was a disgrace,” Moss's former speechwriter said on the radio."], None),
        (["Mark Hale on Wednesday called on Tom Dean to apologise to Ann Moss.", "“That was a disgrace,” Moss's speechwriter said on the radio."], None),
    ],
)
def test_a_possessors_former_role_is_the_person_named_before(paragraphs, expected):
    assert speaker_of(paragraphs, "That was") == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a title whose portfolio is printed in lower case and ends in capitalised words
        (
            ["“We did not order any of it,” the harbour minister of state for ferries and Coastal Works told reporters.", "Harbour minister Dana Reyes had denied the reports on Monday."],
            "Dana Reyes",
        ),
        # ... while the unnamed head of a body stays unnamed
        (
            ["“We did not order any of it,” said the head of the Dock Union.", "Dana Reyes had denied the reports on Monday."],
            None,
        ),
    ],
)
def test_a_portfolio_in_lower_case_ends_in_no_name(paragraphs, expected):
    assert textutil.speakers_of(paragraphs)[0][1] == expected


@pytest.mark.parametrize(
    "second, expected",
    [
        # the next paragraph names the holder of the role the lead described
        ("Ben Lowe, leader of Tallow Borough Council, said the vote had ended the scheme.", "Ben Lowe"),
        ("Ben Lowe, chief executive of the Tallow depot company, told a meeting the vote had ended the scheme.", "Ben Lowe"),
        # ... not someone named there with another role, or with none
        ("Ben Lowe, a local farmer, said the vote had ended the scheme.", None),
        ("Ben Lowe said the vote had ended the scheme.", None),
    ],
)
def test_a_lead_that_names_its_speaker_in_the_next_paragraph(second, expected):
    lead = "A council leader has said the depot plan is “dead in the water” after the vote on Monday."
    assert speaker_of([lead, second], "dead in the water") == expected


def test_a_lead_description_after_a_name_is_someone_else():
    paragraphs = [
        "Ana Roe, the mayor, opened the meeting. A council leader has said the depot plan is “dead in the water” after the vote.",
        "Ben Lowe, leader of Tallow Borough Council, said the vote had ended the scheme.",
    ]
    assert speaker_of(paragraphs, "dead in the water") is None


@pytest.mark.parametrize(
    "paragraphs, opening, expected",
    [
        # the sentence before gives words to someone in the middle ("..., she said, adding ...")
        (
            ["Jane Roe has said her successor will have a “hard task”.", "Ward budgets are “the hardest part” of the job, she said, adding it is hard to please everyone.", "The outgoing Tallow leader said while some members may be unhappy, “chances come quickly in politics”."],
            "chances come",
            "Jane Roe",
        ),
        # a description that opens the sentence before goes on with whoever spoke before it
        (
            ["Ivo Lark says his career is not over.", "“I have plenty left to give the ward,” he said.", "The former council leader then turned on Dana Reyes and Tom Vale, blaming them for his fall.", "The flamboyant politician claimed members who backed the vote were paid.", "“Some of my colleagues gave me up once their bosses rang them.”"],
            "Some of my colleagues",
            "Ivo Lark",
        ),
        (
            ["Ivo Lark says his career is not over.", "“I have plenty left to give the ward,” he said.", "The former council leader then turned on Dana Reyes and Tom Vale, blaming them for his fall.", "The flamboyant politician claimed members who backed the vote were “paid off”."],
            "paid off",
            "Ivo Lark",
        ),
        # ... but not someone of the other gender, a body, or past someone named since
        (
            ["Jane Roe has said her successor will have a “hard task”.", "Ward budgets are “the hardest part” of the job, she said, adding it is hard to please everyone.", "The businessman said while some members may be unhappy, “chances come quickly in politics”."],
            "chances come",
            None,
        ),
        (
            ["The Tallow Party has said its next leader will have a “hard task”.", "Ward budgets are “the hardest part” of the job, the party said, adding it is hard to please everyone.", "The outgoing leader said while some members may be unhappy, “chances come quickly in politics”."],
            "chances come",
            None,
        ),
        (
            ["Jane Roe has said her successor will have a “hard task”.", "Ward budgets are “the hardest part” of the job, she said, while Ana Lowe called them easy.", "The outgoing leader said while some members may be unhappy, “chances come quickly in politics”."],
            "chances come",
            None,
        ),
    ],
)
def test_a_description_goes_on_with_the_last_speaker(paragraphs, opening, expected):
    assert speaker_of(paragraphs, opening) == expected
