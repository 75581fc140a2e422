"""A royal household speaks by its seat: after "Tallow Palace" is named,
"the palace said" is that palace; with no palace named, or a palace
only as someone's workplace, nobody is. Every sentence here is written
for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

QUOTE = "“The parade is the biggest ceremony of the visit.”"


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["Tallow Palace has shared a post about the visit.", f"The palace said {QUOTE}"], "Tallow Palace"),
        (["Tallow Palace shared a video on Sunday.", "“The parade is the biggest ceremony of the visit,” the palace said."], "Tallow Palace"),
        # guards: no palace named; a palace where the speaker works
        ([f"The king's aide spoke. The palace said {QUOTE}"], None),
        ([f"Tallow Palace has shared a post about the visit. Ana Roe, a guide at the palace, said {QUOTE}"], "Ana Roe"),
    ],
)
def test_the_palace_is_the_palace_named(paragraphs, expected):
    assert [speaker for _, speaker in speakers_of(paragraphs)] == [expected]
