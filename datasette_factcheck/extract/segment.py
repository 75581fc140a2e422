"""Split a raw news page into headline, article body, byline, comments and
page furniture.

Scraped pages arrive as plain text with the article surrounded by navigation
labels, promo boxes, author bios, related-article teasers, comment threads
and comment forms. Only the article's own paragraphs may reach quote and
claim extraction, so everything else is labelled as an ``Extra`` (or parsed
into ``Comment`` objects) instead of being dropped: every non-empty input
line ends up in the title, the body, the byline, a comment or an extra.

The rules rest on the shape of lines, not on any outlet's wording:

* the article body is prose (long lines ending in sentence punctuation);
* furniture is short lines, truncated teaser lines ("…"), call-to-action
  vocabulary ("LEARN MORE"), comment-widget vocabulary ("58 Comments",
  "Notify of"), or anything after an author bio or a comments header;
* a headline is a short line without a final full stop above the first
  prose paragraph; shorter lines above it are section labels.

Decisions worth knowing:

* A standfirst (one prose paragraph right after the headline, followed by a
  dateline/byline line such as "Posted" before the body starts) is kept out
  of the body as an ``Extra(kind="standfirst")``: pages often repeat it
  verbatim inside the body.
* Short headings between body paragraphs become ``Extra(kind="subhead")``.
* The first byline is stored in ``Segmented.byline`` (without a leading
  "By"); every byline line is also kept verbatim as ``Extra("byline")``.
* Comment lines such as "Last edited 5 months ago by X" and the truncation
  mark "Read more »" stay in the comment's text, verbatim.
* Bulleted/numbered comment threads: a bullet indented at (or deeper than)
  the enclosing comment's text is a reply, unless the enclosing comment's
  own text resumes at its own indentation after that run of bullets, or the
  comment's text just before ends with a colon: then the bullets are a list
  inside the comment (a reply never interrupts its parent's text).

Everything here is a pure function and never raises: any input, however
malformed, gives a ``Segmented`` (possibly with an empty body).
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Optional

from ..model import Comment, Extra, Paragraph, Segmented

# ---------------------------------------------------------------------------
# Vocabulary. Matched against whole lines after ``_norm`` (lower case,
# collapsed spaces, trailing decoration removed), so ordinary sentences that
# merely contain these words are never affected.

_SUBSCRIBE = {
    "subscribe", "notify of", "guest", "sign up", "sign in", "log in", "login",
    "register", "newsletter", "subscribe now", "subscribe today",
    "subscribe to our newsletter", "sign up for our newsletter",
    "get our newsletter", "join our newsletter", "notify of new replies",
    "notify me of follow-up comments by email", "notify me of new posts by email",
    "subscribe to comments", "become a member", "support us", "donate",
}

_COMMENTS_HEADER = {
    "comments", "oldest", "newest", "most voted", "most liked",
    "inline feedbacks", "view all comments", "load more comments",
    "show comments", "hide comments", "show more comments", "view comments",
    "join the discussion", "join the conversation", "reader comments",
    "top comments", "comments are closed",
}
_COMMENTS_HEADER_RE = re.compile(
    r"^(?:\d[\d,.]*k?\s+(?:comments?|responses?|replies|reactions)"
    r"|(?:\d[\d,.]*\s+)?(?:thoughts?|responses?|comments?) (?:on|to)\s+\S.{0,200}"
    r"|(?:view|show|load|see|read) (?:all|more|\d+) (?:comments?|replies))$"
)

# "Comments (3)", "(3) Comments", "Comments: 3", "Reader comments 12": a
# comments header carrying its count, once brackets and colons are dropped.
_COUNTED_HEADER_RE = re.compile(
    r"^(?:(?:reader|readers'?|your|all|top) )?comments? \d[\d,.]*k?$"
    r"|^\d[\d,.]*k? (?:reader |readers'? )?comments?$"
)


def _unbracket(n: str) -> str:
    return " ".join(re.sub(r"[()\[\]:#]", " ", n).split())


_REPLY_FORM = {
    "leave a reply", "leave a comment", "post a comment", "add a comment",
    "write a comment", "add comment", "post comment", "submit comment",
    "please enter your comment", "please enter your name here",
    "you have entered an incorrect email address", "cancel reply",
    "required fields are marked", "post reply", "join the discussion below",
}
_REPLY_FORM_PREFIXES = (
    "your email address will not be published",
    "save my name, email",
    "you must be logged in to post a comment",
    "this site uses akismet",
    "please enter your",
)

# A stand-alone call to action: ends a promo box (or is a bare "read more").
_CTA = {
    "learn more", "read more", "continue reading", "read the full story",
    "read the full article", "read full story", "read full article", "see more",
    "find out more", "watch now", "watch the video", "listen now", "sign up now",
    "shop now", "get the app", "download now", "discover more", "full story",
    "view more", "read on", "keep reading", "read the story", "more details",
    "click here", "read article", "read story", "watch", "listen",
}
# "READ MORE: Some other headline" — an inline promo on one line.
_CTA_PREFIX_RE = re.compile(
    r"^(?:read more|read also|also read|see also|related|must read|read next|"
    r"recommended|watch|listen|more|also on \w+|related article|related story)"
    r"\s*[:|–—»›-]\s*\S",
    re.I,
)
# A short sponsored line inside the body: "… says our partner CoolHome",
# "Sponsored: …", "In partnership with …" — paid copy, never reporting.
_SPONSORED_RE = re.compile(
    r"\bour\s+(?:commercial\s+|advertising\s+)?partners?\b|\bin\s+partnership\s+with\b|"
    r"^\W*(?:sponsored|advertisement|promoted|paid\s+content|partner\s+content)\b|"
    r"[(\[](?:sponsored|advertisement|promoted|ad)[)\]]",
    re.I,
)
# "You can read more by clicking here." / "Click here to read the report."
_READ_MORE_RE = re.compile(
    r"(?:\b(?:click(?:ing)?|tap(?:ping)?)\s+(?:here|this link|the link|below)\b"
    r"|^(?:you can )?(?:read|find out|learn|see)\s+(?:more|the full\b.*?)\s+(?:here|at|on|by)\b"
    r"|^(?:for more (?:information|details)|more information)\b.{0,80}\b(?:visit|see|go to)\b)",
    re.I,
)

# Headers of related-article lists: they end the body; what follows are teasers.
_RELATED_RE = re.compile(
    r"^(?:related(?: articles?| posts?| stories| news| content| coverage| reading)?"
    r"|more (?:from|on|in|stories|news|articles|like this)\b.{0,60}"
    r"|recommended(?: for you| stories| articles| reading)?|trending(?: now| stories)?"
    r"|most (?:read|popular|viewed|shared)|popular(?: stories| articles| posts)?"
    r"|latest(?: news| stories| articles| posts)?|you (?:may|might) (?:also )?(?:like|enjoy)"
    r"|read next|what to read next|further reading|editor'?s picks?|top stories"
    r"|in (?:other|case you missed)\b.{0,40}|also read|don'?t miss)$"
)
# Page chrome that may sit anywhere, including between body paragraphs.
_CHROME = {
    "advertisement", "advert", "ad", "sponsored", "sponsored content", "share",
    "share this", "share this article", "share this story", "share on facebook",
    "share on twitter", "facebook", "twitter", "x", "email", "print", "whatsapp",
    "linkedin", "reddit", "telegram", "copy link", "tweet", "pin", "like this",
    "like", "loading", "story continues below", "article continues below",
    "scroll to continue", "skip to content", "close", "menu", "search", "home",
    "listen to this article", "save", "bookmark", "copied", "gift article",
}
# Lines that end the article when they follow the body (legal footer, tags).
_END_RE = re.compile(
    r"^(?:©|\(c\)\s*\d{4}|copyright\b|all rights reserved\b|tags?\s*:|topics?\s*:|filed under\b"
    r"|share this\s*:|categories\s*:|posted in\b)",
    re.I,
)

_DATELINE_WORD_RE = re.compile(
    r"^(?:posted|published|updated|last updated|first published|modified|"
    r"posted on|published on|updated on)\b",
    re.I,
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_RE = re.compile(
    r"^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?:\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?(?:\s+\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\b",
    re.I,
)
_RELTIME_RE = re.compile(
    r"^(?:about |over |almost |nearly |around )?"
    r"(?:\d+|an?|one|a few|few)\s+"
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mos?|years?|yrs?|y)"
    r"\s+ago$|^(?:just now|yesterday|today)(?:\s+at\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?$",
    re.I,
)
_READ_TIME_RE = re.compile(r"^\d+\s*(?:-|\s)?(?:min(?:ute)?s?)\s+read$", re.I)
_BY_RE = re.compile(r"^(?:by|written by|words by|reporting by|author:?)\s+[A-Z\u00C0-\u024F]", re.I)
_REPLY_TO_RE = re.compile(r"^(?:in reply to|reply to|replying to|in response to)\s*:?\s*(\S.{0,100})$", re.I)
_NUMBERED_RE = re.compile(r"^([ \t]*)(\d{1,4}[.)])([ \t]+)(\S.*)$")
_BULLET_RE = re.compile(r"^([ \t]*)([•◦▪▸‣·*\-–—])([ \t]+)(\S.*)$")
_COMMENT_WIDGET = {
    "reply", "like", "likes", "report", "flag", "share", "upvote", "downvote",
    "delete", "edit", "vote up", "vote down", "report comment", "permalink",
}
_VOTES_RE = re.compile(r"^[+\-−]?\d{1,6}$")
_LAST_EDITED_RE = re.compile(r"^(?:last )?edited\b", re.I)

# Words that bios use and news paragraphs rarely pile up together.
_BIO_VOCAB_RE = re.compile(
    r"\b(?:degree|university|college|alumn(?:i|us|a)|graduate[ds]?|journalist|reporter|"
    r"correspondent|editor|writer|columnist|contributor|freelance|ph\.?d|master'?s|"
    r"bachelor'?s|studied|military academy|industry|based in|career|covers|writes about|"
    r"years (?:working|as|in|of experience|reporting|covering)|works with|"
    r"speciali[sz]es|specialist in|author of|follow (?:him|her|them) on)\b",
    re.I,
)
# "Lisa has a degree", "Victor covers", "Tom has spent": a first name and a
# bio verb at the start of a sentence.
_BIO_SUBJECT_RE = re.compile(
    r"(?:^|[.!?]\s+)(?:[A-Z][a-z\u00E0-\u024F'’-]+|He|She|They)\s+"
    r"(?:has|is|was|covers|writes|reports|joined|works|worked|holds|spent|studied|"
    r"graduated|speciali[sz]es|focuses|lives|previously|currently|brings)\b"
)

# "Nadia Ferrante writes about housing…", "Sam Ode is the Guardian's
# transport correspondent": a short paragraph opened by a name and a
# what-they-cover clause.
_BIO_LEAD_RE = re.compile(
    r"^(?!(?:The|A|An|This|That|These|Those|It|Its|Our|Their|His|Her|He|She|They|We)\b)"
    r"(?:[A-Z][^\W\d_]*[.'’\-]?[^\W\d_]*\s+){1,3}(?:also\s+)?(?:"
    r"writes (?:about|on|for)|reports (?:on|for)|covers\b|has covered\b|is (?:the )?author of|"
    r"is (?:a|an|the|our)\s+(?:[\w'’\-]+\s+){0,5}?(?:correspondent|reporter|editor|writer|"
    r"columnist|journalist|contributor|critic|author)\b)"
)

_QUOTE_CHARS = "\"“”„«»"
_CLOSERS = "\"'”’»)]*"
_TERMINAL = ".!?:;…"
_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "cpt", "maj",
    "prof", "rev", "sen", "rep", "gov", "pres", "no", "vs", "inc", "ltd", "co",
    "jr", "sr", "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "adm", "cmdr",
}
_TRAILING_SMALL = {
    "a", "an", "the", "of", "and", "or", "to", "on", "in", "for", "with", "at",
    "by", "from", "as", "but", "that", "its", "their", "his", "her",
}

_HUGE = 4000  # characters: beyond this a line is prose by length alone


# ---------------------------------------------------------------------------
# Line model


@dataclass
class _Item:
    """One non-empty input line with the facts the rules need."""

    pos: int  # index among non-empty lines
    raw: str  # the line without its newline, leading indentation kept
    text: str  # outer whitespace stripped
    indent: int
    blank_before: bool
    words: int
    norm: str  # lower-cased, decoration stripped, only for short lines

    @property
    def short(self) -> bool:
        return self.words <= 12 and len(self.text) <= 120


def _norm(s: str) -> str:
    if len(s) > 300:
        return ""
    s = s.replace("\u00a0", " ").lower()
    s = " ".join(s.split())
    return s.strip(" .!:*»›→>←<|-–—•·()[]")


def _indent_of(raw: str) -> int:
    n = 0
    for ch in raw:
        if ch == " " or ch == "\u00a0":
            n += 1
        elif ch == "\t":
            n += 4
        else:
            break
    return n


def _word_count(s: str) -> int:
    if len(s) > _HUGE:
        return 1000
    return len(s.split())


def _items(text: str) -> list[_Item]:
    lines: list[tuple[str, bool]] = []  # (line, blank line before it)
    blank = False
    for raw in text.split("\n"):
        if not raw.strip():
            blank = True
            continue
        lines.append((raw.rstrip(), blank or not lines))
        blank = False
    wrap = _wrap_width(lines)
    items: list[_Item] = []
    joined: dict[int, list[str]] = {}  # item -> its continuation lines
    for raw, blank_before in lines:
        stripped = raw.strip()
        if items and not blank_before and _continues(items[-1], joined.get(len(items) - 1), raw, stripped, wrap):
            prev = items[-1]
            joined.setdefault(prev.pos, [prev.text]).append(stripped)
            prev.words = min(1000, prev.words + _word_count(stripped))
            continue
        items.append(
            _Item(
                pos=len(items),
                raw=raw,
                text=stripped,
                indent=_indent_of(raw),
                blank_before=blank_before,
                words=_word_count(stripped),
                norm=_norm(stripped),
            )
        )
    for pos, parts in joined.items():
        it = items[pos]
        it.text = "\n".join(parts)
        it.words = _word_count(it.text)
        it.norm = _norm(it.text)
    return items


def _wrap_width(lines: list[tuple[str, bool]]) -> int:
    """The column a hard-wrapped text is wrapped at, or 0 when lines are
    whole paragraphs (as scraped pages nearly always are)."""
    adjacent = sum(1 for _, blank in lines[1:] if not blank)
    if len(lines) < 3 or adjacent < 2:
        return 0
    lengths = sorted(len(raw.strip()) for raw, _ in lines)
    p95 = lengths[int(0.95 * (len(lengths) - 1))]
    return p95 if 40 <= p95 <= 100 and lengths[-1] <= 120 else 0


def _continues(prev: _Item, parts: Optional[list[str]], raw: str, stripped: str, wrap: int) -> bool:
    """Whether a line carries on the previous line's paragraph: same
    indentation, no list marker, and either the text is hard-wrapped (the
    previous line runs near the wrap column) or the previous line stops
    mid-sentence and this one starts in lower case."""
    if _indent_of(raw) != prev.indent or len(prev.text) > _HUGE:
        return False
    if _NUMBERED_RE.match(raw) or _BULLET_RE.match(raw):
        return False
    last = parts[-1] if parts else prev.text
    if _ends_terminal(last):
        return False
    if stripped[:1].islower() and len(last.split()) >= 4:
        return True
    return bool(wrap) and len(last) >= 0.6 * wrap and len(last.split()) >= 5


# ---------------------------------------------------------------------------
# Line shapes


def _core_end(s: str) -> str:
    """The last character that is not a closing quote/bracket."""
    tail = s[-12:].rstrip().rstrip(_CLOSERS).rstrip()
    return tail[-1:] if tail else ""


def _ends_terminal(s: str) -> bool:
    return _core_end(s) in tuple(_TERMINAL) or _is_truncated(s)


def _is_truncated(s: str) -> bool:
    tail = s[-12:].rstrip().rstrip(_CLOSERS + "»›").rstrip()
    if tail.lower().endswith("read more"):
        return True
    tail = tail.rstrip(".")
    return s[-12:].rstrip().rstrip(_CLOSERS).endswith(("…", "...", "….", "....")) or tail.endswith("…")


def _starts_upper(s: str) -> bool:
    for ch in s[:4]:
        if ch in "'‘\"“«":
            continue
        return ch.isupper() or ch.isdigit()
    return False


def _is_prose(it: _Item) -> bool:
    if it.words >= 25:
        return True
    return it.words >= 8 and _ends_terminal(it.text)


def _headline_like(it: _Item, min_words: int = 3) -> bool:
    """A headline: short, capitalised, no final full stop, not furniture."""
    if not (min_words <= it.words <= 30) or len(it.text) > 250:
        return False
    if _core_end(it.text) in (".", ";", ":", ",", "…") or _is_truncated(it.text):
        return False
    if not _starts_upper(it.text):
        return False
    return _vocab_kind(it) is None and not _is_dateline(it) and not _is_byline(it)


def _subhead_like(it: _Item) -> bool:
    """A heading inside the body: one short line without sentence punctuation."""
    if it.words > 10 or len(it.text) > 100:
        return False
    if _core_end(it.text) in (".", ";", ":", ",", "…", "!", "?") or it.text[0] in _QUOTE_CHARS + "'‘":
        return False
    return _starts_upper(it.text) and _vocab_kind(it) is None


def _is_dateline(it: _Item) -> bool:
    if it.words > 12 or len(it.text) > 120:
        return False
    t = it.text.replace("\u00a0", " ")
    if _DATELINE_WORD_RE.match(t) or _RELTIME_RE.match(t) or _READ_TIME_RE.match(t):
        return True
    return it.words <= 10 and bool(_DATE_RE.match(t)) and _core_end(t) != "."


def _is_byline(it: _Item) -> bool:
    return (
        it.words <= 10
        and len(it.text) <= 100
        and _core_end(it.text) not in (".", "!", "?")
        and bool(_BY_RE.match(it.text))
    )


def _name_shaped(it: _Item) -> bool:
    """'Lisa West': two to four capitalised words, nothing else."""
    if not (2 <= it.words <= 4) or len(it.text) > 60:
        return False
    for w in it.text.split():
        if not (w[0].isupper() and all(c.isalpha() or c in "'’.-" for c in w)):
            return False
    return True


def _bio_like(it: _Item, name: Optional[str] = None) -> bool:
    """An author bio: biography vocabulary led by a first name ("Lisa has a
    degree…", "Victor covers…"). Under a name line whose first name opens
    the paragraph one vocabulary hit is enough, otherwise two are needed so
    that a news sentence such as "Smith has worked as a reporter" stays body."""
    if it.words < 6 or it.words > 120:
        return False
    return _bio_text(it.words, it.text, name)


# The rules ask about the same line several times over: the answers that
# depend only on a line's text (and word count) are cached.
@lru_cache(maxsize=4096)
def _bio_text(words: int, text: str, name: Optional[str]) -> bool:
    head = text[:1200]
    if any(q in head for q in "“”\""):
        return False
    if words <= 60 and _BIO_LEAD_RE.match(head):
        return True
    vocab = len(_BIO_VOCAB_RE.findall(head))
    if vocab == 0:
        return False
    if name and head.split()[0].strip("’'s") == name.split()[0]:
        return True
    return (vocab >= 2 and bool(_BIO_SUBJECT_RE.search(head))) or vocab >= 3


def _is_cta(it: _Item) -> bool:
    return it.words <= 5 and it.norm in _CTA


def _vocab_kind(it: _Item) -> Optional[str]:
    """The furniture kind of a line whose whole text is widget vocabulary."""
    if it.words > 30 or len(it.text) > 250:
        return None
    return _vocab_kind_of(it.words, it.norm, it.text)


@lru_cache(maxsize=4096)
def _vocab_kind_of(words: int, n: str, text: str) -> Optional[str]:
    if n in _SUBSCRIBE:
        return "subscribe"
    if n in _COMMENTS_HEADER or _COMMENTS_HEADER_RE.match(n) or _COUNTED_HEADER_RE.match(_unbracket(n)):
        return "comments_header"
    if n in _REPLY_FORM or n.startswith(_REPLY_FORM_PREFIXES):
        return "reply_form"
    if words <= 25 and _READ_MORE_RE.search(text):
        return "read_more"
    if n in _CHROME or _END_RE.match(text):
        return "other"
    if words <= 8 and _RELATED_RE.match(n):
        return "teaser"
    return None


# ---------------------------------------------------------------------------
# Comments


@dataclass
class _Out:
    """Where each item went; assembled into a ``Segmented`` at the end."""

    extras: dict[int, Extra] = field(default_factory=dict)
    claimed: set[int] = field(default_factory=set)
    comments: list[Comment] = field(default_factory=list)

    def extra(self, it: _Item, kind: str) -> None:
        self.extras[it.pos] = Extra(kind=kind, text=it.text)
        self.claimed.add(it.pos)


def _header_at(items: list[_Item], k: int, need_repeat: bool) -> Optional[tuple[str, str, int]]:
    """A comment header at ``k``: author line, the author line repeated
    (avatar alt text) and/or a time line. Returns (author, posted, next item)."""
    it = items[k]
    if it.words > 10 or len(it.text) > 80 or _vocab_kind(it) or _RELTIME_RE.match(it.text):
        return None
    j = k + 1
    repeated = j < len(items) and items[j].text == it.text
    if repeated:
        j += 1
    elif need_repeat:
        return None
    if j >= len(items):
        return None
    t = items[j].text.replace("\u00a0", " ")
    if items[j].words <= 10 and (_RELTIME_RE.match(t) or (_DATE_RE.match(t) and items[j].words <= 8)):
        return it.text, t, j + 1
    return None


def _author_key(name: str) -> str:
    return " ".join(name.replace("\u00a0", " ").split()).casefold()


def _join_lines(parts: list[tuple[bool, str]]) -> str:
    out: list[str] = []
    for blank_before, line in parts:
        if out:
            out.append("\n\n" if blank_before else "\n")
        out.append(line)
    return "".join(out)


def _reply_parent(comments: list[Comment], previous: Optional[int], author: str,
                  last_by: dict[str, int]) -> Optional[int]:
    """The comment a "Reply to X" line answers. Threads print depth-first, so
    the parent is the previous comment or one of its ancestors: the nearest
    one by X on that path; failing that, the most recent comment by X."""
    k = previous
    steps = 0
    while k is not None and steps < 200:
        if comments[k].author is not None and _author_key(comments[k].author) == author:
            return k
        k = comments[k].parent
        steps += 1
    return last_by.get(author)


def _parse_header_thread(items: list[_Item], start: int, end: int, out: _Out, need_repeat: bool) -> None:
    """Comment blocks 'Name / Name / 6 months ago / Reply to X / text…'."""
    last_by: dict[str, int] = {}
    texts: list[list[tuple[bool, str]]] = []
    k = start
    current: Optional[int] = None  # the comment whose text is being read
    while k < end:
        head = _header_at(items, k, need_repeat) if k + 1 < end else None
        if head is not None:
            author, posted, j = head
            parent: Optional[int] = None
            if j < end:
                m = _REPLY_TO_RE.match(items[j].text.replace("\u00a0", " "))
                if m and items[j].words <= 14:
                    previous = len(out.comments) - 1 if out.comments else None
                    parent = _reply_parent(out.comments, previous, _author_key(m.group(1)), last_by)
                    if parent is None:  # replied-to comment not on the page: keep the line
                        out.extra(items[j], "other")
                    out.claimed.add(items[j].pos)
                    j += 1
            depth = out.comments[parent].depth + 1 if parent is not None else 0
            idx = len(out.comments)
            out.comments.append(Comment(index=idx, parent=parent, depth=depth, author=author, posted=posted, text=""))
            texts.append([])
            for p in range(k, j):
                out.claimed.add(items[p].pos)
            last_by[_author_key(author)] = idx
            current = idx
            k = j
            continue
        it = items[k]
        kind = _vocab_kind(it)
        if kind in ("comments_header", "reply_form", "subscribe"):
            out.extra(it, kind)
            current = None
        elif current is not None and (it.norm in _COMMENT_WIDGET or _VOTES_RE.match(it.text)):
            out.extra(it, "other")
        elif current is not None:
            # "Last edited … by X" and "Read more »" are part of what the
            # page printed for this comment: kept in its text.
            texts[current].append((it.blank_before and bool(texts[current]), it.text))
            out.claimed.add(it.pos)
        else:
            out.extra(it, kind or "other")
        k += 1
    for c, parts in zip(out.comments, texts):
        c.text = _join_lines(parts)


def _inline_list(items: list[_Item], p: int, end: int, owner_text_indent: int, owner_last: str) -> int:
    """If the bullet run starting at ``p`` is a list inside the owning
    comment, return the index after the run; else -1."""
    b = items[p].indent
    q = p + 1
    limit = min(end, p + 200)
    while q < limit:
        it = items[q]
        is_bullet = bool(_BULLET_RE.match(it.raw)) or bool(_NUMBERED_RE.match(it.raw))
        if it.indent > b or (is_bullet and it.indent == b):
            q += 1
            continue
        break
    if _core_end(owner_last) == ":" and not items[p].blank_before:
        return q
    if q >= limit:
        return -1
    it = items[q]
    resumes = (
        not _BULLET_RE.match(it.raw)
        and not _NUMBERED_RE.match(it.raw)
        and it.indent == owner_text_indent
        and it.indent > 0
    )
    return q if resumes else -1


def _parse_list_thread(items: list[_Item], start: int, end: int, out: _Out) -> None:
    """Numbered top-level comments with bulleted, indented replies."""
    # (comment index, marker indent, text indent)
    stack: list[tuple[int, int, int]] = []
    texts: list[list[tuple[bool, str]]] = []
    top_indent: Optional[int] = None

    def add_text(ci: int, it: _Item) -> None:
        texts[ci].append((it.blank_before and bool(texts[ci]), it.text))
        out.claimed.add(it.pos)

    k = start
    while k < end:
        it = items[k]
        num = _NUMBERED_RE.match(it.raw)
        bul = None if num else _BULLET_RE.match(it.raw)
        if num and top_indent is None:
            top_indent = it.indent
        if num and it.indent <= (top_indent or 0):
            stack.clear()
            marker = num
        elif bul or (num and stack):
            marker = bul or num
            owner = stack[-1] if stack else None
            if owner is not None and it.indent >= owner[2]:
                last = texts[owner[0]][-1][1] if texts[owner[0]] else ""
                stop = _inline_list(items, k, end, owner[2], last)
                if stop > 0:
                    for q in range(k, stop):
                        add_text(owner[0], items[q])
                    k = stop
                    continue
            while stack and stack[-1][1] >= it.indent:
                stack.pop()
        else:
            marker = None
        if marker is not None:
            parent = stack[-1][0] if stack else None
            depth = out.comments[parent].depth + 1 if parent is not None else 0
            idx = len(out.comments)
            out.comments.append(Comment(index=idx, parent=parent, depth=depth, author=None, posted=None, text=""))
            first = marker.group(4).strip()
            if "\n" in it.text:
                first += "\n" + it.text.split("\n", 1)[1]
            texts.append([(False, first)])
            out.claimed.add(it.pos)
            text_indent = len(marker.group(1).expandtabs(4)) + len(marker.group(2)) + len(marker.group(3).expandtabs(4))
            stack.append((idx, it.indent, text_indent))
            k += 1
            continue
        kind = _vocab_kind(it)
        if it.indent == 0 or not stack or kind in ("comments_header", "reply_form", "subscribe"):
            # Flush-left lines are page furniture, not comment text.
            stack.clear()
            out.extra(it, kind or "other")
            k += 1
            continue
        # Continuation text: the deepest open comment whose text starts at or
        # left of this line's indentation owns it.
        while len(stack) > 1 and stack[-1][2] > it.indent:
            stack.pop()
        add_text(stack[-1][0], it)
        k += 1
    for c, parts in zip(out.comments, texts):
        c.text = _join_lines(parts)


def _parse_comments(items: list[_Item], start: int, out: _Out, had_header: bool) -> None:
    end = len(items)
    headers = sum(1 for k in range(start, end - 2) if _header_at(items, k, True))
    if headers or had_header:
        # Without a repeated author line, "Name / 3 hours ago" is only
        # trusted once a comments header has announced the thread.
        loose = 0 if headers else sum(1 for k in range(start, end - 1) if _header_at(items, k, False))
        if headers or loose:
            _parse_header_thread(items, start, end, out, need_repeat=bool(headers))
            return
    if any(_NUMBERED_RE.match(items[k].raw) or _BULLET_RE.match(items[k].raw) for k in range(start, end)):
        _parse_list_thread(items, start, end, out)
        return
    for k in range(start, end):
        out.extra(items[k], _vocab_kind(items[k]) or "other")


# ---------------------------------------------------------------------------
# Title from the body when the page printed no headline


def _first_sentence(text: str) -> str:
    head = text[:600]
    for m in re.finditer(r"[.!?][\"'”’)\]]*\s+(?=[\"“‘'(]?[A-Z0-9])", head):
        before = head[: m.start()]
        word = before.rsplit(None, 1)[-1] if before.split() else ""
        w = word.lower().lstrip("(\"'“‘")
        if w in _ABBREV or (len(w) == 1 and w.isalpha()):
            continue
        return head[: m.start() + 1].strip()
    return head.strip()


def _derive_title(text: str, limit: int = 120) -> str:
    """A title from the body's first sentence: whole when short, otherwise
    cut at a clause boundary (or a word boundary) and marked with '…'."""
    s = " ".join(_first_sentence(text).split())
    if len(s) <= limit + 20:
        return s[:-1] if s.endswith(".") and not s.endswith("..") else s
    cut = s[:limit]
    clause = max(cut.rfind(", "), cut.rfind("; "), cut.rfind(" – "), cut.rfind(" — "))
    if clause >= 40:
        cut = cut[:clause]
    elif " " in cut:
        cut = cut[: cut.rfind(" ")]
    words = cut.split()
    while len(words) > 3 and (words[-1].lower().strip(",;:") in _TRAILING_SMALL or words[-1][-1:] in ",;:–—-"):
        words.pop()
    return " ".join(words).rstrip(",;:–—-") + "…"


# ---------------------------------------------------------------------------
# The page


def _comments_start(items: list[_Item], first_prose: int) -> tuple[int, bool]:
    """Index where the comment area begins (len(items) if none) and whether
    it is announced by a comments header."""
    for k in range(first_prose + 1, len(items)):
        kind = _vocab_kind(items[k])
        if kind in ("comments_header", "reply_form") and items[k].words <= 12:
            return k, True
        if _header_at(items, k, True):
            return k, False
    return len(items), False


def _classify_top(items: list[_Item], end: int, out: _Out) -> tuple[Optional[int], int]:
    """Headline, section labels, standfirst and datelines above the body.
    Returns (headline index or None, first body index)."""
    first_prose = next((k for k in range(end) if _is_prose(items[k])), end)
    headline = next(
        (k for k in range(first_prose) if _headline_like(items[k], min_words=4)),
        None,
    )
    if (
        headline is None
        and first_prose + 1 < end
        and items[first_prose].words <= 20
        and _core_end(items[first_prose].text) in ("?", "!")
        and _headline_like(items[first_prose], min_words=4)
        and _is_prose(items[first_prose + 1])
    ):
        # A question or exclamation headline reads like a short sentence;
        # it is the headline when prose follows it.
        headline = first_prose
        first_prose += 1
    if headline is None and first_prose == end:
        # No prose at all: the first ordinary line stands as the title.
        headline = next((k for k in range(end) if _vocab_kind(items[k]) is None), None)
    for k in range(first_prose if headline is None else headline):
        it = items[k]
        out.extra(it, _meta_kind(it) or "section_label")
    if headline is None:
        return None, first_prose
    out.claimed.add(items[headline].pos)
    k = headline + 1
    while k < first_prose:
        it = items[k]
        kind = _meta_kind(it)
        if kind is None:
            kind = "subhead" if _subhead_like(it) and it.words >= 2 else "section_label"
        out.extra(it, kind)
        k += 1
    body_start = first_prose
    if first_prose == headline + 1 and first_prose < end:
        # Prose right under the headline, then a dateline/byline, then prose:
        # a standfirst, not the first paragraph.
        j = first_prose + 1
        while j < end and _meta_kind(items[j]) in ("dateline", "byline"):
            j += 1
        if j > first_prose + 1 and j < end and _is_prose(items[j]):
            out.extra(items[first_prose], "standfirst")
            for q in range(first_prose + 1, j):
                out.extra(items[q], _meta_kind(items[q]) or "dateline")
            body_start = j
    return headline, body_start


def _meta_kind(it: _Item) -> Optional[str]:
    if _is_byline(it):
        return "byline"
    if _is_dateline(it):
        return "dateline"
    return _vocab_kind(it)


def _teaser_run_start(items: list[_Item], lo: int, hi: int) -> int:
    """Start of a run of related-article teasers ending the article area
    (hi if none): truncated summaries, bare headline lines, and headlines
    with their summary."""
    k = hi
    truncated = headlines = pairs = 0
    while k > lo:
        it = items[k - 1]
        if _vocab_kind(it) in ("other", "teaser", "subscribe", "read_more"):
            k -= 1
        elif _is_truncated(it.text) and it.words >= 4:
            truncated += 1
            k -= 1
        elif _headline_like(it):
            headlines += 1
            k -= 1
        elif k - 2 >= lo and it.words <= 60 and _headline_like(items[k - 2]):
            pairs += 1
            k -= 2
        else:
            break
    # A headline followed by one paragraph looks just like a subhead section,
    # so runs are only trusted with truncation marks or several bare headlines.
    if truncated >= 2 or (truncated >= 1 and headlines + pairs >= 1) or headlines >= 2:
        return k
    return hi


def _promo_start(items: list[_Item], lo: int, cta: int) -> int:
    """Walk back from a call to action over the promo box it closes:
    [caption] headline [summary] CTA."""
    k = cta
    if k - 1 >= lo and not _headline_like(items[k - 1]) and k - 2 >= lo and _headline_like(items[k - 2]) \
            and items[k - 1].words <= 45:
        k -= 2
    elif k - 1 >= lo and _headline_like(items[k - 1]):
        k -= 1
    else:
        return cta
    if k - 1 >= lo and _caption_like(items[k - 1]):
        k -= 1
    return k


def _caption_like(it: _Item) -> bool:
    if it.words > 15 or any(q in it.text for q in _QUOTE_CHARS):
        return False
    low = it.text.lower()
    if re.search(r"\b(?:photo|image|picture|credit|getty|reuters|afp|ap photo|file photo|pictured|courtesy)\b", low):
        return True
    words = it.text.split()
    caps = sum(1 for w in words if w[:1].isupper())
    return it.words <= 12 and caps / max(1, len(words)) >= 0.6


def segment(text: str) -> Segmented:
    """Split a decoded page (newlines normalised) into title, body,
    paragraphs, byline, comments and labelled furniture. Never raises."""
    try:
        return _segment(text if isinstance(text, str) else str(text or ""))
    except Exception:  # pragma: no cover - last-resort guard for odd input
        s = text if isinstance(text, str) else ""
        extras = [Extra(kind="other", text=s.strip())] if s.strip() else []
        return Segmented(title="", body="", paragraphs=[], extras=extras, has_headline=False)


def _segment(text: str) -> Segmented:
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    items = _items(text)
    out = _Out()
    if not items:
        return Segmented(title="", body="", paragraphs=[], has_headline=False)

    first_prose = next((k for k, it in enumerate(items) if _is_prose(it)), len(items))
    zone_end, had_header = _comments_start(items, first_prose)

    headline, body_start = _classify_top(items, zone_end, out)

    # -- where the article ends: a bio (with its byline), a related-list
    # header, legal footer or subscribe box, then trailing teasers.
    solid_after = [False] * (zone_end + 1)
    for k in range(zone_end - 1, body_start - 1, -1):
        it = items[k]
        prev = items[k - 1] if k > 0 else None
        solid = (
            _is_prose(it)
            and not _is_truncated(it.text)
            and it.words >= 12
            and not _bio_like(it)
            and _vocab_kind(it) is None
            and not (prev is not None and _headline_like(prev))
        )
        solid_after[k] = solid or solid_after[k + 1]

    body_end = zone_end
    for k in range(body_start, zone_end):
        it = items[k]
        if k > body_start and _bio_like(it) and not solid_after[k + 1]:
            body_end = k - 1 if k - 1 > body_start and _name_shaped(items[k - 1]) else k
            break
        if k > body_start and _name_shaped(it) and k + 1 < zone_end and _bio_like(items[k + 1], it.text) \
                and not solid_after[k + 2]:
            body_end = k
            break
        kind = _vocab_kind(it)
        if k > body_start and (kind in ("teaser", "subscribe", "comments_header", "reply_form")
                               or (kind == "other" and _END_RE.match(it.text))):
            body_end = k
            break
    body_end = _teaser_run_start(items, body_start + 1, body_end) if body_end > body_start + 1 else body_end

    # -- furniture after the body
    prev_kind: Optional[str] = None
    for k in range(body_end, zone_end):
        it = items[k]
        if it.pos in out.claimed:
            continue
        kind = _tail_kind(items, k, zone_end, prev_kind)
        out.extra(it, kind)
        prev_kind = kind

    # -- the body itself, with promo boxes and subheads taken out
    for k in range(body_start, body_end):
        it = items[k]
        if it.pos in out.claimed:
            continue
        if _is_cta(it):
            s = _promo_start(items, body_start, k)
            if s == k:
                out.extra(it, "read_more")
            else:
                for q in range(s, k + 1):
                    out.extra(items[q], "promo")
            continue
    para_items: list[_Item] = []
    for k in range(body_start, body_end):
        it = items[k]
        if it.pos in out.claimed:
            continue
        if it.words <= 30 and _CTA_PREFIX_RE.match(it.text) and not _ends_terminal(it.text):
            out.extra(it, "promo")
        elif it.words <= 30 and _SPONSORED_RE.search(it.text):
            out.extra(it, "promo")
        elif _is_byline(it):
            out.extra(it, "byline")
        elif _vocab_kind(it) is not None and not _is_prose(it):
            out.extra(it, _vocab_kind(it) or "other")
        elif _is_dateline(it) and not _is_prose(it):
            out.extra(it, "dateline")
        elif _subhead_like(it) and not _is_prose(it):
            out.extra(it, "subhead")
        else:
            para_items.append(it)
            out.claimed.add(it.pos)

    body, paragraphs = _build_body(para_items)

    # -- comments
    if zone_end < len(items):
        _parse_comments(items, zone_end, out, had_header)

    # -- title
    if headline is not None:
        title = items[headline].text
        has_headline = True
    else:
        title = _derive_title(paragraphs[0].text) if paragraphs else ""
        has_headline = False

    # Nothing is dropped unseen.
    for it in items:
        if it.pos not in out.claimed and it.pos != (items[headline].pos if headline is not None else -1):
            out.extra(it, "other")

    extras = [out.extras[p] for p in sorted(out.extras)]
    byline = None
    for e in extras:
        if e.kind == "byline":
            byline = re.sub(r"^(?:by|written by|words by|reporting by|author:?)\s+", "", e.text, flags=re.I).strip()
            break
    return Segmented(
        title=title,
        body=body,
        paragraphs=paragraphs,
        byline=byline,
        comments=out.comments,
        extras=extras,
        has_headline=has_headline,
    )


def _tail_kind(items: list[_Item], k: int, end: int, prev_kind: Optional[str]) -> str:
    it = items[k]
    kind = _vocab_kind(it)
    if kind is not None:
        return kind
    if _is_cta(it):
        return "promo"
    if _is_byline(it):
        return "byline"
    if _bio_like(it):
        return "bio"
    if _name_shaped(it) and k + 1 < end and _bio_like(items[k + 1], it.text):
        return "byline"
    if prev_kind == "byline" and k > 0 and _bio_like(it, items[k - 1].text):
        return "bio"
    if prev_kind == "bio" and not it.blank_before:
        return "bio"
    if _is_dateline(it):
        return "dateline"
    if _is_truncated(it.text) or _headline_like(it):
        return "teaser"
    if prev_kind == "teaser" and k > 0 and _headline_like(items[k - 1]):
        return "teaser"
    if prev_kind == "bio" and _bio_like_continuation(it):
        return "bio"
    return "other"


def _bio_like_continuation(it: _Item) -> bool:
    return bool(re.match(r"^(?:He|She|They|His|Her|Their)\b", it.text)) and it.words <= 60


def _build_body(para_items: list[_Item]) -> tuple[str, list[Paragraph]]:
    """One paragraph per item (wrapped lines were joined in ``_items``),
    joined by blank lines, with offsets into the body."""
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    offset = 0
    for n, it in enumerate(para_items, start=1):
        t = it.text
        if parts:
            offset += 2
        paragraphs.append(Paragraph(number=n, start=offset, end=offset + len(t), text=t))
        parts.append(t)
        offset += len(t)
    return "\n\n".join(parts), paragraphs
