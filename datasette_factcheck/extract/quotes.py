"""Direct quotations in the headline and body of a segmented article.

A quotation is found from its quote marks alone, read by context rather than
by glyph: scraped pages mix curly and straight marks and sometimes print
them the wrong way round (``...Action Plan“, he explained``), so a mark
after a word and before a space or punctuation closes, a mark after a space
and before a word opens, and the glyph only breaks ties.

Quotations over several paragraphs follow the journalistic convention: a
paragraph that opens a quote and does not close it continues in the next
paragraph, which opens with a fresh mark. Some pages leave that fresh mark
out: when the paragraph after an unclosed quotation has a closing mark as
its first double mark, its words up to that mark continue the quotation.
Such a quotation is emitted as
one ``Quote`` per paragraph (the text of each part as printed there), so
that ``body[start:end] == text`` never straddles a paragraph break or a
quote mark; ``speakers.attribute`` gives every part the same speaker.

Marks are read as pages type them: two apostrophes stand for one double
mark (``''...''``, a wire story's ``“...,''`` or ``“...,’’``), and a space may
follow an opening mark or precede a closing one; each such quotation is one
``Quote`` whose text holds no stray mark.

Double marks are the quotation marks of the text; single marks make a
quotation only outside double ones (nested single quotes stay part of the
outer quotation) and never close on an apostrophe between two letters
(``'Ukraine's rightful place is in NATO,' alliance chief says``). A
quotation in single marks may hold one in double marks, as British pages
nest them (``‘Then they said, “mostly”,’ he said``): when the single one
closes, the double one stays part of it.

Every step looks at a bounded neighbourhood of each mark, so the work is
linear in the length of the text whatever the marks do.
"""

from __future__ import annotations

import re
from typing import Optional

from ..model import Quote, Segmented
from .speakers.lexicon import SPEECH_VERBS

DOUBLE = frozenset('"“”„‟«»')
SINGLE = frozenset("'‘’‚‛")
OPENING_DOUBLE = frozenset("“„‟«")
CLOSING_DOUBLE = frozenset("”»")
OPENING_SINGLE = frozenset("‘'‚‛")
CLOSING_SINGLE = frozenset("’'")
ALL_MARKS = DOUBLE | SINGLE
# Characters after which a mark starts a quotation ("said: “", "(“", "—“").
_OPEN_AFTER = frozenset("([{—–-/:")
# ... and, as pages type it with no space, a comma or full stop before a
# word ("said,"Yes", "the state."I want"), where no quotation is open.
_OPEN_AFTER_BEFORE_WORD = frozenset(",.")
_WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# A doubled single mark is typed for one double mark: two apostrophes
# around a quotation, a wire story's “...,'' or “...,’’, or ‘‘...’’. Each
# stands for the double glyph of the same direction.
_DOUBLED = {"''": '"', "’’": "”", "‘‘": "“", "``": "“", "‚‚": "„", '""': '"'}
# A run of up to three of one mark (a backtick counts only doubled). Three
# in a row: a nested single quotation and the double one close (after a
# word) or open (before one) together.
_MARK_RE = re.compile("([" + re.escape("".join(sorted(ALL_MARKS | {"`"}))) + r"])\1{0,2}")
# Looking past at most this many adjacent marks keeps context checks O(1).
_MAX_SKIP = 3


def extract_quotes(seg: Segmented) -> list[Quote]:
    """Every quotation of the headline (when printed) and of the body."""
    return extract_quotes_bounded(seg)[0]


def extract_quotes_bounded(seg: Segmented, per_paragraph: Optional[int] = None) -> tuple[list[Quote], dict[int, int]]:
    """The quotations of the headline and the body, but none of a paragraph
    (or headline) holding more than ``per_paragraph``; those paragraphs'
    numbers, with how many they hold, come second. Their quotations are
    never built, so such a paragraph costs only its marks."""
    found: list[Quote] = []
    crowded: dict[int, int] = {}
    parts = []
    if seg.has_headline and seg.title:
        parts.append((seg.title, 0, len(seg.title), 0))
    body = seg.body
    for para in seg.paragraphs:
        lo = max(0, min(para.start, len(body)))
        hi = max(lo, min(para.end, len(body)))
        parts.append((body, lo, hi, para.number))
    carried = False
    for source, lo, hi, number in parts:
        spans, unclosed = _spans(source, lo, hi, carried=carried and number > 0)
        carried = unclosed
        if per_paragraph is not None and len(spans) > per_paragraph:
            crowded[number] = len(spans)
            continue
        found.extend(_quote(source, start, end, number) for start, end in spans)
    return found, crowded


def quote_kind(text: str) -> str:
    """``scare`` for a quotation of one to three words, else ``quote``."""
    return "scare" if len(_WORD_RE.findall(text)) <= 3 else "quote"


def _quote(source: str, start: int, end: int, paragraph: int) -> Quote:
    text = source[start:end]
    return Quote(text=text, start=start, end=end, paragraph=paragraph, kind=quote_kind(text))


def _marks(text: str, lo: int, hi: int) -> list[tuple[int, int, str, bool]]:
    """(start, end, glyph, doubled) of each quote mark between ``lo`` and
    ``hi``. A doubled single mark is one mark with the double glyph it
    stands for; of three in a row, the pair sits on the side of the space."""
    out: list[tuple[int, int, str, bool]] = []
    for m in _MARK_RE.finditer(text, lo, hi):
        s, e, run = m.start(), m.end(), m.group()
        pair = _DOUBLED.get(run[:2]) if len(run) > 1 else None
        if pair is None:
            # Marks that do not double (a double glyph twice, a lone backtick)
            # stay marks of their own.
            out += [(i, i + 1, run[0], False) for i in range(s, e) if run[0] != "`"]
        elif len(run) == 3:
            if s > lo and not text[s - 1].isspace():
                out += [(s, s + 1, run[0], False), (s + 1, e, pair, True)]
            else:
                out += [(s, s + 2, pair, True), (s + 2, e, run[2], False)]
        else:
            out.append((s, e, pair, True))
    return out


def _neighbours(text: str, s: int, e: int, lo: int, hi: int) -> tuple[Optional[str], Optional[str]]:
    """The characters either side of the mark at ``s:e``, looking past
    adjacent marks (``”’`` or ``‘“``) so a nested pair reads like a single
    mark."""
    j, skipped = s - 1, 0
    while j >= lo and text[j] in ALL_MARKS and skipped < _MAX_SKIP:
        j -= 1
        skipped += 1
    prev = text[j] if j >= lo else None
    k, skipped = e, 0
    while k < hi and text[k] in ALL_MARKS and skipped < _MAX_SKIP:
        k += 1
        skipped += 1
    nxt = text[k] if k < hi else None
    return prev, nxt


def _opens(prev: Optional[str], nxt: Optional[str]) -> bool:
    if nxt is None or nxt.isspace():
        return False
    return prev is None or prev.isspace() or prev in _OPEN_AFTER or (prev in _OPEN_AFTER_BEFORE_WORD and nxt.isalnum())


def _closes(prev: Optional[str], nxt: Optional[str]) -> bool:
    return prev is not None and not prev.isspace() and prev not in "([{"


def _plural_possessive(text: str, i: int, j: int, hi: int) -> bool:
    """The single mark at ``i:j`` ends a plural's possessive ("'the
    residents' money, not the cabinet's'", "'the Greens' Budget plan'"): it
    follows an "s", a word follows it, and the next single mark that is no apostrophe inside a
    word closes rather than opens a quotation."""
    if i < 1 or text[i - 1] != "s" or text[j : j + 1] != " " or not text[j + 1 : j + 2].isalpha():
        return False
    for a, b, ch, _ in _marks(text, j, hi):
        if ch not in SINGLE:
            continue
        before = text[a - 1] if a > 0 else " "
        after = text[b] if b < hi else " "
        if before.isalnum() and after.isalnum():
            continue  # "cabinet's", "don't"
        return not before.isspace()
    return False


def _reopens(start: str) -> bool:
    """The next paragraph opens with one single mark before a word (not a
    doubled mark, not "'90s")."""
    return len(start) > 1 and start[0] in OPENING_SINGLE and start[1] not in SINGLE and not start[1].isdigit()


def _spans(text: str, lo: int, hi: int, carried: bool = False) -> tuple[list[tuple[int, int]], bool]:
    """(start, end) of each quotation between ``lo`` and ``hi`` (one
    paragraph or the headline), marks excluded and whitespace trimmed, and
    whether a double quotation is still open at the end. ``carried``: the
    paragraph before ended inside a quotation."""
    spans: list[tuple[int, int]] = []
    marks = _marks(text, lo, hi)
    open_at: Optional[int] = _carried_to(text, lo, hi, marks) if carried else None  # index after an opening double mark
    single_at: Optional[int] = None  # index after a pending opening single mark
    # A double quotation opened while a single one is pending may be nested
    # in it, as British pages print a quotation inside a quotation: the
    # single one's start, and the inner spans kept back until it closes.
    outer_single: Optional[int] = None
    held = 0

    def emit(a: int, b: int) -> None:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))

    # Whether a double mark follows each mark in the paragraph: read once, kept linear.
    double_later = [False] * (len(marks) + 1)
    for n in range(len(marks) - 1, -1, -1):
        double_later[n] = double_later[n + 1] or marks[n][2] in DOUBLE
    for n, (i, j, ch, doubled) in enumerate(marks):
        prev, nxt = _neighbours(text, i, j, lo, hi)
        opens, closes = _opens(prev, nxt), _closes(prev, nxt)
        if doubled and open_at is None and single_at is not None and closes and not opens:
            # An apostrophe ending a word, then the closing single mark.
            emit(single_at, i + 1)
            single_at = None
        elif ch in DOUBLE:
            if (
                open_at is None
                and single_at is not None
                and closes
                and not opens
                and text[single_at - 1 : single_at] == "'"
                and not text[single_at : single_at + 1].isdigit()
                and not any(c in DOUBLE for c in text[single_at:i])
            ):
                # "'If I win, it's over,” he said": a single opening mark
                # closed by a double one, as some pages type them.
                emit(single_at, i)
                single_at = None
            elif open_at is None:
                if opens and (not closes or ch not in CLOSING_DOUBLE):
                    if single_at is not None and outer_single is None and not text[single_at : single_at + 1].isdigit():
                        outer_single, held = single_at, len(spans)  # not "the '90s"
                    open_at, single_at = j, None
                elif not opens and not closes and ch not in CLOSING_DOUBLE:
                    open_at, single_at = j, None  # a mark between spaces
                elif not opens and closes and ch in OPENING_DOUBLE and nxt is not None and not nxt.isspace():
                    open_at, single_at = j, None  # "said:“Yes" with no space
                # otherwise a stray closing mark (inches, a lost opener): skip
            else:
                if closes or not opens or ch in CLOSING_DOUBLE or _spaced_closer(text, lo, i, double_later[n + 1]):
                    emit(open_at, i)
                    open_at = None
                    if outer_single is not None:
                        single_at = outer_single  # the outer single quotation may still close
                else:
                    # An opener inside an open quotation: the earlier one was
                    # never closed, so it ends here and a new one starts.
                    emit(open_at, i)
                    open_at = j
        elif open_at is None:
            between_letters = prev is not None and nxt is not None and prev.isalnum() and nxt.isalnum()
            if single_at is not None and ch in CLOSING_SINGLE and closes and not between_letters and (
                nxt is None or not nxt.isalnum()
            ) and not _plural_possessive(text, i, j, hi):
                if outer_single is not None:
                    del spans[held:]  # the nested quotations stay part of the outer one
                    outer_single = None
                emit(single_at, i)
                single_at = None
            elif single_at is None and ch in OPENING_SINGLE and opens and nxt is not None and (
                nxt.isalnum() or nxt in ".…"
            ):
                single_at = j
            elif single_at is None and ch == "‘" and (prev is None or prev.isspace()) and _spaced_opener(text, j, hi):
                single_at = j  # "said Roe. ‘ Tallow it would be ...’": a space typed after the opening mark
    if open_at is not None:
        # Unclosed at the end of the paragraph: a quotation that continues in
        # the next paragraph, or one whose closing mark was lost.
        emit(open_at, hi)
        return spans, True
    if single_at is not None and not text[single_at : single_at + 1].isdigit() and (
        _reopens(text[hi : hi + 8].lstrip()) or _after_colon(text, lo, single_at)
    ):
        # A quotation in single marks that the next paragraph reopens: it
        # continues there, as British pages print a long quotation; or one
        # a colon introduces ("said: ‘...") whose closing mark was lost.
        emit(single_at, hi)
    return spans, False


def _spaced_opener(text: str, j: int, hi: int) -> bool:
    """An opening curly single mark ending at ``j`` with a space typed
    after it, then a capitalised word, and a closing mark later in the
    paragraph that ends a word, not one inside it ("Roe’s")."""
    if text[j : j + 1] != " " or not text[j + 1 : j + 2].isupper():
        return False
    at = text.find("’", j + 2, min(hi, j + _SPACED_REACH))
    while at >= 0:
        if not text[at - 1].isspace() and not text[at + 1 : at + 2].isalpha():
            return True
        at = text.find("’", at + 1, min(hi, j + _SPACED_REACH))
    return False


_SPACED_REACH = 600  # characters a quotation opened so may run: the search stays bounded


def _spaced_closer(text: str, lo: int, i: int, double_later: bool) -> bool:
    """The mark at ``i`` inside an open quotation closes it though a space
    stands before it ("... be strong, "Ana Roe warned."): the quoted words
    end in punctuation, and no double mark follows in the paragraph to
    close a new quotation."""
    if double_later or i - 2 < lo or not text[i - 1].isspace() or text[i - 2] not in {",", ".", "!", "?"}:
        return False
    # What follows is the attribution, not more quoted words: a verb of speech soon after.
    after = _WORD_RE.findall(text, i, min(len(text), i + 120))[:8]
    return any(w.lower() in SPEECH_VERBS for w in after)


def _carried_to(text: str, lo: int, hi: int, marks: list[tuple[int, int, str, bool]]) -> Optional[int]:
    """``lo`` when the paragraph continues a quotation without reopening it:
    its first double mark comes after some words and only closes, and more
    follows it, as in ``the rest of the remark,” she said`` (a paragraph
    that only closes it, ``Jane Roe, the Institute.”``, signs it)."""
    for i, j, ch, _ in marks:
        if ch not in DOUBLE:
            continue
        prev, nxt = _neighbours(text, i, j, lo, hi)
        if i > lo and _closes(prev, nxt) and not _opens(prev, nxt) and ch not in OPENING_DOUBLE:
            return lo if text[j:hi].strip(" \u00a0.,;" + "".join(ALL_MARKS)) else None
        return None
    return None


def _after_colon(text: str, lo: int, single_at: int) -> bool:
    """The curly opening single mark just before ``single_at`` follows a colon."""
    return text[single_at - 1 : single_at] == "‘" and text[lo : single_at - 1].rstrip().endswith(":")
