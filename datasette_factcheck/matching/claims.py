"""Whether two claims corroborate or conflict: only figures of the same
quantity are compared (extract.figures says what each figure measures).

A conflict is something a fact-checker should read, so the rules prefer
missing one to inventing one: two figures are compared only when they have
the same kind and unit, the same names in their clauses, words in common
around them, and times that agree.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ..extract import figures
from ..model import Claim, Number
from .words import STOPWORDS, is_content, normalize, tokens


def unit_key(n: Number) -> Optional[str]:
    """The kind and unit a figure is compared on (candidates share one)."""
    return figures.figure_key(n)


_NUMBERISH = re.compile(r"^[\d.,]+(?:st|nd|rd|th|s|m|bn|k|km|mm)?$")
_COMMON_CLAIM_WORDS = STOPWORDS | {"according", "also", "new", "year", "years", "million", "billion", "per", "cent", "percent", "first", "last"}


def claim_words(text: str) -> set[str]:
    return {w for w in tokens(text) if is_content(w) and w not in _COMMON_CLAIM_WORDS and not _NUMBERISH.match(w)}


Figures = Sequence[figures.Figure]


def claim_figures(claim: Claim) -> Optional[tuple[Figures, frozenset[tuple[str, frozenset[str]]]]]:
    """A claim's comparable figures, and the (kind and unit, names) of those
    that name what they are about: two claims relate through their figures
    only when they have such a pair in common (see ``figures.same_quantity``).
    None when the sentence cannot be read."""
    try:
        found = figures.describe(claim.text, claim.numbers)
    except Exception:
        return None
    return found, frozenset((f.key, f.entities) for f in found if f.entities)


def relate_claims(
    a: Claim, b: Claim, words: Optional[tuple[set[str], set[str]]] = None,
    described: Optional[tuple[Figures, Figures]] = None,
) -> Optional[tuple[str, str]]:
    """("corroborates", differences) when b reports the same figure for the
    same quantity, ("conflicts", differences) when it reports a different
    figure for it, None when they are about different things. ``words`` are
    the two claims' content words and ``described`` their figures
    (``claim_figures``) when the caller has them already."""
    try:
        return _relate_claims(a, b, words, described)
    except Exception:
        return None


def _relate_claims(
    a: Claim, b: Claim, words: Optional[tuple[set[str], set[str]]] = None,
    described: Optional[tuple[Figures, Figures]] = None,
) -> Optional[tuple[str, str]]:
    fa: Figures
    fb: Figures
    if described is None:
        fa, fb = figures.describe(a.text, a.numbers), figures.describe(b.text, b.numbers)
    else:
        fa, fb = described
    # Each figure of a with the figure of b that measures the same
    # quantity, agreeing ones first ("from $7.25 to $12" against "$12"),
    # then most words in common; each figure used once.
    pairs = []
    for i, x in enumerate(fa):
        for j, y in enumerate(fb):
            if figures.same_quantity(x, y):
                verdict = figures.compare(x, y)
                if verdict is not None:
                    pairs.append((not verdict, -len(x.words & y.words), i, j, verdict))
    pairs.sort()
    agree: list[str] = []
    clash: list[str] = []
    used_a: set[int] = set()
    used_b: set[int] = set()
    for _, _, i, j, verdict in pairs:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pa, pb = fa[i].printed, fb[j].printed
        if verdict:
            agree.append(pa if normalize(pa) == normalize(pb) else f"{pa} vs {pb} (consistent)")
        else:
            clash.append(f"{pa} vs {pb}")
    if clash:
        return ("conflicts", "; ".join(clash))
    if agree:
        return ("corroborates", "same figures: " + "; ".join(agree))
    if a.kind == "event" and b.kind == "event":
        # An event named in two sentences is not one claim: only the same
        # sentence printed again (a word or two apart) corroborates it.
        wa, wb = words if words is not None else (claim_words(a.text), claim_words(b.text))
        shared = wa & wb
        if len(shared) >= 4 and len(wa ^ wb) <= 2:
            return ("corroborates", f"same event in the same words ({', '.join(sorted(shared)[:5])})")
    return None
