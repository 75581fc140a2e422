"""A crosshead that is only a short quotation ("‘Thoughts are with them’") reads
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
        "Tom Vale, chief executive of Halden Water, said the firm was “deeply shaken” by what had happened.\n\n"
        f"{later}\n"
    )
    found = [q for q in article.quotes_of(segment.segment(text)) if q.text == crosshead.strip("‘’")]
    return found[0].speaker


@pytest.mark.parametrize(
    "crosshead, later, expected",
    [
        ("‘Thoughts are with them’", "“Our thoughts are with them all, and we will open our books to the inquiry,” he said.", "Tom Vale"),
        ("‘Open our books’", "“Our thoughts are with them all, and we will open our books to the inquiry,” he said.", "Tom Vale"),
        # guard: words nobody says later stay the writer's
        ("‘Thoughts are with them’", "“We will open our books to the inquiry,” he said.", None),
    ],
)
def test_a_short_crosshead_that_someone_says_later(crosshead, later, expected):
    assert _crosshead_speaker(crosshead, later) == expected
