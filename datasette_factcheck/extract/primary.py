"""Reading a primary source: a transcript, speech, statement, post or
document that quotes are checked against (never an article: no outlet, no
claims mined from it).

A file is a primary source when its front matter or ``NAME.yml`` sidecar
says ``type: transcript`` (or speech, statement, post, document), or when it
sits in a folder named ``primary-sources`` (then a text with speaker labels
is a transcript, any other a document). Optional keys: ``title``,
``speaker`` (who speaks in a speech, statement or post, or in a transcript
without labels), ``speakers`` (labels as printed mapped to full names:
``{STOLTENBERG: Jens Stoltenberg}``), ``published``, ``url``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from ..model import InputError
from . import readers, transcripts

PRIMARY_FOLDERS = ("primary-sources", "primary_sources")
_HEAD = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
# Front matter is at the top: this much of a file is read to tell a primary
# source from an article.
HEAD_BYTES = 16 * 1024


@dataclass
class PrimarySource:
    """A primary source, parsed: its passages in order."""

    file: str
    path: str
    content_hash: str
    kind: str
    title: str
    body: str
    passages: list[transcripts.Passage]
    speaker: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    warnings: list[str] = field(default_factory=list)


def _yaml(text: str, where: str) -> dict[str, Any]:
    # The bounded, alias-free loader of the article reader: a primary
    # source's metadata is as untrusted as an article's.
    return readers.load_yaml_mapping(text, where)


def declared(path: Path) -> dict[str, Any]:
    """The primary-source keys of a file's front matter and sidecar
    (front matter first); ``{}`` for an article."""
    return _parsed_keys(_metadata_texts(Path(path)))


def _metadata_texts(path: Path) -> tuple[Optional[tuple[str, str]], Optional[str]]:
    """The sidecar's text and name (None when there is none or it cannot
    be read) and the front matter's text (None when there is none)."""
    sidecar = None
    for suffix in (".yml", ".yaml"):
        side = path.with_suffix(suffix)
        if side != path and side.is_file():
            try:
                sidecar = (readers.read_sidecar_text(side), side.name)
            except (OSError, UnicodeDecodeError, InputError):
                pass  # an unusable sidecar: the article reader names it
            break
    front = None
    if path.suffix.lower() in readers.TEXT_SUFFIXES:
        try:
            with path.open("rb") as handle:
                head = handle.read(HEAD_BYTES).decode("utf-8", errors="replace")
        except OSError:
            head = ""
        m = _HEAD.match(head)
        if m:
            front = m.group(1) or ""
    return sidecar, front


def _parsed_keys(texts: tuple[Optional[tuple[str, str]], Optional[str]]) -> dict[str, Any]:
    sidecar, front = texts
    found: dict[str, Any] = {}
    if sidecar is not None:
        try:
            found = readers.load_yaml_mapping(sidecar[0], f"sidecar {sidecar[1]}")
        except InputError:
            found = {}  # an unusable sidecar: the article reader names it
    if front is not None:
        found = {**found, **_yaml(front, "front matter")}
    return {str(k).strip().lower(): v for k, v in found.items()}


def _may_declare_type(texts: tuple[Optional[tuple[str, str]], Optional[str]]) -> bool:
    """Whether the metadata could hold a ``type`` key: parsing YAML costs
    more than the rest of telling an article from a primary source, and
    most articles' metadata never says "type". A key can only be spelt
    without those letters through an escape, hence the backslash."""
    sidecar, front = texts
    return any(text is not None and ("type" in text.lower() or "\\" in text) for text in (sidecar and sidecar[0], front))


def primary_type(path: Path) -> Optional[str]:
    """The kind of primary source a file is, or None for an article."""
    path = Path(path)
    in_folder = path.parent.name.lower() in PRIMARY_FOLDERS
    texts = _metadata_texts(path)
    if not in_folder and not _may_declare_type(texts):
        return None
    try:
        keys = _parsed_keys(texts)
    except InputError:
        return None  # the article reader names the bad YAML
    kind = str(keys.get("type") or "").strip().lower()
    if kind in transcripts.PRIMARY_TYPES:
        return kind
    if in_folder:
        return "auto"
    return None


def read_primary(path: Path, kind: str) -> PrimarySource:
    """Read and split a primary source of type ``kind`` ("auto": a
    transcript when the text has speaker labels). Raises ``InputError``."""
    path = Path(path)
    source = readers.read_source(path)
    keys = declared(path)
    text = source.text
    if kind == "auto":
        kind = "transcript" if transcripts.parse_turns(text).style != "none" else "document"
    given = keys.get("speakers")
    names: dict[Any, Any] = given if isinstance(given, dict) else {}
    speaker = _text(keys.get("speaker")) or source.meta.author
    found = transcripts.passages(text, kind, speaker=speaker, names={str(k): str(v) for k, v in names.items()})
    if not found:
        raise InputError("no text found in the primary source")
    warnings = list(source.warnings)
    if kind == "transcript" and not any(p.label for p in found):
        warnings.append("no speaker labels found: the whole transcript is attributed to " + (speaker or "nobody"))
    title = _text(keys.get("title")) or _first_line(text) or path.stem
    return PrimarySource(
        file=path.name,
        path=str(path),
        content_hash=source.content_hash,
        kind=kind,
        title=title,
        body=text,
        passages=found,
        speaker=speaker,
        published=source.meta.published,
        url=source.meta.url,
        warnings=warnings,
    )


def _text(value: Any) -> Optional[str]:
    return str(value).strip() or None if value is not None else None


def _first_line(text: str) -> Optional[str]:
    for line in text.splitlines():
        line = line.strip().strip("#*").strip()
        if line:
            return line[:200]
    return None
