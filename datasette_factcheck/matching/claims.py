"""Whether two claims corroborate or conflict: their figures, qualifiers and
shared words."""

from __future__ import annotations

import math
import re
from typing import Optional

from ..extract.claims import lemma
from ..model import Claim, Number
from .words import STOPWORDS, is_content, normalize, tokens


# -- claims ------------------------------------------------------------------

_TOLERANCE = 0.01
_APPROX = {"about", "around", "some", "roughly", "approximately", "nearly", "almost", "close to", "just under", "just over", "~", "an estimated", "estimated"}
_LOWER_BOUND = {"over", "more than", "at least", "above", "upwards of", "in excess of", "just over", "since", "after"}
_UPPER_BOUND = {"up to", "under", "less than", "fewer than", "below", "nearly", "almost", "just under", "no more than", "at most", "before", "until", "by"}


def _interval(n: Number) -> tuple[float, float]:
    v = n.value
    q = (n.qualifier or "").lower()
    lo, hi = v * (1 - _TOLERANCE), v * (1 + _TOLERANCE)
    if v < 0:
        lo, hi = hi, lo
    if q in _APPROX:
        lo, hi = min(lo, v * 0.85), max(hi, v * 1.15)
    if q in _LOWER_BOUND:
        hi = math.inf
        if q not in _APPROX:
            lo = v
    if q in _UPPER_BOUND:
        lo = -math.inf if q not in _APPROX else lo
        if q not in _APPROX:
            hi = v
    return lo, hi


def _coarse_date(n: Number) -> bool:
    """A year, or a month without its day (dates are YYYYMMDD, 0 where the
    text leaves a part out)."""
    return n.kind == "year" or (n.kind == "date" and int(n.value) % 100 == 0)


def unit_key(n: Number) -> Optional[str]:
    kind = n.kind or "count"
    if kind in ("date", "year"):
        return "date"
    if kind == "percent":
        return "percent"
    if kind == "ordinal":
        return f"ordinal:{n.unit}" if n.unit else None
    if not n.unit:
        return f"{kind}:" if kind == "money" else None
    return f"{kind}:{n.unit.lower()}"


_NUMBERISH = re.compile(r"^[\d.,]+(?:st|nd|rd|th|s|m|bn|k|km|mm)?$")
_COMMON_CLAIM_WORDS = STOPWORDS | {"according", "also", "new", "year", "years", "million", "billion", "per", "cent", "percent", "first", "last"}


def claim_words(text: str) -> set[str]:
    return {w for w in tokens(text) if is_content(w) and w not in _COMMON_CLAIM_WORDS and not _NUMBERISH.match(w)}


def _printed(n: Number) -> str:
    q = n.qualifier
    p = n.printed.strip()
    if q and not p.lower().startswith(q.lower()):
        return f"{q} {p}"
    return p


def relate_claims(a: Claim, b: Claim, words: Optional[tuple[set[str], set[str]]] = None) -> Optional[tuple[str, str]]:
    """("corroborates", differences) when b reports the same figure for the
    same thing, ("conflicts", differences) when it reports a different figure
    for it, None when they are about different things. ``words`` are the
    two claims' content words when the caller has them already."""
    try:
        return _relate_claims(a, b, words)
    except Exception:
        return None


def _relate_claims(a: Claim, b: Claim, words: Optional[tuple[set[str], set[str]]] = None) -> Optional[tuple[str, str]]:
    wa, wb = words if words is not None else (claim_words(a.text), claim_words(b.text))
    shared = wa & wb
    overlap = len(shared) / max(1, min(len(wa), len(wb)))
    agree: list[str] = []
    clash: list[str] = []
    used_b: set[int] = set()
    for na in a.numbers:
        ka = unit_key(na)
        if ka is None:
            continue
        best = None
        for j, nb in enumerate(b.numbers):
            if j in used_b or unit_key(nb) != ka:
                continue
            lo_a, hi_a = _interval(na)
            lo_b, hi_b = _interval(nb)
            same = lo_a <= hi_b and lo_b <= hi_a
            if same:
                best = (j, True)
                break
            if best is None:
                best = (j, False)
        if best is None:
            continue
        j, same = best
        nb = b.numbers[j]
        unit_words = {lemma(w) for w in tokens(na.unit or "")} | {lemma(w) for w in tokens(nb.unit or "")}
        context = {w for w in shared if lemma(w) not in unit_words}
        if ka == "date" and (_coarse_date(na) or _coarse_date(nb)):
            # A month or a year alone recurs in unrelated sentences ("talks
            # resume in March"): the rest of the wording must be nearly the
            # same, so that the claims are about the same thing.
            needed = len(context) >= 3 and len(wa ^ wb) <= 2
        elif ka == "date":
            # dates and years recur in unrelated sentences: need close wording
            needed = len(context) >= 3 and overlap >= 0.5
        else:
            # Two shared words make the same subject in short claims; between
            # long ones ("According to the ministry ... $25 million for the
            # fund") two words in common are a coincidence of style.
            needed = len(context) >= 3 or (len(context) >= 2 and overlap >= 0.4) or (len(context) >= 1 and overlap >= 0.5)
        if not needed:
            continue
        used_b.add(j)
        pa, pb = _printed(na), _printed(nb)
        if same:
            agree.append(pa if normalize(pa) == normalize(pb) else f"{pa} vs {pb} (consistent)")
        else:
            clash.append(f"{pa} vs {pb}")
    if clash:
        return ("conflicts", "; ".join(clash))
    if agree:
        return ("corroborates", "same figures: " + "; ".join(agree))
    if a.kind == "event" and b.kind == "event" and len(shared) >= 4 and overlap >= 0.6:
        return ("corroborates", f"same event in similar words ({', '.join(sorted(shared)[:5])})")
    return None
