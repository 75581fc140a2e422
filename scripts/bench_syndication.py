"""A syndicated corpus: K wire stories reprinted by N outlets.

Wire copy (a news agency's story) is printed word for word by many outlets,
some of which trim it or change a word. ``generate`` writes N copies of each
of K stories (written by ``bench_corpus``), each copy one of:

- verbatim: the agency's text under the outlet's name;
- trimmed: the last paragraph cut;
- edited: one word of one quotation changed.

It returns how many distinct versions of the quotes it printed, the figure
that the relations a matcher stores should grow with.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

import bench_corpus

_QUOTE = re.compile(r"“([^”]{20,})”")
SHARES = (("verbatim", 0.6), ("trimmed", 0.25), ("edited", 0.15))


@dataclass
class Syndication:
    stories: int
    outlets: int
    files: int
    copies: dict[str, int]


def _kind(rng: random.Random) -> str:
    x, total = rng.random(), 0.0
    for kind, share in SHARES:
        total += share
        if x < total:
            return kind
    return SHARES[-1][0]


def _trimmed(text: str) -> str:
    paragraphs = text.rstrip().split("\n\n")
    return "\n\n".join(paragraphs[:-1]) + "\n" if len(paragraphs) > 3 else text


def _edited(text: str, rng: random.Random, n: int) -> str:
    quotes = list(_QUOTE.finditer(text))
    if not quotes:
        return text
    m = rng.choice(quotes)
    words = m.group(1).split()
    i = rng.randrange(len(words))
    words[i] = f"edit{n}"
    return text[: m.start(1)] + " ".join(words) + text[m.end(1) :]


def generate(folder: Path, stories: int, outlets: int, seed: int = 7) -> Syndication:
    """Write ``outlets`` copies of each of ``stories`` wire stories into
    ``folder``, one sub-folder per outlet."""
    rng = random.Random(seed)
    wire = Path(folder) / "_wire"
    bench_corpus.generate(wire, stories, seed=seed)
    originals = sorted(wire.glob("*.txt"))
    copies = {kind: 0 for kind, _ in SHARES}
    for o in range(outlets):
        out = Path(folder) / f"outlet{o:04d}"
        out.mkdir(parents=True, exist_ok=True)
        for n, original in enumerate(originals):
            text = original.read_text(encoding="utf-8")
            kind = _kind(rng)
            copies[kind] += 1
            if kind == "trimmed":
                text = _trimmed(text)
            elif kind == "edited":
                text = _edited(text, rng, o * len(originals) + n)
            (out / f"o{o:04d}_{original.name}").write_text(f"---\noutlet: Outlet {o}\n---\n{text}", encoding="utf-8")
    for f in originals:
        f.unlink()
    wire.rmdir()
    return Syndication(stories=stories, outlets=outlets, files=stories * outlets, copies=copies)
