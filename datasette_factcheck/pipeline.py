"""One input file through every text stage, top to bottom, with no writes.

read (readers.py) -> segment (segment.py) -> quotes (quotes.py) ->
speakers (speakers.py) -> claims (claims.py). The result is handed to
store.py, the only module that writes.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from . import claims, quotes, readers, segment, speakers
from .model import InputError, Metadata, ParsedArticle


def parse_text(text: str, *, file: str = "article.txt") -> ParsedArticle:
    """Analyse already-decoded text (used by tests and the benchmark)."""
    return _analyse(
        text,
        file=file,
        path=file,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        meta=Metadata(),
        warnings=[],
    )


def parse_file(path: Path) -> ParsedArticle:
    """Read and analyse one file; raises ``InputError`` for unusable input."""
    source = readers.read_source(path)
    return _analyse(
        source.text,
        file=path.name,
        path=str(path),
        content_hash=source.content_hash,
        meta=source.meta,
        warnings=source.warnings,
    )


def _analyse(text, *, file, path, content_hash, meta, warnings) -> ParsedArticle:
    seg = segment.segment(text)
    if not seg.body.strip():
        raise InputError("no article text found")
    if meta.author and not seg.byline:
        seg.byline = meta.author
    found = speakers.attribute(seg, quotes.extract_quotes(seg))
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
