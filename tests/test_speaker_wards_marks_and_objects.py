"""A numbered ward or district inside a title ("said ward 5 councillor Ana
Roe"); quote marks typed with a space on the wrong side (a closing mark
after a space, an opening single mark before one); the object of the
subject's verb, which is no description of the speaker ("Ben Lowe
thanked chairman Ed Stone but said ..."); and a body's initials in
brackets among the words before a name whose given name no list holds. A
wrong speaker is worse than none, so each table also holds sentences
where the speaker stays as it was. Every sentence here is written for
the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "cue, expected",
    [
        ("said ward 5 councillor Ana Roe", "Ana Roe"),
        ("said Ward 12 Coun. Ana Roe", "Ana Roe"),
        ("said District 3 Councilman Ana Roe", "Ana Roe"),
        # a number that is no ward's is no part of a title
        ("said 5 councillors including Ana Roe", None),
    ],
)
def test_a_numbered_ward_inside_a_title(cue, expected):
    found = speakers_of(["Residents filled the school gym on Monday night.", f"“The question is the height of the block, nothing else,” {cue}."])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        (
            '"Pack the car and go tonight. Do not wait for the smoke to reach you, "Tallow Premier Ana Roe told residents in the valley.',
            [("Pack the car and go tonight. Do not wait for the smoke to reach you,", "Ana Roe")],
        ),
        # a new quotation opened after a lost closing mark stays one
        (
            '"Pack the car and go tonight, said Ana Roe. "The valley road closes at ten."',
            [("Pack the car and go tonight, said Ana Roe.", None), ("The valley road closes at ten.", None)],
        ),
    ],
)
def test_a_closing_mark_typed_after_a_space(paragraph, expected):
    seg = textutil.make_seg(["Crews worked through the night on the fire line.", paragraph], "A headline", False)
    assert [(q.text, q.speaker) for q in quotes_of(seg)] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        (
            "‘Two other clubs rang my agent last week,’ said Marlow. ‘ Tallow would be a normal move for me.’",
            [("Two other clubs rang my agent last week,", "Marlow"), ("Tallow would be a normal move for me.", "Marlow")],
        ),
        # an apostrophe later in the paragraph closes nothing
        (
            "‘Two other clubs rang my agent last week,’ said Marlow. ‘ Tallow’s offer was fine.",
            [("Two other clubs rang my agent last week,", "Marlow")],
        ),
    ],
)
def test_an_opening_single_mark_typed_before_a_space(paragraph, expected):
    seg = textutil.make_seg(["Marlow spoke to reporters at the training ground on Friday.", paragraph], "A headline", False)
    assert [(q.text, q.speaker) for q in quotes_of(seg)] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ben Lowe thanked chairman Ed Stone but said the backing put “extra weight” on every match.", "Ben Lowe"),
        ("Ben Lowe met chairman Ed Stone and said the backing put “extra weight” on every match.", "Ben Lowe"),
        # a description before the name opening the sentence, as before
        ("Club chairman Ed Stone thanked the squad but said the backing put “extra weight” on every match.", "Ed Stone"),
    ],
)
def test_the_object_of_the_subjects_verb_is_no_description(sentence, expected):
    assert [speaker for _, speaker in speakers_of([sentence])] == [expected]


@pytest.mark.parametrize(
    "cue, expected",
    [
        ("shouted newly elected Tallow Students Union (TSU) chair Kefilwe Mokoena", "Kefilwe Mokoena"),
        ("shouted newly elected union chair Kefilwe Mokoena", "Kefilwe Mokoena"),
        ("shouted newly elected Tallow Union (TU) chair Ana Roe", "Ana Roe"),
        # a place after the name: no name closes the clause
        ("shouted newly elected Tallow Union (TU) chair Kefilwe Mokoena Street", None),
    ],
)
def test_initials_in_brackets_among_the_words_before_a_name(cue, expected):
    found = speakers_of(["Students gathered on the lawn before noon.", f"“Friends, we will not accept that offer! Close the gates!” {cue}."])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "first, expected",
    [
        ("Prime Minister Ana May ordered an inquiry on Monday after the fire.", "Ana May"),
        ("Ana June, the council leader, ordered an inquiry on Monday after the fire.", "Ana June"),
        # a month that is nobody's surname on the page names nobody
        ("The minister ordered an inquiry on Monday after the fire.", None),
    ],
)
def test_a_surname_that_is_a_month(first, expected):
    surname = "June" if "June" in first else "May"
    found = speakers_of([first, f"“Families deserve to know how the fire spread so fast,” {surname} said, opening the inquiry."])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "cue, expected",
    [
        ("said the 71-year-old Roe, who steps down after this weekend", "Ben Roe"),
        ("said the 71-year-old Roe", "Ben Roe"),
        # the age of a description, not of a name
        ("said the 71-year-old Tallow coach", None),
    ],
)
def test_an_age_before_a_surname(cue, expected):
    found = speakers_of(["Ben Roe will lead the squad in the final this weekend.", f"“The mood in the squad is good and we mean to win,” {cue}."])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "first, cue, expected",
    [
        ("Tallow Telecom posted an update on its page on Monday.", "the post read", "Tallow Telecom"),
        ("The Tallow Weather Office issued a snowfall warning for the valley on Friday.", "the warning continues", "Tallow Weather Office"),
        ("The Tallow Weather Office warned of heavy snow in the valley on Friday.", "the warning continues", "Tallow Weather Office"),
        # a post nobody is said to have put up speaks for nobody
        ("Crews worked through the night on Monday.", "the post read", None),
    ],
)
def test_a_document_named_by_the_verb_that_issued_it(first, cue, expected):
    found = speakers_of([first, f"“Roads in the upper valley may close without notice,” {cue}."])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "cue, expected",
    [
        ("the minister was understood to have said", "Ben Lowe"),
        ("Lowe was quoted as having said", "Ben Lowe"),
        ("Lowe was reported as having said", "Ben Lowe"),
        ("the minister is quoted as saying", "Ben Lowe"),
        # the one quoting is named after "by": the words stay the minister's, as before
        ("the minister said", "Ben Lowe"),
    ],
)
def test_a_passive_that_reports_the_subjects_words(cue, expected):
    found = speakers_of([
        "The Minister of Culture, Ben Lowe, thanked the museum for sending the bronzes home on Tuesday.",
        f"“These works belong to the people whose families made them,” {cue}.",
    ])
    assert [speaker for _, speaker in found] == [expected]
