"""A name after "according to" is the one whose account the sentence
gives, as after "X said": a "he" or "she" that speaks right after goes on
with that person, though no list of given names knows theirs. "To" before
a name that is no "according to" may still print a place. Every sentence
here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "report, expected",
    [
        ("According to Zanele Okafor-Brandt, the relief teams are on site with blankets and food.", "Zanele Okafor-Brandt"),
        ("According to Zanele Okafor-Brandt, regional affairs MEC, the relief teams are on site.", "Zanele Okafor-Brandt"),
        ("The relief teams are on site, according to Zanele Okafor-Brandt, the regional minister.", "Zanele Okafor-Brandt"),
        # the guard: a name printed after "to" with no "according" is a place
        ("Lorries with blankets and food drove to Vanta Morrow overnight.", None),
    ],
)
def test_a_pronoun_goes_on_with_the_name_after_according_to(report, expected):
    paragraphs = [report, "“We are working with every department to help each family,” she said."]
    assert speakers_of(paragraphs) == [("We are working with every department to help each family,", expected)]
