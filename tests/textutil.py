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
