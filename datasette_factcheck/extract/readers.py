"""Turn input files into decoded text plus metadata.

``read_source`` accepts plain-text pages (any common encoding, optional YAML
front matter or a ``NAME.yml`` sidecar) and HTML pages (main text extracted
with trafilatura, markup dropped). ``discover`` expands folders into the
files worth reading. Unusable input raises ``model.InputError`` with a short
reason a person can act on.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import yaml

from ..model import InputError, Metadata

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
META_KEYS = ("outlet", "url", "published", "author")

# Largest file read. Analysis needs about 100 bytes of memory per character
# of text, so a larger file (a log, a dump, a mislabelled archive) would
# take minutes and gigabytes; scraped article pages, even with long comment
# threads or inline scripts, stay well below it.
MAX_FILE_BYTES = 10 * 1024 * 1024

# Share of control characters (other than tab, newline, carriage return,
# form feed) above which decoded bytes are treated as binary, not text.
_CONTROL_LIMIT = 0.02

_FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_HTML_SNIFF_RE = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)


@dataclass
class Source:
    """A decoded input file, ready for ``segment()``."""

    text: str
    meta: Metadata
    warnings: list[str] = field(default_factory=list)
    content_hash: str = ""
    kind: str = "text"  # "text" | "html"


def read_source(path: Path) -> Source:
    """Read, decode and clean one file. Raises ``InputError`` when the file
    cannot be used (empty, binary, undecodable, bad YAML, no article)."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise InputError(f"file too large ({_megabytes(size)} > {_megabytes(MAX_FILE_BYTES)} limit)")
            # Read at most one byte past the limit: a file that grows while
            # it is read (or a device posing as one) is still bounded.
            raw = handle.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            raise InputError(f"file too large (more than {_megabytes(MAX_FILE_BYTES)} limit)")
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file") from None
    except OSError as e:
        raise InputError(f"cannot read file ({e.strerror or e})") from None

    content_hash = hashlib.sha256(raw).hexdigest()
    text, warnings = decode_bytes(raw)
    text = normalise_newlines(text)
    if not text.strip():
        raise InputError("whitespace-only file")

    is_html = path.suffix.lower() in HTML_SUFFIXES or bool(_HTML_SNIFF_RE.match(text[:4096]))
    front: dict[str, str] = {}
    if not is_html:
        front, text = split_front_matter(text)
    side = read_sidecar(path)
    meta = Metadata(**{k: front.get(k) or side.get(k) for k in META_KEYS})

    if is_html:
        text, found = extract_html(text)
        for k in META_KEYS:
            if not getattr(meta, k) and found.get(k):
                setattr(meta, k, found[k])
    if not text.strip():
        raise InputError("no article text (only front matter)")
    return Source(
        text=text,
        meta=meta,
        warnings=warnings,
        content_hash=content_hash,
        kind="html" if is_html else "text",
    )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


# ---------------------------------------------------------------------------
# Decoding


def decode_bytes(raw: bytes) -> tuple[str, list[str]]:
    """Decode file bytes: UTF-8 (BOM optional), UTF-16/32 with a BOM, else a
    legacy 8-bit encoding with a warning. Returns (text, warnings)."""
    if not raw:
        raise InputError("empty file")
    warnings: list[str] = []
    boms = (
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    )
    for bom, enc in boms:
        if raw.startswith(bom):
            try:
                text = raw.decode(enc)
            except UnicodeDecodeError as e:
                name = enc.replace("-sig", "").upper()
                raise InputError(f"not text: cannot decode as {name} despite its byte-order mark ({e.reason})") from None
            break
    else:
        if b"\x00" in raw:
            raise InputError("binary file (contains NUL bytes)")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text, enc = _decode_legacy(raw)
            warnings.append(f"not valid UTF-8: decoded as {enc}")
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InputError("whitespace-only file")
    bad, total = _control_count(text)
    if bad >= 4 and bad > _CONTROL_LIMIT * total:
        raise InputError("binary file (too many control characters)")
    return text, warnings


def _decode_legacy(raw: bytes) -> tuple[str, str]:
    # Windows-1252 is what mislabelled Western pages nearly always are; it
    # leaves five bytes undefined, and Latin-1 takes anything.
    try:
        return raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "Latin-1"


# C0 controls other than tab, newline, form feed and carriage return, DEL,
# and the C1 controls: one regex pass instead of a Python loop per character.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _control_count(text: str) -> tuple[int, int]:
    """(control characters, characters) in the first 200,000 characters."""
    sample = text[:200_000]
    return len(_CONTROL_RE.findall(sample)), len(sample)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------------------
# Metadata


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Remove YAML front matter (``---`` ... ``---`` at the very top) and
    return (metadata, remaining text)."""
    m = _FRONT_MATTER_RE.match(text)
    if not m:
        return {}, text
    data = _load_yaml(m.group(1) or "", "front matter")
    return data, text[m.end():]


def read_sidecar(path: Path) -> dict[str, str]:
    """Metadata from ``NAME.yml`` (or ``NAME.yaml``) next to the file."""
    for suffix in (".yml", ".yaml"):
        side = path.with_suffix(suffix)
        if side != path and side.is_file():
            try:
                body = read_sidecar_text(side)
            except (OSError, UnicodeDecodeError) as e:
                raise InputError(f"cannot read sidecar {side.name} ({e})") from None
            return _load_yaml(body, f"sidecar {side.name}")
    return {}


# Metadata is a few short key: value lines. Larger front matter or sidecars
# are not metadata (and YAML aliases can expand a few hundred bytes into
# gigabytes), so both are bounded before and after parsing.
MAX_META_BYTES = 64 * 1024
MAX_META_VALUE = 2000


class _NoAliasLoader(yaml.SafeLoader):
    """SafeLoader that refuses anchors' aliases (``*name``, ``<<: *name``)
    at the first one, before anything is expanded."""

    def compose_node(self, parent, index):  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed in metadata", event.start_mark
            )
        return super().compose_node(parent, index)


# libyaml parses front matter several times faster than the pure-Python
# parser, but accepts some input that one rejects (a tab or a byte-order mark
# inside a plain scalar). Only text free of those goes to libyaml, and any
# error it raises is left to the pure-Python parser, so the metadata and the
# error messages stay those of ``yaml.SafeLoader``. Text with an anchor
# (``&``) always goes to the pure-Python loader, which refuses aliases.
_CLoader = getattr(yaml, "CSafeLoader", None)


def _safe_load(body: str) -> Any:
    if _CLoader is not None and "\t" not in body and "\ufeff" not in body and "&" not in body:
        try:
            return yaml.load(body, Loader=_CLoader)
        except Exception:
            pass
    return yaml.load(body, Loader=_NoAliasLoader)


def load_yaml_mapping(body: str, where: str) -> dict[Any, Any]:
    """Front matter or a sidecar parsed as one mapping: at most
    ``MAX_META_BYTES``, no aliases, not nested too deeply. Raises
    ``InputError`` naming ``where`` and the problem. Every reader of
    metadata YAML (articles, primary sources) goes through it."""
    size = len(body.encode("utf-8", "replace"))
    if size > MAX_META_BYTES:
        raise InputError(f"{where} too large ({size:,} bytes > {MAX_META_BYTES:,} limit)")
    try:
        data = _safe_load(body)
    except RecursionError:
        raise InputError(f"bad YAML in {where}: nested too deeply") from None
    except yaml.YAMLError as e:
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        mark = getattr(e, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        raise InputError(f"bad YAML in {where}: {problem}{at}") from None
    except (ValueError, OverflowError) as e:
        # A value YAML reads as a date or a number that is none
        # ("2024-13-45", a 5,000-digit integer).
        raise InputError(f"bad YAML in {where}: {str(e)[:120]}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(f"bad YAML in {where}: expected key: value pairs")
    return data


def read_sidecar_text(side: Path) -> str:
    """A sidecar's text, refused unread when larger than ``MAX_META_BYTES``."""
    size = side.stat().st_size
    if size > MAX_META_BYTES:
        raise InputError(f"sidecar {side.name} too large ({size:,} bytes > {MAX_META_BYTES:,} limit)")
    return side.read_text(encoding="utf-8-sig")


def _load_yaml(body: str, where: str) -> dict[str, str]:
    data = load_yaml_mapping(body, where)
    out: dict[str, str] = {}
    for key, value in data.items():
        k = str(key).strip().lower()
        if k in META_KEYS and value is not None:
            out[k] = _meta_value(value, k, where)
    return out


def _meta_value(value: Any, key: str, where: str) -> str:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if not isinstance(value, (str, int, float, bool)):
        kind = "a list" if isinstance(value, list) else "a mapping" if isinstance(value, dict) else type(value).__name__
        raise InputError(f"bad YAML in {where}: {key} must be a single value, not {kind}")
    try:
        text = str(value).strip()
    except ValueError:  # an integer too long to print
        raise InputError(f"bad YAML in {where}: {key} is not a usable value") from None
    # Control and invisible formatting characters (bidi overrides,
    # zero-width marks) would make one outlet look like another.
    text = "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf"))
    if len(text) > MAX_META_VALUE:
        raise InputError(f"bad YAML in {where}: {key} too large ({len(text):,} characters > {MAX_META_VALUE:,})")
    return text


# ---------------------------------------------------------------------------
# HTML


def extract_html(html: str) -> tuple[str, dict[str, str]]:
    """Main article text of an HTML page, headline first, and the page's
    metadata (title, author, date, site name, url). Text only: scripts,
    event handlers and links never survive as markup."""
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - depends on the installation
        trafilatura = None  # type: ignore[assignment]
    found: dict[str, str] = {}
    title: Optional[str] = None
    if trafilatura is not None:
        try:
            body = trafilatura.extract(
                html,
                output_format="txt",
                include_comments=False,
                include_tables=False,
                include_images=False,
                include_links=False,
            )
            doc = trafilatura.extract_metadata(html)
        except Exception as e:  # trafilatura/lxml reject some malformed pages
            raise InputError(f"cannot parse HTML ({type(e).__name__})") from None
        if doc is not None:
            title = doc.title
            for key, value in (
                ("author", doc.author),
                ("published", doc.date),
                ("outlet", doc.sitename),
                ("url", doc.url),
            ):
                if value:
                    found[key] = str(value).strip()
    else:  # pragma: no cover
        body, title = _plain_html_text(html)
    # Menus and buttons are all that is left of pages without an article:
    # demand at least one sentence-sized block.
    if not body or not any(len(line.split()) >= 6 for line in body.splitlines()):
        raise InputError("no article text found in HTML")
    # One block per line in trafilatura's text: a blank line between blocks
    # makes each one an unambiguous paragraph for segment().
    body = "\n\n".join(line.strip() for line in normalise_newlines(body).split("\n") if line.strip())
    # segment() finds the headline as the first line.
    if title and title.strip() and not body.startswith(title.strip()):
        body = f"{title.strip()}\n\n{body}"
    return body + "\n", found


def _plain_html_text(html: str) -> tuple[str, Optional[str]]:  # pragma: no cover
    """Fallback when trafilatura is unavailable: paragraph text via lxml."""
    import lxml.html

    root = lxml.html.fromstring(html)
    for bad in root.xpath("//script|//style|//noscript|//template|//nav|//footer|//form"):
        bad.drop_tree()
    title_el = root.xpath("//h1") or root.xpath("//title")
    title = title_el[0].text_content().strip() if title_el else None
    paras = [p.text_content().strip() for p in root.xpath("//p")]
    return "\n\n".join(p for p in paras if p), title


# ---------------------------------------------------------------------------
# Finding files


def discover(paths: list[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Expand files and folders into the readable files below them.

    Folders are searched recursively for ``*.txt``, ``*.md``, ``*.html`` and
    ``*.htm`` (hidden files and folders skipped, symlinked folders followed
    once). Returns (files in sorted order, rejected paths with a reason)."""
    files: list[Path] = []
    rejected: list[tuple[Path, str]] = []
    seen_files: set[str] = set()

    def add(p: Path) -> None:
        try:
            key = os.path.realpath(p)
        except (OSError, ValueError):
            key = str(p)
        if key not in seen_files:
            seen_files.add(key)
            files.append(p)

    for given in paths:
        p = Path(given)
        try:
            if p.is_dir():
                found, problems = _walk(p)
                for f in found:
                    add(f)
                rejected += problems
            elif p.is_file():
                if p.suffix.lower() in SUFFIXES:
                    add(p)
                else:
                    rejected.append((p, f"unsupported file type (expected {', '.join(SUFFIXES)})"))
            elif p.is_symlink():
                rejected.append((p, "broken link"))
            elif p.exists():
                rejected.append((p, "not a regular file or folder"))
            else:
                rejected.append((p, "no such file or folder"))
        except OSError as e:
            rejected.append((p, f"cannot read ({e.strerror or e})"))
    return files, rejected


def keyed_files(paths: list[Path]) -> tuple[list[tuple[Path, str]], list[tuple[Path, str]]]:
    """``discover`` with each file's article key: its path relative to the
    folder it was found in ('/'-separated), or its name when it was given
    itself. ``in/bbc/news.txt`` and ``in/cnn/news.txt`` found in ``in`` are
    two articles; a file whose key another file of the run already has is
    rejected naming both, never stored over it."""
    keyed: list[tuple[Path, str]] = []
    rejected: list[tuple[Path, str]] = []
    owner: dict[str, Path] = {}
    seen: set[str] = set()
    for given in paths:
        given = Path(given)
        files, problems = discover([given])
        rejected += problems
        is_dir = given.is_dir()
        for f in files:
            real = os.path.realpath(f)
            if real in seen:
                continue
            seen.add(real)
            key = f.relative_to(given).as_posix() if is_dir else f.name
            if key in owner:
                rejected.append(
                    (f, f"same article key {key!r} as {owner[key]}; ingest the folder that holds both instead")
                )
                continue
            owner[key] = f
            keyed.append((f, key))
    return keyed, rejected


def _walk(root: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    found: list[Path] = []
    problems: list[tuple[Path, str]] = []
    visited: set[str] = set()
    stack = [root]
    # Links are followed only while they stay inside the folder given: a
    # link out of it (to a home folder, /etc) would publish what it names.
    inside = os.path.realpath(root)
    while stack:
        folder = stack.pop()
        real = os.path.realpath(folder)
        if real in visited:  # a symlink loop or a second link to a folder
            continue
        visited.add(real)
        try:
            entries = list(os.scandir(folder))
        except OSError as e:
            problems.append((folder, f"cannot read folder ({e.strerror or e})"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            p = folder / entry.name
            try:
                if entry.is_symlink():
                    target = os.path.realpath(p)
                    if os.path.commonpath([inside, target]) != inside:
                        if entry.is_dir() or p.suffix.lower() in SUFFIXES:
                            problems.append((p, "link to a place outside the folder ingested, not followed"))
                        continue
                if entry.is_dir(follow_symlinks=True):
                    stack.append(p)
                elif entry.is_file(follow_symlinks=True) and p.suffix.lower() in SUFFIXES:
                    found.append(p)
            except OSError:
                continue
    found.sort(key=lambda f: f.relative_to(root).parts)
    return found, problems
