"""A tribunal named in full ("the Fair Housing Tribunal of Tallow") is
what a later "the tribunal" or "the panel" that rules means. A court's
panel is not taken for the court: a story may name several courts. Every
sentence here is written for the test."""

import pytest

from . import textutil


@pytest.mark.parametrize(
    "body, noun, expected",
    [
        ("the Fair Housing Tribunal of Tallow", "the tribunal", "Fair Housing Tribunal of Tallow"),
        ("the Tallow Rents Tribunal", "the panel", "Tallow Rents Tribunal"),
        # the guard: a court's panel
        ("the Tallow Court of Appeal", "the panel", None),
    ],
)
def test_a_tribunal_rules_under_its_noun(body, noun, expected):
    paragraphs = [
        f"A Marren landlord must repay a tenant's deposit in full, {body} ruled on Friday.",
        f"Of the deductions, {noun} said they “had no basis in the lease at all”.",
    ]
    assert textutil.speaker_of(paragraphs, "had no basis") == expected
