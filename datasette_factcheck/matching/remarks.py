"""Which quotes of one article print one remark: a quote that continues
the quote before it, the two separated only by an attribution ('...," he
said, "...' or '..." Ortiz said. "...'), in the same paragraph or in the
next one when it says the speaker went on ('Pence added, "...'). Joining
such quotes is not a splice (see ``compare.relate_to_article``)."""

from __future__ import annotations

import re
from typing import Optional, Sequence

from .words import fold

# What may stand between two quotes of one remark: an attribution, with its
# verb, a name or pronoun and a few words of setting.
_SPEECH_VERB = re.compile(
    r"\b(?:said|says|say|added|adds|continued|continues|told|tells|asked|asks|explained|insisted|wrote|writes|"
    r"tweeted|stated|states|noted|argued|replied|recalled|declared|warned|went on|goes on|according to|"
    r"remarked|responded|observed|acknowledged|conceded|claimed|announced|urged|joked|quipped)\b",
    re.I,
)
# Across a paragraph break, only an attribution that says the speaker went
# on: '..." Pence said in a statement.  ¶  Pence added, "...'.
_GOES_ON = re.compile(r"\b(?:added|adds|continued|continues|went on|goes on)\b", re.I)
_WORDS = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
ATTRIBUTION_MAX_WORDS = 12


def continues_previous(between: str) -> bool:
    """Whether the text between two quotes is only an attribution, so that
    the second quote continues the remark of the first: in one paragraph,
    or in the next one when it opens by saying the speaker went on."""
    folded = fold(between)
    inner = folded.strip(" \"',.;:?!")
    # the second quote opens a new clause or sentence, not a phrase of the
    # narrative ('he said, adding that the "...')
    if '"' in inner or folded.rstrip(" \"'")[-1:] not in (",", ".", ":", ";"):
        return False
    paragraphs = re.split(r"\n\s*", between.strip("\n"))
    if len(paragraphs) > 2 or (len(paragraphs) == 2 and not _GOES_ON.search(paragraphs[-1])):
        return False
    pieces = [p for p in paragraphs if p.strip(" \"'\u201c\u201d")]
    return bool(pieces) and all(_attribution(p) for p in pieces)


def _attribution(text: str) -> bool:
    """A short text whose every sentence names a speech act."""
    sentences = [t for t in re.split(r"(?<=[.!?])\s+", text.strip(" \"'\u201c\u201d")) if _WORDS.search(t)]
    words = _WORDS.findall(text)
    return 0 < len(words) <= ATTRIBUTION_MAX_WORDS and all(_SPEECH_VERB.search(t) for t in sentences)


def continues_of(spans: Sequence[tuple[int, int, int, str]], title: str, body: str) -> list[Optional[int]]:
    """For each quote of an article, in article order, as (start, end,
    paragraph, kind), the index of the quote it continues, or None.
    Paragraph 0 is the headline (offsets into ``title``)."""
    out: list[Optional[int]] = []
    prev: Optional[int] = None
    for n, (start, _end, paragraph, kind) in enumerate(spans):
        found = None
        if kind == "quote" and prev is not None:
            p_end, p_par = spans[prev][1], spans[prev][2]
            text = title if paragraph == 0 else body
            near = p_par == paragraph or (p_par >= 1 and paragraph == p_par + 1)
            if near and 0 <= p_end <= start <= len(text) and continues_previous(text[p_end:start]):
                found = prev
        out.append(found)
        if kind == "quote":
            prev = n
    return out
