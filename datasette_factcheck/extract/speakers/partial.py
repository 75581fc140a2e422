"""Short and partial quotations: how far a speech verb reaches into the
clause it reports, which attribution closes a sentence, when a short
quotation reads as speech rather than a name or a title, and whose clause
holds a quotation with no speech verb of its own."""

from __future__ import annotations

import re
from typing import Optional

from .apposition import appositive_name
from .descriptors import CLAUSE_OPENERS, described_lead
from .cues import RELATIVE_ASIDE_RE, Cue, after_cue
from .given_names import is_given_name
from .names import capitalised, is_acronym, is_possessive, looks_like_org
from .cuenames import person_printed
from .phrases import np_after
from .spokespeople import spokespeople_in
from .lexicon import AUXILIARIES, BE_FORMS, CALENDAR_NAMES, CALL_PARTICIPLES, CALL_VERBS, CONJUNCTIONS, DETERMINERS, FUNCTION_WORDS, MASK, PARTICIPLES, SPEECH_HEADS, WEEKDAYS
from .subjects import last_clause, sentence_subject, subject_past_openers, with_clause_subject
from .viewpoints import viewpoint_holder
from .text import MARKS, UNIT, Unit, sentence_of, tokens
from .wordforms import before_auxiliary, finite_verb, naming_in_passive, opening_adverb, verb_adverb

# How far (characters) a short quotation may stand from the speech verb of
# its sentence and still be the speaker's: "X said it was “plain as day”
# that ... a “watertight” case". Only a near verb attributes words that
# read as a name or a title ("Harbour Lights", "on “Harbour Hour”"), or a
# quotation after a naming verb of someone else's ("X backed a rule to
# close what some traders call the “quayside gap”", "known as the “...”").
_NEAR, _FAR = 80, 200
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_NAMING = CALL_VERBS | {"call", "known", "nicknamed", "so-called"}


def reads_as_name(text: str) -> bool:
    """Every longer word capitalised, and no other word in lower case but
    the small words titles keep so ("Lord of the Rings"): a name or a
    title, not speech ("all go on Zoom" is speech)."""
    words = _LETTERS_RE.findall(text)
    major = [w for w in words if len(w) > 3] or words
    return all(w[:1].isupper() for w in major) and not any(w[:1].islower() and w.lower() not in _TITLE_SMALL_WORDS for w in words)


# Words a title or a name keeps in lower case ("Lord of the Rings", "Ana de la Roe").
_TITLE_SMALL_WORDS = frozenset("a an the of in on at to for and or nor but by with from as de la le du des da di del van von der den".split())


def reach(text: str, between: str) -> int:
    if reads_as_name(text):
        return _NEAR
    words = [w.lower() for w in _LETTERS_RE.findall(between)]
    if any(w in _NAMING and not _noun_after_article(words, n) for n, w in enumerate(words)):
        return _NEAR
    return _FAR


def _noun_after_article(words: list[str], n: int) -> bool:
    """"the calls", "on a phone call": "call" right after a determiner, or
    after "a" and one word, is a noun; "what some traders call" is a verb,
    and "a man known as" names whoever stands before it."""
    return words[n] in {"call", "calls"} and ((n > 0 and words[n - 1] in DETERMINERS) or (n > 1 and words[n - 2] in {"a", "an"}))


def cut_short(text: str, after: Cue, comma_after: bool = False) -> bool:
    """A short quotation cut off by its comma, inside the marks or (as
    British pages print it) right after them, with an attribution right
    after it ("“All fine,” his cousin Jane Roe said.", "‘All fine’, says
    Jane Roe"): an utterance."""
    return (
        (text.rstrip().endswith(",") or comma_after)
        # (a long name is no farther: "“...,” the Tallow Ports and Coastal Safety Department reported")
        and after.distance - (len(after.printed) if _proper_name(after.printed) else 0) < _NEAR // 2
        and ((after.verb or "").lower() not in _RELAYING or bool(_REPORTING_BODIES & set(after.printed.lower().split())) or _person_by_name(after.printed))
        and not reads_as_name(text)
    )


def _person_by_name(printed: str) -> bool:
    """A cue that names a person by given name and surname ("according to
    agency director Ana Roe"): one who relays no one's words but their own,
    as a paper may."""
    words = printed.split()
    return len(words) > 1 and capitalised(words[-1]) and is_given_name(words[-2]) and not looks_like_org(" ".join(words[-2:]))


def _proper_name(printed: str) -> bool:
    """Capitalised words, with "the", "of", "and" or "for" between: a name,
    not a description ("an annual ritual in which ...")."""
    words = printed.split()
    return bool(words) and all(w[:1].isupper() or w in {"the", "of", "and", "for"} for w in words)


# Verbs that relay someone else's words: a short quotation before "the Times
# reported" is seldom the paper's own.
_RELAYING = frozenset({"reported", "reports", "according to"})
# ... while a public body reports its own findings ("“...,” the Tallow
# Department of Health reported").
_REPORTING_BODIES = frozenset({"department", "ministry", "police", "council", "court", "commission", "tribunal", "committee", "parliament", "cabinet"})


def continues_speech(lead: str) -> bool:
    """True when nothing but a speech participle ("Adding,", "Noting that")
    stands before a quotation in its sentence, or nothing at all."""
    words = lead.strip(" \u00a0" + MARKS).rstrip(",:").split()
    if words and words[-1].lower() == "that":
        words.pop()
    return not words or (len(words) == 1 and words[0][:1].isupper() and words[0].lower() in PARTICIPLES)


def closing_attribution(unit: Unit, k: int, qe: int, closing_only: bool = False) -> Optional[Cue]:
    """The attribution after the last quotation of the sentence that holds
    a quotation ending at ``qe``, read from that quotation's end or from a
    comma after it ("..., said Jane Roe, a demographer."). With
    ``closing_only``, only the sentence's last comma counts, and the
    attribution must end the sentence in a few words ("..., Roe said on
    Monday.")."""
    start, end = sentence_of(unit, qe)
    text = unit.masked
    opening = text[start:qe].split()[:1]
    if closing_only and opening and opening[0].lower() in CLAUSE_OPENERS:
        return None  # "After X compared them to “...”, Roe wrote ...": the clause is not Roe's
    last = text.rfind(MASK, qe, end)
    anchor = last + 1 if last >= 0 else qe
    if not text[anchor:end].strip(" \u00a0.,;"):
        return _attribution_before_participle(unit, k, qe, last) if last >= 0 else None
    anchors = [anchor] + [anchor + m.start() for m in re.finditer(",", text[anchor:end])]
    if closing_only and not (last >= 0 and unit.text[: last + 1].rstrip(MARKS).endswith(",")):
        # The comma may sit inside the last quotation's marks ("... as
        # “foreign aid,” says Roe"): that quotation's end is the comma.
        anchors = anchors[1:]
    for a in anchors:
        cue = after_cue(unit, k, a, end)
        # "..., a Tallowtel spokesperson told the paper": someone unnamed who speaks for a body the words name
        spoken_for = cue is not None and not cue.resolvable and any(
            item.body is not None for item in [*spokespeople_in(cue.printed), *spokespeople_in(text, a, end)]
        )
        if cue is not None and (cue.resolvable or spoken_for) and (not closing_only or _closes(text, a, cue, end)):
            return cue
    return _attribution_before_participle(unit, k, qe, last) if last >= 0 else None


# After an attribution, a comma and a participle ("..., Roe said, adding
# that ...") open a clause of the attribution's own, and a conjunction
# ("..., Roe said, while Ames called it ...") another sentence's.
_PARTICIPLE_TAIL_RE = re.compile(r"[^,;" + MASK + r"]*,[ \u00a0]*(?:(?:and[ \u00a0]+)?[a-z]{3,}ing|while|whereas|but|and)\b")


def _attribution_before_participle(unit: Unit, k: int, qe: int, last: int) -> Optional[Cue]:
    """"He was a “loose cannon”, his lawyer Jo Ames said, adding that he was
    “...”": the attribution between two quotations closes the clause of
    the first when a participle or another clause holding the second
    follows it."""
    text = unit.masked
    nxt = last
    while nxt > qe and text[nxt - 1] == MASK:
        nxt -= 1  # the start of the sentence's last quotation
    for m in re.finditer(",", text[qe:nxt]):
        a = qe + m.start()
        cue = after_cue(unit, k, a, nxt)
        if cue is not None and cue.resolvable and _PARTICIPLE_TAIL_RE.match(text, a + cue.distance, nxt) and _closes(text, a, cue, nxt):
            return cue
    return None


# The most words from a comma to the attribution's verb, and from the verb
# to the sentence's end, for an attribution that closes its sentence
# ("..., DFA spokesman Jane Roe said.", "..., said Jane Roe, a pollster and
# consultant at the institute in Dayton."); a clause opener in between
# ("..., the newest of whom Roe said would ...") is no closing attribution.
_CLOSING_LEAD, _CLOSING_TAIL = 5, 14
# Clause openers, conditions among them ("if", "unless").
_CLAUSE_WORDS = frozenset({"who", "whom", "whose", "which", "that", "and", "but", "while", "because", "if", "when", "as"})


def _closes(text: str, comma: int, cue: Cue, end: int) -> bool:
    verb_at = comma + cue.distance
    lead_text = text[comma:verb_at]
    # "..., Jo Roe, who farms nearby, said.": the aside is the name's, not a clause of the sentence.
    aside = RELATIVE_ASIDE_RE.search(lead_text)
    words = (lead_text[: aside.start()] if aside is not None else lead_text).replace(",", " ").split()
    words = before_auxiliary(words)  # "..., new Health Secretary Jane Roe has said."
    lead = [w.lower() for w in words]
    longest = _CLOSING_LEAD + 2 if described_lead(words) else _CLOSING_LEAD
    after = text[verb_at:end]
    # "..., Roe has said, while stating that ...": a clause the comma opens
    # after the attribution is no part of it.
    more = _MORE_AFTER_RE.match(after)
    if more is not None and (more.group(1).lower() in CLAUSE_OPENERS | {"adding", "but", "and"} or more.group(1).endswith("ing")):
        after = after[: more.start(1)]
    tail = after.split()
    # "..., Roe has said as he criticised ...": so does a conjunction.
    cut = next((i for i, w in enumerate(tail[:6]) if w.lower() in CLAUSE_OPENERS), None)
    if cut is not None:
        tail = tail[:cut]
    return len(lead) <= longest and not _CLAUSE_WORDS.intersection(lead) and len(tail) <= _CLOSING_TAIL


_MORE_AFTER_RE = re.compile(r"[^,;]*[,;][ \u00a0]*([a-z]+)")


# A short quotation as the complement of a characterisation ("defended her
# remarks as being “...”", "deemed him “...”"): its subject's own words.
# Not after a verb of someone else's naming ("seen as being a “...”").
_CHARACTERISING_RE = re.compile(
    r"(?:\bas\s+being\s+|\b(?:deemed|deems)\s+(?:him|her|it|them)\s+)(?:(?:a|an|the)\s+)?$"
)
_OTHERS_NAMING_RE = re.compile(r"\b(?:known|billed|seen|regarded|viewed|referred\s+to|such)\s+as\s+(?:being\s+)?(?:(?:a|an|the)\s+)?$")


def characterises(lead: str) -> bool:
    """True when the words before a short quotation make it the complement of
    a characterisation by the clause's subject."""
    lead = lead.rstrip(" \u00a0")
    return bool(_CHARACTERISING_RE.search(lead + " ")) and not _OTHERS_NAMING_RE.search(lead + " ")


# A quotation that is the sentence's own verb phrase after "has" or "had":
# "X has “flatly refused” the offer": an adverb, then a past form
# ("has “shocked” the board" may be the board's word).
_PREDICATE_LEAD_RE = re.compile(r"\b(?:has|have|had)[ \u00a0]*$")
_PREDICATE_START_RE = re.compile(r"[ \u00a0]*[a-z]+ly[ \u00a0]+[a-z]+ed\b")


def quoted_predicate(lead: str, text: str) -> bool:
    """True when a short quotation is the verb phrase of the clause it
    stands in, so the words are the subject's own."""
    return bool(_PREDICATE_LEAD_RE.search(lead.rstrip(" \u00a0" + MARKS)) and _PREDICATE_START_RE.match(text))


# Nouns for what someone said, after a possessor: "Roe's claim that the depot
# “...”", "Roe's “no surrender” remark", "her promise of “...”".
_SAID_NOUNS = SPEECH_HEADS | {"call", "vow", "insistence", "assertion", "suggestion", "description", "boast", "threat", "demand", "accusation"}
_NOUNS = "|".join(sorted(_SAID_NOUNS, key=len, reverse=True))
_OWNER = r"(?P<who>\b[Hh]is|\b[Hh]er|(?<![\w'’])(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s?)"
# The quotation completes the noun after "of", "for", "about", "to", or
# "that" and a few words; right after the noun it may say what the words
# were like ("Roe's comments “are baseless”") and is no part of them.
# "her March comment that": a month or a weekday may say when it was said.
_WHEN = "(?:" + "|".join(sorted(w.capitalize() for w in CALENDAR_NAMES)) + ")"
_COMPLEMENT_RE = re.compile(
    _OWNER + r"\s+(?:(?:[a-z-]+|" + _WHEN + r")\s+){0,2}(?:" + _NOUNS + r")(?:\s+(?:in|at|on)\s+(?!" + _WHEN + r"\b)[A-Z][\w-]*)?\s*,?\s*"
    # "Roe's remarks in Tallow about the dangers of “...”": a place, and a few words after the preposition
    r"(?:(?:of|for|about|to)(?:\s+(?:the|a|an|its|their|his|her))?(?:\s+[a-z-]+\s+of)?|that(?:\s+[^\s,;:.!?" + MASK + r"]+){0,6})\s*,?\s*$"
)
# The quotation stands between the possessor and the noun.
_OWNER_END_RE = re.compile(_OWNER + r"\s*$")
# "The levy stays, in Roe's words, “...”", "in her own words:".
_IN_WORDS_RE = re.compile(r"\b[Ii]n\s+" + _OWNER + r"\s+(?:own\s+)?words\s*[,:]?\s*$")
_NOUN_AFTER_RE = re.compile(r"\W{0,2}\s*(?:[a-z-]+\s+)?(?:" + _NOUNS + r")\b")


def possessor_cue(unit: Unit, k: int, sent: int, qs: int, qe: int) -> Optional[Cue]:
    """"The board rejected Roe's claim that the depot “...”", "Roe's “no
    surrender” remark": the possessor of a noun for something said speaks
    the quotation that completes it or names it."""
    before = unit.masked[sent:qs].rstrip(" \u00a0" + MARKS)
    m = _COMPLEMENT_RE.search(before) or _IN_WORDS_RE.search(before)
    if m is None and _NOUN_AFTER_RE.match(unit.masked, qe):
        m = _OWNER_END_RE.search(before)
    if m is None:
        return None
    if m.group("who").lower() == "his" and "him" in before[max(0, m.start("who") - 30) : m.start("who")].lower().split():
        return None  # "asked him about his claim that ...": "his" is the one just called "him"
    who = re.sub(r"['’]s?$", "", m.group("who"))
    start = sent + m.start("who")
    return Cue(who, k * UNIT + start, qs - start)


# A naming or describing verb in the passive, whose agent follows "by":
# "has been called “...” by Jane Roe", "“...,” as described by Jane Roe";
# or a verb of judgment, whose "as" gives the judge's words: "rejected by X as “...”".
_PASSIVE_NAMING = (
    r"(?:called|described|dubbed|labell?ed|termed|branded|characteri[sz]ed|put|declared|deemed|dismissed|hailed|derided"
    r"|rejected|critici[sz]ed|condemned|denounced|welcomed|praised|slammed|lauded|mocked|ridiculed|decried"
    r"|told|warned|assured|reminded)"
)
# After "was", or a noun the participle describes ("a statement labelled a “...” by X").
_PASSIVE_BEFORE_RE = re.compile(
    r"(?:\b(?:been|was|were|is|are|be|being)\s+(?:[a-z]+ly\s+)?|(?:\b(?!(?:she|they|who|which|that)\s)[a-z]{3,}|,)\s+)"
    + _PASSIVE_NAMING + r"(?:\s+as)?(?:\s+(?:a|an|the))?\s*$"
)
_BY_AFTER_RE = re.compile(r"[\s,]*by\s+")
# Quotations joined to this one by "and" or "or" share its naming verb and
# its agent: "described as “...” and “...” by Jane Roe".
_JOINER = r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
_JOINED_AFTER_RE = re.compile(r"(?:" + _JOINER + MASK + r"+)+")
_JOINED_BEFORE_RE = re.compile(MASK + r"+" + _JOINER + r"$")
_AS_BY_RE = re.compile(r"(?:^|[,–—-])\s*as\s+" + _PASSIVE_NAMING + r"\s+by\s+")
# "The guard - hailed by Superintendent X as “...” -":
# the agent before "as" and the quotation.
_BY_BEFORE_AS_RE = re.compile(r"\b" + _PASSIVE_NAMING + r"\s+by\s+([^" + MASK + r",;:.]{2,80}?)\s+as\s*$")


def agent_before(unit: Unit, k: int, sent: int, qs: int) -> Optional[Cue]:
    """The named agent of a naming verb in the passive, printed before
    the quotation: "The guard - hailed by Superintendent Jane Roe as
    “...” -" is Roe's, not the guard's."""
    m = _BY_BEFORE_AS_RE.search(unit.masked, sent, qs)
    if m is None:
        return None
    span = np_after(unit.masked, m.start(1), m.end(1))
    if span is None or not capitalised(unit.masked[span[0] : span[1]].split()[-1]):
        return None
    return Cue(unit.text[span[0] : span[1]], k * UNIT + span[0], qs - span[1], verb="by")


def passive_agent(unit: Unit, k: int, sent: int, qs: int, qe: int, end: int) -> Optional[Cue]:
    """The named agent of a naming verb in the passive: "This has been
    called “...” by Jane Roe, a professor", "She was “careless,” as
    described by Director Jane Roe". "By critics" names nobody."""
    text = unit.masked
    while (joined := _JOINED_BEFORE_RE.search(text, sent, qs)) is not None:
        qs = joined.start()
    if (joined := _JOINED_AFTER_RE.match(text, qe, end)) is not None:
        qe = joined.end()
    m = _BY_AFTER_RE.match(text, qe, end) if _PASSIVE_BEFORE_RE.search(text, sent, qs) else None
    if m is None:
        m = _AS_BY_RE.search(text, qe, end)
        if m is None or MASK in text[qe : m.start()]:
            return None
    span = np_after(text, m.end(), end)
    # "by the High Court": a body's name after "the" counts too; "by local
    # MP Ivo Marsh": lower-case roles before a name too
    if span is None or not (capitalised(re.sub(r"^[Tt]he\s+", "", text[span[0] : span[1]]).split()[0]) or capitalised(text[span[0] : span[1]].split()[-1])):
        return None
    return Cue(unit.text[span[0] : span[1]], k * UNIT + span[0], span[0] - qe, verb="by")


# The most characters an opening clause may run on past its quotation.
_CLAUSE_TAIL = 60


def opening_participle_cue(unit: Unit, k: int, sent: int, qs: int, qe: int, end: int) -> Optional[Cue]:
    """"Conceding that the plan “...,” Roe backed it anyway": a quotation
    in the speech participle's clause that opens its sentence is spoken by
    the subject of the main clause after it, a person named or he or she."""
    toks = tokens(unit.masked, sent, qs)
    if not toks or not toks[0][2][:1].isupper():
        return None
    # "Again insisting that ...", "Repeatedly calling ...": adverbs before the participle
    while len(toks) > 1 and (opening_adverb(toks[0][2]) or verb_adverb(toks[0][2])):
        toks = toks[1:]
    if toks[0][2].lower() not in PARTICIPLES | CALL_PARTICIPLES:
        return None
    if any(t[2] in {",", ";", ":", "(", "\u2014"} for t in toks[1:]):
        return None  # the opening clause ended before the quotation
    rest = unit.masked[qe:end].lstrip(MARKS + " \u00a0")
    start = end - len(rest)
    if rest.startswith(","):
        start += 1
    elif not unit.text[qs:qe].rstrip(MARKS + " \u00a0").endswith(","):
        # "Saying he was “...” by the remarks, Roe replied": the clause may
        # go on a few words past the quotation to its comma.
        comma = rest.find(",")
        if comma < 0 or comma > _CLAUSE_TAIL or any(c in rest[:comma] for c in MASK + ";:"):
            return None  # the quotation does not close the opening clause
        start += comma + 1
    span = sentence_subject(unit.masked, start, end)
    if span is None:
        return None
    printed = person_printed(unit.text[span[0] : span[1]])
    if printed is None and (named := appositive_name(tokens(unit.masked, span[0], end), 0)) is not None:
        # "Praising their “...”, the new union leader, Jane Roe, said": the name set off after the description
        span = named
        printed = person_printed(unit.text[span[0] : span[1]])
    if printed is None and looks_like_org(unit.text[span[0] : span[1]]):
        printed = unit.text[span[0] : span[1]]  # "Stating that “...,” the Tallow High Court rejected it": a body (the caller asks that it be named)
    return Cue(printed, k * UNIT + span[0], span[0] - qs) if printed is not None else None


def opinion_holder_cue(unit: Unit, k: int, sent: int, qs: int) -> Optional[Cue]:
    """"To Ana Roe, the plan is “a step back”": a sentence that opens by
    naming whose view it gives, with the quotation after that comma, gives
    that person's words."""
    span = viewpoint_holder(unit.masked, sent, qs)
    if span is None or person_printed(unit.text[span[0] : span[1]]) is None:
        return None
    return Cue(unit.text[span[0] : span[1]], k * UNIT + span[0], qs - span[1])


def subject_cue(unit: Unit, k: int, sent: int, qs: int) -> Optional[Cue]:
    """A quotation inside a sentence about a person, with no speech verb:
    "Okafor thanked the crew for “...”", "Reyes mocked his rival as
    “...”", "Lindqvist joked ..., but went on to say, “...”". The
    sentence's subject speaks when it is a person (a name, or he or she)
    and a verb stands between it and the quotation; a body, a plural or a
    description speaks nothing here."""
    pre = unit.masked[sent:qs]
    if not pre.strip() or pre.lstrip()[:1] == MASK:
        return None
    sent = last_clause(unit.masked, sent, qs)
    span = with_clause_subject(unit.masked, sent, qs) or subject_past_openers(unit.masked, sent, qs)
    if span is None or span[1] > qs:
        return None
    printed = person_printed(unit.text[span[0] : span[1]])
    if printed is None:
        return None
    between = tokens(unit.masked, span[1], qs)
    if not any(w.isalpha() and w.islower() and w not in FUNCTION_WORDS for _, _, w in between):
        return None
    words = [w.lower() for _, _, w in between]
    if any(naming_in_passive(words, n, adverb=False) for n in range(len(words))):
        # "Roe has been branded “...”": the words of whoever branded her;
        # "X's letter was widely ridiculed for its claim that “...”" stays X's.
        return None
    return Cue(printed, k * UNIT + span[0], qs - span[1])


_OPENING_VERB_FORMS = (AUXILIARIES | BE_FORMS) - {"be", "been", "being"}


def _opens_with_verb(text: str) -> bool:
    """The quotation's first word is a finite verb: an auxiliary, a past
    tense or a verb in the third person ("estimates", "has", "could")."""
    # "categorically rejected": an adverb may open it before the verb
    m = re.match(r"[ \u00a0]*(?:[a-z]{3,}ly[ \u00a0]+)?([a-z]+)\b", text)
    if m is None:
        return False
    word = m.group(1)
    return word in _OPENING_VERB_FORMS or finite_verb(word) or (len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ics")))


def subject_before_quoted_verb(unit: Unit, k: int, sent: int, qs: int, text: str) -> Optional[Cue]:
    """A sentence whose subject is a person's name or "he"/"she", printed
    right before a quotation that opens with the verb ('Mr Roe “estimates
    that a levy could raise ...”', 'She “has no plans to stand down”'):
    the quotation is the subject's own words. None for any other shape."""
    toks = [t for t in tokens(unit.masked, sent, qs) if t[2] not in {",", "\u2014", "\u2013"}]
    while toks and toks[0][2].lower() in CONJUNCTIONS:
        toks = toks[1:]  # "But Mr Roe “...”"
    if not toks or not _opens_with_verb(text) or any(MASK in t[2] for t in toks):
        return None
    toks = _before_time_and_initials(toks)  # "The Tallow Alliance (TA) on Tuesday “flatly rejected”"
    body = unit.text[toks[0][0] : toks[-1][1]] if toks else ""
    if toks and len(text.split()) <= 3 and looks_like_org(body) and all(capitalised(t[2]) or t[2].lower() in {"of", "for", "and"} for t in toks):
        # A body's name, whole, before a short quoted verb ("“flatly rejected”"): a longer
        # quotation there is most often a report's words about the body.
        return Cue(body, k * UNIT + toks[0][0], qs - toks[-1][1])
    if not toks or not (capitalised(toks[-1][2]) or (len(toks) == 1 and toks[0][2].lower() in {"he", "she"})) or is_possessive(toks[-1][2]):
        return None  # "Roe's “excesses” are ...": a noun the possessor's
    if not all(capitalised(t[2]) or (t[2].isalpha() and t[2].islower() and t[2] not in FUNCTION_WORDS and not finite_verb(t[2])) for t in toks):
        return None  # a verb or a phrase before the quotation: some other sentence
    printed = person_printed(unit.text[toks[0][0] : toks[-1][1]])
    if printed is None:
        return None
    at = unit.text.index(printed, toks[0][0]) if printed in unit.text[toks[0][0] : toks[-1][1]] else toks[0][0]
    return Cue(printed, k * UNIT + at, qs - toks[-1][1])


def _before_time_and_initials(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tokens without a closing time ("on Tuesday", "Tuesday") and a
    body's initials in brackets ("(TA)") between a subject and its verb."""
    if len(toks) > 1 and toks[-1][2].lower() in WEEKDAYS:
        toks = toks[:-2] if len(toks) > 2 and toks[-2][2] == "on" else toks[:-1]
    if len(toks) > 3 and toks[-1][2] == ")" and toks[-3][2] == "(" and is_acronym(toks[-2][2]):
        toks = toks[:-3]
    return toks
