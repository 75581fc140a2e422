"""Reader comments below an article: header threads ("Name · 2 hours ago")
and bulleted or numbered threads, with their replies, for ``segment``.

``Out`` collects where each line of the page went (an extra, a comment, or
claimed by the body) while the page is split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..model import Comment, Extra
from .lines import (
    BULLET_RE,
    COMMENT_WIDGET,
    DATE_RE,
    Item,
    NUMBERED_RE,
    RELTIME_RE,
    REPLY_TO_RE,
    VOTES_RE,
    core_end,
    vocab_kind,
)

# ---------------------------------------------------------------------------
# Comments


@dataclass
class Out:
    """Where each item went; assembled into a ``Segmented`` at the end."""

    extras: dict[int, Extra] = field(default_factory=dict)
    claimed: set[int] = field(default_factory=set)
    comments: list[Comment] = field(default_factory=list)

    def extra(self, it: Item, kind: str) -> None:
        self.extras[it.pos] = Extra(kind=kind, text=it.text)
        self.claimed.add(it.pos)


def header_at(items: list[Item], k: int, need_repeat: bool) -> Optional[tuple[str, str, int]]:
    """A comment header at ``k``: author line, the author line repeated
    (avatar alt text) and/or a time line. Returns (author, posted, next item)."""
    it = items[k]
    if it.words > 10 or len(it.text) > 80 or vocab_kind(it) or RELTIME_RE.match(it.text):
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
    if items[j].words <= 10 and (RELTIME_RE.match(t) or (DATE_RE.match(t) and items[j].words <= 8)):
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
        name = comments[k].author
        if name is not None and _author_key(name) == author:
            return k
        k = comments[k].parent
        steps += 1
    return last_by.get(author)


def _parse_header_thread(items: list[Item], start: int, end: int, out: Out, need_repeat: bool) -> None:
    """Comment blocks 'Name / Name / 6 months ago / Reply to X / text…'."""
    last_by: dict[str, int] = {}
    texts: list[list[tuple[bool, str]]] = []
    k = start
    current: Optional[int] = None  # the comment whose text is being read
    while k < end:
        head = header_at(items, k, need_repeat) if k + 1 < end else None
        if head is not None:
            author, posted, j = head
            parent: Optional[int] = None
            if j < end:
                m = REPLY_TO_RE.match(items[j].text.replace("\u00a0", " "))
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
        kind = vocab_kind(it)
        if kind in ("comments_header", "reply_form", "subscribe"):
            out.extra(it, kind)
            current = None
        elif current is not None and (it.norm in COMMENT_WIDGET or VOTES_RE.match(it.text)):
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


def _inline_list(items: list[Item], p: int, end: int, owner_text_indent: int, owner_last: str) -> int:
    """If the bullet run starting at ``p`` is a list inside the owning
    comment, return the index after the run; else -1."""
    b = items[p].indent
    q = p + 1
    limit = min(end, p + 200)
    while q < limit:
        it = items[q]
        is_bullet = bool(BULLET_RE.match(it.raw)) or bool(NUMBERED_RE.match(it.raw))
        if it.indent > b or (is_bullet and it.indent == b):
            q += 1
            continue
        break
    if core_end(owner_last) == ":" and not items[p].blank_before:
        return q
    if q >= limit:
        return -1
    it = items[q]
    resumes = (
        not BULLET_RE.match(it.raw)
        and not NUMBERED_RE.match(it.raw)
        and it.indent == owner_text_indent
        and it.indent > 0
    )
    return q if resumes else -1


def _parse_list_thread(items: list[Item], start: int, end: int, out: Out) -> None:
    """Numbered top-level comments with bulleted, indented replies."""
    # (comment index, marker indent, text indent)
    stack: list[tuple[int, int, int]] = []
    texts: list[list[tuple[bool, str]]] = []
    top_indent: Optional[int] = None

    def add_text(ci: int, it: Item) -> None:
        texts[ci].append((it.blank_before and bool(texts[ci]), it.text))
        out.claimed.add(it.pos)

    k = start
    while k < end:
        it = items[k]
        num = NUMBERED_RE.match(it.raw)
        bul = None if num else BULLET_RE.match(it.raw)
        marker: Optional[re.Match[str]]
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
        kind = vocab_kind(it)
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


def parse_comments(items: list[Item], start: int, out: Out, had_header: bool) -> None:
    end = len(items)
    headers = sum(1 for k in range(start, end - 2) if header_at(items, k, True))
    if headers or had_header:
        # Without a repeated author line, "Name / 3 hours ago" is only
        # trusted once a comments header has announced the thread.
        loose = 0 if headers else sum(1 for k in range(start, end - 1) if header_at(items, k, False))
        if headers or loose:
            _parse_header_thread(items, start, end, out, need_repeat=bool(headers))
            return
    if any(NUMBERED_RE.match(items[k].raw) or BULLET_RE.match(items[k].raw) for k in range(start, end)):
        _parse_list_thread(items, start, end, out)
        return
    for k in range(start, end):
        out.extra(items[k], vocab_kind(items[k]) or "other")
