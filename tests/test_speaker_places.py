"""Countries are places: one may speak as a state ("Portugal said"), but
no "he" or "she" means a country, whether it is printed as a possessive
before someone's title or with a first word that reads like an
honorific. Every sentence here is written for the test; the countries
are real because the rule reads the ISO list of them."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil


def speakers(paragraphs: list[str], title: str = "A headline") -> list[object]:
    seg = textutil.make_seg(paragraphs, title, True)
    return [q.speaker for q in quotes_of(seg) if q.kind == "quote"]


@pytest.mark.parametrize(
    "title, paragraphs, expected",
    [
        # a country's possessive before a title: the pronoun is the holder's
        (
            "Portugal’s opposition leader says he will not recognise the count",
            [
                "Portugal’s main opposition presidential flag bearer Ndoro Kasimbe has said he will not recognise the outcome of the vote.",
                "“We will fight this result in the courts,” he told reporters on Thursday.",
            ],
            ["Ndoro Kasimbe"],
        ),
        # a country whose first word reads as an honorific is no person either
        (
            "Bowlers earn praise",
            [
                "Thilak Marapana, the new batting coach, watched from the stands.",
                "Sri Lanka had bowled well, and Marapana believes the batting let the side down.",
                "“We did not bat long enough on the first day,” he said.",
            ],
            ["Thilak Marapana"],
        ),
        # a country still speaks as a state
        (
            "Test condemned",
            ["Even Portugal, a close partner, said it “strongly rejected” the launch and would press for talks."],
            ["Portugal"],
        ),
        # a surname that is also a country stays a person's
        (
            "Appeal lodged",
            [
                "Lawyer Mina Jordan spoke outside the court.",
                "“We will appeal this decision,” Jordan said.",
            ],
            ["Mina Jordan"],
        ),
    ],
)
def test_a_country_is_no_person(title, paragraphs, expected):
    assert speakers(paragraphs, title) == expected


@pytest.mark.parametrize(
    "lead, expected",
    [
        # "has said he": the pronoun after an auxiliary tells the name's gender
        ("Portugal’s presidential flag bearer Ndoro Kasimbe has said he will not recognise the count.", "Ndoro Kasimbe"),
        ("Portugal’s presidential flag bearer Ndoro Kasimbe has also said he will not recognise the count.", "Ndoro Kasimbe"),
        ("Portugal’s presidential flag bearer Ndoro Kasimbe said he will not recognise the count.", "Ndoro Kasimbe"),
        # "has said she": a woman, whom the later "he" does not mean
        ("Portugal’s presidential flag bearer Ndoro Kasimbe has said she will not recognise the count.", None),
    ],
)
def test_a_pronoun_after_has_said_gives_the_gender(lead, expected):
    paragraphs = [lead, "“We will fight this result in the courts,” he told reporters on Thursday."]
    assert speakers(paragraphs, "Count disputed") == [expected]


@pytest.mark.parametrize(
    "lead, expected",
    [
        # a party's initial joined to a town of two words, set off after the name
        ("Sen. Tom Vale, D-Lake Marren, said he had served with soldiers who were “ready to stand by me.”", "Tom Vale"),
        ("Sen. Tom Vale, R-Port Tallow, said he had served with soldiers who were “ready to stand by me.”", "Tom Vale"),
        # a party and a state's abbreviation, as before
        ("Sen. Tom Vale, D-Ore., said he had served with soldiers who were “ready to stand by me.”", "Tom Vale"),
    ],
)
def test_a_party_and_town_after_a_name_is_no_speaker(lead, expected):
    assert speakers([lead], "Bill passes") == [expected]
