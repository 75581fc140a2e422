"""One input file through every text stage, top to bottom, with no writes.

read (readers.py) -> segment (segment.py) -> quotes (quotes.py) ->
speakers -> kinds (kinds.py) -> claims (claims.py). The ingest job hands
the result to db/.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from . import claims, kinds, quotes, readers, segment, speakers
from ..model import InputError, ParsedArticle, Quote, Segmented


def parse_file(path: Path, key: Optional[str] = None) -> ParsedArticle:
    """Read and analyse one file; raises ``InputError`` for unusable input.
    ``key`` is the article's key (``readers.keyed_files``), by default the
    file's name."""
    source = readers.read_source(path)
    return _analyse(
        source.text,
        file=key or path.name,
        path=str(path),
        content_hash=source.content_hash,
        meta=source.meta,
        warnings=source.warnings,
    )


# Bounds on what one file makes the later stages work on. News prints a
# few quotations a paragraph and a few dozen an article (at most 6 and 82
# in 929 real articles); a file far past these is a table of figures, a
# list of titles or a generated file, where attributing each of a million
# quotation marks, and matching every claim, would take many minutes.
MAX_QUOTES_PER_PARAGRAPH = 100
MAX_QUOTES_PER_ARTICLE = 2000
MAX_CLAIMS_PER_ARTICLE = 2000


def bounded_quotes(found: list[Quote], crowded: Optional[dict[int, int]] = None) -> tuple[list[Quote], list[str]]:
    """The first ``MAX_QUOTES_PER_ARTICLE`` quotations, with warnings
    saying what was left: ``crowded`` paragraphs (number -> quotations,
    see ``quotes.extract_quotes_bounded``) and the rest past the limit."""
    warnings = []
    if crowded:
        warnings.append(
            f"{len(crowded)} paragraph(s) with more than {MAX_QUOTES_PER_PARAGRAPH} quotations: "
            f"their {sum(crowded.values()):,} quotations were not read"
        )
    if len(found) > MAX_QUOTES_PER_ARTICLE:
        warnings.append(f"{len(found):,} quotations: only the first {MAX_QUOTES_PER_ARTICLE:,} were read")
        found = found[:MAX_QUOTES_PER_ARTICLE]
    return found, warnings


def quotes_of(seg: Segmented, warnings: Optional[list[str]] = None) -> list[Quote]:
    """The article's quotations, attributed, each with its final kind: the
    kind attribution starts from comes from the text's shape, the final one
    from what attribution found. What the bounds left out is added to
    ``warnings``."""
    found, left_out = bounded_quotes(*quotes.extract_quotes_bounded(seg, MAX_QUOTES_PER_PARAGRAPH))
    if warnings is not None:
        warnings.extend(left_out)
    found = speakers.attribute(seg, kinds.with_provisional_kinds(seg, found))
    return kinds.decide_kinds(seg, found)


def _analyse(text, *, file, path, content_hash, meta, warnings) -> ParsedArticle:
    seg = segment.segment(text)
    if not seg.body.strip():
        raise InputError("no article text found")
    if meta.author and not seg.byline:
        seg.byline = meta.author
    warnings = list(warnings)
    found = quotes_of(seg, warnings)
    found_claims = claims.extract_claims(seg, found, limit=MAX_CLAIMS_PER_ARTICLE + 1)
    if len(found_claims) > MAX_CLAIMS_PER_ARTICLE:
        warnings.append(f"more than {MAX_CLAIMS_PER_ARTICLE:,} claims: only the first {MAX_CLAIMS_PER_ARTICLE:,} were read")
        found_claims = found_claims[:MAX_CLAIMS_PER_ARTICLE]
    return ParsedArticle(
        file=file,
        path=path,
        content_hash=content_hash,
        meta=meta,
        segmented=seg,
        quotes=found,
        claims=found_claims,
        warnings=warnings,
    )
