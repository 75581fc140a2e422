"""The lines of a raw page and their shapes, for ``segment``.

Each non-empty input line becomes an ``Item``; the tests here say what a
line looks like (prose, a headline, a byline, a dateline, a teaser, page
furniture by its vocabulary) from its text alone, never from an outlet's
wording. Matched against whole lines, so ordinary sentences that merely
contain these words are never affected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional


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
CTA_PREFIX_RE = re.compile(
    r"^(?:read more|read also|also read|see also|related|must read|read next|"
    r"recommended|watch|listen|more|also on \w+|related article|related story)"
    r"\s*[:|–—»›-]\s*\S",
    re.I,
)
# A short sponsored line inside the body: "… says our partner CoolHome",
# "Sponsored: …", "In partnership with …" — paid copy, never reporting.
SPONSORED_RE = re.compile(
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
END_RE = re.compile(
    r"^(?:©|\(c\)\s*\d{4}|copyright\b|all rights reserved\b|tags?\s*:|topics?\s*:|filed under\b"
    r"|share this\s*:|categories\s*:|posted in\b)",
    re.I,
)

# A picture's credit ("© Jane Roe/Harbour Press", "© Harbour Images"): a
# photographer and an agency, with no year and no rights reserved, as a
# caption prints it between the story's paragraphs; a legal footer
# carries a year or names only the publisher.
_CREDIT_RE = re.compile(r"^©\s*[A-Z][^\d]{0,80}$")
_PICTURE_RE = re.compile(r"\b(?:images?|photos?|photograph|photography|pictures?|pics)\b", re.I)


def picture_credit(text: str) -> bool:
    """A line that credits a picture inside the story: it ends no article."""
    text = text.strip()
    if not _CREDIT_RE.match(text) or len(text.split()) > 10 or "rights" in text.lower():
        return False
    return "/" in text or bool(_PICTURE_RE.search(text))


# A caption's credit at the end of its line, spaced, bracketed or run on
# as scraped pages print it ("... at the quay. Photo: Harbour Press",
# "... the quayCredit: Jane Roe", "... (Image: Harbour Press)").
_CAPTION_CREDIT_RE = re.compile(
    r"(?:^|\s|(?<=[a-z.’'\"”)]))\(?(?:Credit|Photo|Picture|Image)s?(?: credit)?\s?:\s*[A-Z0-9][^.!?;“”\"]{0,60}\)?$"
)


def caption(text: str) -> bool:
    """A short line that ends in its picture's credit: a caption between
    the story's paragraphs, which names people the story may not."""
    text = text.strip()
    return len(text.split()) <= 45 and _CAPTION_CREDIT_RE.search(text) is not None


_DATELINE_WORD_RE = re.compile(
    r"^(?:posted|published|updated|last updated|first published|modified|"
    r"posted on|published on|updated on)\b",
    re.I,
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
DATE_RE = re.compile(
    r"^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?:\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?(?:\s+\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\b",
    re.I,
)
RELTIME_RE = re.compile(
    r"^(?:about |over |almost |nearly |around )?"
    r"(?:\d+|an?|one|a few|few)\s+"
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mos?|years?|yrs?|y)"
    r"\s+ago$|^(?:just now|yesterday|today)(?:\s+at\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?$",
    re.I,
)
_READ_TIME_RE = re.compile(r"^\d+\s*(?:-|\s)?(?:min(?:ute)?s?)\s+read$", re.I)
_BY_RE = re.compile(r"^(?:by|written by|words by|reporting by|author:?)\s+[A-Z\u00C0-\u024F]", re.I)
REPLY_TO_RE = re.compile(r"^(?:in reply to|reply to|replying to|in response to)\s*:?\s*(\S.{0,100})$", re.I)
NUMBERED_RE = re.compile(r"^([ \t]*)(\d{1,4}[.)])([ \t]+)(\S.*)$")
BULLET_RE = re.compile(r"^([ \t]*)([•◦▪▸‣·*\-–—])([ \t]+)(\S.*)$")
COMMENT_WIDGET = {
    "reply", "like", "likes", "report", "flag", "share", "upvote", "downvote",
    "delete", "edit", "vote up", "vote down", "report comment", "permalink",
}
VOTES_RE = re.compile(r"^[+\-−]?\d{1,6}$")
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

QUOTE_CHARS = "\"“”„«»"
_CLOSERS = "\"'”’»)]*"
_TERMINAL = ".!?:;…"
ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "cpt", "maj",
    "prof", "rev", "sen", "rep", "gov", "pres", "no", "vs", "inc", "ltd", "co",
    "jr", "sr", "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "adm", "cmdr",
}
TRAILING_SMALL = {
    "a", "an", "the", "of", "and", "or", "to", "on", "in", "for", "with", "at",
    "by", "from", "as", "but", "that", "its", "their", "his", "her",
}

_HUGE = 4000  # characters: beyond this a line is prose by length alone


# ---------------------------------------------------------------------------
# Line model


@dataclass
class Item:
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


def line_items(text: str) -> list[Item]:
    lines: list[tuple[str, bool]] = []  # (line, blank line before it)
    blank = False
    for raw in text.split("\n"):
        if not raw.strip():
            blank = True
            continue
        lines.append((raw.rstrip(), blank or not lines))
        blank = False
    wrap = _wrap_width(lines)
    items: list[Item] = []
    joined: dict[int, list[str]] = {}  # item -> its continuation lines
    for raw, blank_before in lines:
        stripped = raw.strip()
        if items and _continues(items[-1], joined.get(len(items) - 1), raw, stripped, wrap, blank_before):
            prev = items[-1]
            joined.setdefault(prev.pos, [prev.text]).append(stripped)
            prev.words = min(1000, prev.words + _word_count(stripped))
            continue
        items.append(
            Item(
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


def _continues(prev: Item, parts: Optional[list[str]], raw: str, stripped: str, wrap: int, blank_before: bool = False) -> bool:
    """Whether a line carries on the previous line's paragraph: same
    indentation, no list marker, and either the text is hard-wrapped (the
    previous line runs near the wrap column) or the previous line stops
    mid-sentence and this one starts in lower case. Past a blank line only
    the last holds, and only after a line long enough to be prose: a page
    that breaks a sentence over two paragraphs ("... prices and" /
    "rates in his first days.") would otherwise leave both halves as labels."""
    if _indent_of(raw) != prev.indent or len(prev.text) > _HUGE:
        return False
    if NUMBERED_RE.match(raw) or BULLET_RE.match(raw):
        return False
    last = parts[-1] if parts else prev.text
    if ends_terminal(last):
        return False
    if blank_before:
        return stripped[:1].isalpha() and stripped[:1].islower() and len(last.split()) >= 8
    if stripped[:1].islower() and len(last.split()) >= 4:
        return True
    return bool(wrap) and len(last) >= 0.6 * wrap and len(last.split()) >= 5


# ---------------------------------------------------------------------------
# Line shapes


def core_end(s: str) -> str:
    """The last character that is not a closing quote/bracket."""
    tail = s[-12:].rstrip().rstrip(_CLOSERS).rstrip()
    return tail[-1:] if tail else ""


def ends_terminal(s: str) -> bool:
    return core_end(s) in tuple(_TERMINAL) or is_truncated(s)


def is_truncated(s: str) -> bool:
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


def is_prose(it: Item) -> bool:
    if it.words >= 25:
        return True
    return it.words >= 8 and ends_terminal(it.text)


_LONG_WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*")


def title_cased(text: str, min_long: int = 4) -> bool:
    """Text in Title Case ("Mayor Vows To Fight On"): ``min_long`` or more
    words of four letters or more, nearly all of them (four in five)
    capitalised, which prose never is; not text all in capitals."""
    long = [w for w in _LONG_WORD_RE.findall(text) if len(w) >= 4]
    if len(long) < min_long or text.isupper():
        return False
    return sum(1 for w in long if w[0].isupper()) >= 0.8 * len(long)


def headline_like(it: Item, min_words: int = 3) -> bool:
    """A headline: short, capitalised, no final full stop, not furniture."""
    if not (min_words <= it.words <= 30) or len(it.text) > 250:
        return False
    if core_end(it.text) in (".", ";", ":", ",", "…") or is_truncated(it.text):
        return False
    if not _starts_upper(it.text):
        return False
    return vocab_kind(it) is None and not is_dateline(it) and not is_byline(it)


_WHOLE_QUOTATION_RE = re.compile(r"[\"“‘'][^\"“”]*\s[^\"“”]*[\"”’'][.!?]?")


def whole_quotation(it: Item) -> bool:
    """A line that is one quotation of two words or more, in its marks."""
    return it.words <= 40 and _WHOLE_QUOTATION_RE.fullmatch(it.text.strip()) is not None


def subhead_like(it: Item) -> bool:
    """A heading inside the body: one short line without sentence punctuation."""
    if it.words > 10 or len(it.text) > 100:
        return False
    # "Roe said: “" with the quotation in the next paragraph: an opening mark
    # left at the end is the next paragraph's.
    if core_end(it.text.rstrip().rstrip("“‘")) in (".", ";", ":", ",", "…", "!", "?") or it.text[0] in QUOTE_CHARS + "'‘":
        return False
    return _starts_upper(it.text) and vocab_kind(it) is None


def is_dateline(it: Item) -> bool:
    if it.words > 12 or len(it.text) > 120:
        return False
    t = it.text.replace("\u00a0", " ")
    if _DATELINE_WORD_RE.match(t) or RELTIME_RE.match(t) or _READ_TIME_RE.match(t):
        return True
    return it.words <= 10 and bool(DATE_RE.match(t)) and core_end(t) != "."


def is_byline(it: Item) -> bool:
    return (
        it.words <= 10
        and len(it.text) <= 100
        and core_end(it.text) not in (".", "!", "?")
        and bool(_BY_RE.match(it.text))
    )


def name_shaped(it: Item) -> bool:
    """'Lisa West': two to four capitalised words, nothing else."""
    if not (2 <= it.words <= 4) or len(it.text) > 60:
        return False
    for w in it.text.split():
        if not (w[0].isupper() and all(c.isalpha() or c in "'’.-" for c in w)):
            return False
    return True


def bio_like(it: Item, name: Optional[str] = None) -> bool:
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


def is_cta(it: Item) -> bool:
    return it.words <= 5 and it.norm in _CTA


def vocab_kind(it: Item) -> Optional[str]:
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
    if n in _CHROME or END_RE.match(text):
        return "other"
    if words <= 8 and _RELATED_RE.match(n):
        return "teaser"
    return None
