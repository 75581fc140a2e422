"""A quotation set off by a dash or a colon with no speech verb: the
sentence's subject, a possessive just before the colon, a transcript's
label in capitals or a name set off before the colon speaks it."""

from __future__ import annotations

import re
from typing import Optional

from .cues import Cue
from .lexicon import FUNCTION_WORDS, MASK, SPEECH_VERBS, TITLE_WORDS
from .names import bare_word, capitalised, looks_like_org, role_noun
from .cuenames import personal
from .placetags import party_place, party_tag
from .subjects import sentence_subject
from .text import UNIT, Unit, tokens


def dash_colon_lead(unit: Unit, k: int, sent: int, qs: int) -> Optional[Cue]:
    """A quotation set off by a dash or a colon with no speech verb is
    spoken by the sentence's subject when that is a person ("Okafor
    returned the favour — “...”"); a possessive just before the colon
    names the speaker ("to deliver his closing line: “...”")."""
    pre = unit.masked[sent:qs].rstrip(" \u00a0")
    if not pre or pre[-1] not in "—–:" or MASK in pre:
        return None
    toks = tokens(unit.masked, sent, qs)
    if pre[-1] == ":":
        tail = toks[-6:]
        for t in range(len(tail) - 1, -1, -1):
            s_, e_, w = tail[t]
            nxt = tail[t + 1][2] if t + 1 < len(tail) else ""
            # "his closing line:" is possessive; "gave her the answer:" is not.
            after = tail[t + 2][2] if t + 2 < len(tail) else ""
            # ... but in "her relatives said:" they speak, not "she".
            if w.lower() in {"his", "her"} and nxt.islower() and nxt not in FUNCTION_WORDS and after not in SPEECH_VERBS:
                return Cue(unit.text[s_:e_], k * UNIT + s_, qs - e_, verb=pre[-1])
            if MASK in w or w in {",", ";", "—", "–"}:
                break
    if pre[-1] == ":":
        label = _capitals_label(unit, k, sent, pre, qs)
        if label is not None:
            return label
        named = _name_before_colon(unit, k, sent, sent + len(pre) - 1, qs)
        if named is not None:
            return named
    span = sentence_subject(unit.masked, sent, qs)
    if span is None:
        return None
    printed = unit.text[span[0] : span[1]]
    # "In its editorial, the Daily Ledger focuses on ...: “...”": a body
    # that is the subject of a colon's lead-in speaks as a person does.
    if not personal(printed) and not (pre[-1] == ":" and looks_like_org(printed)):
        return None
    return Cue(printed, k * UNIT + span[0], qs - span[1], verb=pre[-1])


def _capitals_label(unit: Unit, k: int, sent: int, pre: str, qs: int) -> Optional[Cue]:
    """A transcript's label in capitals before a colon opening the
    paragraph ("KILEY: “...”", "FIRE CHIEF DAN OKORO: “...”"): the name
    as it would be printed in lower case; a role alone ("REPORTER:")
    names no one."""
    label = pre[:-1].strip()
    if sent != 0 or not _CAPITALS_LABEL_RE.fullmatch(label) or len(label.split()) > 4:
        return None
    printed = label.title()
    if not personal(printed) or bare_word(printed.split()[-1]) in TITLE_WORDS:
        return None
    return Cue(printed, k * UNIT, qs - len(pre), verb=":")


_CAPITALS_LABEL_RE = re.compile(r"[A-Z][A-Z.'’\- ]*[A-Z.]")


def _name_before_colon(unit: Unit, k: int, sent: int, colon: int, qs: int) -> Optional[Cue]:
    """A name right before the colon that opens a quotation, set off from
    what comes before it: "... — Jane Roe: “...”", "pollster Jane Roe:
    “...”", "More from Roe: “...”". A name after a verb ("He told Roe:")
    is the one spoken to."""
    toks = tokens(unit.masked, sent, colon)
    if not toks:
        return None
    e = len(toks)
    b = e

    def dash_before(i: int) -> bool:
        # A hyphen typed with spaces as a dash is no token of its own:
        # "HEADLINE IN CAPITALS - Jane Roe: “...”".
        return i > 0 and "-" in unit.masked[toks[i - 1][1] : toks[i][0]]

    def run_start(e: int) -> int:
        b = e
        while b > 0 and not (b < e and dash_before(b)) and (capitalised(toks[b - 1][2]) or (b < e and toks[b - 1][2].lower() in {"de", "van", "von", "bin"})) and MASK not in toks[b - 1][2]:
            b -= 1
        return b

    b = run_start(e)
    if e - b <= 3 and b >= 2 and toks[b - 1][2] == "," and (party_place(toks, b, e - 1) or (b == e - 1 and party_tag(toks[b][2]))):
        e = b - 1  # "State Sen. Jane Roe, D-Tallow:": the party and seat set off after the name
        b = run_start(e)
    if b == e or e - b > 4:
        return None
    prev = "-" if dash_before(b) else toks[b - 1][2] if b > 0 else ""
    if prev and not (prev in {"—", "–", "-", ",", ";"} or prev.lower() == "from" or (prev.islower() and role_noun(prev))):
        return None
    if prev == "," and any(t[2] in {"to", "towards"} for t in toks[max(0, b - 5) : b - 1]):
        return None  # "His last words went to the runner-up, Roe:": the one addressed
    if prev.lower() == "from" and b >= 2 and (toks[b - 2][2] in {",", ")"} or toks[b - 2][2].isdigit() or role_noun(toks[b - 2][2])):
        # "Jane Roe, 54, from Leeds:", "a nurse from Leeds:": a hometown, not "More from Roe:"
        return None
    printed = unit.text[toks[b][0] : toks[e - 1][1]]
    if not personal(printed) or printed.split()[0].lower() in {"he", "she"}:
        return None
    return Cue(printed, k * UNIT + toks[b][0], qs - toks[e - 1][1], verb=":")
