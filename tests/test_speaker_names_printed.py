"""Names as pages print them around a speaker: a description set off
between a name and its verb ("Nicola Ferri, another organiser of the
march, said"), after which "he" goes on with that name though a list of
given names says otherwise; a nickname in quotation marks inside a name
whose given name no list knows ("Adeola 'Nodex' Adebayo"), by which the
article goes on to name the person; and an occupation capitalised to open
a sentence before a name ("Farmer Abi Reader said"), which is no part of
the name. A wrong speaker is worse than none, so each table also holds
sentences where the speaker stays as it was. Every sentence here is
written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("Nicola Ferri, another organiser of the march, said, “Our strike will go on.”", ["Nicola Ferri", "Nicola Ferri"]),
        ("Nicola Ferri said, “Our strike will go on.”", ["Nicola Ferri", "Nicola Ferri"]),
        # no verb of speech after the description, but the one person the sentence opens with
        ("Nicola Ferri, another organiser of the march, was held on Monday by the police.", ["Nicola Ferri"]),
        # the guard: a name inside what someone else said
        ("The police said Nicola Ferri, another organiser of the march, was held on Monday.", [None]),
    ],
)
def test_he_goes_on_with_a_name_described_before_its_verb(opening, expected):
    found = speakers_of([opening, "He also said, “Not one window was broken all day.”"])
    assert [speaker for _, speaker in found] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["The film-maker Adeola 'Nodex' Adebayo showed his first feature in Lagos on Sunday.",
          "Speaking after the screening, Nodex called the industry “a small miracle”.",
          "“You have to respect that, whatever you think of the films,” he said."], ["Adeola Adebayo", "Adeola Adebayo"]),
        (["The film-maker Ana “Nodex” Roe showed her first feature in Lagos on Sunday.",
          "Speaking after the screening, Nodex called the industry “a small miracle”."], ["Ana Roe"]),
        # words in quotation marks between a name and a lower-case word are no nickname
        (["The film-maker Adeola Adebayo showed a film called “Nodex” in Lagos on Sunday.",
          "Speaking after the screening, Nodex called the industry “a small miracle”."], ["Nodex"]),
    ],
)
def test_a_nickname_inside_a_name_names_the_person(paragraphs, expected):
    found = [speaker for text, speaker in speakers_of(paragraphs) if text != "Nodex"]
    assert found == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Farmer Abi Reader said: “We cannot pay the feed bills this winter.”", "Abi Reader"),
        # an occupation the lists know before a given name, as before
        ("Builder Ben Lowe said: “We cannot pay the feed bills this winter.”", "Ben Lowe"),
        # a given name that reads as an occupation opens the name
        ("Taylor Ann Brook said: “We cannot pay the feed bills this winter.”", "Taylor Ann Brook"),
        ("Carter Ben Lowe said: “We cannot pay the feed bills this winter.”", "Carter Ben Lowe"),
    ],
)
def test_an_occupation_opening_the_sentence_is_no_part_of_the_name(paragraph, expected):
    assert [speaker for _, speaker in speakers_of([paragraph])] == [expected]


@pytest.mark.parametrize(
    "report, expected",
    [
        ("Yuto Arakawa, head of the Tallow Power Board, said on Monday that, if the reports are right, the test broke the "
         "rules — which he added “was a grave step for the region.”", ["Yuto Arakawa", "Yuto Arakawa"]),
        # the name is no subject of a verb of speech: "he" stays with the one who spoke
        ("Yuto Arakawa, head of the Tallow Power Board, flew home on Monday, and Lowe added that the test "
         "“was a grave step for the region.”", ["Ben Lowe", "Ben Lowe"]),
    ],
)
def test_he_goes_on_with_a_new_name_described_before_its_verb(report, expected):
    found = speakers_of([
        "“The test breaks every rule,” Tallow Secretary Ben Lowe said. “They should stop.”",
        report,
        "“We urge them to stop at once,” he said.",
    ])
    assert [speaker for _, speaker in found][2:] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["The minority lost its vote on the budget on Monday.",
          "“Not one of them stood with us,” the Minority Leader, Haruna Boateng, told the media on Monday.",
          "“We will keep pressing until the vote is held again,” he said."], "Haruna Boateng"),
        # "X, said Y,": Y spoke, not the X set off before the verb
        (["Ana Roe has known Ben Lowe for years.",
          "And Lowe, said Roe, who is still friendly with him, never forgets a slight. “Cross him once and you are done,” she said."], "Ana Roe"),
    ],
)
def test_a_name_set_off_before_its_verb_spoke_last(paragraphs, expected):
    assert [speaker for _, speaker in speakers_of(paragraphs)][-1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["Fair Streets and Open Courts Africa (FSOCA) condemned the arrests.",
          "“The march was calm until the vans arrived,” FSOCA says."], "Fair Streets and Open Courts Africa"),
        # initials nobody defines in brackets are never a person's name
        (["Dr Paul Mann met the marchers on Monday.",
          "“The march was calm until the vans arrived,” PM says."], None),
    ],
)
def test_initials_defined_in_brackets_name_the_body(paragraphs, expected):
    assert [speaker for _, speaker in speakers_of(paragraphs)][-1] == expected
