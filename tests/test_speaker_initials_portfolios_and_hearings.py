"""Names and bodies printed in ways the speaker rules did not read: two
initials printed apart with no full stops, the first of them "A" ("A T
Kumar", as Indian pages print names), which is no article; a body whose
name lists its portfolio ("the Department of Roads, Parks and
Wildlife"), kept whole when it is registered and when its statement
speaks ("a Department of Roads, Parks and Wildlife statement said");
and the one a court "heard a summary of the facts from", who is the "he"
that speaks next. A wrong speaker is worse than none, so each table also
holds sentences where the speaker stays as it was. Every sentence here
is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Halden deputy conservator of forests A T Kumar said, “The team fired two darts at the elephant.”", "A T Kumar"),
        ("“The team fired two darts at the elephant,” said A K Rao.", "A K Rao"),
        # the guards: "A" as an article before a capitalised word, and initials with full stops
        ("A Halden ranger said, “The team fired two darts at the elephant.”", None),
        ("“The team fired two darts at the elephant,” said A.T. Kumar.", "A.T. Kumar"),
    ],
)
def test_spaced_initials_opening_with_a(sentence, expected):
    found = speakers_of(["Forest officials said a wild elephant died on Friday.", sentence])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "first, second, expected",
    [
        (
            "A trap was set this week by the Department of Roads, Parks and Wildlife.",
            "“We will reset the trap shortly,” the department said.",
            "Department of Roads, Parks and Wildlife",
        ),
        (
            "A trap was set this week near the marina.",
            "“We will reset the trap shortly,” a Department of Roads, Parks and Wildlife statement said.",
            "Department of Roads, Parks and Wildlife",
        ),
        (
            "A trap was set this week near the marina.",
            "“We will reset the trap shortly,” a Department of Wildlife statement said.",
            "Department of Wildlife",
        ),
        # the guards: people listed after a body, and places joined by "and" before a document
        (
            "The Department of Health, Ana Roe and Ben Lowe met on Monday.",
            "“We will act on the report at once,” the department said.",
            "Department of Health",
        ),
        (
            "A trap was set this week near the marina.",
            "“We will reset the trap shortly,” the Tallow and Halden report said.",
            None,
        ),
    ],
)
def test_a_body_whose_name_lists_its_portfolio(first, second, expected):
    found = speakers_of([first, second])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "second, expected",
    [
        ("The court heard a summary of the facts from Judge Ben Lowe, as well as his view on the case.", "Ben Lowe"),
        ("The court heard from Judge Ben Lowe.", "Ben Lowe"),
        # the guard: a name after "from" with no hearing is still out of view
        ("The court received a letter from Judge Ben Lowe, as well as a report on the case.", "Tom Reed"),
    ],
)
def test_the_one_a_court_heard_from_speaks_next(second, expected):
    found = speakers_of(
        [
            "After his conviction last week, Tom Reed, 29, appeared at Halden Crown Court on Tuesday to be sentenced.",
            second,
            "He said: “You entered the house in the early hours of the morning.”",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]
