"""A statement that goes on ("the statement continued") after its issuer
spoke "in a statement", a body whose name holds a plural possessive
("Halden Students’ Union"), a name printed in capitals to open a story,
a picture's caption between two paragraphs of one speech, a pronoun that
opens what was said after "and said", an adverb between a name and its
participle, an auxiliary after a described name that closes a sentence,
and an attribution that prints a description and a name with no verb. A
wrong speaker is worse than none, so each table also holds sentences where
the speaker stays as it was. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("In a statement, Halden Council said: “Both roads will reopen on Monday.”", "Halden Council"),
        ("In a statement on Tuesday night, Halden Rovers said: “Both roads will reopen on Monday.”", "Halden Rovers"),
        ("Halden Council said in a statement: “Both roads will reopen on Monday.”", "Halden Council"),
        ("Ana Roe said in an emailed statement: “Both roads will reopen on Monday.”", "Ana Roe"),
        # a statement nobody is said to have made speaks for nobody
        ("A statement went up on the council's gate: “Both roads will reopen on Monday.”", None),
    ],
)
def test_a_statement_that_goes_on(lead, expected):
    found = speakers_of([lead, "“Drivers should allow extra time until then,” the statement continued."])
    assert found[-1][1] == expected


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("Halden College Students’ Union outlined:", "Halden College Students’ Union"),
        ("The Halden Farmers' Association set out its case:", "Halden Farmers' Association"),
        ("Halden College Students’ Union said:", "Halden College Students’ Union"),
    ],
)
def test_a_body_whose_name_holds_a_plural_possessive(subject, expected):
    found = speakers_of([f"{subject} “We see students locked out of housing across the city.”"])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("ANA ROE apologised to travelling Halden fans after a heavy defeat in Tallow.", "Ana Roe"),
        ("ANA Roe apologised to travelling Halden fans after a heavy defeat in Tallow.", "Ana Roe"),
        # a place in capitals is no given name
        ("TALLOW ROVERS beat Halden 7-0 on Thursday night.", "Roe"),
    ],
)
def test_a_name_in_capitals_opening_a_story(lead, expected):
    found = speakers_of([lead, "“Nobody in our dressing room will argue with the fans tonight,” Roe said."])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "caption, expected",
    [
        ("Disappointed: Ana Roe.", "Ana Roe"),
        ("Disappointed: Ana Roe.Credit: Tallow Images", "Ana Roe"),
        ("Ana Roe via Tallow Images.", "Ana Roe"),
        # a sentence about someone else is no caption: the quotation is his
        ("Ben Lowe scored twice in the second half.", "Ben Lowe"),
    ],
)
def test_a_caption_between_two_paragraphs_of_one_speech(caption, expected):
    found = speakers_of(
        [
            "Halden coach Ana Roe was bitterly disappointed to lose her first game in charge.",
            "“That was far below the standard we set ourselves in training,” she said.",
            caption,
            "“A home crowd like that deserved a win and we gave them nothing.”",
        ]
    )
    assert found[-1][1] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Judge Ben Lowe called him a “coward” and said it would take a “real change of heart” before any release.", "Ben Lowe"),
        ("Judge Ben Lowe called him a “coward” but said it would take a “real change of heart” before any release.", "Ben Lowe"),
        # someone new who says it in their own clause
        ("Judge Ben Lowe called him a “coward” and Ana Roe said it would take a “real change of heart” before any release.", "Ana Roe"),
    ],
)
def test_a_pronoun_opening_what_was_said(sentence, expected):
    found = speakers_of(["Dan Pike was jailed for life on Friday.", sentence])
    assert [speaker for text, speaker in found if text == "real change of heart"] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The video showed the two leaders trading blows, with Dan Pike repeatedly calling the senator a “bully”.", "Dan Pike"),
        ("The video showed the two leaders trading blows, with Dan Pike loudly calling the senator a “bully”.", "Dan Pike"),
        ("The video showed the two leaders trading blows, with Dan Pike calling the senator a “bully”.", "Dan Pike"),
        # critics are nobody named
        ("The video showed the two leaders trading blows, with critics repeatedly calling the senator a “bully”.", None),
    ],
)
def test_an_adverb_between_a_name_and_its_participle(sentence, expected):
    found = speakers_of([sentence])
    assert [speaker for text, speaker in found if text == "bully" and speaker] == ([expected] if expected else [])


@pytest.mark.parametrize(
    "closing, expected",
    [
        ("new Health Secretary Ana Roe has said", "Ana Roe"),
        ("new Health Secretary Ana Roe has previously said", "Ana Roe"),
        ("new Health Secretary Ana Roe said", "Ana Roe"),
        ("Health Secretary Ana Roe has said", "Ana Roe"),
    ],
)
def test_a_described_name_then_an_auxiliary_closing_the_sentence(closing, expected):
    found = speakers_of([f"Queues at Halden’s clinics are “finally getting shorter”, {closing}."])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "after, expected",
    [
        ("the party’s shadow health secretary Cara Mills", "Cara Mills"),
        ("shadow health secretary Cara Mills", "Cara Mills"),
        ("Cara Mills", "Cara Mills"),
        # a place or a body after the quotation is no attribution
        ("in Halden Town Hall", None),
        ("at the Tallow Arms", None),
        ("Halden Council", None),
    ],
)
def test_a_description_and_a_name_with_no_verb(after, expected):
    found = speakers_of(
        [
            "Waiting times at Halden's hospitals rose again in January.",
            f"“Our clinics have never been this slow, and the winter has barely started,” {after}.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]
