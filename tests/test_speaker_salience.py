"""Which person a pronoun source ("he said", "she added") is, when more than
one person of that gender is in view: the subject of the sentence before,
not whoever was named last in it. Every sentence here is written for the
test."""

import pytest

from . import textutil

speakers_of = textutil.attributed_speakers


def last_speaker(paragraphs):
    return textutil.last_speaker(speakers_of(paragraphs))


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the person a subject talks about is not the one who speaks next
        (
            ["Former mayor Tom Pike is backing Dale Hurst for the seat.",
             "Tom Pike says Dale Hurst “has a habit of finding common ground.” He warns that the rival plan would “drive the whole town off a cliff.”"],
            "Tom Pike",
        ),
        # an object named after the subject
        (
            ["Councillor Tom Pike has promised to stop Dale Hurst from winning the seat.",
             "“Let me make it very clear that this man is unfit for the office,” he told reporters on Tuesday."],
            "Tom Pike",
        ),
        # a phrase before the subject, closed by a comma
        (
            ["At the heart of the row, according to Dale Hurst, was a vote of the board.",
             "In an interview last week, Mr. Pike described the meeting with the board.",
             "“I told them we would never give up on this town,” he recalled."],
            "Pike",
        ),
        # the possessor of a subject is what the sentence is about
        (
            ["Council chief Emeka Okafor met Dale Hurst on Monday to sign the agreement.",
             "Okafor's term as council chief ends later this year. He said the plan would “continue to be a priority for all of us.”"],
            "Emeka Okafor",
        ),
        # a woman named as the subject, another woman in a phrase after her
        (
            ["Senator Ana Ruiz thanked Maria Lopez for the report.",
             "Ruiz then turned to the budget, which Lopez had written.",
             "“The numbers do not add up for the schools,” she said."],
            "Ana Ruiz",
        ),
    ],
)
def test_pronoun_goes_to_the_subject_of_the_sentence_before(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the person last named as a subject still answers when the sentence before has none
        (
            ["Tom Pike spoke to the crowd on Monday.",
             "The plan, which many in the room opposed, passed anyway.",
             "“We did what the town asked of us,” he said."],
            "Tom Pike",
        ),
    ],
)
def test_subject_rule_does_not_overreach(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


def test_the_possessor_of_a_role_does_not_speak_for_its_holder():
    # "X's spokesman said ... He said": the spokesman, not X
    paragraphs = [
        "Mayor Tom Pike spoke on Monday.",
        "Dale Hurst's spokesman said the plan was dead. He said the vote “will not happen this year at all.”",
    ]
    assert last_speaker(paragraphs) != "Dale Hurst"


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an age printed with a name shows a person, whose given name no list knows
        (
            ["Union spokesman Tom Becker said the marchers were calm all day.",
             "Zorvan Quillet, 13, of Eastbrook sold water on the corner. He said the sign was his idea: “Water for everyone who walks by today.”"],
            "Zorvan Quillet",
        ),
        # "X said he ..." tells X's gender
        (
            ["Mayor Dale Hurst opened the rally on Friday.",
             "Later Quillet and Varga went to the rally in town. Quillet said he was alarmed by the crowd.",
             "“I was the only one in the hall with a green scarf,” he admitted."],
            "Quillet",
        ),
        (
            ["Mayor Ana Ruiz opened the rally on Friday.",
             "Later Quillet went to the rally in town. Quillet says that she was alarmed by the crowd.",
             "“I was the only one in the hall with a green scarf,” she admitted."],
            "Quillet",
        ),
    ],
)
def test_what_shows_a_person_and_their_gender(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


def test_told_someone_he_does_not_give_the_gender():
    # "X told Y he ...": the pronoun may be Y, so X's gender stays open
    paragraphs = [
        "Mayor Ana Ruiz opened the rally on Friday.",
        "Quillet told Tom Becker he was wrong about the vote.",
        "“We counted every ballot in this hall twice,” she said.",
    ]
    assert last_speaker(paragraphs) == "Ana Ruiz"


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "X, Y said, has ...": Y speaks in that sentence and goes on
        (
            ["Tom Pike has held the seat for ten years.",
             "Pike, Dale Hurst said, has created a strange mood in the town.",
             "“So afterwards, his voters feel they were right all along,” he said."],
            "Dale Hurst",
        ),
        # "X's plan may be bold, said Y, a professor": Y
        (
            ["Tom Pike launched his plan on Monday.",
             "Pike's plan may be bold, said Dale Hurst, a professor at the city college. “Each candidate is talking to their own voters,” he said."],
            "Dale Hurst",
        ),
        # "when Y asked" is no attribution of the sentence: the subject X goes on
        (
            ["Councillor Tom Pike met the press on Monday.",
             "Pike did not sound confident when Dale Hurst asked about the vote.",
             "“The one thing you can predict this year is that it will be a surprise,” he said."],
            "Tom Pike",
        ),
        # "X said Y had ...": Y is talked about, X speaks
        (
            ["Councillor Tom Pike, who represents the east ward, said Dale Hurst had let the town down.",
             "“I am deeply offended when he fails to honour our volunteers,” he said."],
            "Tom Pike",
        ),
    ],
)
def test_who_speaks_in_the_sentence_before_goes_on(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


def test_a_place_before_the_subject_is_not_the_subject():
    paragraphs = [
        "“We will win this state by a mile,” New Caledon said in its campaign slogan.",
        "Speaking at a town hall in Eastbrook, New Caledon, Tom Pike went after Dale Hurst, calling him weak.",
        "He says, “Here is a man who would not be hired to do anything at all.”",
    ]
    assert last_speaker(paragraphs) == "Tom Pike"


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“Can we win the county this year?” Mr. Novak asked. “I don't know yet.”", "Novak"),
        ("“Can we win the county this year?” Dr. Ana Ruiz asked.", "Ana Ruiz"),
        ("“Can we win the county this year?” Jane Q. Roe asked.", "Jane Q. Roe"),
        ("“Who would stop us now?!” Gov. Tom Pike shouted.", "Tom Pike"),
    ],
)
def test_a_question_closed_by_an_attribution_with_an_abbreviation(paragraph, expected):
    # the speaker after the question, not the person of the paragraph before
    assert last_speaker(["Mayor Dale Hurst spoke first, and he said the plan was sound.", paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a relative clause, an age and a state's initials between a name and its verb
        ("“We need people who will bring the town together,” Harry Vole, 30, of Eastbrook, N.C., who was one of the voters asked, said in an interview.", "Harry Vole"),
        ("“We need people who will bring the town together,” Jane Roe, who runs the bakery on Main Street, said.", "Jane Roe"),
        # "which she described as": the pronoun of the relative clause itself
        ("Mayor Ana Ruiz said the council had offered a small rise, which she described as “the most we can afford without cuts.”", "Ana Ruiz"),
        # descriptors of any shape before a name after an inverted speech verb
        ("“We have had enough of this today,” said Oversight ranking Democrat Elijah Vole.", "Elijah Vole"),
        ("“We have had enough of this today,” said Pike ally James Carrow.", "James Carrow"),
    ],
)
def test_the_name_past_descriptions_of_it_speaks(paragraph, expected):
    assert last_speaker(["Councillor Tom Pike opened the meeting on Monday.", paragraph]) == expected


def test_a_verb_and_its_object_are_not_a_description():
    # "X endorsed Y, saying ...": X speaks, not the Y X endorsed
    paragraph = "In 2016, Mrs. Jane Roe endorsed Tom Pike for mayor, saying he had “the courage and the energy” to do the job."
    assert last_speaker([paragraph]) == "Jane Roe"


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an opening phrase that starts with a capital is not the subject
        (["Hours later, Tom Pike returned the favour, telling reporters, “We have been friends for a long time now.”"], "Tom Pike"),
        (["Reached by phone, Dale Hurst denied the report, explaining that he was “taking a day off with the family.”"], "Dale Hurst"),
        (["At a campaign event in Eastbrook, Vermont, on Sunday, Mrs. Ana Ruiz tried to explain, saying the town should “be rallying its partners.”"], "Ana Ruiz"),
        # ... but a parenthetical attribution and an appositive keep the subject
        (["Tom Pike, Dale Hurst said, has “created a strange mood in the whole town.”"], "Dale Hurst"),
        (["Councillor Tom Pike, an Eastbrook native, said he was “proud of what the town has done.”"], "Tom Pike"),
    ],
)
def test_an_opening_phrase_with_a_capital_is_no_speaker(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


def test_a_narrator_contracted_pronoun_is_nobody():
    # "I'm old enough to remember X declaring ...": the writer is no name
    paragraph = "I'm old enough to remember Mayor Tom Pike on TV in 1977, declaring a “moral equivalent of war” on oil."
    assert last_speaker([paragraph]) != "I'm"


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a party label taken for a name is no antecedent for "he"
        (["Senator Tom Pike spoke to the crowd on Monday.",
          "“We will win this district in the autumn,” Democratic said on its banner.",
          "“The party is ready for a real fight,” he said."],
         "Tom Pike"),
        # a surname that is also a label word is still a person's
        (["Mark Cuban spoke to the crowd on Monday.",
          "“You have got to be able to adapt to the voters,” he said."],
         "Mark Cuban"),
    ],
)
def test_labels_are_no_antecedents(paragraphs, expected):
    assert last_speaker(paragraphs) == expected


def test_a_description_goes_to_the_holder_printed_with_its_words():
    paragraphs = [
        "President Ivo Marek opened the new stadium in the Ruritanian capital on Friday.",
        "Football federation president Karl Brandt thanked him for the support of the government.",
        "The Ruritanian leader said that “he is a capable and careful organiser.”",
    ]
    assert last_speaker(paragraphs) == "Ivo Marek"
