"""A title printed as its initials before a full name ("PM Ivo Marsh")
holds the office word by word, as "Prime Minister Ivo Marsh" does, so
"the prime minister" later means him; not a capitalised word after the
initials alone ("Vacates CM Residence"). Every sentence here is written
for the test."""

import pytest

from . import textutil


@pytest.mark.parametrize("title", ["PM", "Prime Minister"])
def test_the_office_spelt_out_means_the_holder_of_its_initials(title):
    found = textutil.speakers_of(
        [
            f"Mr Vale, who has stood seven times, also criticised {title} Ivo Marsh’s new deal.",
            "He told Radio Tallow the deal was “worse than nothing”.",
            "Later, the prime minister ruled out a pact with Mr Vale’s party, telling the press that any deal with “another party would only risk a hung parliament”.",
        ]
    )
    assert [s for _, s in found] == ["Vale", "Ivo Marsh"]
