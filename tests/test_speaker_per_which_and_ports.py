"""Attributions that name a body or a relayer in words the speaker rules
did not read: "per" set off after a quotation, as sports and wire copy
print "according to" ("“...,” per Ben Lowe"); "which" right before a
speech verb, standing for the body just named ("condemned by the Halden
Chamber of Commerce, which said ..."); "the port said" for the "Port of
X" the page named; and "the council said" never taken for a trading
group that happens to be the only body named. A wrong speaker is worse
than none, so each table also holds sentences where the speaker stays
as it was. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("“He is out for the rest of the year,” per Ben Lowe of the Halden Courier.", "Ben Lowe"),
        ("The guard is out for the rest of the year, per Halden Courier reporter Ben Lowe, who called it “a huge blow to the side.”", "Ben Lowe"),
        # the guards: "per" as a rate, and "per" before an interpreter inside a clause that names its speaker
        ("Tickets now cost $5 per hour, “a fair price for the city,” Ana Vine said.", "Ana Vine"),
        ("“It is forty dollars per person,” said Ana Vine.", "Ana Vine"),
        ("Ana Vine said, per a translator, that the club was “in the best shape it has been.”", "Ana Vine"),
    ],
)
def test_per_names_who_is_quoted(sentence, expected):
    found = speakers_of(["The Halden club confirmed the injury on Monday.", sentence])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The plan was criticised by the Halden Chamber of Commerce, which said it was “a disgrace to the town.”", "Halden Chamber of Commerce"),
        ("The mill was sold to the Tallow Group, which claimed “record interest from buyers” last year.", "Tallow Group"),
        ("The plan was criticised by the Halden Chamber of Commerce, which later said: “It is a disgrace to the town.”", "Halden Chamber of Commerce"),
        # the guards: a place before "which" is no speaker, and "who" keeps its reading
        ("Ships were sent to a port in Wessex, which said it was “ready to help at once.”", None),
        ("The plan was criticised by Ben Lowe, who said it was “a disgrace to the town.”", "Ben Lowe"),
    ],
)
def test_which_before_the_verb_is_the_body_just_named(sentence, expected):
    found = speakers_of(["The town's plans were published on Monday.", sentence])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "first, later, expected",
    [
        ("Around 900 members of Unite at the Port of Halden walked out on Tuesday.", "The port said it was", "Port of Halden"),
        ("The City of Halden closed the bridge on Tuesday.", "The city said it was", "City of Halden"),
        # the guard: no "Port of X" on the page
        ("Around 900 dockers at Halden walked out on Tuesday.", "The port said it was", None),
    ],
)
def test_the_port_is_the_port_of_x_named(first, later, expected):
    found = speakers_of([first, f"{later} “ready to talk at any time.”"])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "later, expected",
    [
        ("The council said the bridge was", None),
        ("The court said the sale was", None),
        # the guards: the kinds of a trading body still find it
        ("The group said the sale was", "Tallow Group"),
        ("The company said the sale was", "Tallow Group"),
    ],
)
def test_a_public_body_is_never_the_trading_group_named(later, expected):
    found = speakers_of(["The mill was sold to the Tallow Group last year.", f"{later} “unsafe for the public.”"])
    assert [speaker for _, speaker in found] == [expected]
