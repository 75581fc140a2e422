"""A heading that says whose words follow, with no verb ("Quotes
attributable to the harbour master, Omar Feld:", "Comments from Ana Roe:"):
the one it names speaks the quotations after it. A plural word for what was
said opening a sentence ("Comments from readers poured in:") is never a
speaker's name. Every sentence here is written for the test."""

import pytest

from . import textutil

LEAD = "The transport department set new safety rules for ferry operators on Tuesday, to start in March."
FIRST = "“Every family deserves to know the ferry they board is safe.”"
SECOND = "“These rules put passengers first and operators on notice.”"


@pytest.mark.parametrize(
    "heading, expected",
    [
        ("Quotes attributable to the Minister for Transport, the Hon Dana Whitlock MP:", "Dana Whitlock"),
        ("Comments from Harbour Safety chief executive Omar Feld:", "Omar Feld"),
        ("Remarks by the harbour master, Omar Feld:", "Omar Feld"),
        ("Quotes from Omar Feld, chief executive of Harbour Safety:", "Omar Feld"),
        ("Further comments attributable to the Harbour Safety Authority:", "Harbour Safety Authority"),
        # guards: words named as the subject of a verb, with no one named as theirs
        ("Comments from readers poured in:", None),
        ("Questions from the floor included:", None),
        # a heading with a verb of speech after it reads as before
        ("The Minister for Transport, the Hon Dana Whitlock MP, said:", "Dana Whitlock"),
    ],
)
def test_a_heading_names_whose_words_follow(heading, expected):
    speakers = [speaker for _, speaker in textutil.speakers_of([LEAD, heading, FIRST, SECOND])]
    assert speakers == [expected, expected]
