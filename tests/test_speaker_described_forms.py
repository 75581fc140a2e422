"""How reports describe and place the one who speaks: a party set off by
commas after a name ("Ana Roe, a Democrat, said"); a report that quotes
someone ("X was quoted by the Gazette as saying"); a ruling or judgment
"from" a judge, who speaks through it; a bare title before the comma and
its holder after it ("said Senior Investigating Officer, Detective
Inspector X"); a body set off by commas after a full name ("X, Tallow
Workers Local 12, said"); an age or a star's epithet for the person just
named ("the 57-year-old told reporters", "wrote the Tallow United star");
a participle with "by" after a noun, which reports no speech ("the deadline
suggested by managers"); and a relative of someone left unnamed ("the
cyclist's brother"), who is unnamed too. A wrong speaker is worse than
none, so each table also holds sentences where the speaker stays as it
was. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["Gov. Ana Roe, a Democrat, said “the budget leaves our schools without a single new teacher.”"], ["Ana Roe"]),
        (["Ana Roe, a Democrat, told reporters “the budget leaves our schools without a single new teacher.”"], ["Ana Roe"]),
        (["Ana Roe is the governor.", "Roe, a Democrat, said she would veto any bill that was “plainly unfair” to rural towns."], ["Ana Roe"]),
        # a description of its own, not a party, did already
        (["Ana Roe, a nurse, said “the budget leaves our schools without a single new teacher.”"], ["Ana Roe"]),
        # nobody named before the description: no one to give the words to
        (["The mayor, a Republican, said “the budget leaves our schools without a single new teacher.”"], [None]),
    ],
)
def test_a_party_set_off_by_commas_describes_the_name_before_it(paragraphs, expected):
    assert [speaker for _, speaker in speakers_of(paragraphs)] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“The squad needs two more defenders,” Eli Marsh was quoted as saying by the Gazette.", "Eli Marsh"),
        ("“The squad needs two more defenders,” Eli Marsh was quoted by the Gazette as saying.", "Eli Marsh"),
        ("“The squad needs two more defenders,” the Gazette quoted Eli Marsh as saying.", "Eli Marsh"),
        # the report quotes someone it leaves unnamed
        ("“The squad needs two more defenders,” the Gazette quoted a source as saying.", None),
        ("The Gazette quoted Eli Marsh as saying: “The squad needs two more defenders.”", "Eli Marsh"),
    ],
)
def test_the_one_a_report_quotes_speaks_not_the_report(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“The council acted within its powers when it closed the market,” the ruling from Justice Ida Holm reads.", "Ida Holm"),
        ("The judgment by Judge Ida Holm said: “The claim fails on every count.”", "Ida Holm"),
        # someone unnamed who works for the judge is still unnamed
        ("“The claim fails on every count,” a clerk for Judge Ida Holm said.", None),
    ],
)
def test_a_judge_speaks_through_a_ruling(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“We are asking anyone who drove along the coast road that night to call us,” said Senior Investigating Officer, Detective Inspector Ben Lowe.", "Ben Lowe"),
        ("“We are asking anyone who drove along the coast road that night to call us,” said Chief Executive, Ana Roe.", "Ana Roe"),
        ("“The plant will shut at the end of the month,” Dan Firth, Tallow Workers Local 12, said of the letter.", "Dan Firth"),
        ("“The plant will shut at the end of the month,” Dan Firth, Tallow Workers, said.", "Dan Firth"),
        # a body, not a title, before the comma: the body speaks
        ("“We are asking drivers to call us,” said Tallow Council, which runs the site.", "Tallow Council"),
        ("“We are asking drivers to call us,” said Ana Roe, Chief Executive.", "Ana Roe"),
    ],
)
def test_a_title_or_a_body_set_off_by_commas_leaves_the_name(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["Ben Lowe ran the bakery on Mill Street for thirty years. Since the fire, he has not baked a single loaf.",
          "“I used to be up at four every morning, and now I just sit,” the 57-year-old former baker told reporters.",
          "“The smell of bread still gets to me,” he said."], ["Ben Lowe", "Ben Lowe"]),
        (["Ana Roe posted a message on Thursday after the cup exit.",
          "“We gave everything and came up short,” wrote the Tallow United star. “Thanks to everyone who travelled.”"], ["Ana Roe", "Ana Roe"]),
        # only a person has an age: a body named before it is not meant
        (["Harbour Rail said it would cut fifty jobs in the spring.",
          "“The bridge will stay shut until May,” the 57-year-old former driver told reporters."], [None]),
    ],
)
def test_an_age_or_an_epithet_goes_on_with_the_person_just_named(paragraphs, expected):
    assert [speaker for _, speaker in speakers_of(paragraphs)] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“The offer falls short,” said Cara Diaz, who leads the nurses' union in Halden, adding that staff wanted “a rise before the summer”, the deadline suggested by managers last week.",
         ["Cara Diaz", "Cara Diaz"]),
        # "said by phone" names a medium: the verb still speaks
        ("Ana Roe said by phone: “The offer falls short.”", ["Ana Roe"]),
    ],
)
def test_a_participle_with_by_after_a_noun_reports_no_speech(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == expected


@pytest.mark.parametrize(
    "report, expected",
    [
        ("The cyclist’s brother said the sentence was far too short for the harm done.", None),
        ("The cyclist’s older brother said the sentence was far too short for the harm done.", None),
        # named, or no person at all: the pronoun goes on as before
        ("The cyclist’s brother, Dan Firth, said the sentence was far too short.", "Dan Firth"),
        ("The court’s usual guidelines allow a longer term in such cases.", "Ben Lowe"),
    ],
)
def test_a_relative_of_someone_unnamed_is_unnamed(report, expected):
    found = speakers_of([
        "Judge Ben Lowe said the driver had shown no remorse at any point.",
        report,
        "“Nothing in this hearing will bring back what we lost,” he said.",
    ])
    assert [speaker for _, speaker in found] == [expected]
