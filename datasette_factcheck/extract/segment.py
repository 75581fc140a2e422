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

import bisect
import re
from typing import Optional

from ..model import Extra, Paragraph, Segmented
from .comments import Out, header_at, parse_comments
from .lines import (
    ABBREV,
    BULLET_RE,
    CTA_PREFIX_RE,
    END_RE,
    caption,
    picture_credit,
    title_cased,
    Item,
    NUMBERED_RE,
    QUOTE_CHARS,
    SPONSORED_RE,
    TRAILING_SMALL,
    bio_like,
    core_end,
    ends_terminal,
    headline_like,
    is_byline,
    is_cta,
    is_dateline,
    is_prose,
    is_truncated,
    line_items,
    name_shaped,
    subhead_like,
    whole_quotation,
    vocab_kind,
)

# ---------------------------------------------------------------------------
# Title from the body when the page printed no headline


def _first_sentence(text: str) -> str:
    head = text[:600]
    for m in re.finditer(r"[.!?][\"'”’)\]]*\s+(?=[\"“‘'(]?[A-Z0-9])", head):
        before = head[: m.start()]
        word = before.rsplit(None, 1)[-1] if before.split() else ""
        w = word.lower().lstrip("(\"'“‘")
        if w in ABBREV or (len(w) == 1 and w.isalpha()):
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
    while len(words) > 3 and (words[-1].lower().strip(",;:") in TRAILING_SMALL or words[-1][-1:] in ",;:–—-"):
        words.pop()
    return " ".join(words).rstrip(",;:–—-") + "…"


# ---------------------------------------------------------------------------
# The page


def _comments_start(items: list[Item], first_prose: int) -> tuple[int, bool]:
    """Index where the comment area begins (len(items) if none) and whether
    it is announced by a comments header."""
    for k in range(first_prose + 1, len(items)):
        kind = vocab_kind(items[k])
        if kind in ("comments_header", "reply_form") and items[k].words <= 12:
            return k, True
        if header_at(items, k, True):
            return k, False
    return len(items), False


def _classify_top(items: list[Item], end: int, out: Out) -> tuple[Optional[int], int]:
    """Headline, section labels, standfirst and datelines above the body.
    Returns (headline index or None, first body index)."""
    first_prose = next((k for k in range(end) if is_prose(items[k])), end)
    headline = next(
        (k for k in range(first_prose) if headline_like(items[k], min_words=4)),
        None,
    )
    if headline is None:
        # A short headline in sentence case ("Budget row deepens"): a lower-case
        # word tells it from a section label ("Local News", "POLITICS").
        headline = next((k for k in reversed(range(first_prose)) if _short_headline(items[k])), None)
    if (
        headline is None
        and first_prose + 1 < end
        and items[first_prose].words <= 20
        and (
            (core_end(items[first_prose].text) in ("?", "!") and headline_like(items[first_prose], min_words=4))
            or (first_prose == 0 and _title_cased(items[0]))
        )
        and is_prose(items[first_prose + 1])
    ):
        # A question or exclamation headline, or a first line in Title Case
        # closed by a full stop, reads like a short sentence; it is the
        # headline when prose follows it.
        headline = first_prose
        first_prose += 1
    if headline is None and first_prose == end:
        # No prose at all: the first ordinary line stands as the title.
        headline = next((k for k in range(end) if vocab_kind(items[k]) is None), None)
    if headline is not None:
        # "“We are very sorry”." under the headline: the words the story
        # opens on, however short, are its first paragraph.
        # So is a short sentence ("Ana Roe spoke at the rally."), too short to
        # read as prose on its own but closed by a full stop like one.
        first_prose = next((k for k in range(headline + 1, first_prose) if whole_quotation(items[k]) or _short_sentence(items[k])), first_prose)
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
            kind = "subhead" if subhead_like(it) and it.words >= 2 else "section_label"
        out.extra(it, kind)
        k += 1
    body_start = first_prose
    if first_prose == headline + 1 and first_prose < end:
        # Prose right under the headline, then a dateline/byline, then prose:
        # a standfirst, not the first paragraph.
        j = first_prose + 1
        while j < end and _meta_kind(items[j]) in ("dateline", "byline"):
            j += 1
        if j > first_prose + 1 and j < end and is_prose(items[j]):
            out.extra(items[first_prose], "standfirst")
            for q in range(first_prose + 1, j):
                out.extra(items[q], _meta_kind(items[q]) or "dateline")
            body_start = j
    return headline, body_start


# Words of a page addressing its reader ("Follow us", "your inbox") and the
# verbs that open its calls to action.
_READER_WORDS = frozenset(
    "you your yours us our share sign subscribe follow click tap download join listen watch register donate".split()
)


def _short_sentence(it: Item) -> bool:
    """Four to seven words closed by a full stop, opening with a capital,
    with words in lower case among them: a sentence, not a label, a
    dateline or a caption."""
    words = it.text.split()
    if {w.strip(".,!").lower() for w in words} & _READER_WORDS:
        return False  # "Subscribe to the morning briefing.": the page speaks to its reader
    return (
        4 <= it.words < 8
        and core_end(it.text) == "."
        and it.text[:1].isupper()
        and sum(w[:1].islower() for w in words) >= 2
        and _meta_kind(it) is None
        and vocab_kind(it) is None
        and not is_cta(it)
        and not _caption_like(it)
    )


def _short_headline(it: Item) -> bool:
    """Two or three words with a lower-case one among them, shaped like a headline."""
    return 2 <= it.words <= 3 and headline_like(it, min_words=2) and _meta_kind(it) is None and any(
        w[:1].islower() for w in it.text.split()[1:]
    )


def _title_cased(it: Item) -> bool:
    """A line in Title Case ("Mayor Vows To Fight On."): four or more long
    words, nearly all capitalised, which prose never is."""
    return title_cased(it.text) and vocab_kind(it) is None and not is_dateline(it) and not is_byline(it)


def _meta_kind(it: Item) -> Optional[str]:
    if is_byline(it):
        return "byline"
    if is_dateline(it):
        return "dateline"
    return vocab_kind(it)


def _teaser_run_start(items: list[Item], lo: int, hi: int) -> int:
    """Start of a run of related-article teasers ending the article area
    (hi if none): truncated summaries, bare headline lines, and headlines
    with their summary."""
    k = hi
    truncated = headlines = pairs = 0
    while k > lo:
        it = items[k - 1]
        if vocab_kind(it) in ("other", "teaser", "subscribe", "read_more"):
            k -= 1
        elif is_truncated(it.text) and it.words >= 4:
            truncated += 1
            k -= 1
        elif headline_like(it):
            headlines += 1
            k -= 1
        elif k - 2 >= lo and it.words <= 60 and headline_like(items[k - 2]):
            pairs += 1
            k -= 2
        else:
            break
    # A headline followed by one paragraph looks just like a subhead section,
    # so runs are only trusted with truncation marks or several bare headlines.
    if truncated >= 2 or (truncated >= 1 and headlines + pairs >= 1) or headlines >= 2:
        return k
    return hi


def _promo_start(items: list[Item], lo: int, cta: int) -> int:
    """Walk back from a call to action over the promo box it closes:
    [caption] headline [summary] CTA."""
    k = cta
    if k - 1 >= lo and not headline_like(items[k - 1]) and k - 2 >= lo and headline_like(items[k - 2]) \
            and items[k - 1].words <= 45:
        k -= 2
    elif k - 1 >= lo and headline_like(items[k - 1]):
        k -= 1
    else:
        return cta
    if k - 1 >= lo and _caption_like(items[k - 1]):
        k -= 1
    return k


def _caption_like(it: Item) -> bool:
    if it.words > 15 or any(q in it.text for q in QUOTE_CHARS):
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
    items = line_items(text)
    out = Out()
    if not items:
        return Segmented(title="", body="", paragraphs=[], has_headline=False)

    first_prose = next((k for k, it in enumerate(items) if is_prose(it)), len(items))
    zone_end, had_header = _comments_start(items, first_prose)

    headline, body_start = _classify_top(items, zone_end, out)

    # -- where the article ends: a bio (with its byline), a related-list
    # header, legal footer or subscribe box, then trailing teasers. Each
    # ends the article only when no story prose follows it.
    # ``prose``: a full paragraph of text; ``solid``: one that is no teaser's
    # summary either (it does not follow a headline-shaped line).
    prose = [False] * (zone_end + 1)
    solid = [False] * (zone_end + 1)
    solid_after = [False] * (zone_end + 1)
    for k in range(zone_end - 1, body_start - 1, -1):
        it = items[k]
        prev = items[k - 1] if k > 0 else None
        full = (
            is_prose(it)
            and not is_truncated(it.text)
            and it.words >= 12
            and not bio_like(it)
            and vocab_kind(it) is None
        )
        prose[k] = full and not (NUMBERED_RE.match(it.raw) or BULLET_RE.match(it.raw))
        solid[k] = full and not (prev is not None and headline_like(prev))
        solid_after[k] = solid[k] or solid_after[k + 1]

    body_end = zone_end
    for k in range(body_start, zone_end):
        it = items[k]
        if k > body_start and bio_like(it) and not solid_after[k + 1]:
            body_end = k - 1 if k - 1 > body_start and name_shaped(items[k - 1]) else k
            break
        if k > body_start and name_shaped(it) and k + 1 < zone_end and bio_like(items[k + 1], it.text) \
                and not solid_after[k + 2]:
            body_end = k
            break
        kind = vocab_kind(it)
        resume = _story_resumes(items, prose, solid, k + 1, zone_end) if kind in ("teaser", "subscribe") else None
        if k > body_start and kind is not None and resume is not None and it.pos not in out.claimed:
            # A related-articles or sign-up box inside the story: it and the
            # lines it lists, up to the next paragraph of prose, are furniture.
            out.extra(it, kind)
            for j in range(k + 1, resume):
                out.extra(items[j], "teaser" if kind == "teaser" else "promo")
            continue
        if k > body_start and (kind in ("teaser", "subscribe", "comments_header", "reply_form")
                               or (kind == "other" and END_RE.match(it.text) and not picture_credit(it.text))):
            if it.pos in out.claimed:
                continue
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
        if is_cta(it):
            s = _promo_start(items, body_start, k)
            if s == k:
                out.extra(it, "read_more")
                # A bare "READ MORE" over the headlines it lists: they are
                # teasers, up to where the story goes on.
                j = k + 1
                while it.words <= 3 and j < body_end and items[j].pos not in out.claimed and headline_like(items[j]):
                    out.extra(items[j], "teaser")
                    j += 1
            else:
                for q in range(s, k + 1):
                    out.extra(items[q], "promo")
            continue
    para_items: list[Item] = []
    for k in range(body_start, body_end):
        it = items[k]
        if it.pos in out.claimed:
            continue
        if it.words <= 30 and CTA_PREFIX_RE.match(it.text) and not ends_terminal(it.text):
            out.extra(it, "promo")
        elif it.words <= 30 and SPONSORED_RE.search(it.text):
            out.extra(it, "promo")
        elif is_byline(it):
            out.extra(it, "byline")
        elif caption(it.text) or (k + 1 < body_end and caption(items[k + 1].text) and items[k + 1].text.startswith(it.text)):
            out.extra(it, "caption")  # a picture's caption, or its text printed once more just before it
        elif vocab_kind(it) is not None and not is_prose(it):
            out.extra(it, vocab_kind(it) or "other")
        elif is_dateline(it) and not is_prose(it):
            out.extra(it, "dateline")
        elif subhead_like(it) and not is_prose(it):
            out.extra(it, "subhead")
        else:
            para_items.append(it)
            out.claimed.add(it.pos)

    body, paragraphs = _build_body(para_items)
    _place_subheads(out, para_items)

    # -- comments
    if zone_end < len(items):
        parse_comments(items, zone_end, out, had_header)

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


def _story_resumes(items: list[Item], prose: list[bool], solid: list[bool], start: int, end: int) -> Optional[int]:
    """The index where the story goes on after furniture at ``start - 1``:
    a paragraph of prose that is no teaser's summary, or two paragraphs of
    prose in a row (a teaser has one). None when a comments header, reply
    form, legal footer or author bio comes first, or nothing follows."""
    for j in range(start, end):
        it = items[j]
        if prose[j] and (solid[j] or (j + 1 < end and prose[j + 1])):
            return j
        kind = vocab_kind(it)
        if kind in ("comments_header", "reply_form") or (kind == "other" and END_RE.match(it.text) and not picture_credit(it.text)) or bio_like(it):
            return None
    return None


def _tail_kind(items: list[Item], k: int, end: int, prev_kind: Optional[str]) -> str:
    it = items[k]
    kind = vocab_kind(it)
    if kind is not None:
        return kind
    if is_cta(it):
        return "promo"
    if is_byline(it):
        return "byline"
    if bio_like(it):
        return "bio"
    if name_shaped(it) and k + 1 < end and bio_like(items[k + 1], it.text):
        return "byline"
    if prev_kind == "byline" and k > 0 and bio_like(it, items[k - 1].text):
        return "bio"
    if prev_kind == "bio" and not it.blank_before:
        return "bio"
    if is_dateline(it):
        return "dateline"
    if is_truncated(it.text) or headline_like(it):
        return "teaser"
    if prev_kind == "teaser" and k > 0 and headline_like(items[k - 1]):
        return "teaser"
    if prev_kind == "bio" and _bio_like_continuation(it):
        return "bio"
    return "other"


def _bio_like_continuation(it: Item) -> bool:
    return bool(re.match(r"^(?:He|She|They|His|Her|Their)\b", it.text)) and it.words <= 60


def _place_subheads(out: Out, para_items: list[Item]) -> None:
    """Each subhead with the number of the paragraph it stands before."""
    starts = [it.pos for it in para_items]
    for pos, extra in out.extras.items():
        if extra.kind == "subhead":
            n = bisect.bisect_left(starts, pos)
            if n < len(starts):
                extra.before = n + 1


def _build_body(para_items: list[Item]) -> tuple[str, list[Paragraph]]:
    """One paragraph per item (wrapped lines were joined in ``line_items``),
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
