"""Names printed with a nickname in quotation marks between the given
name and the surname, or with an alias in brackets after them: the
nickname is no part of the name, and either names the same person when
the article goes on to use it alone."""

from __future__ import annotations

import re
from typing import Optional

from .given_names import is_given_name
from .lexicon import HONORIFICS, PARTICLES
from .names import bare_word, capitalised, is_initial, is_title_word
from .text import MARKS, bracketed


_NICKNAME_RE = re.compile(r"[A-Z][\w.]* [" + MARKS + r"][A-Z][^" + MARKS + r"]{0,30}[" + MARKS + r"] (?:[a-z]{1,4} )?[A-Z]")


def bracketed_alias(toks: list[tuple[int, int, str]], j: int) -> Optional[str]:
    """The one word in brackets right after a name ("Dr. Jane Roe (Janro)
    has ..."), by which the article goes on to name the person; not a
    party's or an agency's initials, an initial, or an honorific."""
    word = bracketed(toks, j + 3)
    if word is None:
        return None
    if len(word) < 3 or not word.isalpha() or not word[0].isupper() or word.isupper() or bare_word(word) in HONORIFICS:
        return None
    return word


# "X, whose real name is Y", "X a.k.a. Y", "X - better known by his stage name Y -",
# "X, also known as Y": the other name of one person, capitalised words after the phrase.
_ALIAS_PHRASE_RE = re.compile(
    r"[ \u00a0]*[,(–—-]?[ \u00a0]*(?:whose[ \u00a0]+real[ \u00a0]+name[ \u00a0]+is|a\.?k\.?a\.?|"
    r"(?:better|also|popularly|widely)[ \u00a0]+known[ \u00a0]+(?:as|by[ \u00a0]+(?:his|her|their)[ \u00a0]+(?:stage[ \u00a0]+|pen[ \u00a0]+)?name))"
    r"[ \u00a0]+((?:[A-Z][\w'’-]+[ \u00a0]+){0,3}[A-Z][\w'’-]+)"
)


def phrase_alias(text: str, end: int) -> Optional[str]:
    """The other name a phrase gives right after a name ending at ``end``
    ("Ana Roe, whose real name is Anna Rowe", "Ana Roe a.k.a. Lady Tallow",
    "better known by her stage name Roxy"): the same person, whom the
    article may name by either."""
    m = _ALIAS_PHRASE_RE.match(text, end)
    if m is None:
        return None
    words = m.group(1).split()
    while words and bare_word(words[-1]) in HONORIFICS:
        words.pop()
    return " ".join(words) or None


def nickname_of(text: str, name: str) -> Optional[str]:
    """The nickname ``text`` prints in quotation marks between the first and
    the last word of ``name`` ("Adeola 'Nodex' Adebayo" gives "Nodex"), by
    which the article may go on to name the person; None when there is none."""
    words = name.split()
    if len(words) < 2 or not _NICKNAME_RE.search(text):
        return None
    found = re.search(
        re.escape(words[0]) + r" [" + MARKS + r"]([A-Z][^" + MARKS + r"]{0,30})[" + MARKS + r"] (?:[a-z]{1,4} )?" + re.escape(words[-1]) + r"\b", text
    )
    return found.group(1) if found is not None else None


def without_nicknames(text: str, toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tokens without a nickname in quotation marks between a given name
    (or initials) and a surname ("Pablo “Chispa” Ordaz", "Andre 'Big Man'
    Lewis", "B. K. “Sunny” Roe"): the
    surname is read as following the given name directly, so the name is one
    run and the nickname no name of its own."""
    if not _NICKNAME_RE.search(text):
        return toks  # most paragraphs: no capitalised words in marks between two others
    out: list[tuple[int, int, str]] = []
    n = 0
    while n < len(toks):
        # The given name opens the name, after a title at most ("Sen. John
        # “Jack” Roe"): a capitalised word before it that is no title makes
        # the run uncertain, and it stays as printed.
        prev = out[-2][2] if len(out) > 1 else ""
        opens = not capitalised(prev) or out[-1][0] - out[-2][1] > 1 or is_title_word(prev) or bare_word(prev) in HONORIFICS or is_initial(prev)
        # "B. K. “Sunny” Roe": initials stand for the given names; a nickname
        # in marks between two capitalised words opening a run shows a person's
        # name, though no list knows the given name ("Adeola 'Nodex' Adebayo").
        named = out and (is_given_name(out[-1][2]) or is_initial(out[-1][2]) or (out[-1][2].isalpha() and out[-1][2].istitle()))
        skip = _nickname_width(text, toks, n) if named and opens else 0
        if skip:
            surname = toks[n + skip]
            out.append((out[-1][1] + 1, surname[1], surname[2]))
            n += skip + 1
        else:
            out.append(toks[n])
            n += 1
    return out


def _nickname_width(text: str, toks: list[tuple[int, int, str]], n: int) -> int:
    """How many capitalised words (one or two) from ``n`` stand in quotation
    marks right after the word before and right before a capitalised one;
    0 when none do."""
    for width in (1, 2):
        last = n + width - 1
        if last + 1 >= len(toks) or not all(capitalised(t[2]) for t in toks[n : last + 1]):
            return 0
        # the surname after it, or a particle that opens one ("“Boy” dela Pena")
        nxt = toks[last + 1][2]
        if not (capitalised(nxt) or (nxt in PARTICLES and last + 2 < len(toks) and capitalised(toks[last + 2][2]))):
            return 0
        before = text[toks[n - 1][1] : toks[n][0]]
        after = text[toks[last][1] : toks[last + 1][0]]
        if before[:1] == " " and before[1:] in MARKS and len(before) == 2 and after[:1] in MARKS and after[1:] == " ":
            return width
    return 0
