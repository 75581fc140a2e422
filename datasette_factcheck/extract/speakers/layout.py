"""Speakers a page's layout names rather than a sentence: a headline's label
or opening name ("Marsh: ...", "Marsh Says ..."), a round-up's signature
("“...” ― Jane Roe"), a round-up's name line over the remarks below it,
a quoted transcript's labels ("HALE: ..."), an interview's answers ("Q:
...", "A: “...”")."""

from __future__ import annotations

import re
from typing import Optional

from .cues import Cue
from .lexicon import CALL_VERBS, HEADLINE_SPEECH_VERBS, MASK, ORG_WORDS, PERSON_ROLES, SPEECH_HEADS, SPEECH_VERBS, TITLE_WORDS
from .names import bare_word, clean_name, is_title_word, looks_like_org, role_noun
from .cuenames import person_printed, personal
from .wordforms import headline_verb_at, sentence_case_verb_at
from .phrases import np_after
from .given_names import is_given_name
from .text import MARKS, UNIT, Unit, credit_line, tokens


def headline_label(unit: Unit, k: int, qs: int) -> Optional[Cue]:
    """Headline style "Marsh: rail link will be “on time”": a short name
    or role before a colon speaks the quotations after it."""
    colon = unit.masked.find(":", 0, qs)
    if colon <= 0:
        return None
    prefix = unit.text[:colon].strip()
    words = prefix.split()
    if not words or MASK in unit.masked[:colon]:
        return None
    lower = sentence_case_verb_at(words) if headline_verb_at(words) is None else None
    if lower is not None and lower <= 4:
        # "Roe plays down rift with party: “...”": the subject speaks, not
        # the name closing the label; the caller asks for a known person.
        name = clean_name(" ".join(words[:lower]))
        return None if name is None else Cue(" ".join(words[:lower]), k * UNIT, qs - colon, verb=words[lower])
    if len(words) > 6:
        return None
    cut = next((n for n, w in enumerate(words) if n > 0 and w in _TOPIC_WORDS), None)
    if cut is not None:
        # "Marsh to board: “...”", "Marsh on rail jobs: “...”": the name
        # before whom or what the label addresses.
        words = words[:cut]
        prefix = " ".join(words)
    verb = headline_verb_at(words)
    if verb is not None:
        # "Governor Quits: “...”": the subject before the verb speaks when it
        # is a name or a person's role; "Club Hits Back" leaves the quotation
        # to the body's attribution.
        words = words[:verb]
        prefix = " ".join(words)
        if not words:
            return None
        role = bare_word(words[-1]) in PERSON_ROLES and bare_word(words[-1]) not in ORG_WORDS
        name = clean_name(prefix)
        if not role and (name is None or looks_like_org(prefix) or bare_word(name.split()[-1]) in TITLE_WORDS):
            return None
        return Cue(prefix, k * UNIT, qs - colon, verb=":")
    if clean_name(prefix) is None and bare_word(words[-1]) not in TITLE_WORDS and not _title_initials(words):
        return None
    if len(words) > 1 and words[-1].lower().endswith("ing") and not is_given_name(words[0]):
        return None  # "Quay Closing: ...", "Breaking News: ...": a topic, not a name
    return Cue(prefix, k * UNIT, qs - colon, verb=":")


def headline_label_after(unit: Unit, k: int, qe: int) -> Optional[Cue]:
    """Headline style "‘No farmer will be left behind’: Minister Marsh": a
    short name, with its title, after a colon that follows the quotation
    and closing the headline speaks it."""
    m = _LABEL_AFTER_RE.match(unit.masked, qe)
    if m is None:
        return None
    printed = unit.text[m.start(1) : m.end(1)]
    words = printed.split()
    if len(words) > 2 and words[-1].lower() in SPEECH_HEADS and words[-2].endswith(("’s", "'s")):
        # "‘...’: Premier Marsh’s warning to bus drivers": the possessor speaks.
        printed = printed[: printed.rindex(words[-2]) + len(words[-2]) - 2]
        words = printed.split()
    if len(words) > 5 or (clean_name(printed) is None and not _title_initials(words)) or looks_like_org(printed) or reports_a_clause(words):
        return None
    # after a dash, as after a colon ("‘...’ – Marsh on rail jobs"); the caller asks more of a dash
    return Cue(printed, k * UNIT + m.start(1), m.start(1) - qe, verb=":" if ":" in unit.masked[qe : m.start(1)] else "–")


def headline_subject_after(unit: Unit, k: int, qe: int) -> Optional[Cue]:
    """Headline style "‘I hid nothing’: Ana Roe steps down after a week of
    questions": the quotation, a colon, then a name as the subject of what
    the headline reports; the name speaks it (the caller accepts it only
    for a name that is surely a person's)."""
    m = _COLON_AFTER_RE.match(unit.masked, qe)
    if m is None:
        return None
    span = np_after(unit.masked, m.end(), len(unit.masked))
    after = tokens(unit.masked, span[1], len(unit.masked))[:1] if span is not None and span[0] == m.end() else []
    if span is None or not after or not (after[0][2].isalpha() and after[0][2].islower()):
        return None
    printed = unit.text[span[0] : span[1]]
    if clean_name(printed) is None or looks_like_org(printed):
        return None
    return Cue(printed, k * UNIT + span[0], span[0] - qe, verb=":")


def headline_body_after(unit: Unit, k: int, qe: int) -> Optional[Cue]:
    """The same shape with a body as the subject of a headline that reports
    speech ("‘...’: Harbour Party sends a sharp warning to Marsh", "‘...’:
    HWP slams ruling"): a speech verb or noun after the subject (the
    caller accepts it only for a body the article names)."""
    m = _COLON_AFTER_RE.match(unit.masked, qe)
    if m is None:
        return None
    toks = tokens(unit.masked, m.end(), len(unit.masked))
    n = next((i for i, t in enumerate(toks) if not t[2][:1].isupper()), len(toks))
    if n == 0 or n == len(toks) or toks[0][0] != m.end():
        return None
    span = toks[0][0], toks[n - 1][1]  # the capitalised words right after the colon
    rest = [bare_word(t[2]) for t in toks[n:]]
    if not any(w in SPEECH_VERBS or w in SPEECH_HEADS or w in HEADLINE_SPEECH_VERBS for w in rest[:4]):
        return None
    return Cue(unit.text[span[0] : span[1]], k * UNIT + span[0], span[0] - qe, verb=":")


def headline_name_before(unit: Unit, k: int, qs: int) -> Optional[Cue]:
    """Headline style "Health Minister Marsh ‘working flat out’ as lists grow": a
    name, with its title, opening the headline right before the quotation
    speaks it, the verb left out (the caller accepts it only for a person
    the article names)."""
    toks = tokens(unit.masked, 0, qs)
    if not 1 <= len(toks) <= 5 or not all(
        (t[2][:1].isupper() and (not t[2].isupper() or is_title_word(t[2])))
        # a role in lower case inside, as sentence-case headlines print it ("Port chair Roe ‘...’")
        or (0 < n < len(toks) - 1 and t[2].islower() and is_title_word(t[2]))
        for n, t in enumerate(toks)
    ):
        return None  # (capitals alone are a body's initials: "Harbour PAC ‘...’"; a title's, "PM Roe ‘...’")
    if toks[-1][2].endswith(("’s", "'s", "’", "'")):
        return None  # "Ana Roe’s ‘Harbour’ opens": a possessor's work, no speech
    printed = unit.text[toks[0][0] : toks[-1][1]]
    if clean_name(printed) is None or looks_like_org(printed):
        return None
    return Cue(printed, k * UNIT + toks[0][0], qs - toks[-1][1])


def headline_dash_label(unit: Unit, k: int, qe: int) -> Optional[Cue]:
    """Headline style "Strike ‘indefensible’ – Marsh": a short name after a
    dash that closes the headline, with the quotation before the dash, is
    who said it (the caller accepts it only for a person the article
    names)."""
    m = _DASH_LABEL_RE.search(unit.masked, qe)
    if m is None:
        return None
    printed = unit.text[m.start(1) : m.end(1)]
    words = printed.split()
    if len(words) > 4 or clean_name(printed) is None or looks_like_org(printed):
        return None
    return Cue(printed, k * UNIT + m.start(1), m.start(1) - qe, verb="–")


def headline_role_after(unit: Unit, k: int, qe: int) -> Optional[Cue]:
    """Headline style "Rent rises a ‘disgrace’, says lord mayor": a verb of
    speech and a role with no article close the headline after the
    quotation; the role is the holder the body names."""
    return _closing_after(unit, k, qe, role=True)


def headline_name_after(unit: Unit, k: int, qe: int) -> Optional[Cue]:
    """The same close with a name ("Plan ‘A Disgrace’, Says Ana Roe"): the
    name speaks, however short the quotation and in whatever case the
    headline prints it (the caller accepts it only for a person the article
    names)."""
    return _closing_after(unit, k, qe, role=False)


def _closing_after(unit: Unit, k: int, qe: int, role: bool) -> Optional[Cue]:
    m = _ROLE_AFTER_RE.match(unit.masked, qe)
    if m is None or role_noun(m.group(2).split()[-1]) != role or (not role and clean_name(m.group(2)) is None):
        return None
    return Cue(unit.text[m.start(2) : m.end(2)], k * UNIT + m.start(2), m.start(2) - qe, verb=m.group(1).lower())


def _title_initials(words: list[str]) -> bool:
    """One word of two to four capitals ("CM", "PM"): the initials of a
    title, if someone in the article holds one that fits."""
    return len(words) == 1 and 2 <= len(words[0]) <= 4 and words[0].isalpha() and words[0].isupper()


# "‘...’: Minister Marsh", "‘...’: Marsh on rail jobs" ("Marsh On Rail Jobs" in Title Case): the name, then what it spoke on.
_TOPIC_WORDS = {"to", "on", "at", "over", "about", "in", "after", "against"}
# "‘...’, says lord mayor": a speech verb and one to three words closing the headline (a Title
# Case headline capitalises the verb and the words: "..., Says Lord Mayor").
_ROLE_AFTER_RE = re.compile(r"[" + MARKS + r"]*[\s\u00a0]*,?[\s\u00a0]+((?i:says|said|warns|claims|insists|admits))[\s\u00a0]+([A-Za-z][a-z-]*(?:[\s\u00a0]+[A-Za-z][a-z-]*){0,2})[\s\u00a0.]*$")
# "... – Marsh", "... - Minister Marsh": a dash set off by spaces, then the name closing the headline.
_DASH_LABEL_RE = re.compile(r"[\s\u00a0][–—-][\s\u00a0]+([^–—:;,." + MASK + r"]+?)[\s\u00a0.]*$")
# A colon, or a dash set off after the quotation ("‘...’ – Ana Roe launches ..."), stands for "said".
_AFTER_QUOTE = r"[" + MARKS + r"]*[\s\u00a0]*(?::|[–—-](?=[\s\u00a0]))[\s\u00a0]*"
_COLON_AFTER_RE = re.compile(_AFTER_QUOTE)
_LABEL_AFTER_RE = re.compile(
    _AFTER_QUOTE + r"([^:;,." + MASK + r"]+?)"
    r"(?:[\s\u00a0]+(?i:" + "|".join(sorted(_TOPIC_WORDS)) + r")[\s\u00a0][^:;" + MASK + r"]*)?[\s\u00a0.]*$"
)


def headline_subject(unit: Unit, k: int, qs: int) -> Optional[Cue]:
    """Headline style "Ruiz Says Fire Looks Like ‘Arson’", "Ruiz slams
    board’s ‘gloom upon gloom’": a name opening the headline before a verb of
    the present tense speaks the quotations after the verb (the caller
    accepts it only for a person the article names)."""
    toks = tokens(unit.masked, 0, qs)
    verb = headline_verb_at([t[2] for t in toks[:6]])
    return _name_before_verb(unit, k, toks, verb, qs)


def _name_before_verb(unit: Unit, k: int, toks: list[tuple[int, int, str]], verb: Optional[int], qs: int) -> Optional[Cue]:
    """The name that opens a headline before its verb at ``verb`` (four
    words at most, no quotation among them)."""
    if not verb or verb > 4 or any(MASK in t[2] for t in toks[:verb]):
        return None
    prefix = unit.text[toks[0][0] : toks[verb - 1][1]]
    if clean_name(prefix) is None or looks_like_org(prefix):
        return None
    return Cue(prefix, k * UNIT + toks[0][0], qs - toks[verb][1], verb=toks[verb][2])


def headline_opening_subject(unit: Unit, k: int) -> Optional[Cue]:
    """The name a headline opens on as the subject of a verb of saying,
    praise or blame, in Title Case or sentence case ("Ana Roe Slams Board",
    "Ana Roe criticises council over ferry times"); None for any other verb."""
    toks = tokens(unit.masked, 0, len(unit.masked))
    words = [t[2] for t in toks[:6]]
    verb = headline_verb_at(words)
    verb = sentence_case_verb_at(words) if verb is None else verb
    if not verb or bare_word(words[verb]) not in SPEECH_VERBS | HEADLINE_SPEECH_VERBS | CALL_VERBS:
        return None
    return _name_before_verb(unit, k, toks, verb, len(unit.masked))


# A round-up's signature after a quotation: '“...” ― Jane Roe' or
# '“...” — Jane Roe, 34, a nurse', the name closing the paragraph; an
# embedded post's '— Jane Roe (@janeroe) May 31, 2020' too.
_NAME_WORD = r"(?:[A-Z][^\W\d_]*(?:['’\-][^\W\d_]+)*\.?|[A-Z]\.)"
_HANDLE_AND_DATE = r"[\s\u00a0]*\(@\w{1,30}\)(?:[\s\u00a0]+[A-Z][a-z]{2,8}\.?[\s\u00a0]+\d{1,2},[\s\u00a0]+\d{4})?"
_SIGNATURE_RE = re.compile(
    r"[\s\u00a0]*[―—–-]{1,2}[\s\u00a0]*(" + _NAME_WORD + r"(?:[\s\u00a0]+" + _NAME_WORD + r"){0,4})"
    r"(?:" + _HANDLE_AND_DATE + r")?[\s\u00a0]*(?:,[^.!?" + MASK + r"]{0,80})?[.]?[\s\u00a0]*$"
)


# '“...” - Tallow team manager Jane Roe': a dash, the signer's role, then the name.
_DESCRIBED_SIGNATURE_RE = re.compile(
    r"[\s\u00a0]*[―—–-]{1,2}[\s\u00a0]*(?:[A-Z][\w’'-]*[\s\u00a0]+){0,3}(?:[a-z][a-z-]*[\s\u00a0]+){1,3}("
    + _NAME_WORD + r"(?:[\s\u00a0]+" + _NAME_WORD + r"){1,3})[.]?[\s\u00a0]*$"
)
# A pull quote signed with no dash: '“...” Jane Roe, student' ends its
# paragraph with the name and the signer's lower-case role, no full stop.
_BARE_SIGNATURE_RE = re.compile(
    r"[\s\u00a0]+(" + _NAME_WORD + r"(?:[\s\u00a0]+" + _NAME_WORD + r"){1,3}),[\s\u00a0]*[a-z][a-z\-]*(?:[\s\u00a0]+[a-z][a-z\-]*){0,3}[\s\u00a0]*$"
)


def signature_after(unit: Unit, k: int, qe: int, qs: Optional[int] = None) -> Optional[Cue]:
    """The name a dash sets after a quotation at the end of its paragraph;
    with ``qs``, a quotation that opens its paragraph and ends in a full
    stop may be signed with no dash, as a pull quote is."""
    m = _SIGNATURE_RE.match(unit.masked, qe) or _DESCRIBED_SIGNATURE_RE.match(unit.masked, qe)
    if m is None and qs is not None and not unit.masked[:qs].strip(" \u00a0" + MARKS) and unit.text[qe - 2 : qe].strip(MARKS)[-1:] in {".", "!", "?"}:
        m = _BARE_SIGNATURE_RE.match(unit.masked, qe)
    if m is None:
        return None
    start = m.start(1)
    printed = unit.text[start : m.end(1)].rstrip(".")
    # "- French ambassador to Norway Pieter Roe": the place or department a
    # role's "to", "of" or "for" joins is the role's, not the name's.
    signer = unit.text[qe : m.end(1)].lstrip(" \u00a0" + MARKS + "―—–-")
    name = clean_name(signer.rstrip("."))
    if name is not None and name != printed and printed.endswith(" " + name):
        start += len(printed) - len(name)
        printed = name
    if not personal(printed):
        return None
    return Cue(printed, k * UNIT + start, start - qe, verb=unit.masked[qe:start].strip())


# '"..." -- Two-time champion Jane Roe had no sympathy': a dash after
# a quotation that opens its paragraph, then the sentence about its speaker.
_DASH_CLAUSE_RE = re.compile(r"[\s\u00a0]*(?:--|[―—–])[\s\u00a0]+")


def signature_clause_after(unit: Unit, k: int, qs: int, qe: int) -> Optional[Cue]:
    """A round-up's quotation signed by the subject of the sentence that a
    dash sets after it ('"..." -- Jane Roe, who shot 74, rued her luck.')."""
    if unit.masked[:qs].strip(" \u00a0" + MARKS):
        return None
    m = _DASH_CLAUSE_RE.match(unit.masked, qe)
    if m is None:
        return None
    span = np_after(unit.masked, m.end(), len(unit.masked))
    if span is None or span[0] - m.end() > 40:
        return None
    printed = person_printed(unit.text[span[0] : span[1]])
    if printed is None or looks_like_org(printed):
        return None
    return Cue(printed, k * UNIT + span[0], span[0] - qe, verb="―")


# "“...”: HPU leader Jane Roe." A pull quote signed after a colon, the
# signer's role words before the name.
_COLON_SIGNATURE_RE = re.compile(r"[\s\u00a0]*:[\s\u00a0]*([^.!?:;,“”\"" + MASK + r"]{3,80}?)[.]?[\s\u00a0]*$")


# Words that join the roles of a signature ("director of operations", "adviser to the premier").
_SIGNATURE_LINKS = frozenset({"of", "the", "for", "and", "to", "at", "in", "on", "from", "with"})


def colon_signature(unit: Unit, k: int, qs: int, qe: int) -> Optional[Cue]:
    """The signer of a quotation that is its paragraph, but for a colon
    and a person's name (with a role before it) after it."""
    if unit.masked[:qs].strip(" \u00a0" + MARKS):
        return None
    m = _COLON_SIGNATURE_RE.match(unit.masked, qe)
    if m is None:
        return None
    printed = unit.text[m.start(1) : m.end(1)].strip()
    words = printed.split()
    if not words or len(words) > 7 or not words[-1][:1].isupper() or not personal(printed):
        return None
    if reports_a_clause(words):
        return None
    return Cue(printed, k * UNIT + m.start(1), m.start(1) - qe, verb=":")


def reports_a_clause(words: list[str]) -> bool:
    """Words after a colon that follows a quotation that make a clause, not
    roles before a name: a verb or noun of speech ("Harbour Party issues
    warning to Marsh"), a headline's verb ("HWP slams Marsh"), or two
    lower-case words that are neither roles nor the words that join them
    ("HWP wins seat from Marsh"), before the name that ends them, which is
    then the object. A name that opens them ("Marsh on rail jobs") is no object."""
    last = max((n for n, w in enumerate(words) if w[:1].isupper()), default=0)
    words = words[: last + 1]
    lower = [bare_word(w) for w in words if w[:1].islower()]
    if headline_verb_at(words) is not None or any(w in SPEECH_HEADS or w in SPEECH_VERBS for w in lower):
        return True
    return len([w for w in lower if w not in _SIGNATURE_LINKS and not role_noun(w) and not is_title_word(w)]) > 1


_HANDLE_AND_DATE_RE = re.compile(_HANDLE_AND_DATE + "$")


def signature_below(unit: Unit, k: int, qs: int, qe: int, below: Unit) -> Optional[Cue]:
    """A quotation that is a paragraph of its own, signed by the next
    paragraph: only its source's name (with a role or a body after a
    comma), set off by a dash ('“...”' then '- Jane Roe.') or closing the
    quotation left open above it ('“...' then 'Rep. Jane Roe, State
    University.”')."""
    if unit.masked[:qs].strip(" \u00a0") or unit.text[qe:].strip() or below.quotes:
        return None
    text = below.text.strip()
    dashed = text[:1] in "―—–-"
    text = text.lstrip("―—–- \u00a0")
    open_above = unit.text[qe - 1 : qe] not in MARKS
    if not text or not (dashed or (open_above and text[-1] in MARKS)):
        return None
    head = text.rstrip(MARKS + " \u00a0").rstrip(".")
    head = _HANDLE_AND_DATE_RE.sub("", head)  # "Jane Roe (@janeroe) May 31, 2020"
    if any(c in MARKS for c in head):
        return None
    head = head.split(",")[0].strip()
    if not head or len(head.split()) > 6 or any(c in head for c in "!?:;"):
        return None
    # "Former union president Jane Roe": the name without its descriptors.
    name = clean_name(head)
    if name is not None and name in head:
        head = head[head.index(name) :]
    if not personal(head):
        return None
    return Cue(head, (k + 1) * UNIT + below.text.find(head), 0)


# "That's according to Jane Roe, ...", "That is the advice from Jane Roe":
# a paragraph that names the source of the one above it.
_SOURCE_BELOW_RE = re.compile(
    r"(?:That|This)(?:['’]s|\s+is|\s+was)\s+(?:according\s+to|the\s+(?:[a-z]+\s+){0,2}?"
    r"(?:advice|view|verdict|warning|message|assessment|word|opinion|take|conclusion|analysis|reaction|response|prediction|forecast)"
    r"\s+(?:from|of))\s+"
)


def source_below(unit: Unit, k: int, below: Unit) -> Optional[Cue]:
    """The source the next paragraph names for this one's quotations
    ("That's according to Jane Roe, an economist at ..."), when this one
    has no verb of speech of its own."""
    m = _SOURCE_BELOW_RE.match(below.masked)
    if m is None or any(w in SPEECH_VERBS for _, _, w in tokens(unit.masked)):
        return None
    span = np_after(below.masked, m.end(), len(below.masked))
    printed = person_printed(below.text[span[0] : span[1]]) if span is not None else None
    if span is None or printed is None:
        # "the advice from Which?'s money editor Jane Roe,": the name that
        # ends the description, when it opens with a given name.
        tail = _TRAILING_NAME_RE.search(below.masked, m.end(), _clause_end(below.masked, m.end()))
        if tail is None or not is_given_name(tail.group(1).split()[0]):
            return None
        span, printed = tail.span(1), tail.group(1)
    return Cue(printed, (k + 1) * UNIT + span[0], 0, verb="according to")


_TRAILING_NAME_RE = re.compile(r"\b[a-z]+[\s\u00a0]+(" + _NAME_WORD + r"(?:[\s\u00a0]+" + _NAME_WORD + r"){1,3})[\s\u00a0]*$")


def _clause_end(text: str, start: int) -> int:
    """Where the clause from ``start`` ends: its first comma or full stop."""
    ends = [i for i in (text.find(",", start), text.find(". ", start)) if i >= 0]
    return min(ends) if ends else len(text.rstrip(". \u00a0"))


_QUOTE_ONLY_RE = re.compile(r"[\s\u00a0" + MASK + re.escape(MARKS) + r".,;:!?…]*")


_ROLE_AFTER_NAME_RE = re.compile(r"[\s\u00a0]+[-–—―][\s\u00a0]+|,[\s\u00a0]+")


def name_line_above(unit: Unit, k: int, qs: int, line: str) -> Optional[Cue]:
    """A round-up's name line: a subhead that is only a person's name
    ("Jane Roe"), over a paragraph that is only quotation. The caller
    asks that the article names the person elsewhere too, which a byline
    seldom is."""
    if unit.masked[:qs].strip(" \u00a0" + MARKS) or not _QUOTE_ONLY_RE.fullmatch(unit.masked):
        return None
    # "Jane Roe - Commissioner of Police", "Jane Roe, coach": a role may
    # follow the name after a dash or a comma.
    printed = _ROLE_AFTER_NAME_RE.split(line.strip(), maxsplit=1)[0]
    name = clean_name(printed)
    if name is None or name != printed or len(name.split()) < 2 or not personal(printed) or looks_like_org(printed):
        return None
    return Cue(name, k * UNIT, 0, verb="―")


# "On working with the director: “...”": an interview's topic before the
# answer, in an article that strings several of them together.
_TOPIC_LABEL_RE = re.compile(r"[\s\u00a0]*On[\s\u00a0]+[^:" + MASK + r".!?]{2,80}:[\s\u00a0]*")


def topic_label(unit: Unit, qs: int) -> bool:
    """The quotation at ``qs`` follows only a topic label ("On her next
    film: “...”"), as an interview's answers are strung together."""
    return _TOPIC_LABEL_RE.fullmatch(unit.masked, 0, qs) is not None


# A transcript quoted whole: the quotation opens with its speaker's label
# ("HALE: ...", "Ortiz: ...").
_LABEL_RE = re.compile(r"\s*(" + _NAME_WORD + r"(?:[ \u00a0]" + _NAME_WORD + r"){0,2}):[ \u00a0]+\S")


def transcript_label(unit: Unit, k: int, start: int, text: str) -> Optional[Cue]:
    """The speaker label a quoted transcript opens with, as a cue at the
    start of the quotation (``start``: its offset in the unit)."""
    m = _LABEL_RE.match(text)
    if m is None:
        return None
    label = m.group(1)
    printed = label.title() if label.isupper() and len(label) > 2 else label
    if not personal(printed) or bare_word(printed.split()[0]) in TITLE_WORDS:
        return None
    return Cue(printed, k * UNIT + start + m.start(1), 0, verb=":")


# An interview printed as questions and answers: "Q: ...", then "A: “...”".
_QUESTION_RE = re.compile(r"\s*(?:Q|Question)\s*[:.\u2014\u2013-]\s")
_ANSWER_RE = re.compile(r"\s*(?:A|Answer)\s*[:.\u2014\u2013-]\s*(?=\S)")


def answer_units(units: list[Unit]) -> dict[int, int]:
    """The paragraphs that open with an answer's label ("A: “...”"), each
    with where its answer starts, when the article labels a question so
    too; a lone "A." is an initial."""
    body = [k for k, unit in enumerate(units) if unit.number > 0]
    if not any(_QUESTION_RE.match(units[k].text) for k in body):
        return {}
    return {k: m.end() for k in body if (m := _ANSWER_RE.match(units[k].text))}


def crosshead(unit: Unit) -> bool:
    """A short line without quotations or a sentence's closing mark, or a
    picture's caption: a subheading, not a paragraph of the story."""
    if unit.quotes:
        return False
    text = unit.text.strip()
    words = text.split()
    # "Opposition leader Ana Roe said the bill was unfair": a sentence that lost its full stop, no heading
    short = 2 <= len(words) <= 20 and text[:1].isupper() and text[-1:] not in set(".!?:;,)…" + MARKS) and not (len(words) > 8 and any(w in SPEECH_VERBS and w.islower() for w in words[2:]))
    return short or credit_line(tokens(unit.masked))


# "“...” – Harbour Party Candidate", "“...,” Lakeside Gov Denies Talks": after the quotation (and a
# colon, a dash or a comma), words in capitals ending in a role, closing the headline or before a
# verb of saying or denying.
_ROLE_LABEL_RE = re.compile(r"[" + MARKS + r"]*[\s\u00a0]*(?::|,|[–—-](?=[\s\u00a0]))?[\s\u00a0]*")
# The verbs that may follow it: of saying, a headline's, and of denying.
_ROLE_LABEL_VERBS = frozenset(SPEECH_VERBS | HEADLINE_SPEECH_VERBS | {"denies", "rejects", "dismisses"})


def headline_role_label(unit: Unit, k: int, qe: int) -> Optional[Cue]:
    """Headline style "‘...’ – Harbour Party Candidate": a description in
    capitals ending in a person's role closes the headline after the
    quotation, or opens its clause before a verb of saying or denying
    ("“...,” Lakeside Gov Denies ..."); the role is the holder the body
    names (the caller asks that someone hold it)."""
    m = _ROLE_LABEL_RE.match(unit.masked, qe)
    toks = tokens(unit.masked, m.end()) if m is not None else []
    n = 0
    while n < len(toks) and n < 5 and toks[n][2][:1].isupper() and toks[n][2].lower() not in _ROLE_LABEL_VERBS:
        n += 1
    closes = n == len(toks) or (toks[n][2][:1].isupper() and toks[n][2].lower() in _ROLE_LABEL_VERBS)
    if n == 0 or not closes or bare_word(toks[n - 1][2]) not in PERSON_ROLES:
        return None
    verb = toks[n][2].lower() if n < len(toks) else "–"
    return Cue(unit.text[toks[0][0] : toks[n - 1][1]], k * UNIT + toks[0][0], toks[0][0] - qe, verb=verb)
