"""Four ways a sentence names who speaks without putting the name next to
the speech verb:

- "who" right before the verb, with no comma ("was met by shopkeeper Ada
  Sloan who said ..."): the person named before "who" speaks;
- a paragraph that ends "its new head is Dov Pallant:" introduces the
  quotation after it;
- a role and a relative clause ("the minister who toured the quarry
  said"): the role alone refers back to its holder;
- a person opening the sentence with a relative clause that only the
  comma before the verb closes ("Ada Sloan who sat with the family,
  beside his sister Una, said"): the person speaks, not a name inside.

Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Premier Tom Vale toured the flooded quay at Orrin on Monday, where he was met"
            " by shopkeeper Ada Sloan who said the board had “never lifted a finger”.",
            "Ada Sloan",
        ),
        ("Tom Vale later met Ada Sloan who also said the board had “never lifted a finger”.", "Ada Sloan"),
        # guards: an organisation before "who", and the comma form after a spokesman's body
        ("A spokesman for the Halden Trust who said the plan was “never lifted a finger” left early.", None),
        ("Tom Vale met a spokesman for Ada Sloan, who said the board had “never lifted a finger”.", None),
    ],
)
def test_a_name_right_before_who_and_the_speech_verb(sentence, expected):
    found = speakers_of(["Storms cut the valley road twice this winter.", sentence])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("The harbour board sat late into the night; its new head is Dov Pallant:", "Dov Pallant"),
        ("The harbour board sat late into the night, and its new head was Dov Pallant:", "Dov Pallant"),
        # guards: a place after the copula, and a lead-in with a speech verb of its own
        ("The harbour board sat late into the night, and the worst hit is Harbour Street:", None),
        ("The harbour board sat late, and Ilse Brandt, whose deputy is Dov Pallant, said:", "Ilse Brandt"),
    ],
)
def test_a_name_after_a_copula_introduces_the_next_paragraph(lead, expected):
    found = speakers_of([lead, "“Keep away from the sea wall until the morning tide has gone out.”"])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "description, expected",
    [
        ("the minister who toured the quarry on Friday morning", "Ilse Brandt"),
        ("the minister who opened the new depot", "Ilse Brandt"),
        # guards: no role before the clause, and a role nobody named holds
        ("the man who found the boat", None),
        ("the officer who found the boat", None),
    ],
)
def test_a_role_followed_by_a_relative_clause(description, expected):
    found = speakers_of(
        [
            "Transport Minister, Ilse Brandt, has moved the bridge's opening back once again.",
            f"“The bridge opens in June, not before,” {description} said.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Harbour party leader Ada Sloan who sat with the family, beside his sister Una, before the service,"
            " said it was “a hard day for the whole town”.",
            "Ada Sloan",
        ),
        ("Ada Sloan who sat with the family, beside his sister Una, said it was “a hard day for the whole town”.", "Ada Sloan"),
        # guards: the relative clause set off by commas, and no relative clause
        ("Ada Sloan, who sat with the family, said it was “a hard day for the whole town”.", "Ada Sloan"),
        ("His sister Una, beside Ada Sloan, said it was “a hard day for the whole town”.", "Una"),
    ],
)
def test_a_relative_clause_closed_only_by_the_comma_before_the_verb(sentence, expected):
    found = speakers_of(["The old harbour master died on Sunday at the age of 90, his family said.", sentence])
    assert [speaker for _, speaker in found] == [expected]
