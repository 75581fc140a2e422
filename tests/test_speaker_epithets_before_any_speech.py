"""An epithet ("the star wrote", "the singer said") means the one just
quoted; when nobody has spoken yet, it means the one person the paragraph
and the one before name, a person's full name or one the text shows to be
a person's. With two people in view it means nobody. Every sentence here
is written for the test."""

import pytest

from . import textutil


@pytest.mark.parametrize(
    "before, expected",
    [
        ("Mara Quill thanked her fans after winning a film award this year.", "Mara Quill"),
        ("Zanele Okafor took the best album prize at the Tallow awards.", "Zanele Okafor"),
        # the guard: two people in view
        ("Mara Quill and Ivo Renk shared the film award this year.", None),
    ],
)
def test_an_epithet_means_the_one_person_in_view(before, expected):
    paragraphs = [before, "A picture of the trophy followed on social media. The star wrote, “I made the most important work of my life this year, and I am grateful.”"]
    assert textutil.speaker_of(paragraphs, "I made the most") == expected
