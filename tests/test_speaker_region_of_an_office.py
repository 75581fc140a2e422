"""A region the ISO lists know, printed between an office and a name
("chief minister of Kerala Anwen Talbot", "Chief Minister Kerala Anwen
Talbot"), is the office's place, not the first word of the name, even when
no name list knows the given name after it. A region that is also a given
name ("Georgia") stays in the name. Every sentence here is written for the
test."""

import pytest

from . import textutil

QUOTE = "“nobody in the valley asked for a toll road”"


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["Party president and ex-governor of Kerala Anwen Talbot was cross on Monday.", f"When asked, Talbot replied {QUOTE}."], "Anwen Talbot"),
        (["Former Chief Minister Kerala Anwen Talbot was cross on Monday.", f"When asked, Talbot replied {QUOTE}."], "Anwen Talbot"),
        (["The premier of British Columbia Quillon Marsk was cross on Monday.", f"When asked, Marsk replied {QUOTE}."], "Quillon Marsk"),
        # the guard: a region that is also a given name opens the name
        (["Senator Georgia Anwen Talbot was cross on Monday.", f"When asked, Talbot replied {QUOTE}."], "Georgia Anwen Talbot"),
    ],
)
def test_a_known_region_after_an_office_is_no_part_of_the_name(paragraphs, expected):
    assert textutil.speaker_of(paragraphs, "nobody in the valley") == expected
