"""Four ways a sentence names who speaks without putting the name next to
the speech verb:

- "who" right before the verb, with no comma ("was confronted by resident
  Ada Sloan who said ..."): the person named before "who" speaks;
- a paragraph that ends "its chair is Dov Pallant:" introduces the
  quotation after it;
- a role and a relative clause ("the minister who was among the
  delegation said"): the role alone refers back to its holder;
- a person opening the sentence with a relative clause that only the
  comma before the verb closes ("Ada Sloan who was with the family,
  including his wife Leah, said"): the person speaks, not a name inside.

Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Premier Tom Vale visited the village of Orrin in Halden, which flooded on Monday, and was confronted"
            " by resident Ada Sloan who said the council had done “nothing at all” to help.",
            "Ada Sloan",
        ),
        ("Tom Vale later met Ada Sloan who also said the council had done “nothing at all” to help.", "Ada Sloan"),
        # guards: an organisation before "who", and the comma form after a spokesman's body
        ("A spokesman for the Halden Trust who said the plan was “nothing at all” left early.", None),
        ("Tom Vale met a spokesman for Ada Sloan, who said the council had done “nothing at all” to help.", None),
    ],
)
def test_a_name_right_before_who_and_the_speech_verb(sentence, expected):
    found = speakers_of(["Storms cut the valley road twice this winter.", sentence])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("The harbour board met today to plan the clean-up; its chair is Dov Pallant:", "Dov Pallant"),
        ("The harbour board met today to plan the clean-up, and its new chair was Dov Pallant:", "Dov Pallant"),
        # guards: a place after the copula, and a lead-in with a speech verb of its own
        ("The harbour board met today to plan the clean-up, and the worst hit is Harbour Street:", None),
        ("The harbour board met today, and Ilse Brandt, whose deputy is Dov Pallant, said:", "Ilse Brandt"),
    ],
)
def test_a_name_after_a_copula_introduces_the_next_paragraph(lead, expected):
    found = speakers_of([lead, "“We would ask people to check on their neighbours tonight.”"])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "description, expected",
    [
        ("the minister who was among the delegation that visited the site", "Ilse Brandt"),
        ("the minister who led the delegation to the site", "Ilse Brandt"),
        # guards: no role before the clause, and a role nobody named holds
        ("the man who found the boat", None),
        ("the officer who found the boat", None),
    ],
)
def test_a_role_followed_by_a_relative_clause(description, expected):
    found = speakers_of(
        [
            "Transport Minister, Ilse Brandt, says the old date for the bridge is no longer feasible.",
            f"“April is the completion date,” {description} said.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Harbour party leader Ada Sloan who was with the family, including his wife Leah, when he died,"
            " said it was a “sad moment for the whole town”.",
            "Ada Sloan",
        ),
        ("Ada Sloan who sat with the family, beside his sister Leah, said it was a “sad moment for the whole town”.", "Ada Sloan"),
        # guards: the relative clause set off by commas, and no relative clause
        ("Ada Sloan, who sat with the family, said it was a “sad moment for the whole town”.", "Ada Sloan"),
        ("His sister Leah, beside Ada Sloan, said it was a “sad moment for the whole town”.", "Leah"),
    ],
)
def test_a_relative_clause_closed_only_by_the_comma_before_the_verb(sentence, expected):
    found = speakers_of(["The archbishop died on Sunday at the age of 90, his family said.", sentence])
    assert [speaker for _, speaker in found] == [expected]
