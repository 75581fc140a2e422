"""Words that look like speech verbs but do not speak, and subjects that
name their speaker in a longer phrase: "continued to give" is not
"continued" as in "Roe continued: ..."; a past form right after a
speech verb describes a noun ("says repeated requests fell"), though
not before a quotation ("which she claims answered “...”"); someone
"of Tallow Bank’s share dealing service" is the person, not the unit;
and "the bench" of a court speaks as the court. A wrong speaker is worse
than none, so each table also holds sentences where the speaker stays
as it was. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("He said he was “struck by the care” the nurses continued to give, “even on the worst nights.”", ["Ben Lowe", "Ben Lowe"]),
        ("He said he was “struck by the care” staff continue to show patients.", ["Ben Lowe"]),
        # the guards: "continued" as speech, before and after a quotation
        ("“We will win this,” Lowe continued.", ["Ben Lowe"]),
        ("Lowe continued: “We will win this.”", ["Ben Lowe"]),
    ],
)
def test_continue_to_is_no_speech(sentence, expected):
    found = speakers_of(["Mr Ben Lowe visited the Halden hospital on Friday.", sentence])
    assert [speaker for _, speaker in found] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Halden Nurses Association says repeated requests fell “on deaf ears.”", "Halden Nurses Association"),
        ("Ana Vine said repeated warnings had been “ignored by everyone at the top.”", "Ana Vine"),
        # the guards: a past form that does speak, after a comma or before a quotation
        ("“We are done,” Ana Vine said, then repeated it.", "Ana Vine"),
        ("Vine praised the plan of the board in Tallow, Wessex, which Vine claims answered “every question the nurses asked.”", "Vine"),
        ("The Halden Nurses Association says the requests fell “on deaf ears.”", "Halden Nurses Association"),
    ],
)
def test_a_past_form_after_a_speech_verb_describes_a_noun(sentence, expected):
    found = speakers_of(["The ward was closed for a month.", sentence])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("Ana Vine of Tallow Bank’s share dealing service", "Ana Vine"),
        ("Ana Vine of Tallow Bank's research team", "Ana Vine"),
        # the guards: the body alone after "of"; a unit the text names no one in is nobody
        ("Ana Vine of Tallow Bank", "Ana Vine"),
        ("The research team of Tallow Bank", None),
    ],
)
def test_someone_of_a_unit_a_body_owns(subject, expected):
    found = speakers_of(
        ["Tallow Bank published its results on Monday.", f"{subject} said the results were “a mixed bag for investors” this year."]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("“Less than a million would not have the desired impact,” the bench observed.", "Supreme Court"),
        ("The bench said the fine must “act as a deterrent to others.”", "Supreme Court"),
        # the guard: "the court" as before
        ("“Less than a million would not have the desired impact,” the court observed.", "Supreme Court"),
    ],
)
def test_the_bench_speaks_as_the_court(sentence, expected):
    found = speakers_of(["The Supreme Court fined the company on Monday.", sentence])
    assert [speaker for _, speaker in found] == [expected]


def test_a_bench_with_no_court_named_is_nobody():
    found = speakers_of(["Mr Ben Lowe sat on the bench for the whole match.", "“I was not happy at all,” the bench said."])
    assert [speaker for _, speaker in found] == [None]

