"""A ", with <group> <participle>" clause whose subject is a plural noun
in lower case ("..., with inspectors describing the wards as “...”") gives
the words to that unnamed group, never to the main clause's subject,
which is often the thing described. Every sentence here is written for
the test."""

import pytest

from . import textutil

LEAD = "The Tallow Care Board has started to inspect every hospital in the county."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Harbour Hospital was rated poor last month, with inspectors describing its wards as “chaotic and unsafe”.", None),
        ("The council dropped the ferry plan, with angry residents calling it “a waste of money”.", None),
        # guards: a name after "with" speaks; no "with" clause leaves the subject speaking
        ("The council dropped the ferry plan, with Mayor Ana Roe calling it “a waste of money”.", "Ana Roe"),
        ("Mayor Ana Roe dropped the ferry plan, calling it “a waste of money”.", "Ana Roe"),
    ],
)
def test_an_unnamed_group_after_with_speaks_for_nobody_named(sentence, expected):
    found = textutil.speakers_of([LEAD, sentence])
    assert [speaker for _, speaker in found] == [expected]
