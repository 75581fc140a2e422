"""The place or body right after an office's "of" or "for" is the
office's, even when it is also a given name ("Mayor of London Ana Roe"
is Ana Roe, not "London Ana Roe"), and so are the words after it until a
given name opens the person's name ("Leader of Tallow Harbour Ana Roe"). A
title that is itself a word of the office ("Secretary of State Ivo F.
Renk") and a name after a plain noun's "of" ("the charms of Ivo F.
Renk") keep the whole name. Every sentence here is written for the test."""

import pytest

from . import textutil

QUOTE = "“yet more hold-ups and a bill that keeps on growing”"


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["Mayor of London Ana Roe has said sorry to commuters for the delays.", f"Ms Roe warned of {QUOTE}."], "Ana Roe"),
        ([f"There will be {QUOTE}, said Mayor of London Ana Roe."], "Ana Roe"),
        (["Leader of Tallow Harbour Ana Roe has said sorry to commuters.", f"Ms Roe warned of {QUOTE}."], "Ana Roe"),
        # the guards: a title's own word, and a plain noun's "of"
        (["Secretary of State Ivo F. Renk has said sorry to commuters.", f"Mr Renk warned of {QUOTE}."], "Ivo F. Renk"),
        (["Commuters fell for the charms of Ivo F. Renk, the rail chief.", f"Mr Renk warned of {QUOTE}."], "Ivo F. Renk"),
    ],
)
def test_the_place_after_an_office_is_no_part_of_the_name(paragraphs, expected):
    assert textutil.speaker_of(paragraphs, "yet more hold-ups") == expected
