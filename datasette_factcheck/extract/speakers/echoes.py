"""Quotations that repeat words the article prints elsewhere with their
speaker: a headline's, a pull quote's, and a phrase in the body quoted
with no attribution of its own ("It was a “frank exchange.”" before
"“...it was a frank exchange,” Roe said")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ...model import Quote
from .article import Article
from .lexicon import FUNCTION_WORDS, MASK
from .text import MARKS, UNIT


_HEAD_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _words_of(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _HEAD_WORD_RE.findall(text)]


_SHORT_ECHO = 8  # words: a body quote short enough that one word of it is its point


def headline_from_body(resolved: list[Optional[Quote]]) -> None:
    """A headline quotation repeats words the body prints with their
    speaker: the body's attribution is the more explicit one. Matched when
    the headline's words run inside a body quote, or (for a quotation of
    four words or more) when nearly all of them appear in one; a single
    word only when one speaker's body quotes alone print it."""
    body = [q for q in resolved if q is not None and q.paragraph != 0 and q.speaker is not None]
    unsourced = [q for q in resolved if q is not None and q.paragraph != 0 and q.speaker is None]
    if not body:
        return
    body_words = [(q, w, " " + " ".join(w) + " ") for q in body[:500] for w in [_words_of(q.text)]]
    for n, q in enumerate(resolved):
        if q is None or q.paragraph != 0:
            continue
        hw = _words_of(q.text)
        if len(hw) == 1 and hw[0] not in FUNCTION_WORDS:
            # "Coach ‘delighted’ with ...": one word, when only one speaker's short body quotes
            # print it (a word deep in a long one may be used otherwise) and no quotation of
            # nobody's does ("‘Catastrophic’ tax" over a bare “catastrophic”)
            found = {bq.speaker: bq for bq, bw, _ in body_words if hw[0] in bw and len(bw) <= _SHORT_ECHO}
            if len(found) == 1 and not any(hw[0] in _words_of(bq.text) for bq in unsourced):
                echo = next(iter(found.values()))
                resolved[n] = replace(q, speaker=echo.speaker, speaker_forms=list(echo.speaker_forms), speaker_is_org=echo.speaker_is_org)
            continue
        if len(hw) < 2:
            continue
        best, best_score = None, 0.0
        for bq, bw, joined in body_words:
            if len(bw) < len(hw) or len(bw) > 400:
                continue
            if " " + " ".join(hw) + " " in joined:
                score = 1.0
            elif len(hw) >= 4:
                present = set(bw)
                score = sum(1 for w in hw if w in present) / len(hw)
            else:
                continue
            if score > best_score:
                best, best_score = bq, score
        if best is not None and best_score >= 0.8:
            resolved[n] = replace(q, speaker=best.speaker, speaker_forms=list(best.speaker_forms), speaker_is_org=best.speaker_is_org)


def pull_quotes(art: Article, resolved: list[Optional[Quote]], own: list[bool]) -> None:
    """A paragraph that is only a quotation with no attribution of its own
    (a crosshead or a pull quote: "'We're ready!'") repeats words the
    article prints elsewhere with their speaker, who speaks them here too
    rather than whoever was quoted before."""
    attributed = [
        (m, q, " " + " ".join(_words_of(q.text)) + " ")
        for m, q in enumerate(resolved)
        if q is not None and own[m] and q.speaker is not None and q.paragraph != 0
    ]
    for n, q in enumerate(resolved):
        # (a crosshead read as a phrase of the writer's has its own, empty, attribution)
        if q is None or (own[n] and q.speaker is not None) or q.paragraph == 0:
            continue
        words = _words_of(q.text)
        unit = art.units[art.unit_of[q.paragraph]] if q.paragraph in art.unit_of else None
        if len(words) < 2 or unit is None or len(unit.quotes) != 1:
            continue
        if unit.masked.strip("  .,;" + MARKS + MASK):
            continue  # words of the paragraph's own around the quotation
        joined = " " + " ".join(words) + " "
        # Two words ("'Deeply troubled'") head the section that quotes them: only a quotation after them counts.
        found = {a.speaker: a for m, a, text in attributed if a is not q and joined in text and (len(words) > 2 or m > n)}
        if len(found) == 1:
            a = next(iter(found.values()))
            resolved[n] = replace(
                q, speaker_as_printed=a.speaker_as_printed, speaker=a.speaker, speaker_forms=list(a.speaker_forms), speaker_is_org=a.speaker_is_org
            )


def body_echoes(art: Article, resolved: list[Optional[Quote]], own: list[bool]) -> None:
    """A phrase of two words or more quoted in the body with no attribution
    at all ("It was a “frank exchange.”") whose words run inside a longer
    quotation one speaker is given elsewhere in the body ("“I can tell you
    it was a frank exchange,” Roe said") is that speaker's. A title keeps
    no speaker, and words two speakers print are left alone, as are words
    in a paragraph that names someone else (who may be the one quoted)."""
    attributed = [
        (m, q, len(words), " " + " ".join(words) + " ")
        for m, q in enumerate(resolved)
        if q is not None and own[m] and q.speaker is not None and q.paragraph != 0
        for words in [_words_of(q.text)]
    ]
    for n, q in enumerate(resolved):
        if q is None or q.paragraph == 0 or q.speaker is not None or q.speaker_as_printed is not None or q.kind == "title":
            continue
        words = _words_of(q.text)
        # a phrase in capitals ("Mostly True", a name) is a label or a title, no remark
        # ("fact-checking" is one word, though its halves are two)
        if len(q.text.split()) < 2 or not any(w not in FUNCTION_WORDS and w in q.text for w in words):
            continue
        joined = " " + " ".join(words) + " "
        # the fuller quotation follows, as a story gives the words in brief first;
        # one before may be someone quoting them back
        found = {a.speaker: a for m, a, size, text in attributed if m > n and size > len(words) and joined in text}
        if len(found) != 1 or q.paragraph not in art.unit_of:
            continue
        a = next(iter(found.values()))
        k = art.unit_of[q.paragraph]
        if not any(a.speaker not in p.names and any(k * UNIT <= pos < (k + 1) * UNIT for pos in p.positions) for p in art.persons + art.orgs):
            resolved[n] = replace(q, speaker=a.speaker, speaker_forms=list(a.speaker_forms), speaker_is_org=a.speaker_is_org)
