"""Someone printed with three names and named later by the second alone
("President Juma Tulu Ramadit" ... "Tulu said") is the same person when the
text shows a person, though the list does not know the first word as a
given name; a headline's bare name does not keep the body's full name from
it. The second of three names is the person's even when it is a given
name, as in names where it is the one the person goes by ("Amir Nabil
Hasnan" ... "Nabil said", "Amir Nabil said"); so is any middle part of a
longer name ("Juma Ines Tulu da Costa"). A run the text
never shows as a person is not joined.
Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil

LEAD = "The meeting in the capital drew a large crowd of supporters and officials from across the region on Friday."
QUOTE = "“My ministers and I will now honour every line of this accord,”"


@pytest.mark.parametrize(
    "named, expected",
    [
        ("Tallow President, Juma Tulu Ramadit, told a rally on Friday his cabinet had been pushed into the accord.", "Juma Tulu Ramadit"),
        ("Juma Tulu Ramadit, the president, spoke to the press about the accord he had been pushed into.", "Juma Tulu Ramadit"),
        # the guard: nothing shows the run is a person's name
        ("Juma Tulu Ramadit came to the port on Friday to look at the deal.", "Tulu"),
    ],
)
def test_the_second_of_three_names_is_the_person(named, expected):
    assert textutil.speaker_of([LEAD, named, f"{QUOTE} Tulu said."], "My ministers and I") == expected


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Tallow’s President Tulu’s visit to rally signals a thaw", "Samia Tulu Hassan"),
        ("President Tulu visits the opposition rally", "Samia Tulu Hassan"),
    ],
)
def test_a_headlines_bare_name_is_the_bodys_full_name(headline, expected):
    body = [
        "On Monday, Tallow’s President Samia Tulu Hassan surprised many by taking a seat at the opposition’s rally.",
        "Addressing the crowd, President Tulu said: “We are one country and one people, whoever we vote for.”",
    ]
    seg = textutil.make_seg(body, headline)
    speakers = {q.text: q.speaker for q in quotes_of(seg) if q.kind == "quote"}
    assert speakers["We are one country and one people, whoever we vote for."] == expected


def test_a_gender_only_the_name_list_guessed_does_not_keep_them_apart():
    """"Nicola" is mostly a woman's name in the list; the text says "he"."""
    paragraphs = [
        "Tallow's President, Nicola Tulu Hassan, spent the week at the border talks, and he flew home on Friday.",
        "President Tulu said he would sign the accord in the capital on Sunday.",
        "“My ministers and I will now honour every line of this accord,” Tulu said.",
    ]
    assert textutil.speaker_of(paragraphs, "My ministers and I") == "Nicola Tulu Hassan"


@pytest.mark.parametrize(
    "later, expected",
    [
        # the name a person of three names goes by, alone or with the first
        ("Nabil said.", "Amir Nabil Hasnan"),
        ("Amir Nabil said.", "Amir Nabil Hasnan"),
        # the guard: a name no one printed
        ("Zarif said.", "Zarif"),
    ],
)
def test_the_name_a_person_goes_by_is_theirs(later, expected):
    paragraphs = [
        "Party president Amir Nabil Hasnan spoke to reporters on Sunday after talks with the rival party stalled.",
        f"“For now we only work together in the chamber, nothing more than that,” {later}",
    ]
    assert textutil.speaker_of(paragraphs, "For now we only work") == expected


@pytest.mark.parametrize(
    "named, expected",
    [
        # four or five names: the person may go by any middle one
        ("Tallow President, Juma Ines Tulu da Costa, told a rally on Friday his cabinet had been pushed into the accord.", "Juma Ines Tulu da Costa"),
        ("Tallow President, Juma Ines Tulu Ramadit, told a rally on Friday his cabinet had been pushed into the accord.", "Juma Ines Tulu Ramadit"),
        # the guard: nothing shows the run is a person's name
        ("Juma Ines Tulu Ramadit came to the port on Friday to look at the deal.", "Tulu"),
    ],
)
def test_a_middle_name_of_a_longer_name_is_the_person(named, expected):
    assert textutil.speaker_of([LEAD, named, f"{QUOTE} Tulu said."], "My ministers and I") == expected



@pytest.mark.parametrize(
    "first, expected",
    [
        ("Tallow’s President Tulu told the crowd the accord was signed under protest.", "Juma Tulu Rabe da Costa"),
        # the guard: two people so far known by one middle part each; which one is unsure
        ("Tallow’s President Tulu and the aide Rabe told the crowd the accord was signed under protest.", "Tulu"),
    ],
)
def test_a_middle_name_printed_first_joins_the_full_name_after_it(first, expected):
    paragraphs = [
        first,
        "Later, President Juma Tulu Rabe da Costa spoke to the press about the accord he had been pushed into.",
        f"{QUOTE} Tulu said.",
    ]
    assert textutil.speaker_of(paragraphs, "My ministers and I") == expected


def test_a_middle_name_that_is_a_listed_given_name_joins_the_full_name():
    # "Rosa" is a woman's given name on the list: the full name's gender is
    # not read from it, nor are its words before "Rosa" dropped as a headline's
    paragraphs = [
        "Tallow’s President Rosa told the crowd the accord was signed under protest.",
        "Later, President Ximeno Belarmo Rosa da Costa spoke to the press about the accord he had been pushed into.",
        f"{QUOTE} Rosa said.",
    ]
    assert textutil.speaker_of(paragraphs, "My ministers and I") == "Ximeno Belarmo Rosa da Costa"
