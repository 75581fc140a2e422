"""An attribution given after a quotation with no verb of speech, which
says whose words they were: "“...” These were the words of X", "Those
were the remarks made by X at the hearing", "“...” in a statement by X"."""

from __future__ import annotations

import re
from typing import Optional

from .cues import Cue
from .cuenames import personal
from .descriptors import role_description
from .documents import DOCUMENT_NOUNS
from .names import looks_like_org
from .phrases import np_after
from .lexicon import CALL_VERBS, MASK, SAID_FORMS, SPEECH_HEADS, SPEECH_VERBS
from .text import MARKS, UNIT, Unit

# "These were the words of", "That was the message from", "Such were the
# statements made by": a demonstrative, "be", a noun for what was said and
# the preposition before the one who said it.
_WORDS_HEAD = (
    r"[\s\u00a0]*(?:(?:These|Those|This|That|Such)[\s\u00a0]+(?:were|was|are|is)|(?:This|That)['’]s)[\s\u00a0]+"
    r"(?:(?:the|some|among)[\s\u00a0]+)?(?:[a-z]+[\s\u00a0]+){0,2}?"
    r"(?:words?|statements?|remarks?|comments?|sentiments?|thoughts|message|reaction|response|verdict|view|assessment"
    r"|plea|warning|appeal|advice|promise|vow|call|cry)"
)
_WORDS_OF_RE = re.compile(
    _WORDS_HEAD + r"[\s\u00a0]+(?:(?:made|given|spoken|expressed|offered|delivered|issued)[\s\u00a0]+)?(?:of|by|from)[\s\u00a0]+"
)
# "That was the warning Ana Roe gave the mayors", "That's the rallying cry
# opposition leader Ana Roe had for them": the one who gave it is the
# subject of a clause on the noun.
_WORDS_GIVEN_RE = re.compile(_WORDS_HEAD + r"[\s\u00a0]+(?:that[\s\u00a0]+)?")
_GIVING_VERBS = frozenset({"had", "gave", "offered", "sent", "delivered", "issued", "made", "used"})


def _after_sentence_end(unit: Unit, qe: int) -> Optional[str]:
    """The masked text after a quotation that ends its own sentence, the
    stop inside the marks or typed after them ("“...”."); None when the
    sentence goes on."""
    inner = unit.text[:qe].rstrip(MARKS + " \u00a0")
    rest = unit.masked[qe:].lstrip(MARKS)
    if rest[:1] in (".", "!", "?") and inner and inner[-1] not in ".!?…":
        return rest[1:]
    return rest if inner and inner[-1] in ".!?…" else None


def words_of_after(unit: Unit, k: int, qe: int, next_unit: Optional[Unit] = None) -> Optional[Cue]:
    """The person the sentence right after a quotation names as its
    speaker, when the quotation ends its own sentence; the next paragraph's
    first sentence when the quotation is a paragraph of its own ("“...” ¶
    That is the plea from X")."""
    rest = _after_sentence_end(unit, qe)
    if rest is None:
        return None
    if not rest.strip() and next_unit is not None and not unit.masked[:qe].strip(MARKS + " \u00a0.!?…" + MASK):
        return _named_at(next_unit, k + 1, 0, len(unit.masked) - qe)
    return _named_at(unit, k, len(unit.masked) - len(rest), len(unit.masked) - len(rest) - qe)


def _named_at(unit: Unit, k: int, start: int, gap: int) -> Optional[Cue]:
    """The speaker a "These were the words of X" sentence opening at
    ``start`` names; ``gap`` is how far that is from the quotation."""
    limit = min(len(unit.masked), start + 120)
    m = _WORDS_OF_RE.match(unit.masked, start, limit)
    given = m is None
    if m is None:
        m = _WORDS_GIVEN_RE.match(unit.masked, start, limit)
    if m is None:
        return None
    span = np_after(unit.masked, m.end(), min(len(unit.masked), m.end() + 80))
    if span is None or (given and (span[0] != m.end() or not _giving_verb_at(unit.masked, span[1]))):
        return None
    printed = unit.text[span[0] : span[1]]
    if not personal(printed):
        return None
    return Cue(printed, k * UNIT + span[0], gap + span[0] - start, verb=m.group().split()[-1])


def _giving_verb_at(masked: str, at: int) -> bool:
    """Whether a verb of giving ("gave", "had", "issued") follows at ``at``."""
    following = masked[at:].split(None, 1)
    return bool(following) and following[0] in _GIVING_VERBS


# "... “...” in a statement by X", "“...”, in a speech from X on Monday": the
# document or address the words were given in, and its author.
_IN_DOCUMENT_BY_RE = re.compile(
    r"[^.;:!?" + MASK + r"]{0,80}?\bin[\s\u00a0]+(?:a|an|the|his|her|its|their)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){0,2}?"
    r"(?:" + DOCUMENT_NOUNS + r"|speech|interview|address|sermon|homily|remarks)[\s\u00a0]+(?:by|from|of)[\s\u00a0]+"
)


# "“...” was the message from Ana Roe", "... was the warning given by":
# the quotation is the subject, and the remark it is said to be is someone's.
# The quotation as the subject of "be" right after it: "“...” was", "... has been".
_BE_AFTER_QUOTE = r"[" + MARKS + r"\s\u00a0,]*(?:was|is|were|are|had[\s\u00a0]+been|has[\s\u00a0]+been)[\s\u00a0]+"
_WAS_THE_WORDS_OF_RE = re.compile(
    _BE_AFTER_QUOTE + r"(?:the|a|an)[\s\u00a0]+(?:[a-z-]+[\s\u00a0]+){0,2}?"
    r"(?:" + "|".join(sorted(SPEECH_HEADS)) + r")[\s\u00a0]+(?:(?:given|delivered|sent|issued|offered)[\s\u00a0]+)?(?:by|from|of)[\s\u00a0]+"
)


# "“...” was how Ana Roe described it", "... is how the minister put it": the
# quotation is the way someone said something; the verb after the name tells.
_WAS_HOW_RE = re.compile(_BE_AFTER_QUOTE + r"how[\s\u00a0]+")
_HOW_VERBS = frozenset({"put", "puts", "summed", "sums", "summarised", "summarized"}) | CALL_VERBS | SPEECH_VERBS


def was_how_after(unit: Unit, k: int, qe: int, end: int) -> Optional[Cue]:
    """The one a "was how X described it" clause right after the quotation
    names: "“Sweet relief” was how retired judge Ana Roe summed up the
    verdict", "“...” is how Roe put it"."""
    m = _WAS_HOW_RE.match(unit.masked, qe, end)
    if m is None:
        return None
    span = np_after(unit.masked, m.end(), end)
    if span is None or span[0] != m.end():
        return None
    verb = unit.masked[span[1] : end].split(maxsplit=1)[:1]
    printed = unit.text[span[0] : span[1]]
    if not verb or verb[0].lower() not in _HOW_VERBS or not (personal(printed) or looks_like_org(printed)):
        return None
    return Cue(printed, k * UNIT + span[0], span[0] - qe, verb="how")


def document_by_after(unit: Unit, k: int, qe: int, end: int) -> Optional[Cue]:
    """The author a phrase after the quotation names, when the words were
    given "in a statement by" (a letter from, a speech of) someone: "The
    vote followed “...” in a statement by the Bishop of Marren, Ana Roe";
    or when the quotation is said to be someone's message ("“...” was the
    message from Ana Roe")."""
    m = _IN_DOCUMENT_BY_RE.match(unit.masked, qe, end) or _WAS_THE_WORDS_OF_RE.match(unit.masked, qe, end)
    if m is None:
        return None
    span = np_after(unit.masked, m.end(), end)
    if span is None:
        return None
    printed = unit.text[span[0] : span[1]]
    if not (personal(printed) or looks_like_org(printed)):
        return None
    return Cue(printed, k * UNIT + span[0], span[0] - qe)


# A sentence that is only its speaker and a verb of speech, with a short
# phrase of time or place: "“...” The Rovers' team boss continued."
_TAG_SENTENCE_RE = re.compile(
    r"[\s\u00a0]*((?:[\w’'.&-]+[\s\u00a0]+){0,5}?[\w’'.-]+)[\s\u00a0]+"
    r"(" + SAID_FORMS + r"|continued|continues|insisted|insists|concluded|concludes|went[\s\u00a0]+on)"
    r"(?:[\s\u00a0]+[^.!?;:,\"“”" + MASK + r"]{1,40})?[.!][\s\u00a0]*(?=[A-Z" + MASK + r"“\"]|$)"
)


def tag_sentence_after(unit: Unit, k: int, qe: int) -> Optional[Cue]:
    """The speaker of a sentence right after a quotation that ends its own
    sentence, when that sentence is only a speaker and a verb of speech
    ("“...” The Rovers' team boss continued.", "“...” She added on
    Friday."): a name, a pronoun, or a definite description of a role."""
    rest = _after_sentence_end(unit, qe)
    if rest is None:
        return None
    start = len(unit.masked) - len(rest)
    m = _TAG_SENTENCE_RE.match(unit.masked, start)
    if m is None:
        return None
    printed = unit.text[m.start(1) : m.end(1)]
    if not (printed.lower() in {"he", "she"} or personal(printed) or role_description(printed)):
        return None
    return Cue(printed, k * UNIT + m.start(1), m.start(1) - qe, verb=m.group(2).split()[0])
