"""Words as matching sees them: normalisation, tokens, whole-text similarity
and word diffs, and the SQL functions built on them."""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass, field
from typing import Optional



# -- normalisation -----------------------------------------------------------

_FOLD = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2039": "'", "\u203a": "'",
        "\u2010": "-", "\u2011": "-", "\u00ad": "",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
    }
)
# Pieces that separate words: whitespace, ellipses (kept to mark elisions)
# and dashes used as punctuation (em/en dash, or a hyphen between spaces).
_SPLIT = re.compile(r"(\s+|\u2026|\.\s?\.\s?\.+|\[\s*(?:\u2026|\.\.\.)\s*\]|[\u2012\u2013\u2014\u2015\u2212])")
_ELLIPSIS = re.compile(r"^(\u2026|\.\s?\.\s?\.+|\[\s*(?:\u2026|\.\.\.)\s*\])$")
_EDGE_PUNCT = "\"'()[]{}<>*_"
_NON_WORD = re.compile(r"[^\w.,]+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_ABBREV = {"mr", "mrs", "ms", "dr", "st", "prof", "gen", "col", "lt", "sgt", "rep", "sen", "gov", "jr", "sr", "vs", "no"}

# break after a token: 0 none, 1 clause (, ; : dash), 2 sentence (. ! ?), 3 ellipsis
NO_BREAK, CLAUSE, SENTENCE, ELIDED = 0, 1, 2, 3

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having he
    her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
    now of off on once only or other our ours ourselves out over own same she should so some such than that the
    their theirs them themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves us let lets may
    might must shall ive im youre were weve theyre thats theres whats dont doesnt didnt isnt arent wasnt werent
    wont cant couldnt shouldnt wouldnt hes shes its itll well ill youll theyll said says say told""".split()
)


@dataclass
class Tokens:
    """A text as words: normalised form, printed form, break after, capital."""

    norm: list[str] = field(default_factory=list)
    printed: list[str] = field(default_factory=list)
    bare: list[str] = field(default_factory=list)
    brk: list[int] = field(default_factory=list)
    cap: list[bool] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.norm)


_STRAY_DOT_COMMA = re.compile(r"(?<!\d)[.,]|[.,](?!\d)")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")


def _norm_word(word: str) -> str:
    if word.isalnum():
        return word.lower()  # the common case, without the regex passes
    w = word.translate(_FOLD).lower()
    w = _THOUSANDS.sub("", w)
    w = w.replace("'", "").replace("-", "")
    w = _NON_WORD.sub("", w)
    # keep a decimal point only between digits ("3.2"), drop other dots/commas
    w = _STRAY_DOT_COMMA.sub("", w)
    return w.replace("_", "")


# Contractions as the words they stand for, so that "don't" and "do not"
# are the same words; "'s" is "is" after these words and a possessive after
# any other ("ISIS's" and "ISIS'" are both "isis").
_IRREGULAR = {
    "won't": ["will", "not"], "can't": ["can", "not"], "shan't": ["shall", "not"],
    "let's": ["let", "us"], "cannot": ["can", "not"],
}
_SUFFIXES = {"n't": ["not"], "'m": ["am"], "'re": ["are"], "'ve": ["have"], "'ll": ["will"], "'d": ["would"]}
_IS_BEFORE = frozenset("it he she that there here what who where when why how this".split())
_WORD_EDGE = ".,;:!?()[]{}<>*_\"'"


def word_norms(word: str) -> list[str]:
    """The normalised words a printed word stands for: usually one; a
    contraction or a hyphenated compound ("pay-to-play") gives several, so
    that versions differing only in those print the same words."""
    if word.isalnum():
        low = word.lower()
        return list(_IRREGULAR.get(low, [low]))
    folded = word.translate(_FOLD).lower().strip(_WORD_EDGE)
    if folded in _IRREGULAR:
        return list(_IRREGULAR[folded])
    if "-" in folded.strip("-"):
        return [n for part in folded.split("-") for n in word_norms(part) if n]
    if "'" in folded:
        for suffix, words in _SUFFIXES.items():
            if folded.endswith(suffix) and len(folded) > len(suffix):
                stem = _norm_word(folded[: -len(suffix)])
                return [stem, *words] if stem else list(words)
        if folded.endswith("'s"):
            stem = _norm_word(folded[:-2])
            return [stem, "is"] if stem in _IS_BEFORE else [stem] if stem else []
    norm = _norm_word(folded)
    return [norm] if norm else []


def _tokenize_text(text: Optional[str]) -> Tokens:
    toks = Tokens()
    if not text:
        return toks
    # the lists' append methods, looked up once for the plain-word fast path
    norm_, printed_, bare_, brk_, cap_ = (
        toks.norm.append, toks.printed.append, toks.bare.append, toks.brk.append, toks.cap.append
    )
    for piece in _SPLIT.split(text):
        if piece.isalnum() and piece.lower() not in _IRREGULAR:
            # a plain word (most of them): no punctuation to fold or strip
            norm_(piece.lower())
            printed_(piece)
            bare_(piece)
            brk_(NO_BREAK)
            cap_(piece[0].isupper())
            continue
        if not piece or piece.isspace():
            continue
        if _ELLIPSIS.match(piece.strip()):
            if toks.brk:
                toks.brk[-1] = ELIDED
            continue
        if len(piece) == 1 and piece in "\u2012\u2013\u2014\u2015\u2212":
            if toks.brk and toks.brk[-1] == NO_BREAK:
                toks.brk[-1] = CLAUSE
            continue
        folded = piece.translate(_FOLD)
        if folded == "-":
            if toks.brk and toks.brk[-1] == NO_BREAK:
                toks.brk[-1] = CLAUSE
            continue
        norms = word_norms(piece)
        if not norms:
            # bare punctuation such as a stray quote mark or "?"
            if toks.brk and toks.brk[-1] == NO_BREAK:
                core = folded.strip(_EDGE_PUNCT)
                if core[-1:] in ".!?":
                    toks.brk[-1] = SENTENCE
                elif core[-1:] in ",;:":
                    toks.brk[-1] = CLAUSE
            continue
        core = folded.strip(_EDGE_PUNCT)
        brk = NO_BREAK
        if core[-1:] in "!?":
            brk = SENTENCE
        elif core[-1:] == ".":
            stem = core[:-1].lower()
            # "U.S." and "Mr." do not end a sentence
            if not (stem in _ABBREV or _INITIALS.fullmatch(stem)):
                brk = SENTENCE
        elif core[-1:] in ",;:":
            brk = CLAUSE
        bare = core.rstrip(".,;:!?").strip(_EDGE_PUNCT) or core
        printed = piece.strip(_EDGE_PUNCT.replace("(", "").replace(")", "")) or piece
        # a word that stands for several ("don't") is printed once, on the
        # first of them; the break after it goes on the last
        for n, norm in enumerate(norms):
            toks.norm.append(norm)
            toks.printed.append(printed if n == 0 else "")
            toks.bare.append(bare if n == 0 else "")
            toks.brk.append(brk if n == len(norms) - 1 else NO_BREAK)
            toks.cap.append(bare[:1].isupper() if n == 0 else False)
    return toks


# Matching compares each quote with many candidates: tokenize each text once.
# Callers never mutate the result (tokens() hands out a copy).
tokenize = functools.lru_cache(maxsize=65536)(_tokenize_text)


def fold(text: str) -> str:
    """Typographic quote marks, apostrophes and spaces as plain ones."""
    return text.translate(_FOLD)


def normalize(text: Optional[str]) -> str:
    """Lowercase, typographic quotes/apostrophes/dashes folded, punctuation
    and ellipses removed, whitespace collapsed."""
    return " ".join(tokenize(text).norm)


def tokens(text: Optional[str]) -> list[str]:
    return list(tokenize(text).norm)


def is_content(word: str) -> bool:
    return word not in STOPWORDS and not (len(word) == 1 and word.isalpha())


# -- whole-text comparison -------------------------------------------------


def similarity(a: Optional[str], b: Optional[str]) -> float:
    """Word-level similarity of two texts, 0..1 (2 * matched words / all words)."""
    ta, tb = tokens(a), tokens(b)
    if not ta and not tb:
        return 1.0
    if not ta or not tb:
        return 0.0
    if ta == tb:
        return 1.0
    return difflib.SequenceMatcher(None, ta, tb, autojunk=False).ratio()


def diff_ops(a: Optional[str], b: Optional[str]) -> list[tuple[str, str]]:
    """Word-level ops turning a into b, for a side-by-side rendering:
    ("equal", word of a), ("delete", word only in a), ("insert", word only in b).
    Words are as printed (surrounding quote marks removed)."""
    # Compared word by printed word: a compound or a contraction stands for
    # several normalised words, and a side that matched only some of them
    # would show the whole word as changed and as kept at once.
    ua, ub = printed_units(tokenize(a)), printed_units(tokenize(b))
    ops: list[tuple[str, str]] = []
    sm = difflib.SequenceMatcher(None, [n for _, n in ua], [n for _, n in ub], autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            ops.extend(("equal", w) for w, _ in ua[i1:i2])
            continue
        if tag in ("delete", "replace"):
            ops.extend(("delete", w) for w, _ in ua[i1:i2])
        if tag in ("insert", "replace"):
            ops.extend(("insert", w) for w, _ in ub[j1:j2])
    return ops


def printed_units(toks: Tokens) -> list[tuple[str, tuple[str, ...]]]:
    """Each printed word with the normalised words it stands for."""
    units: list[tuple[str, list[str]]] = []
    for printed, norm in zip(toks.printed, toks.norm):
        if printed or not units:
            units.append((printed, [norm]))
        else:
            units[-1][1].append(norm)
    return [(printed, tuple(norms)) for printed, norms in units if printed]
