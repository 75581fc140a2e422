"""A role printed with no article before its body's name ("Ana Roe,
Director-General of Tallow Health Service (THS), said ...", as wire
and African and Asian pages print it) is the person's role, word by word
as a later description reads it ("the director-general", "the
director"); and "the THS boss", "the Tallow Health Service chief" (or
"supremo", as Indian and British pages say) mean
whoever leads that body by any title, not another chief in view. A wrong
speaker is worse than none, so the tables also hold sentences where
nobody named fits. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

_HOSPITAL = "The hospital’s chief executive, Ben Lowe, said the wards were full. “We have waited for these nurses for a long time,” Lowe said."


@pytest.mark.parametrize(
    "lead, cue, expected",
    [
        ("Ana Roe, Director-General of Tallow Health Service (THS), has promised more nurses.", "The director-general said", "Ana Roe"),
        ("Ana Roe, Director-General of Tallow Health Service (THS), has promised more nurses.", "The director said", "Ana Roe"),
        ("Dr. Ana Roe, director of the Tallow Health Service, has promised more nurses.", "The director said", "Ana Roe"),
        # the guards: the role with its article, and no role at all
        ("Ana Roe, the director of the Tallow Health Service, has promised more nurses.", "The director said", "Ana Roe"),
        ("Ana Roe, who runs the Tallow Health Service, has promised more nurses.", "The director said", None),
    ],
)
def test_a_role_before_its_body_describes_the_name(lead, cue, expected):
    found = speakers_of([lead, f"{cue}: “Every ward will have a nurse at night from next month.”"])
    assert found[-1] == ("Every ward will have a nurse at night from next month.", expected)


@pytest.mark.parametrize(
    "lead, cue, expected",
    [
        ("Ana Roe, Director-General of Tallow Health Service (THS), has promised more nurses.", "The THS boss said", "Ana Roe"),
        ("Ana Roe, Director-General of Tallow Health Service (THS), has promised more nurses.", "The Tallow Health Service chief said", "Ana Roe"),
        ("Ana Roe, Director-General of Tallow Health Service (THS), has promised more nurses.", "The THS head added", "Ana Roe"),
        ("Ana Roe, Director-General of Tallow Health Service (THS), has promised more nurses.", "The THS supremo said", "Ana Roe"),
        # the body's head never named: the hospital's chief in view is not its boss
        ("The Tallow Health Service (THS) has promised more nurses.", "The THS boss said", None),
    ],
)
def test_the_boss_of_a_body_is_whoever_leads_it(lead, cue, expected):
    found = speakers_of([lead, _HOSPITAL, f"{cue}: “Every ward will have a nurse at night from next month.”"])
    assert found[-1] == ("Every ward will have a nurse at night from next month.", expected)
