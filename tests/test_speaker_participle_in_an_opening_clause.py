"""A speech participle right after a clause that a subordinator opens
("After the Tallow High Court struck the scheme down, calling it “...”,
the opposition ...", "His exit came after party leader Ana Roe had
called for an inquiry, saying ...") belongs to that clause: its subject
speaks, a body after "the" and a name after descriptors too. A
participle after the main clause is the main clause's subject's, and
"after" with no verb of its own is a preposition ("went after Ana Roe,
calling her ..."). Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "The parking scheme was set up in 2018 by the town council."


@pytest.mark.parametrize(
    "sentence, opening, expected",
    [
        ("After the Tallow High Court late on Friday threw the scheme out, calling it “unlawful from the start”, the opposition cheered.", "unlawful", "Tallow High Court"),
        ("When Ana Roe shut the depot, calling it “a drain on the whole town”, the workers walked out.", "a drain", "Ana Roe"),
        ("The junior minister’s exit came after party leader Ana Roe had asked for an inquiry into his flats, saying his slips served to “weaken trust in every office”.", "weaken", "Ana Roe"),
        ("The exit came after coalition partner and Harbour Party leader Ana Roe had asked for two inquiries into the flats, saying his slips served to “weaken trust in every office”.", "weaken", "Ana Roe"),
        # the guards: a participle after the main clause, a clause with its own comma, and "after" as a preposition
        ("Ivo Renk went after Ana Roe, calling her “a weak leader for hard times”.", "a weak", "Ivo Renk"),
        ("After the Tallow High Court struck the scheme down, the opposition cheered, calling it “a win for every voter”.", "a win", None),
        ("Once the vote was over, Ana Roe left the hall, calling it “a drain on the whole town”.", "a drain", "Ana Roe"),
        ("After the Tallow High Court struck the scheme down, many cheered, calling it “a win for every voter”.", "a win", None),
    ],
)
def test_a_participle_after_an_opening_clause(sentence, opening, expected):
    assert textutil.speaker_of([LEAD, sentence], opening) == expected
