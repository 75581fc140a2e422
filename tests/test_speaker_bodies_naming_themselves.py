"""A body described only by its kind ("the agency wrote", "a spokesman
for the charity told the paper") whose own words open on a body the article names
("“The Harbour Hospice Trust thanks ...”") is that body,
speaking of itself as bodies do. A place or a person opening the
quotation names no speaker. Every sentence here is written for the
test. The body must be named outside the quotation too: a body named only
there may be another that the speaker speaks of."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["The Tallow Volcano Office (TVO) raised the alert level on Monday.",
          "“TVO urges everyone near the crater to stay away,” the agency wrote in a notice."],
         "Tallow Volcano Office"),
        (["Walkers raised money for the Harbour Hospice Trust this year.",
          "A spokesman for the charity told the paper: “The Harbour Hospice Trust thanks every walker.”"],
         "Harbour Hospice Trust"),
        # guards: a place, a person, or nobody the article names opens the quotation
        (["Crater watchers in Tallow met on Monday.",
          "“Tallow faces a long and anxious week,” the agency wrote in a notice."],
         None),
        (["Ada Morrow flew over the crater on Monday.",
          "“Ada Morrow is leading the survey team,” the agency wrote in a notice."],
         None),
        (["Walkers raised money for the hospice this year.",
          "A spokesman for the charity told the paper: “The Quarry Lane Trust thanks every walker.”"],
         None),
    ],
)
def test_a_body_naming_itself_speaks(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)][-1] == expected
