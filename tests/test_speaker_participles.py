"""Speech participles and the clauses around them: a name right before a
participle with no comma between ("an advert featuring Ron Bell calling
her “...”") is its subject; after a comma the participle goes with the
subject of its clause, the last clause of the sentence when "and" opens
one of its own, but not a clause a subordinator opens. Also the long
subjects of attributions that close a sentence (a body, a role and a
name; a relative clause before the verb), titles whose department follows
"of" after a lower-case "former", a sentence that opens with a
parenthesis or a conjunctive adverb ("Elsewhere, ..."), and a possessor
whose belonging is the subject ("X's foundation took up the demand,
saying"). A wrong speaker is worse than none, so each table also holds
sentences where the speaker stays empty. Every sentence here is written
for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "paragraph, quoted, expected",
    [
        # a name right before the participle: the name speaks
        ("The advert shows Ron Bellamy calling the senator “a fighter for the farms of the valley.”", "a fighter for the farms of the valley.", "Ron Bellamy"),
        ("The senator had help from the governor, with a new advert featuring Ron Bellamy calling her “a fighter for the farms of the valley.”", "a fighter for the farms of the valley.", "Ron Bellamy"),
        ("A video posted online shows Ron Bellamy saying “we will win this count in the end”.", "we will win this count in the end", "Ron Bellamy"),
        ("The crowd heard Ron Bellamy saying “we will win this count in the end”.", "we will win this count in the end", "Ron Bellamy"),
        # ... with a role of more than one lower-case word before the name
        ("The ruling was criticised, with community leader Marta Quill saying “a betrayal of trust”.", "a betrayal of trust", "Marta Quill"),
        ("The ruling was challenged by residents, with cleric Sheik Omar al-Fadi saying the verdict carried a “smell of panic”.", "smell of panic", "Omar al-Fadi"),
        # after a comma the participle is the clause subject's, not the name's
        ("The mayor thanked Ron Bellamy, saying “we will win this count in the end”.", "we will win this count in the end", None),
        # a name the text went to, or a place someone is from, is no speaker
        ("The firm sent a letter to Ron Bellamy saying “we will not pay the bill this year”.", "we will not pay the bill this year", None),
        ("The ministry issued a statement Tuesday saying “we will not pay the bill this year”.", "we will not pay the bill this year", None),
        ("The mayor came under fire, with the office of the retired senator from Tallow saying he was “not a real friend of the valley.”", "not a real friend of the valley.", None),
    ],
)
def test_a_name_right_before_a_participle_speaks(paragraph, quoted, expected):
    found = dict(speakers_of(["Ron Bellamy and Marta Quill were at the meeting.", paragraph]))
    assert found.get(quoted) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # "and" opens a clause of its own: its subject goes on with the participle
        ("Local stations called the race early, and Mayor Tom Velling weighed in with a post, saying, “We did not run this race well at all, sadly.”", "Tom Velling"),
        ("Local stations had begun to call the result by ten and while the count went on, Mayor Tom Velling weighed in with a post, distancing himself from the campaign, saying, “We did not run this race well at all.”", "Tom Velling"),
        # ... not a clause a subordinator opens: the main clause's subject speaks
        ("In June, after Ana Roe fell ill, Ben Lowe wrote to her, calling her a friend and telling her, “You are a star and we need you back soon!”", "Ben Lowe"),
        # one subject throughout: it goes on
        ("Mayor Tom Velling thanked the stations and stayed calm, saying, “We will see what comes next in the count.”", "Tom Velling"),
    ],
)
def test_a_participle_goes_with_its_clauses_subject(paragraph, expected):
    found = speakers_of(["Tom Velling, Ana Roe and Ben Lowe spoke on Tuesday.", paragraph])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "paragraph, quoted, expected",
    [
        # a relative clause between the name and the verb that closes the sentence
        ("Profits stayed in the region and that was “fantastic”, Dana Whitcombe, who farms nearby, said.", "fantastic", "Dana Whitcombe"),
        ("Profits stayed in the region and that was “fantastic”, chamber president Dana Whitcombe, who runs a bakery, said.", "fantastic", "Dana Whitcombe"),
        ("Profits stayed in the region and that was “fantastic”, Tallow Valley Growers president Dana Whitcombe, who has a farm on the coast, said.", "fantastic", "Dana Whitcombe"),
        # a body, its role and the name: a longer subject than a bare name
        ("Profits stayed in the region and that was “fantastic”, Tallow Valley Growers president Dana Whitcombe said.", "fantastic", "Dana Whitcombe"),
        # ... but an unnamed group with its own relative clause names nobody
        ("Profits stayed in the region and that was “fantastic”, the old hands, who run the bakery, said.", "fantastic", None),
    ],
)
def test_a_long_subject_closing_the_sentence(paragraph, quoted, expected):
    found = dict(speakers_of(["The growers met in the town hall on Monday.", paragraph]))
    assert found.get(quoted) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("On Monday night, voters will open the contest in “a moment of real choice,” says former Secretary of State Alan Prester, one of many party figures in the state to remind voters of their duty.", "Alan Prester"),
        ("“Nothing is done yet in the count,” said former Minister for Health Ben Lowe.", "Ben Lowe"),
        ("“Nothing is done yet in the count,” said the Minister for Health Ben Lowe.", "Ben Lowe"),
        # a department with no name after it: nobody named
        ("“Nothing is done yet in the count,” said the former head of the Tallow Trust.", None),
    ],
)
def test_a_title_with_its_department_before_the_name(paragraph, expected):
    found = speakers_of(["Voters gathered in the town on Saturday.", paragraph])
    assert [speaker for _, speaker in found] == [expected]


def test_a_sentence_opening_with_a_parenthesis_ends_the_one_before():
    # The participle in the sentence before is no cue for the quotation after the aside.
    paragraph = (
        "“He wanted to make a point,” said his friend at college, Ben Tarrow, who, like several others, "
        "remembered Teddy claiming that his father was a sailor. (He was not.) "
        "“Teddy was a classic case of a restless young man.”"
    )
    found = speakers_of(["The brothers met again in the spring.", paragraph])
    assert [speaker for _, speaker in found] == ["Ben Tarrow", "Ben Tarrow"]



def test_he_after_an_unnamed_spokesmans_attribution_stays_unnamed():
    # "“...,” the spokesman added. He added: ...": the unnamed spokesman goes on, not a body named before.
    paragraphs = [
        "Services were cancelled all morning, with Tallowrail tweeting that trains were “held by the cold.”",
        "A Tallowrail spokesman said: “We are sorry for the delays to every journey this morning.”",
        "“Engineers are working hard on the points,” the spokesman added.",
        "He added: “Customers delayed by half an hour can claim money back.”",
    ]
    assert speakers_of(paragraphs)[-1][1] is None


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a conjunctive adverb opens the sentence; it is no one's name
        ("Elsewhere, Ana Roe said the plan was “a good start for all of us” in the end.", "Ana Roe"),
        ("Elsewhere, the Tallow Institute took up the demand, saying any rises must be “short and fair to all”.", "Tallow Institute"),
        # what a possessor owns is the participle's subject, not the possessor
        ("Ben Lowe's foundation took up the demand, saying any rises must be “short and fair to all”.", None),
        ("Elsewhere, former Prime Minister Sir Ben Lowe's think-tank took up the demand, urging that any rises must be “short and fair to all”.", None),
    ],
)
def test_the_subject_a_participle_goes_with(paragraph, expected):
    found = speakers_of(["The business group called for restraint on Monday.", paragraph])
    assert [speaker for _, speaker in found] == [expected]
