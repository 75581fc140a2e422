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


def quotes_of(seg: Segmented) -> list[Quote]:
    """The article's quotations, attributed, each with its final kind: the
    kind attribution starts from comes from the text's shape, the final one
    from what attribution found."""
    found = speakers.attribute(seg, kinds.with_provisional_kinds(seg, quotes.extract_quotes(seg)))
    return kinds.decide_kinds(seg, found)


def _analyse(text, *, file, path, content_hash, meta, warnings) -> ParsedArticle:
    seg = segment.segment(text)
    if not seg.body.strip():
        raise InputError("no article text found")
    if meta.author and not seg.byline:
        seg.byline = meta.author
    found = quotes_of(seg)
    return ParsedArticle(
        file=file,
        path=path,
        content_hash=content_hash,
        meta=meta,
        segmented=seg,
        quotes=found,
        claims=claims.extract_claims(seg, found),
        warnings=list(warnings),
    )
