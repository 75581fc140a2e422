"""A role owned by a body or a place ("Tallow's refugee commissioner
said", "Tallow's health director said") whose holder the article names
only later is that holder, as "the health director said" already was. A
body's own noun after a possessive ("Tallow's weather service said") and
a role nobody is later named in stay unnamed. Every sentence here is
written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["Thousands could flee in a “slow exodus” from the valley, Tallow’s refugee commissioner warned on Monday.",
          "“Every shelter is full,” Commissioner of the Refugee Office Tomas Varga said in a statement."],
         "Tomas Varga"),
        (["Cases could rise in a “second wave” this winter, Tallow’s health director said on Friday.",
          "Hospitals cancelled surgery for the week.",
          "“Every ward is full,” Health Director Ada Morrow told reporters."],
         "Ada Morrow"),
        # guards: a body's own noun; a role nobody is named in
        (["The storm will be “short but fierce”, Tallow’s weather service said.",
          "Schools closed for the week.",
          "“Stay indoors,” forecaster Ada Morrow said."],
         None),
        (["Cases could rise in a “second wave” this winter, Tallow’s health director said on Friday.",
          "Hospitals cancelled surgery for the week.",
          "“Stay at home,” nurse Ada Morrow said."],
         None),
    ],
)
def test_a_possessive_role_is_its_later_holder(sentences, expected):
    assert speakers_of(sentences)[0][1] == expected
