"""HTML for review data: badges, Markdown notes, evidence links and the
article context view. Pure functions: values in, escaped ``Markup`` out.

Everything that reaches a page is either escaped by ``Markup.format`` or
comes out of nh3, so text typed by a reviewer or scraped from a page can
never run as script.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterable, Optional, Sequence
from urllib.parse import urlsplit

import markdown as markdown_lib
import nh3
from markupsafe import Markup, escape

# -- badges -----------------------------------------------------------------


def slug(value: str) -> str:
    """A CSS-class-safe form of a vocabulary word ("mostly true" -> "mostly-true")."""
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "other"


def badge(value: Optional[str], kind: str = "") -> Markup:
    """A coloured badge; the class is derived from the value so configured
    vocabularies get a stable hook for their own CSS."""
    if value is None or value == "":
        return Markup("")
    extra = f" fc-{kind}" if kind else ""
    return Markup('<span class="fc-badge fc-{}{}">{}</span>').format(slug(str(value)), extra, str(value))


# -- notes ------------------------------------------------------------------

# What a reviewer's Markdown may produce. Anything else (raw <script>,
# <iframe>, event attributes, style) is dropped by nh3.
NOTE_TAGS = {
    "p", "br", "hr", "strong", "b", "em", "i", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "h1", "h2", "h3", "h4", "h5", "h6", "del", "sup", "sub",
}
NOTE_ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https", "mailto"}


def markdown_to_html(text: Optional[str]) -> Markup:
    """Render a reviewer's note: Markdown, then sanitised (raw HTML and
    non-http(s)/mailto links removed; links get rel=noopener noreferrer)."""
    if not text:
        return Markup("")
    html = markdown_lib.markdown(text, extensions=["sane_lists"], output_format="html")
    clean = nh3.clean(
        html,
        tags=NOTE_TAGS,
        attributes=NOTE_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )
    return Markup(clean)


# -- evidence ---------------------------------------------------------------


def plain_name(text: str) -> str:
    """A person's name as typed, without the invisible characters (zero-width,
    bidi controls, other format and control characters) that make two names
    look alike or reorder the text around them."""
    return " ".join("".join(c for c in text if unicodedata.category(c) not in ("Cf", "Cc")).split())


# Evidence is a short list of links: beyond these it is refused, naming why.
EVIDENCE_MAX_LINKS = 50
EVIDENCE_MAX_URL = 2000
EVIDENCE_MAX_LABEL = 300


class EvidenceError(ValueError):
    """A line of evidence that is not an http(s) link; the message says which."""


def is_web_url(url: Any) -> bool:
    """An http(s) link whose host is what a reader sees: no user part
    (``https://trusted.example@evil.example/``), no backslash (browsers
    read ``\\`` as ``/``: ``https://evil.example\\@trusted.example/``), no
    space or control character."""
    if not isinstance(url, str):
        return False
    url = url.strip()
    if "\\" in url or any(ord(c) <= 32 or ord(c) == 127 for c in url) or len(url) > EVIDENCE_MAX_URL:
        return False
    parts = urlsplit(url)
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname) and "@" not in parts.netloc


def _default_label(url: str) -> str:
    parts = urlsplit(url)
    label = parts.netloc + parts.path.rstrip("/")
    return label if len(label) <= 80 else label[:77] + "…"


def parse_evidence(text: str) -> list[dict[str, str]]:
    """Parse the evidence box: one link a line, ``label | url``, ``label url``
    or a bare ``url``. Raises ``EvidenceError`` naming the first line whose
    link is not http(s) (``javascript:``, ``data:``, relative paths ...)."""
    links = []
    for number, raw in enumerate((text or "").splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if "|" in line:
            label, _, url = line.rpartition("|")
        else:
            # The link is the last word: labels may contain spaces, URLs may not.
            label, _, url = line.rpartition(" ")
        label, url = label.strip(), url.strip()
        if not is_web_url(url):
            raise EvidenceError(
                f"Evidence line {number}: only http:// and https:// links are accepted "
                f"(without a user part, backslash or space), not {url[:60]!r}"
            )
        if len(label) > EVIDENCE_MAX_LABEL:
            raise EvidenceError(f"Evidence line {number}: the label is longer than {EVIDENCE_MAX_LABEL} characters")
        links.append({"href": url, "label": label or _default_label(url)})
        if len(links) > EVIDENCE_MAX_LINKS:
            raise EvidenceError(f"Evidence: at most {EVIDENCE_MAX_LINKS} links")
    return links


def evidence_json(links: Sequence[dict[str, str]]) -> Optional[str]:
    """The stored form: datasette-json-html's list of links, or NULL when empty."""
    if not links:
        return None
    return json.dumps([{"href": link["href"], "label": link["label"]} for link in links], ensure_ascii=False)


def load_evidence(value: Optional[str]) -> list[dict[str, str]]:
    """Links from a stored evidence value, keeping only http(s) ones: the
    column may have been written by SQL or another tool."""
    if not value:
        return []
    try:
        data = json.loads(value)
    except (TypeError, ValueError):
        return []
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        return []
    links = []
    for item in data:
        if not isinstance(item, dict):
            continue
        url = item.get("href", item.get("url"))
        if isinstance(url, str) and is_web_url(url):
            label = item.get("label")
            links.append({"href": url.strip(), "label": str(label) if label else _default_label(url)})
    return links


def evidence_text(value: Optional[str]) -> str:
    """The stored evidence back in the form's one-link-a-line shape."""
    return "\n".join(f"{link['label']} | {link['href']}" for link in load_evidence(value))


def evidence_html(value: Optional[str]) -> Markup:
    links = load_evidence(value)
    if not links:
        return Markup("")
    items = Markup("").join(
        Markup('<li><a href="{}" rel="noopener noreferrer nofollow">{}</a></li>').format(link["href"], link["label"])
        for link in links
    )
    return Markup('<ul class="fc-evidence">{}</ul>').format(items)


# -- link cells ---------------------------------------------------------------

_LINK_KEYS = ({"href", "label"}, {"href", "label", "title"})
_OWN_FILTER = re.compile(r"[a-z_]+=[0-9]+")


def is_own_link_json(value: Any, base: Optional[str]) -> bool:
    """True when ``value`` is datasette-json-html link JSON (one link or a
    list of them) whose every href is a path under ``base`` (the database's
    own path): the links the canned queries build. Anything else shaped
    like that JSON (an off-site href, an image, another key) is not."""
    if not base or not isinstance(value, str):
        return False
    try:
        data = json.loads(value)
    except ValueError:
        return False
    links = data if isinstance(data, list) else [data]
    if not links:
        return False
    for link in links:
        if not isinstance(link, dict) or set(link) not in _LINK_KEYS or not isinstance(link["href"], str):
            return False
        href, _, filters = link["href"].partition("?")
        rest = href[len(base) :] if href.startswith(base + "/") else None
        if rest is None or any(c in href for c in "\\#") or any(ord(c) <= 32 for c in href):
            return False
        # one filter on a table by a number (a story's articles), nothing else
        if filters and not _OWN_FILTER.fullmatch(filters):
            return False
        if any(part in ("", ".", "..") for part in rest[1:].split("/")):
            return False
    return True


# -- article context --------------------------------------------------------


@dataclass
class Mark:
    """A highlighted span: offsets into the text, where the mark links to,
    and the CSS classes / tooltip it carries."""

    start: int
    end: int
    href: str
    css: str = ""
    title: str = ""
    anchor: str = ""


def highlight(text: str, marks: Iterable[Mark]) -> tuple[Markup, list[Mark]]:
    """``text`` escaped, with ``<mark>`` around each span, each linking to its
    row. Spans out of range or overlapping an earlier one are not drawn and
    are returned so the page can list them instead of hiding them."""
    text = text or ""
    placed: list[Mark] = []
    skipped: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        if not (0 <= mark.start < mark.end <= len(text)) or (placed and mark.start < placed[-1].end):
            skipped.append(mark)
            continue
        placed.append(mark)
    out = []
    pos = 0
    for mark in placed:
        out.append(escape(text[pos : mark.start]))
        out.append(
            Markup('<a class="fc-mark-link" href="{}"{}><mark class="fc-mark {}" title="{}">{}</mark></a>').format(
                mark.href,
                Markup(' id="{}"').format(mark.anchor) if mark.anchor else "",
                mark.css,
                mark.title,
                text[mark.start : mark.end],
            )
        )
        pos = mark.end
    out.append(escape(text[pos:]))
    return Markup("").join(out), skipped
