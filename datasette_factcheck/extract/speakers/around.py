"""Cues from the sentences around a quotation rather than its own: a
paragraph that leads in to the next one, the sentence before or after the
quotation, the last sentence of the paragraph before. Each reads the
neighbouring sentence with the attribution finder in ``cues``."""

from __future__ import annotations
import re
from typing import Optional

from .cues import Cue, before_cue
from .documents import issued_by
from .descriptors import SUBORDINATORS, body_description, role_description
from .lexicon import CALENDAR_NAMES, MASK, PRONOUNS, QUESTION_VERBS, QUOTATION_NOUNS, SPEECH_NOUNS, SPEECH_VERBS
from .cuenames import person_printed, personal
from .phrases import np_after, np_before
from .speechverbs import speech_verbs
from .subjects import last_clause, sentence_subject, subject_past_openers
from .viewpoints import viewpoint_holder
from .text import UNIT, Unit, sentence_of, tokens


def speech_noun_subject(unit: Unit, k: int, sent: int, qs: int) -> Optional[Cue]:
    words = {w.lower() for _, _, w in tokens(unit.masked, sent, qs)}
    if not words & SPEECH_NOUNS:
        return None
    span = sentence_subject(unit.masked, sent, qs)
    if span is None:
        return None
    return Cue(unit.text[span[0] : span[1]], k * UNIT + span[0], qs - span[1])


_COPULA_NAME_RE = re.compile(r"\b(?:is|was)[ \u00a0]+([A-Z][^:;,.!?" + MASK + r"]{1,60}?)[ \u00a0]*:$")


# A heading that says whose words follow, with no verb: "Quotes attributable
# to the harbour master, Omar Feld:", "Comments from Ana Roe:".
_WORDS_OF_RE = re.compile(
    r"\s*(?:(?i:the|a|an|further|more|additional)\s+)?(?i:" + "|".join(sorted(SPEECH_NOUNS | QUOTATION_NOUNS))
    + r")\s+(?:attributable\s+to|from|by)\s+"
)


def lead_in(unit: Unit, k: int) -> Optional[Cue]:
    """A paragraph that ends with a colon introduces the next one."""
    text = unit.masked.rstrip()
    if not text.endswith(":"):
        return None
    sent, _ = sentence_of(unit, len(text) - 1)
    cue = before_cue(unit, k, sent, len(text))
    if cue is None and (heading := _WORDS_OF_RE.match(text, sent)) and (span := np_before(unit.masked, heading.end(), len(text) - 1)):
        return Cue(unit.text[span[0] : span[1]], k * UNIT + span[0], 0)
    named = _COPULA_NAME_RE.search(text, sent)
    if cue is None and named is not None and (printed := person_printed(unit.text[named.start(1) : named.end(1)])) is not None:
        # "The board sat late - its new head is Jo Roe:": the one named last
        # introduces what follows, not the sentence's subject.
        return Cue(printed, k * UNIT + named.start(1), 0)
    if cue is None:
        span = sentence_subject(unit.masked, sent, len(text))
        if span is not None:
            cue = Cue(unit.text[span[0] : span[1]], k * UNIT + span[0], 0)
    if cue is None:
        # "... and then — Roe called them on it:": the subject of the last
        # clause, when that is a person.
        clause = last_clause(unit.masked, sent, len(text))
        span = subject_past_openers(unit.masked, clause, len(text)) if clause > sent else None
        printed = person_printed(unit.text[span[0] : span[1]]) if span is not None else None
        if span is not None and printed is not None:
            cue = Cue(printed, k * UNIT + span[0], 0)
    return cue


def last_sentence_cue(unit: Unit, k: int) -> Optional[Cue]:
    """The speaker of the last sentence of a paragraph when it reports
    speech ("Smith said the club had offers.")."""
    text = unit.masked.rstrip()
    if not text or MASK in text[-3:]:
        return None
    sent, _ = sentence_of(unit, max(0, len(text) - 1))
    cue = before_cue(unit, k, sent, len(text))
    if cue is None:
        cue = speech_noun_subject(unit, k, sent, len(text))
    end = len(text)
    for _ in range(2):
        if cue is not None or sent == 0 or not _goes_on_about_subject(text[sent:end]):
            break
        # "X says customers tell him so. His bill doubled. Monday he raised it
        # again.": sentences that go on about the speaker by a pronoun alone,
        # naming nobody, leave the speech before them.
        end = sent
        sent, _ = sentence_of(unit, max(0, len(text[:end].rstrip()) - 1))
        earlier = before_cue(unit, k, sent, end)
        if earlier is not None and earlier.printed.lower() not in PRONOUNS and personal(earlier.printed):  # a name, no "she"
            return reporting_cue(unit, k, sent, earlier)
    return reporting_cue(unit, k, sent, cue)


_SINGULAR_PRONOUN_RE = re.compile(r"\b(?:he|she|his|her|He|She|His|Her)\b")
_CAPITALISED_RE = re.compile(r"\b[A-Z][\w’'-]*")


def _goes_on_about_subject(sentence: str) -> bool:
    """A sentence with a personal pronoun or possessive that names nobody
    (no capitalised word past its first but a day or a month): it goes on
    about the one just spoken of."""
    if MASK in sentence or _SINGULAR_PRONOUN_RE.search(sentence) is None:
        return False
    words = _CAPITALISED_RE.findall(sentence.strip())
    first = sentence.strip().split()[0] if sentence.strip() else ""
    return all(w == first or w.lower() in CALENDAR_NAMES for w in words)


def answering(unit: Unit, k: int, cue: Cue) -> Optional[Cue]:
    """"Reporter Jo Ames asked Harbour Secretary Ada Roe whether fares would
    rise. ¶ “...”": a quotation after a question put to someone named is
    that person's answer, not the asker's words."""
    if cue.verb is None or cue.verb.lower() not in QUESTION_VERBS:
        return None
    text = unit.masked
    at = text.find(cue.verb, cue.pos - k * UNIT + len(cue.printed))
    span = np_after(text, at + len(cue.verb), len(text)) if at >= 0 else None
    printed = person_printed(unit.text[span[0] : span[1]]) if span is not None else None
    if span is None or printed is None:
        return None
    return Cue(printed, k * UNIT + span[0], len(text) - span[1], verb=cue.verb)


def reporting_cue(unit: Unit, k: int, sent: int, cue: Optional[Cue]) -> Optional[Cue]:
    """The attribution of the sentence's main clause when ``cue`` sits in
    what that clause reports: in "X said that overnight, police observed a
    van" X speaks, and the police only saw. A clause that opens the
    sentence ("After X said no, Y told ...") reports nothing of the rest."""
    for _ in range(3):
        if cue is None:
            return None
        at = cue.pos - k * UNIT
        if cue.verb and not cue.resolvable and (v := unit.masked.rfind(cue.verb, sent, at)) > sent:
            at = v  # "X says ..., which will be confirmed by a website": who reports the passive
        earlier = before_cue(unit, k, sent, at)
        if earlier is None or not (personal(earlier.printed) or role_description(earlier.printed)):
            return cue
        begins = earlier.pos - k * UNIT
        if begins + len(earlier.printed) > at - earlier.distance:
            return cue  # "“...,” said X": the verb before its subject is the same attribution
        opening = tokens(unit.masked, sent, begins)
        if opening and opening[0][2].lower() in SUBORDINATORS:
            return cue
        cue = earlier
    return cue


def relayed_main_subject(unit: Unit, k: int, sent: int, qs: int, cue: Cue) -> Optional[Cue]:
    """"As the Herald reports, Ana Roe used her speech to call for “...”":
    a speech verb inside an opening "As ..." clause only relays; the person
    who is the subject of the main clause after its comma says the words.
    None when the cue lies outside such a clause or the main clause's
    subject is no person ("As Roe said, the plan is “dead”" stays Roe's)."""
    toks = tokens(unit.masked, sent, qs)
    if not toks or toks[0][2].lower() != "as":
        return None
    comma = next((n for n, t in enumerate(toks) if t[2] == ","), None)
    if comma is None or cue.pos - k * UNIT > toks[comma][0] or not any(t[2].lower() in SPEECH_VERBS for t in toks[1:comma]):
        return None
    span = sentence_subject(unit.masked, toks[comma][1], qs)
    printed = person_printed(unit.text[span[0] : span[1]]) if span is not None else None
    return Cue(printed, k * UNIT + span[0], qs - span[1]) if span is not None and printed is not None else None


def previous_sentence_cue(unit: Unit, k: int, sent: int) -> Optional[Cue]:
    """The speaker of the sentence that ends at ``sent``: whoever it
    reports ("Smith added that ...") or, failing a speech verb, its subject
    when that is a person ("He paused for a long moment.")."""
    end = len(unit.masked[:sent].rstrip())
    if end <= 0 or MASK in unit.masked[max(0, end - 2) : end]:
        return None
    lo, _ = sentence_of(unit, end - 1)
    cue = reporting_cue(unit, k, lo, before_cue(unit, k, lo, end))
    if cue is not None and _in_relative_clause(unit, cue, end):
        cue = None  # "X suggested Y, who has said ..., was unfair. “...”": X goes on
    if cue is not None:
        # "The union said it would appeal. “...”": a body described goes on as a person does
        return cue if personal(cue.printed) or role_description(cue.printed) or body_description(cue.printed) or not cue.resolvable else None
    # "The gallery clapped, but Mayor Ana Roe rebuked him. “...”": the last clause's subject goes on
    span = _last_clause_subject(unit, lo, end) or sentence_subject(unit.masked, lo, end)
    printed = person_printed(unit.text[span[0] : span[1]]) if span is not None else None
    if printed is None:
        span = viewpoint_holder(unit.masked, lo, end)
        printed = person_printed(unit.text[span[0] : span[1]]) if span is not None else None
    if span is None or printed is None:
        return None
    return Cue(printed, k * UNIT + span[0], sent - span[1])


def reported_sentence_before(unit: Unit, k: int, sent: int, sent_end: int) -> Optional[Cue]:
    """"Roe said the roof had failed. Props went in to “keep it safe”.": the
    person whose words the sentence before, in the same paragraph, reports
    with a speech verb; a quotation in a sentence (``sent``..``sent_end``)
    with no speech verb of its own goes on with that report ("..., as a
    memo put it" has one). None when that sentence reports no one's."""
    if next(speech_verbs(unit.masked, sent, sent_end), None) is not None:
        return None
    end = len(unit.masked[:sent].rstrip())
    if end <= 0:
        return None
    lo, _ = sentence_of(unit, end - 1)
    cue = reporting_cue(unit, k, lo, before_cue(unit, k, lo, end))
    if cue is None or not cue.resolvable or (cue.verb or "").lower() not in SPEECH_VERBS or not personal(cue.printed):
        return None
    return cue


def next_sentence_subject(unit: Unit, k: int, qe: int) -> Optional[Cue]:
    """The person the sentence right after a quotation is about, when the
    quotation is a sentence of its own and that sentence closes the
    paragraph ("“...” Jane Roe speaks frankly after the final.")."""
    text = unit.masked
    if text[qe - 1 : qe] not in {".", "!", "?", "…"} and text[qe : qe + 1] not in {".", "!", "?"}:
        return None
    lo = qe + (text[qe : qe + 1] in {".", "!", "?"})
    while lo < len(text) and text[lo] in " \u00a0":
        lo += 1
    if lo >= len(text) or MASK in text[lo:]:
        return None
    end = len(text.rstrip())
    if sentence_of(unit, lo)[1] < end - 1:
        return None  # more than one sentence follows: a story, no signature
    span = sentence_subject(text, lo, end)
    if span is None:
        return None
    printed = person_printed(unit.text[span[0] : span[1]])
    if printed is None or printed.lower() in {"he", "she"}:
        return None
    return Cue(printed, k * UNIT + span[0], span[0] - qe)


def _last_clause_subject(unit: Unit, lo: int, end: int) -> Optional[tuple[int, int]]:
    """The subject of the last main clause of the sentence ``lo``..``end``
    when a second clause has one of its own and it is a person; None when
    the sentence has one clause."""
    clause = last_clause(unit.masked, lo, end)
    last = sentence_subject(unit.masked, clause, end) if clause > lo else None
    return last if last is not None and person_printed(unit.text[last[0] : last[1]]) else None


def last_subject_cue(unit: Unit, k: int) -> Optional[Cue]:
    """The person a paragraph's last sentence is about ("Reyes praised the
    union for its work."), for a paragraph after it that only quotes."""
    text = unit.masked.rstrip()
    if not text or MASK in text[-3:]:
        return None
    lo, _ = sentence_of(unit, len(text) - 1)
    by = issued_by(unit.masked, lo)
    # "The statement was issued by X.": the issuer, not the document.
    opener = _CONNECTIVE_RE.match(unit.masked, lo)
    if by is None and opener is not None:
        lo = opener.end()  # "But he was wary of more games.": the connective opens no subject
    span = np_after(unit.masked, by, len(text)) if by is not None else sentence_subject(unit.masked, lo, len(text))
    if by is None:
        span = _last_clause_subject(unit, lo, len(text)) or span  # "X drew, and speaking later, Ana Roe was pleased."
    printed = person_printed(unit.text[span[0] : span[1]]) if span is not None else None
    topic = viewpoint_holder(unit.masked, lo, len(text))
    if printed is None and (speaking := _speaking_subordinate(unit.masked, lo, len(text))) is not None:
        # "What it means is left open, since Ana Roe spoke only in slogans.":
        # the one the sentence says spoke, whose words the quotations give.
        span, printed = speaking, person_printed(unit.text[speaking[0] : speaking[1]])
    if printed is None and topic is not None and _PERSONAL_OBJECT_RE.search(unit.masked, topic[1], len(text)):
        # "For Ana Roe, the new role has given her ...": the person the
        # sentence is about, whom its pronoun takes up, opens it.
        span = topic
        printed = person_printed(unit.text[span[0] : span[1]])
    if span is None or printed is None:
        return None
    return Cue(printed, k * UNIT + span[0], len(text) - span[1])


def _speaking_subordinate(masked: str, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """The name opening a subordinate clause whose verb is one of speech
    ("..., as Ana Roe told the panel", "since Roe spoke only briefly")."""
    toks = tokens(masked, lo, hi)
    for i, (_, _, word) in enumerate(toks[:-2]):
        if word.lower() not in SUBORDINATORS:
            continue
        span = sentence_subject(masked, toks[i + 1][0], hi)
        if span is None:
            continue
        rest = [t[2].lower() for t in toks if t[0] >= span[1]][:2]
        if rest and rest[0].endswith("ly") and len(rest) > 1:
            rest = rest[1:]  # "spoke only", "said repeatedly": one adverb before the verb
        if rest and (rest[0] in SPEECH_VERBS or rest[0] in _SPOKE):
            return span
    return None


_SPOKE = {"spoke", "speaks", "talked", "talks"}
_CONNECTIVE_RE = re.compile(r"[ \u00a0]*(?:But|And|Yet|Still|So|However,)[ \u00a0]+(?=[A-Za-z])")
_PERSONAL_OBJECT_RE = re.compile(r"\b(?:him|her|his|himself|herself)\b")


def _in_relative_clause(unit: Unit, cue: Cue, end: int) -> bool:
    """The cue's verb of speech sits in a relative clause set off by commas
    ("Y, who has said she ...,"), which reports what Y said once, inside
    someone else's sentence: no lead-in to the quotation after it."""
    ve = end - cue.distance
    if cue.verb is None or ve <= 0:
        return False
    vs = ve - len(cue.verb)
    if _RELATIVE_BEFORE_VERB_RE.search(unit.masked[max(0, vs - 40) : vs]) is None:
        return False
    # The clause closes with a comma and the main clause resumes ("..., was
    # unfair"); one that runs to the full stop leaves its name the last to speak.
    rest = unit.masked[ve:end]
    return "," in rest and bool(rest[rest.rfind(",") + 1 :].strip(" \u00a0.!?"))


# ", who has", ", who had previously": a relative clause opening just before the verb.
_RELATIVE_BEFORE_VERB_RE = re.compile(r",[\s\u00a0]+who(?:[\s\u00a0]+[a-z]+){0,2}[\s\u00a0]+$")
