"""Definite descriptions of a body that speaks ("the company said") when
the body's name says nothing of its kind ("Halden Ports said"): the
description refers back to the last name printed before a verb of speech
that the text never shows to be a person or a place, and never to a body
of another kind (a union is no company). A wrong speaker is worse than
none, so each table also holds sentences where the speaker stays empty.
Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a name with no kind that speaks, then "the company"
        (
            ["Halden Ports said the strike had “caused long delays at the quay”.",
             "The company said the action would bring a “heavy cost for shops along the coast”."],
            ["Halden Ports", "Halden Ports"],
        ),
        (
            ["Halden Ports said the strike had “caused long delays at the quay”.",
             "“We have offered more than any other port on this coast,” the company said."],
            ["Halden Ports", "Halden Ports"],
        ),
        # before the body speaks itself, in the same sentence as a union
        (
            ["The Tallow Dockers Union called a fresh walkout at Halden Ports, and the company, replying late on Friday, urged dockers to “think of the town first”.",
             "Halden Ports said the action “caused delays across the coast”."],
            ["Halden Ports", "Halden Ports"],
        ),
        # the union is the subject, and no kindless body ever speaks: nobody
        (
            ["The Tallow Dockers Union called a fresh walkout at the port, and the company, replying late on Friday, urged dockers to “think of the town first”."],
            [None],
        ),
        # a person who speaks is no company, even with a given name the text
        # does not know, once printed by surname alone
        (
            ["Orla Brack said the strike had “caused long delays at the quay”.",
             "Brack left early. The company said the action would bring a “heavy cost for shops along the coast”."],
            ["Orla Brack", None],
        ),
        # a place is no company
        (
            ["Workers in Port Tallow walked out on Monday.",
             "The company said the action would bring a “heavy cost for shops along the coast”."],
            [None],
        ),
    ],
)
def test_the_company_is_the_kindless_body_that_spoke(paragraphs, expected):
    assert [speaker for _, speaker in speakers_of(paragraphs)] == expected


@pytest.mark.parametrize(
    "first, expected",
    [
        # "the operator" after a body whose own name ends in "Operator"
        ("The Tallow Power Market Operator cut supply to four suburbs on Friday.", "Tallow Power Market Operator"),
        ("The Tallow Grid Operator cut supply to four suburbs on Friday.", "Tallow Grid Operator"),
        # no such body: nobody
        ("Engineers cut supply to four suburbs on Friday.", None),
    ],
)
def test_the_noun_ending_a_bodys_name_refers_back_to_it(first, expected):
    found = speakers_of([first, "Lines sagged in the heat.", "“Crews will work through the night to bring the lights back,” the operator said on its website."])
    assert [speaker for _, speaker in found] == [expected]


def test_a_bodys_longer_name_is_kept_whole():
    found = speakers_of([
        "The Tallow Board of Elections ruled on the petition on Friday.",
        "“The candidate was born a citizen of the state,” the board said.",
    ])
    assert [speaker for _, speaker in found] == ["Tallow Board of Elections"]


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("The country’s largest lender", "Halden Bank"),
        ("Tallow’s biggest bank", "Halden Bank"),
        ("Europe’s second-largest bank", "Halden Bank"),
        # a possessive place alone, or no bank of the kind: never the place
        ("Europe’s regulators", None),
        ("The country’s largest union", None),
    ],
)
def test_a_possessive_and_a_superlative_describe_the_body(subject, expected):
    found = speakers_of([
        "Halden Bank reported lower profits on Monday as costs rose across its branches in the north.",
        f"{subject} said profit fell and also warned of a “hard and uncertain year” ahead.",
    ])
    assert [speaker for _, speaker in found] == [expected]
