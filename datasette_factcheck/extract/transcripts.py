"""A primary source's text as passages, each attributed to its speaker.

A transcript is a run of speaker turns. The layouts found in published
transcripts are all recognised, line by line:

* a label in capitals and a colon: ``STOLTENBERG: ...``, ``Q: ...``,
  ``SECRETARY GENERAL: ...``, ``MR. SMITH: ...``;
* a label in bold (Markdown): ``**Jane Doe:** ...``, ``**JANE DOE**: ...``;
* a name and a colon at the start of a line, ``Jane Doe: ...``, when the
  text has at least two such turns (one "Note: ..." is not a transcript);
* a label alone on its line (capitals, or a name with a colon) and the
  words on the following lines;
* a timestamp before or after the label: ``[00:01:23] JANE DOE: ...``,
  ``00:12 Jane Doe: ...``, ``JANE DOE (00:12:01): ...``.

Lines without a label continue the current turn. Stage directions
(``[APPLAUSE]``, ``(LAUGHTER)``, ``[inaudible]``) are not words anyone said
and are left out of a passage's text. A speech, statement, post or document
without turns is one speaker's text: every paragraph is a passage of the
speaker the file names.

Everything here is a pure function: text in, dataclasses out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

# The kinds of primary source a file can declare (front matter ``type:``).
PRIMARY_TYPES = ("transcript", "speech", "statement", "post", "document")

# Labels that name the person asking, not a speaker of the record.
QUESTION_LABELS = frozenset({"q", "question", "questioner", "journalist", "reporter", "audience", "audience member"})

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?"
_STAMP = rf"[\[(]?{_TIME}[\])]?"
# A capitals label: words of capitals (with dots, hyphens, apostrophes), at
# most six of them, optionally ending in a parenthesised role or stamp.
_CAPS_NAME = r"[A-Z][A-Z.'\u2019\-]*(?:\s+[A-Z][A-Z.'\u2019\-]*){0,5}"
_TITLE_NAME = r"[A-Z][\w.'\u2019\-]*(?:\s+(?:[A-Z][\w.'\u2019\-]*|de|da|van|von|der|al|bin|la|le)){0,4}"
_ROLE = r"(?:\s*\((?!\s*\d{1,2}:\d{2})[^()\n]{1,40}\))?"

_LEAD_STAMP = re.compile(rf"^\s*(?P<stamp>{_STAMP})\s*[-\u2013\u2014]?\s*")
_BOLD = re.compile(rf"^\*\*(?P<label>[^*\n]{{1,60}}?)\s*(?P<stamp>{_STAMP})?\s*(?::\*\*|\*\*\s*:)\s*(?P<rest>.*)$")
_CAPS = re.compile(rf"^(?P<label>{_CAPS_NAME}{_ROLE})\s*(?P<stamp>{_STAMP})?\s*:\s*(?P<rest>.*)$")
_TITLE = re.compile(rf"^(?P<label>{_TITLE_NAME}{_ROLE})\s*(?P<stamp>{_STAMP})?\s*:\s+(?P<rest>\S.*)$")
_ALONE_CAPS = re.compile(rf"^(?P<label>{_CAPS_NAME}{_ROLE})\s*(?P<stamp>{_STAMP})?\s*$")
_ALONE_TITLE = re.compile(rf"^(?P<label>{_TITLE_NAME}{_ROLE})\s*(?P<stamp>{_STAMP})?\s*:\s*$")
_STAGE = re.compile(
    r"[\[(](?:[A-Z][A-Z ,'\-]{2,40}|(?i:inaudible|crosstalk|laughter|laughs|applause|applauds|pause|silence|"
    r"unintelligible|off mic|off-mic|music|break|end of transcript))[\])]"
)
_SPACES = re.compile(r"[ \t]+")
# Characters at the start of a line searched for a speaker label.
LABEL_SEARCH = 160
# Words that end a capitals "label" that is in fact a heading or a shout.
_NOT_LABELS = frozenset({"note", "update", "editor's note", "transcript", "end", "source", "copyright"})


@dataclass
class Turn:
    """One speaker's turn: ``label`` as printed (None for text before the
    first label), ``start``/``end`` offsets of its words in the text."""

    number: int
    label: Optional[str]
    text: str
    start: int
    end: int
    timestamp: Optional[str] = None

    @property
    def is_question(self) -> bool:
        return (self.label or "").strip().lower().rstrip(".") in QUESTION_LABELS


@dataclass
class Passage:
    """A paragraph of a primary source with the person who said it.

    ``speaker`` is the full name when the file maps the label to one (or for
    a speech, the speaker the file names); ``label`` is as printed."""

    number: int
    turn: int
    speaker: Optional[str]
    label: Optional[str]
    text: str
    start: int
    end: int
    timestamp: Optional[str] = None


@dataclass
class Layout:
    """What the parser recognised, for people and tests."""

    turns: list[Turn] = field(default_factory=list)
    style: str = "none"  # caps, bold, title, alone, none


def _clean_label(label: str) -> str:
    label = label.strip().strip("*").strip()
    return _SPACES.sub(" ", label)


def _is_label(label: str) -> bool:
    low = label.lower().strip(". ")
    if not low or low in _NOT_LABELS or low.startswith("http"):
        return False
    # a sentence that happens to end in a colon is no label
    return len(label) <= 60 and not re.search(r"[,;!?\"]", label)


def _match_line(line: str, allow_title: bool) -> Optional[tuple[str, Optional[str], str, int, str]]:
    """(label, timestamp, rest of the line, offset of rest, style) when the
    line opens a turn."""
    stamp = None
    offset = 0
    lead = _LEAD_STAMP.match(line)
    if lead:
        stamp = lead.group("stamp").strip("[]()")
        offset = lead.end()
    body = line[offset:]
    # A label is at the start of a line: only its head is searched, so a
    # very long line costs no more than a short one.
    head = body[:LABEL_SEARCH]
    for pattern, style in ((_BOLD, "bold"), (_CAPS, "caps"), (_TITLE, "title")):
        if style == "title" and not allow_title:
            continue
        m = pattern.match(head)
        if not m:
            continue
        label = _clean_label(m.group("label"))
        if style == "caps" and not (label.isupper() or label.lower().rstrip(".") in QUESTION_LABELS):
            continue
        if not _is_label(label):
            continue
        stamp = stamp or (m.group("stamp") or "").strip("[]()") or None
        return label, stamp, body[m.start("rest"):], offset + m.start("rest"), style
    if len(body) > LABEL_SEARCH:
        return None
    for pattern in (_ALONE_CAPS, _ALONE_TITLE):
        if pattern is _ALONE_TITLE and not allow_title:
            continue
        m = pattern.match(body.strip())
        if m:
            label = _clean_label(m.group("label"))
            if pattern is _ALONE_CAPS and (not label.isupper() or len(label) < 2):
                continue
            if _is_label(label):
                stamp = stamp or (m.group("stamp") or "").strip("[]()") or None
                return label, stamp, "", len(line), "alone"
    return None


def _lines(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def parse_turns(text: str) -> Layout:
    """The speaker turns of a transcript, in order. Text with no labels at
    all is one turn without a label (``style`` "none")."""
    lines = _lines(text)
    # Title-case labels ("Jane Doe: ...") only count when there are two or
    # more: one "Note: ..." line does not make a transcript.
    title_hits = sum(
        1 for _, line in lines
        if _TITLE.match(line.lstrip()[:LABEL_SEARCH]) and not _CAPS.match(line.lstrip()[:LABEL_SEARCH])
    )
    allow_title = title_hits >= 2
    turns: list[Turn] = []
    styles: list[str] = []
    current: Optional[dict] = None

    def close() -> None:
        if current is None:
            return
        joined = "\n".join(current["parts"]).strip()
        if joined or current["label"] is not None:
            turns.append(
                Turn(
                    number=len(turns) + 1,
                    label=current["label"],
                    text=joined,
                    start=current["start"] if current["start"] is not None else current["end"],
                    end=current["end"],
                    timestamp=current["stamp"],
                )
            )

    for pos, line in lines:
        found = _match_line(line.rstrip(), allow_title) if line.strip() else None
        if found:
            close()
            label, stamp, rest, offset, style = found
            styles.append(style)
            has_rest = bool(rest.strip())
            current = {"label": label, "stamp": stamp, "parts": [rest] if has_rest else [],
                       "start": pos + offset if has_rest else None, "end": pos + len(line.rstrip())}
            continue
        if current is None:
            if not line.strip():
                continue
            current = {"label": None, "stamp": None, "parts": [], "start": pos, "end": pos}
        if current["start"] is None:
            if not line.strip():
                continue
            current["start"] = pos + len(line) - len(line.lstrip())
        current["parts"].append(line)
        if line.strip():
            current["end"] = pos + len(line.rstrip())
    close()
    if not styles:
        return Layout(turns, "none")
    return Layout(turns, max(set(styles), key=styles.count))


def spoken_text(text: str) -> str:
    """A passage's words without stage directions, whitespace collapsed."""
    return _SPACES.sub(" ", _STAGE.sub(" ", text)).strip()


_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")


def _paragraphs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each paragraph: lines between blank lines."""
    out = []
    start = 0
    for m in list(_BLANK_LINE.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        chunk = text[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append((start + lead, start + len(chunk.rstrip()), chunk.strip()))
        if m:
            start = m.end()
    return out


def passages(text: str, kind: str = "transcript", speaker: Optional[str] = None,
             names: Optional[dict[str, str]] = None) -> list[Passage]:
    """The passages of a primary source of type ``kind``.

    A transcript is split into turns; other kinds (and a transcript with no
    labels) are one speaker's text, ``speaker``. ``names`` maps a label as
    printed (any case) to a full name ("STOLTENBERG" -> "Jens Stoltenberg").
    Each passage is one paragraph of a turn."""
    names = {k.strip().lower(): v for k, v in (names or {}).items()}
    layout = parse_turns(text) if kind == "transcript" else Layout([Turn(1, None, text.strip(), 0, len(text))])
    out: list[Passage] = []
    for turn in layout.turns:
        if turn.label is None:
            who = speaker if layout.style == "none" or kind != "transcript" else None
        else:
            who = names.get(turn.label.lower()) or names.get(turn.label.lower().rstrip(".")) or turn.label
        base = text.find(turn.text, turn.start) if turn.text else turn.start
        base = base if base >= 0 else turn.start
        for start, end, para in _paragraphs(turn.text):
            words = spoken_text(para)
            if not words:
                continue
            out.append(
                Passage(
                    number=len(out) + 1,
                    turn=turn.number,
                    speaker=who,
                    label=turn.label,
                    text=words,
                    start=base + start,
                    end=base + end,
                    timestamp=turn.timestamp,
                )
            )
    return out
