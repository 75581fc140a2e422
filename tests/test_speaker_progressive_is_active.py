"""A speech verb in -ing after "has been" or "was" is an active tense,
not a passive that names no speaker: "news she has been calling
“rumour” for weeks" is her word, even when an earlier verb of speech
("widely reported news") stands before it. Every sentence here is
written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of
from datasette_factcheck.extract.segment import segment


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ana Roe dropped the coastal branch of the tram plan on Friday, at last confirming much reported news she has been calling “rumour” for weeks.", "Ana Roe"),
        # the guard: a passive in -ed after "has been" still names no one
        ("Ana Roe dropped the coastal branch of the tram plan on Friday, confirming news that was much reported and has been called “rumour” for weeks.", None),
    ],
)
def test_a_progressive_speech_verb_has_its_subject(sentence, expected):
    assert quotes_of(segment("Harbour vote row\n\n" + sentence + "\n"))[-1].speaker == expected
