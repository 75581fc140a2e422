"""A brand printed once with the country it trades in ("Tallowtel
Nigeria", "Seven UK") and afterwards by the brand alone is that body,
under its full name; initials that spell no run of words the page
prints are read the same way ("MTX" after "MTX Kenya"). A person whose
name a country follows stays a person. Every sentence here is written
for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["Telecoms firm Tallowtel Nigeria said on Wednesday that cables were cut.",
          "Tallowtel blamed the outage on “two cuts to the main cable”."], "Tallowtel Nigeria"),
        (["Customers of Seven UK lost service on Monday.", "“The fault is fixed,” a Seven spokesperson said."], "Seven UK"),
        (["Subscribers of MTX Kenya could not call on Tuesday.", "MTX said the fault was a “cut to the fibre near the coast”."], "MTX Kenya"),
        # guards: no brand with a country printed; a person who travelled to a country
        (["Seven lost service on Monday.", "“The fault is fixed,” a Seven spokesperson said."], "Seven"),
        (["Dale Amos flew to Kenya on Monday.", "Amos said: “It was a fine trip.”"], "Dale Amos"),
    ],
)
def test_a_brand_named_with_its_country_speaks_by_that_name(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)] == [expected]
