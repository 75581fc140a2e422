"""A surname whose particle is glued to its capitalised part ("Ivo
deMarren", "Ana vanDoorn") is part of the name; and a second role joined
by "and" with its own article ("Dr Ivo Renk, the head of nursing at the
Tallow Clinic and an intensive care consultant,") is the person's
too. Every sentence here is written for the test."""

import pytest

from . import textutil


@pytest.mark.parametrize(
    "named, later, expected",
    [
        ("Gov. Ivo deMarren Jr., who visited the harbour earlier in the day,", "the governor said", "Ivo deMarren Jr."),
        ("Ana vanDoorn, the harbour master,", "vanDoorn said", "Ana vanDoorn"),
        ("Ivo diLorenzo, the harbour master,", "diLorenzo said", "Ivo diLorenzo"),
        # the guard: a particle set apart by a space, as before
        ("Ana van Doorn, the harbour master,", "Van Doorn said", "Ana van Doorn"),
    ],
)
def test_a_glued_particle_is_part_of_the_name(named, later, expected):
    paragraphs = [f"{named} said the pier would stay shut all week.", f"“We expect it to reopen on Monday,” {later}."]
    assert textutil.speaker_of(paragraphs, "We expect") == expected


@pytest.mark.parametrize(
    "described, expected",
    [
        ("the head of nursing at the Tallow Clinic and an intensive care consultant since 1990,", "Ivo Renk"),
        ("the head of nursing at the Tallow Clinic and a consultant,", "Ivo Renk"),
        # the guard: one role only, and not the one referred to
        ("the head of nursing at the Tallow Clinic,", None),
    ],
)
def test_a_second_role_with_its_own_article(described, expected):
    paragraphs = [
        f"Dr Ivo Renk, {described} told the paper the ward was full every night.",
        "The consultant said staff were “scrambling around” until dawn.",
    ]
    assert textutil.speaker_of(paragraphs, "scrambling") == expected
