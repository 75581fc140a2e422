"""A role printed with no article after a name ("said Ben Lowe, minister of
state for rail,"), which a later "the minister" means; two descriptions
joined by "and" whose second runs to two words; a post or blog owned by
someone named ("Roe's Facebook post reads"); a speech verb in the passive
with its agent ("were announced by Ana Roe:"); causes, reasons and
charges in the subject's words ("attributed the fault to “...”", "citing
“...”", "alleging “...”"); a title-case dateline before a dash, which is
nobody; a headline topic before a colon ("Quay Closing:"); and a phrase of
place or occasion between a name and its verb ("Ana Roe at a news
conference said"). A wrong speaker is worse than none, so each table
also holds sentences where the speaker stays as it was. Every sentence
here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("The rail link is failing the north, said Ben Lowe, minister of state for rail and ports, on Monday in Tallow.", "Ben Lowe"),
        ("The rail link is failing the north, said Ben Lowe, minister for rail, on Monday in Tallow.", "Ben Lowe"),
        # another role: not the minister
        ("The rail link is failing the north, said Ben Lowe, chairman of the rail board, on Monday in Tallow.", None),
        # a clause after the comma describes nobody
        ("The rail link is failing the north, said Ben Lowe, speaking on Monday in Tallow.", None),
    ],
)
def test_a_role_with_no_article_after_a_name_is_the_name_s(opening, expected):
    found = speakers_of([opening, "Asked about the strike, the minister said: “The unions know where my door is and always have.”"])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“Ten years of hedges will not hide those panels,” resident and parish councillor Ben Lowe told the committee.", "Ben Lowe"),
        ("“Ten years of hedges will not hide those panels,” farmer and county councillor Ben Lowe told the committee.", "Ben Lowe"),
    ],
)
def test_a_second_description_of_two_words(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["The start-up let a third of its staff go on Monday, engineering lead Ana Roe wrote online.", "“Half my team were told to leave before lunch,” Roe’s Facebook post reads."], ["Ana Roe"]),
        (["Tallow Telecom lost service across the south on Monday.", "“Crews are splicing the cables tonight,” Tallow Telecom's latest post read."], ["Tallow Telecom"]),
        # a post with no owner: whoever issued it, as before
        (["“Crews are splicing the cables tonight,” the post read."], [None]),
    ],
)
def test_a_post_owned_by_someone_named_speaks_for_them(paragraphs, expected):
    assert [speaker for _, speaker in speakers_of(paragraphs)] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("The cuts were announced by the firm's chief executive Ana Roe, in a blog post: “We will spend only on what pays its way this year.”", "Ana Roe"),
        ("The figures were confirmed by finance chief Ben Lowe: “We will spend only on what pays its way this year.”", "Ben Lowe"),
        # nobody named after "by"
        ("The cuts were announced by the firm in a blog post: “We will spend only on what pays its way this year.”", None),
    ],
)
def test_the_agent_of_a_speech_verb_in_the_passive(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("However, Tallow Telecom, in a post on X, attributed the outage to “two severed cables”.", "Tallow Telecom"),
        ("Ana Roe later on Saturday annulled the vote, citing fraud and “ballots found in a river” in a ruling that was appealed.", "Ana Roe"),
        ("Earlier, party president Ben Lowe flatly rejected the count, alleging “industrial” rigging of the vote.", "Ben Lowe"),
    ],
)
def test_causes_reasons_and_charges_in_the_subject_s_words(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


def test_a_title_case_dateline_is_nobody():
    found = speakers_of(["Halden, Ruritania – The main opposition on Monday rejected the count, accusing the two of “a stitch-up”."])
    assert [speaker for _, speaker in found] == [None]


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Quay Closing: Harbour Board Votes To Board Up Its Quay, Calls It ‘A Danger’ For Visitors", None),
        # a name before the colon speaks, as before
        ("Ana Roe: Council Must Shut Quay, It Is ‘A Danger’ To Visitors", "Ana Roe"),
    ],
)
def test_a_topic_before_a_headline_colon_is_no_speaker(headline, expected):
    from datasette_factcheck.extract.article import quotes_of

    seg = textutil.make_seg(["The mayor, Ana Roe, said the pier should close."], headline, True)
    assert [q.speaker for q in quotes_of(seg) if q.paragraph == 0] == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Commission chair Ana Roe at a press briefing in the capital told reporters the tally “was resumed” with the parties.", "Ana Roe"),
        ("Earlier in the day, Ben Lowe at a briefing at the party office, said, “A thousand polling stations were seized by thugs.”", "Ben Lowe"),
        # no name before the phrase: nobody named
        ("The woman at the centre of the row said: “I did nothing wrong at any point, ever.”", None),
    ],
)
def test_a_setting_between_a_name_and_its_verb(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]
