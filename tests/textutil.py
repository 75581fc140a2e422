"""Building pipeline values for tests of the text stages."""

import time
from typing import Callable

from datasette_factcheck.model import Paragraph, Segmented


def make_seg(paragraphs: list[str], title: str = "A headline", has_headline: bool = True) -> Segmented:
    """A ``Segmented`` whose body is ``paragraphs`` joined as segment() joins
    them, with exact offsets."""
    body, paras, pos = "", [], 0
    for n, text in enumerate(paragraphs, 1):
        if body:
            body += "\n\n"
            pos += 2
        paras.append(Paragraph(number=n, start=pos, end=pos + len(text), text=text))
        body += text
        pos += len(text)
    return Segmented(title=title, body=body, paragraphs=paras, has_headline=has_headline)


def cpu_seconds(work: Callable[[], object], runs: int = 3) -> float:
    """The least CPU time of ``runs`` calls of ``work``: for ratios between
    input sizes, never for deadlines."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def speakers_of(paragraphs: list[str]) -> list[tuple[str, object]]:
    """(text, speaker) of each quotation of kind quote, through the whole
    extraction path (bounds, kinds, attribution) of an article without a
    headline."""
    from datasette_factcheck.extract.article import quotes_of

    seg = make_seg(paragraphs, "A headline", False)
    return [(q.text, q.speaker) for q in quotes_of(seg) if q.kind == "quote"]


def speaker_of(paragraphs: list[str], opening: str) -> object:
    """The speaker of the one quotation of kind quote that starts with
    ``opening``."""
    found = [speaker for text, speaker in speakers_of(paragraphs) if text.startswith(opening)]
    assert len(found) == 1, f"no single quotation starts with {opening!r}"
    return found[0]


def attributed_speakers(paragraphs: list[str]) -> list[tuple[str, object]]:
    """The same through attribution alone, on the quotations as found."""
    from datasette_factcheck.extract.quotes import extract_quotes
    from datasette_factcheck.extract.speakers import attribute

    seg = make_seg(paragraphs, "A headline", False)
    return [(q.text, q.speaker) for q in attribute(seg, extract_quotes(seg)) if q.kind == "quote"]


def last_speaker(found: list[tuple[str, object]]) -> object:
    assert found, "no quote found"
    return found[-1][1]
