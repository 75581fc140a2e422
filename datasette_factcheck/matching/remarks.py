"""Which quotes of one article print one remark: a quote that continues
the quote before it in the same paragraph, the two separated only by an
attribution ('...," he said, "...' or '..." Clinton said. "...'). Joining
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
_WORDS = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
ATTRIBUTION_MAX_WORDS = 12


def continues_previous(between: str) -> bool:
    """Whether the text between two quotes is only an attribution, so that
    the second quote continues the remark of the first."""
    folded = fold(between)
    inner = folded.strip(" \"',.;:?!")
    # the second quote opens a new clause or sentence, not a phrase of the
    # narrative ('he said, adding that the "...'), in the same paragraph
    if "\n" in between or '"' in inner or folded.rstrip(" \"'")[-1:] not in (",", ".", ":", ";"):
        return False
    words = _WORDS.findall(between)
    return 0 < len(words) <= ATTRIBUTION_MAX_WORDS and bool(_SPEECH_VERB.search(between))


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
            if p_par == paragraph and 0 <= p_end <= start <= len(text) and continues_previous(text[p_end:start]):
                found = prev
        out.append(found)
        if kind == "quote":
            prev = n
    return out
