"""A phrase opening a sentence that names whose view the sentence gives
("For the captain Ben Lowe, it was a bitter loss", "To Ana Roe, the plan
is ..."): a short quotation after it is that person's."""

from __future__ import annotations

import re
from typing import Optional


# "For the captain Ben Lowe, ...", "To Ana Roe, ...": a phrase opening the
# sentence that names whose view it gives; a description may stand before the name.
# "For Rep. Ana Roe (Harbour Party), an author of the bill, ...": the party or seat in brackets after the name;
# "But for Ana Roe, ...": after a connective.
_VIEWPOINT_RE = re.compile(r"[\s\u00a0]*(?:(?:But|And|Yet)[\s\u00a0]+(?:for|to)|For|To)[\s\u00a0]+(?:[a-z-]+[\s\u00a0]+){0,3}?((?:[A-Z][\w.'’-]*[\s\u00a0]+){0,3}[A-Z][\w'’-]*)(?:[\s\u00a0]*\([^()]{1,40}\))?,[\s\u00a0]")


def viewpoint_holder(text: str, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """The span of the name in a "For X," or "To X," phrase that opens the
    sentence at ``lo`` ("For the captain Ben Lowe, it was a bitter loss",
    "To Ana Roe, the plan is ..."): whose view the sentence gives."""
    m = _VIEWPOINT_RE.match(text, lo, hi)
    return m.span(1) if m is not None else None
