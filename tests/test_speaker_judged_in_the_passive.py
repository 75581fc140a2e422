"""A verb of judgment in the passive with its agent and "as" ("was
rejected by Ana Roe as “...”", "was welcomed as “...” by Ana Roe") gives
the agent's words, as a verb of naming did ("was dismissed by Ana Roe
as"). With no agent, nobody is named. Every sentence here is written for
the test."""

import pytest

from . import textutil

LEAD = "The new speed limit was debated once more in the chamber on Tuesday."
QUOTE = "“a tale that nobody has yet shown to be true”"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"A claim that ambulances ran late was rejected by Ana Roe as {QUOTE}.", "Ana Roe"),
        (f"The claim was criticised by Ana Roe as {QUOTE}.", "Ana Roe"),
        (f"The claim was condemned as {QUOTE} by Ana Roe.", "Ana Roe"),
        # the guards: a naming verb as before, and no agent
        (f"The claim was dismissed by Ana Roe as {QUOTE}.", "Ana Roe"),
        (f"The claim was rejected as {QUOTE}.", None),
    ],
)
def test_the_agent_of_a_judgment_speaks(sentence, expected):
    assert textutil.speaker_of([LEAD, sentence], "a tale") == expected
