"""After a quotation, a role word in lower case may open the title
before the name ("“...,” deputy Minister of Harbours Ana Roe said"):
the name speaks, as it does when the title opens in capitals. Every
sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

QUOTE = "“We will look again at the funding rules,”"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"{QUOTE} deputy Minister of Harbours Ana Roe said on Monday.", "Ana Roe"),
        (f"{QUOTE} associate Minister of Harbours Ana Roe said on Monday.", "Ana Roe"),
        (f"{QUOTE} assistant Commissioner of Police Ana Roe told reporters.", "Ana Roe"),
        # guards: the title in capitals; a description naming no one
        (f"{QUOTE} Minister of Harbours Ana Roe said on Monday.", "Ana Roe"),
        (f"{QUOTE} the union's chief said on Monday.", None),
    ],
)
def test_a_lower_case_role_opening_the_title(sentence, expected):
    assert [speaker for _, speaker in speakers_of([sentence])] == [expected]
