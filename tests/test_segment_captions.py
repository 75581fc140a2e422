"""A picture's caption printed between a story's paragraphs, ending in its
credit ("... Photo: Harbour Press", "...quayCredit: Ana Roe", "(Image:
Harbour Press)"), and the caption's text printed once more just before it,
are furniture: they are filed as captions and never name the person a
later "she said" means. Every line here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of
from datasette_factcheck.extract.segment import segment

_HEAD = "Quay wall repairs to start in spring"
_FIRST = (
    "Councillor Mira Kell told the harbour committee on Monday that the repairs to the east quay wall "
    "would start in the spring and last until the autumn."
)
_LAST = (
    "She said: “We have waited four winters for this work and the traders on the quay have waited "
    "longer than any of us.”"
)


@pytest.mark.parametrize(
    "captions",
    [
        ["Harbour master Lena Dowd inspects the cracked wall. Photo: Tallow Gazette / Ivo Renk"],
        ["Lena Dowd inspects the cracked wallCredit: Tallow Gazette"],
        ["Lena Dowd inspects the cracked wall (Image: Ivo Renk)"],
        ["Lena Dowd inspects the cracked wall", "Lena Dowd inspects the cracked wallCredit: Tallow Gazette"],
        ["Lena Dowd inspects the cracked wall", "Lena Dowd inspects the cracked wall Credit: Getty"],
    ],
)
def test_a_caption_is_furniture_and_names_no_speaker(captions):
    text = "\n\n".join([_HEAD, _FIRST, *captions, _LAST]) + "\n"
    seg = segment(text)
    assert [p.text for p in seg.paragraphs] == [_FIRST, _LAST]
    assert [e.kind for e in seg.extras] == ["caption"] * len(captions)
    (quote,) = quotes_of(seg)
    assert quote.speaker == "Mira Kell"


@pytest.mark.parametrize(
    "line",
    [
        # the guards: prose that mentions a photo, a quotation, and a long paragraph
        "Lena Dowd, the harbour master, said the photo showed how far the crack had spread.",
        "Lena Dowd wrote on the council's page: “Photo: the crack as it was on Friday.”",
        "Lena Dowd, the harbour master, paced the whole wall with two engineers on Friday and once more on "
        "Saturday, and she warned members that the crack had grown by a hand's width since the last "
        "inspection, which was in the summer, and that the wall would need new footings. Photo: Tallow Gazette",
    ],
)
def test_prose_that_mentions_a_photo_stays_in_the_story(line):
    text = "\n\n".join([_HEAD, _FIRST, line, _LAST]) + "\n"
    seg = segment(text)
    assert [p.text for p in seg.paragraphs] == [_FIRST, line, _LAST]
