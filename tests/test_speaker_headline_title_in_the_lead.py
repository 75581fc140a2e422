"""A headline that prints someone after a bare title ("Speaker Lowe wants
...") is what the lead means by that title with a qualifier ("The House
Speaker says ..."), though the qualifier is never printed beside the
name. Not past the lead, and not when the headline's title has its own
qualifier ("Tallow Speaker Lowe"). Every sentence here is written for the
test."""

import pytest

from datasette_factcheck.extract.article import quotes_of
from tests.textutil import make_seg

LEAD = "The House Speaker says a rival tax bill would “mislead” families about what they pay."
NAMED = "Ben Lowe has led the chamber for six years."
FILLER = "Members approved a school funding plan by a wide margin."
LATER = "A second vote is due in May."


def _speaker(headline: str, paragraphs: list[str]) -> object:
    found = [q.speaker for q in quotes_of(make_seg(paragraphs, headline)) if q.text == "mislead"]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    "headline, paragraphs, expected",
    [
        ("Speaker Lowe asks for a summer sitting on tax", [LEAD, NAMED], "Ben Lowe"),
        ("Lowe pushes for a summer sitting, as Speaker Lowe loses patience", [LEAD, NAMED], "Ben Lowe"),
        # the guards: past the lead, and a headline title with its own qualifier
        ("Speaker Lowe asks for a summer sitting on tax", [FILLER, LATER, FILLER, LEAD, NAMED], None),
        ("Tallow Speaker Lowe asks for a summer sitting on tax", [LEAD, NAMED], None),
    ],
)
def test_a_bare_title_in_the_headline_names_the_lead_description(headline, paragraphs, expected):
    assert _speaker(headline, paragraphs) == expected
