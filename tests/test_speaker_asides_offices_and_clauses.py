"""Dashes that set off an aside between a name and its verb ("Ana Roe – a
critic of the plan – said"); a name's body after the name ("chief author
Ana Roe of the Halden Institute of Marine Studies told"); two descriptions
joined by "and" before a name; the place or portfolio of an office ("the
Mayor of Brennick", "the Minister for Roads"), which is nobody's name; a
surname alone with "who" after it, which a later "he" may mean; a given
name alone for someone printed in full; an opening participle's clause
that runs past its quotation to the comma; comparisons in the subject's
words and passives in someone else's. A wrong speaker is worse than none,
so each table also holds sentences where the speaker stays as it was.
Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Harbour Secretary Ben Lowe – long a foe of the dock plan – said a fourth berth was “simply unbuildable”.", "Ben Lowe"),
        ("Ben Lowe — who fought the dock plan — said a fourth berth was “simply unbuildable”.", "Ben Lowe"),
        ("“A fourth berth was never going to happen,” Ben Lowe – long a foe of the dock plan – said.", "Ben Lowe"),
        # commas, as before
        ("Ben Lowe, long a foe of the dock plan, said a fourth berth was “simply unbuildable”.", "Ben Lowe"),
        # a dash that opens a quotation is no aside
        ("Ben Lowe had one reply – “never going to happen, not here” – for the board.", "Ben Lowe"),
    ],
)
def test_an_aside_between_dashes_reads_as_one_between_commas(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“Warmer water on the seabed means thinner shoals every single year,” chief author Ana Roe of the Halden Institute of Marine Studies (HIMS) told the Gazette.", "Ana Roe"),
        ("“Warmer water on the seabed means thinner shoals every single year,” chief author Ana Roe of Tallow's Institute of Marine Studies told the Gazette.", "Ana Roe"),
        ("“Warmer water means thinner shoals,” said chief author Ana Roe of the Halden Institute of Marine Studies.", "Ana Roe"),
        # a lower-case clause after the name is no body
        ("“Warmer water means thinner shoals,” chief author Ana Roe of the survey that ran last year told the Gazette.", None),
    ],
)
def test_a_body_after_the_name_is_one_unit(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“Every barracks flat we were given had damp in it,” navy wife and reservist Ana Roe said.", "Ana Roe"),
        ("“Every barracks flat we were given had damp in it,” army nurse and mother Ana Roe said.", "Ana Roe"),
        # a clause, not a description: nobody named speaks
        ("“Every barracks flat we were given had damp in it,” navy wife and reservist families said.", None),
    ],
)
def test_two_descriptions_joined_by_and_before_a_name(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["The Mayor of Brennick said: “The new footbridge belongs to every one of us.”"], [None]),
        (["Tallow Minister Ana Roe spoke on Wednesday.", "Later the Minister for Roads and Ports said that ‘the levy will change as the network grows, and we like that.’"], ["Ana Roe"]),
        (["Tallow Minister Ana Roe spoke on Wednesday.", "Later the Minister for Roads, Ports and Rail said that ‘the levy will change as the network grows, and we like that.’"], ["Ana Roe"]),
        (["Union Minister of State Ana Roe spoke on Wednesday.", "At a forum, the Minister of State for Mines, Forests, Land reform and Water said that ‘the rules will change as the market grows.’"], ["Ana Roe"]),
        # a name set off after the title is the speaker, as before
        (["The Secretary of State for Health, Ben Lowe, said: “We will pay for the new wards in full.”"], ["Ben Lowe"]),
        # a list after something other than a title names no office
        (["The board may wait while Ana Roe talks with Ruritania over Tallow, Lowe said. “The other factor is cost, and it always was.”"], ["Lowe"]),
        # a body whose name reads the same way keeps its name
        (["The Department for Education said the grant was “fair to every college” in the region."], ["Department for Education"]),
        (["The Board of Elections said: “There is nothing left to add on the recount.”"], ["Board of Elections"]),
    ],
)
def test_the_place_or_portfolio_of_an_office_is_no_name(paragraphs, expected):
    assert [speaker for _, speaker in speakers_of(paragraphs)] == expected


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("Brennick, who built the rowing programme from nothing, is pleased with how the crews are shaping up.", "Brennick"),
        # no "who": a name alone that the text shows nowhere as a person
        ("Brennick is pleased with how the crews are shaping up.", None),
    ],
)
def test_a_surname_alone_with_who_after_it_is_a_person(opening, expected):
    found = speakers_of([opening, "‘Our crews have not rowed this well in a long while,’ he said."])
    assert [speaker for _, speaker in found] == [expected]


def test_a_given_name_alone_is_the_person_printed_in_full():
    found = speakers_of([
        "Carol Brennick ran the ward at the field hospital for a decade.",
        "The fund is based in Tallow, and Carol said giving money is not the only way to back it.",
        "“Anyone can give an afternoon a month to drive a veteran to a clinic.”",
        "Carol began her career as a junior sister on the burns unit. She described those years:",
        "“Some nights the convoys arrived one after another until dawn.”",
    ])
    assert [speaker for _, speaker in found] == ["Carol Brennick", "Carol Brennick"]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Saying he felt “badly let down” by Mr Lowe's remarks, defence secretary Ben Marr replied: “We put more money into barracks homes than any year before.”", "Ben Marr"),
        ("Conceding that the levy was “a blunt tool,” Ana Roe backed it anyway.", "Ana Roe"),
    ],
)
def test_an_opening_clause_runs_past_its_quotation_to_the_comma(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])][:1] == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Another critic, Ana Roe, likened the new code to “tearing up the tenancy laws”.", "Ana Roe"),
        ("At a rally, Ana Roe likened the migrants to a “hungry wolf” in a fable about a farmer who takes in a cub.", "Ana Roe"),
        ("Ana Roe compared the mayor to a coach at a football game who is “working the linesman” all afternoon.", "Ana Roe"),
        # a comparison with no object is no one's characterisation
        ("Turnout compared to “the worst night in decades” at the count.", None),
        # the one called or praised is no speaker
        ("Ana Roe has been branded a fraud by rival growers for selling “miracle” fertiliser.", None),
        ("Ana Roe, a grower and radio host, has been branded a fraud for selling “miracle” fertiliser.", None),
        ("Ana Roe was widely praised for her “brave and simple” budget.", None),
        # the subject describing, in the present: she speaks
        ("Ana Roe is describing as “reckless” a letter from the mayor.", "Ana Roe"),
    ],
)
def test_comparisons_and_passives_of_naming_verbs(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]
