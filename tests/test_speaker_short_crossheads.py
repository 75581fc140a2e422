"""A crosshead that is only a short quotation ("‘Hearts go out’") reads
first as a phrase of the writer's; when the article prints its words
later with a speaker, that speaker says them here too. Every sentence
here is written for the test."""

import pytest

from datasette_factcheck.extract import article, segment


def _crosshead_speaker(crosshead: str, later: str) -> object:
    text = (
        "Three workers hurt at the plant\n\n"
        "Three workers were hurt in a blast at the Halden water plant on Monday, police said.\n\n"
        f"{crosshead}\n\n"
        "Tom Vale, chief executive of Halden Water, said the firm was “absolutely devastated” by what had happened.\n\n"
        f"{later}\n"
    )
    found = [q for q in article.quotes_of(segment.segment(text)) if q.text == crosshead.strip("‘’")]
    return found[0].speaker


@pytest.mark.parametrize(
    "crosshead, later, expected",
    [
        ("‘Hearts go out’", "“Our hearts go out to the families, and we will help the police,” he said.", "Tom Vale"),
        ("‘Help the police’", "“Our hearts go out to the families, and we will help the police,” he said.", "Tom Vale"),
        # guard: words nobody says later stay the writer's
        ("‘Hearts go out’", "“We will help the police in every way we can,” he said.", None),
    ],
)
def test_a_short_crosshead_that_someone_says_later(crosshead, later, expected):
    assert _crosshead_speaker(crosshead, later) == expected
