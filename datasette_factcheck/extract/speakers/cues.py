"""Where an article says who spoke a quotation: the attribution phrase
before or after it in its own sentence. The sentences and paragraphs
around it are read in ``around``; a page's layout (headlines,
signatures, transcript labels) in ``layout``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .lexicon import ADDRESSEE_VERBS, ADVERBS, AUXILIARIES, BE_FORMS, CALL_PARTICIPLES, CALL_VERBS, DETERMINERS, EPITHET_HEADS, FUNCTION_WORDS, MASK, OBLIQUE, PARTICIPLES, POSSESSIVE_PRONOUNS, PRONOUNS, RELATIVE_WHO_RE, ROLE_ING, SPEECH_VERBS, TITLE_WORDS, URGING_VERBS
from .descriptors import described_lead, described_name, described_name_before_aside, former_of, portfolio_before_name, indefinite_after, indefinite_np, indefinite_subject, without_affiliation
from .names import bare_word, capitalised, clean_name, is_acronym, is_title_word, looks_like_org, plural_role_noun, role_noun
from .cuenames import body_then_name_at, personal
from .placetags import compass_word, places_listed
from .joinednames import joined_after
from .documents import CLAIM_BY_RE, STATEMENT_FROM_RE, document_issuer_at, document_noun, document_of_kind, document_owner_pronoun, issued_document_at, owned_document, issuer_follows
from .reported import thing_in_reported_clause
from .given_names import is_given_name
from .apposition import appositive_name, body_set_off_before, unit_of_body, name_after_role_of, name_set_off_before
from .phrases import np_after, np_before
from .setoff import name_after_addressee
from .titleruns import office_and_place, office_of_place_at, placed_title, title_before_portfolio
from .wordforms import AGE_RE, before_auxiliary, month_alone, month_name, naming_in_passive, numbered_ordinal, verb_adverb
from .infinitives import infinitive_verbs, purpose_subject
from .whoclauses import named_before_who, subject_before_who_clause, which_clause_subject
from .subjects import body_before_role, joined_verb_subject, subordinate_clause_subject, clause_subject, first_verb_subject, gerund_subject, main_clause_start, name_before_participle, with_clause_subject, subject_before_aside, inverted_after_comma, quoted_as, subject_before_appositive, subject_before_thing_name, subject_past_openers
from .subjectshapes import gerund_object, possessed_np
from .speechverbs import CONTINUE_FORMS, after_preposition, as_complement_verb, possessed_gerund_as, speech_verbs
from .text import MARKS, UNIT, Unit, quotation_opens_sentence, sentence_of, tokens


@dataclass
class Cue:
    printed: str
    pos: int  # global position of the phrase
    distance: int
    resolvable: bool = True
    verb: Optional[str] = None  # the cue word as printed, for a cue in the quotation's own sentence


_ROLE_JOINERS = frozenset({"of", "for", "in"})
# Words that put a noun phrase inside someone's description ("a spokesman
# for X", "a farmer near X"): X is not the one who speaks.
_PLACING = frozenset(OBLIQUE - {"and"}) | {"near"}
_CANDIDACY = frozenset({"candidate", "nominee", "hopeful", "contender", "challenger"})
# Prepositions whose object a following ", who said" makes the speaker, when
# no role ("a spokesman for X, who said") stands before them.
_WHO_AFTER = frozenset({"to", "from", "with", "against", "about", "on", "for", "at"})
# What may stand between such a name and ", who": where the person is from,
# and an age ("X of Tallow, who said", "Roe, 63, who told").
_OF_PLACE_RE = re.compile(r"(?:[ \u00a0]+(?:of|from)(?:[ \u00a0]+the)?(?:[ \u00a0]+[A-Z][\w.'’-]*)+)?(?:[ \u00a0]*,[ \u00a0]*\d{1,3}(?=[ \u00a0]*,))?")
_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i"}


_GO_ON = {"went on", "goes on"}
_INFINITIVE_QUOTED_RE = re.compile(r"\s*[\"“‘']to\s")
_WORD_AFTER_RE = re.compile(r"\s+([a-z]+)\b")
_ASKED_BY_RE = re.compile(r"\s+by\s+")
_PASSIVE_TELLING = frozenset({"asked", "told", "warned", "reminded", "assured", "announced", "confirmed", "revealed", "disclosed", "stated", "written", "posted", "tweeted"})
# Words between the subject and its speech verb that are not a noun phrase:
# an auxiliary ("X had said,") or the "to" of an infinitive ("X went on to
# say,"); not for "call", which takes an object ("X has called on ...").
_BEFORE_VERB = {"to"} | AUXILIARIES


def _subject_of_verb_chain(text: str, sent: int, prev: list[tuple[int, int, str]]) -> Optional[tuple[int, int]]:
    """The noun phrase before a short run of lower-case words ending in
    an auxiliary or "to" ("Jane Roe went on to", "Mr. Roe, asked about
    it, had"), which lead to the speech verb."""
    i = len(prev) - 1
    while i > 0 and len(prev) - i < 6 and prev[i - 1][2].isalpha() and prev[i - 1][2].islower():
        if role_noun(prev[i - 1][2]) or (i > 1 and prev[i - 2][2].lower() in {"the", "a", "an"}):
            break  # "The (shop) chairman went on to": a role or the word after the article heads the subject
        if i > 1 and plural_role_noun(prev[i - 1][2]) and capitalised(prev[i - 2][2]):
            return None  # "Roe supporters dislike it but have said": a group, not Roe
        if prev[i - 1][2] in {"he", "she", "they", "we"}:
            return prev[i - 1][0], prev[i - 1][1]  # "Giving details she went on to say": the pronoun is the subject
        i -= 1
    return np_before(text, sent, prev[i][0])


_COMPARING = frozenset({"compared", "compares", "likened", "likens", "equated", "equates"})


def _bare_comparison(toks: list[tuple[int, int, str]], n: int) -> bool:
    """"Talk compared to “...”", "sales compared with": a comparison with no
    object is a preposition or a passive, and nobody's characterisation."""
    return toks[n][2].lower() in _COMPARING and n + 1 < len(toks) and toks[n + 1][2].lower() in {"to", "with"}


def before_cue(unit: Unit, k: int, sent: int, qs: int, call_verbs: bool = False) -> Optional[Cue]:
    text = unit.masked
    window = text[sent:qs][-160:]
    m = STATEMENT_FROM_RE.search(window)
    # the cue word: the document's verb ("the statement said"), or a claim's noun
    verb = m.group(0).split()[-1].strip(":,") if m is not None else None
    m = m or CLAIM_BY_RE.search(window)
    if m is not None:
        base = qs - len(window)
        a, b = base + m.start(1), base + m.end(1)
        return Cue(unit.text[a:b], k * UNIT + a, qs - b, verb=verb or m.group(0).split()[0])
    verbs = list(speech_verbs(text, sent, qs))
    calling = CALL_VERBS  # verbs whose object the quotation describes
    if call_verbs:
        # Only with the quotation itself as the object: "X called it “...”".
        toks = tokens(text, sent, qs)
        # "the accused had ...": after a determiner the word is a noun.
        verbs += [
            (s, e, w.lower()) for n, (s, e, w) in enumerate(toks)
            if w.lower() in CALL_VERBS and w[0].islower() and (n == 0 or (toks[n - 1][2].lower() not in DETERMINERS and not after_preposition(toks[n - 1][2], w)))
            and not _bare_comparison(toks, n) and not naming_in_passive([t[2].lower() for t in toks], n)
        ]
        verbs += infinitive_verbs(text, sent, toks, CALL_VERBS | SPEECH_VERBS, verbs)  # "took to the radio to call her “...”"
        if not verbs and (regarding := as_complement_verb(toks)) is not None:
            verbs.append((regarding[0], regarding[1], regarding[2].lower()))
            calling = {regarding[2].lower()}
    verbs.sort()
    if len(verbs) > 1 and verbs[-1][2] in _GO_ON and (after := _WORD_AFTER_RE.match(text, verbs[-1][1])) and after.group(1) not in FUNCTION_WORDS:
        # "X warned that if the union goes on strike, “...”": "go on" with
        # a bare noun after it is no speech verb when another one precedes.
        verbs.pop()
    if len(verbs) > 1 and verbs[-1][2] in CONTINUE_FORMS and _INFINITIVE_QUOTED_RE.match(unit.text, verbs[-1][1]):
        verbs.pop()  # "X said the firm continues “to talk ...”": "continue to", no speech
    while len(verbs) > 1 and _agentless_passive(text, sent, verbs[-1][0], verbs[-1][1]):
        verbs.pop()  # "X said the attack took place at two, but was only reported now": no one reports
    while len(verbs) > 1 and thing_in_reported_clause(tokens(text, sent, verbs[-1][0])):
        verbs.pop()  # "X said in its newsletter that the sales underlined “...”": X speaks, not the sales
    while len(verbs) > 1 and possessed_gerund_as(text, sent, verbs[-1], qs) and any(v[2] in CALL_VERBS for v in verbs[:-1]):
        verbs.pop()  # "X described Roe's asking about it as “...”": the gerund is X's object
    if not verbs:
        return None
    vs, ve, word = verbs[-1]
    with_subject: Optional[tuple[int, int]] = None
    agent: Optional[tuple[int, int]] = None
    if word == "according to":
        span = _author_of(text, np_after(text, ve, qs), qs)
    elif word == "saying" and (quoted := quoted_as(text, sent, vs)) is not None:
        # "The Gazette quoted Mayor X as saying ...", "X was quoted in the
        # Gazette as saying ...": the one quoted speaks.
        span, named = quoted
        if not named:
            return Cue(unit.text[span[0] : span[1]], k * UNIT + span[0], qs - ve, resolvable=False, verb="quoted")
    elif word in _PASSIVE_TELLING and (by := _ASKED_BY_RE.match(text, ve, qs)) and _be_before(text, sent, vs):
        # "X was asked by host Jane Roe, “...?”", "the court was told by Ana
        # Roe, prosecuting, that it was “...”": the one asking or telling speaks.
        span = agent = np_after(text, by.end(), qs)
        if span is None:
            return Cue(unit.text[by.end() : qs].strip(" ,:"), k * UNIT + by.end(), qs - ve, resolvable=False, verb=word)
    elif word in PARTICIPLES or word in CALL_PARTICIPLES:
        if (group := _UNNAMED_WITH_RE.search(text, sent, vs)) is not None:  # "..., with inspectors describing it as “...”": unnamed
            return Cue(unit.text[group.start(1) : group.end(1)], k * UNIT + group.start(1), qs - ve, resolvable=False, verb=word)
        span = with_subject = name_before_participle(text, sent, vs) or with_clause_subject(text, sent, ve)
        if span is None and (issued := issued_document_at(text, sent, vs)) is not None:
            span = np_before(text, sent, issued)  # "Last year X put out a letter declaring"
            if span is not None and joined_after(text, sent, span):
                span = None  # "X and Y issued a joint statement": no one speaker
        if span is None:
            span = with_subject = gerund_object(text, sent, vs)
        if span is None:
            span = _speaker_of_participle(text, sent, verbs) or gerund_subject(text, sent, vs)
            if span is None:
                # "Stations called it, and Roe weighed in, saying ...": the last clause's subject
                span = subordinate_clause_subject(text, sent, vs) or subject_past_openers(text, main_clause_start(text, sent, vs), vs) or subject_past_openers(text, sent, vs)
                span = possessed_np(text, span, vs) if span is not None else None
                if span is not None and (set_off := appositive_name(lead := tokens(text, span[0], vs), 0)) is not None:
                    # "X's Managing Director, Ana Roe, said ..., branding it": the name set off after a title
                    titled = text[span[0] : set_off[0]].rstrip(" ,")  # "House Speaker Ana Roe, R-Tallow,": she is named already
                    span = set_off if any(is_title_word(t[2]) for t in lead if t[1] <= set_off[0]) and not personal(titled) else span
        if span is not None and (unnamed_np := indefinite_np(text, sent, span[1])) is not None:  # "Another judge ..., saying “...”"
            return Cue(unit.text[unnamed_np[0] : unnamed_np[1]], k * UNIT + unnamed_np[0], qs - ve, resolvable=False, verb=word)
    else:
        prev = tokens(text, sent, vs)
        unnamed = _unnamed_subject(unit, k, prev, vs, ve, qs)
        if unnamed is not None:
            return unnamed
        infinitive = bool(prev) and prev[-1][2] == "to" and text[vs:ve].lower() != word
        with_subject = purpose_subject(text, sent, prev[-1][0]) if infinitive else None  # "X took to the radio to call"
        span = with_subject if infinitive else (
            named_before_who(unit.text, text, sent, vs)
            or subject_before_who_clause(unit.text, text, sent, vs)
            or which_clause_subject(text, prev, vs)
            or joined_verb_subject(text, prev, sent, vs)
            or inverted_after_comma(text, prev, word, ve, qs)
            or first_verb_subject(text, sent, prev, word, ve, qs)
            or subject_before_aside(text, sent, prev)
            or np_before(text, sent, vs)
        )
        if span is not None:
            span = title_before_portfolio(text, sent, subject_before_appositive(text, sent, span, vs) or span)
        # "X, a teacher, told Radio Tallow, the town's station, that ...": a verb of
        # telling has its hearer after it, never an inserted speaker.
        inserted = _inserted_attribution(unit, text, prev, ve, qs) if word not in calling and word.lower() not in ADDRESSEE_VERBS else None
        if inserted is not None:
            span = inserted
        if span is None and prev and prev[-1][2] in _BEFORE_VERB and word not in calling:
            span = _subject_of_verb_chain(text, sent, prev)
        if span is None and prev and prev[-1][2].lower() in {"and", "but", "or", "then", ","} and len(verbs) > 1:
            # "X said he welcomed it and added, “...”", "which X branded “...” and vowed":
            # verbs joined by "and" share the subject of the first, a verb of naming too.
            pvs, _, pword = verbs[-2]
            if pword not in PARTICIPLES and pword not in CALL_PARTICIPLES and pword != "according to":
                span = np_before(text, sent, pvs)
        while prev and verb_adverb(prev[-1][2]):
            prev.pop()  # "X backed Y, but now said"
        if span is None and (not prev or prev[-1][2].lower() in {"and", "but", "or", "then", ","}):
            # "However Roe disagreed and said:": a connective with no comma may open the sentence
            span = (clause_subject(text, prev, vs) if prev and prev[-1][2].lower() == "and" else None) or subject_past_openers(text, sent, vs)
        # "Town leaders have warned Tallow cuts will ...": a verb with its own subject inverts nothing
        own = subject_past_openers(text, sent, vs) if span is None and prev else None
        if span is None and (own is None or not all(w.lower() in AUXILIARIES or verb_adverb(w) for w in text[own[1] : vs].split())) and word not in ADDRESSEE_VERBS | URGING_VERBS and word not in calling:
            # "said Mr X: “...”"; after "accused", "called" or "urged" the
            # noun phrase is the one accused, called or urged, never the speaker.
            span = np_after(text, ve, qs)
            following = tokens(text, span[1], qs)[:1] if span is not None and text[span[0] : span[1]].lower() not in PRONOUNS else []
            if following and (following[0][2] in BE_FORMS or following[0][2] in AUXILIARIES):
                # "and said Roe was “too slow”": the subject of what was said
                # ("said he was" is most often the speaker himself, left as it was)
                span = None
    if span is None:
        return None
    prev = tokens(text, max(sent, span[0] - 30), span[0])
    # "after Roe said": "after" and "before" open a clause whose subject is
    # the name before the verb, not a phrase inside a description.
    # ("after the Tallow court said", "after party leader Ana Roe said": a name may close descriptors)
    clause = prev and prev[-1][2].lower() in {"after", "before"} and capitalised(text[span[0] : span[1]].split()[-1]) and span[1] <= vs
    clause = clause or span == with_subject or span == agent
    # "raised by X, who said": the name is the subject of the relative
    # clause; not in "a spokesman for X, who said", where the spokesman may be.
    # "the blessing of X, who told ...", "took advice from X, who said ...": after a
    # thing or a verb, not a person's role, X too; and "some senators, including X,
    # who told ...": a member of the group named.
    from_place = _OF_PLACE_RE.match(text, span[1], vs)  # "X of Tallow, who said", "X, 63, who said"
    who = RELATIVE_WHO_RE.match(text, from_place.end() if from_place is not None else span[1], vs)
    clause = clause or (
        who is not None
        and bool(prev)
        and (
            prev[-1][2].lower() in {"by", "including", "like"}
            or (len(prev) > 1 and prev[-1][2].lower() == "of" and prev[-2][2].isalpha() and prev[-2][2].islower()
                and not any(role_noun(t[2]) or is_title_word(t[2]) for t in prev[-5:-1]))
            # "took a cue from X, who said:": the clause's own verb, not one after an aside
            or (len(prev) > 1 and prev[-1][2].lower() in _WHO_AFTER and prev[-2][2].isalpha() and prev[-2][2].islower()
                and "," not in text[who.end() : vs] and not role_noun(prev[-2][2]) and not is_title_word(prev[-2][2]))
        )
    )
    # "condemned by the Harbour Chamber, which said", "sold to the Tallow
    # Group, which claimed": "which" right before the verb stands for the
    # body just named, whatever word puts it in the sentence (not a place:
    # "a port in Wessex, which said" is the port).
    clause = clause or (_WHICH_SUBJECT_RE.fullmatch(text, span[1], vs) is not None and looks_like_org(text[span[0] : span[1]]))
    # ", citing X, said": the object of a participle set off by commas.
    participle = len(prev) > 1 and prev[-2][2] == "," and prev[-1][2].islower() and prev[-1][2].endswith("ing") and prev[-1][2] not in ROLE_ING
    # "Opposition spokesman on transport Jane Roe described": a title's
    # portfolio before a name is no phrase the name sits inside.
    portfolio = portfolio_before_name([t[2] for t in prev], unit.text[span[0] : span[1]])
    # "Party Leader in Tallow Jane Roe said": a capitalised title's place, then the holder.
    # "MEC for Health Ana Roe said": a title in capitals may be its initials.
    # "Assistant Head of Fleet at TVAS Jane Roe said": a role at a body, then its holder.
    role_at = bool(prev) and prev[-1][2] == "at" and any(role_noun(t[2]) or is_title_word(t[2]) for t in prev[-6:-1])
    if len(prev) > 1 and (role_at or (prev[-1][2] in {"of", "for"} or placed_title(prev, len(prev))) and (role_noun(prev[-2][2]) or is_title_word(prev[-2][2]) or is_acronym(prev[-2][2]))):
        # "The head of the union Jane Roe said": the role's holder, named
        # after the body without a comma, speaks.
        held = tokens(text, prev[-1][0], span[1])
        given = name_after_role_of(held, 0, _ROLE_JOINERS | {"at"})
        if given is not None:
            span, prev = (held[given][0], span[1]), []
    member = member_after_body(text, span) if prev else None
    if member is not None:
        span, prev = member, []
    body_title = body_before_role(text, sent, span)
    owner = subject_before_thing_name(text, sent, span)
    # "a protester from north Tallow said": the part of a region stands between "from" and the place
    before_place = (prev[-2] if len(prev) > 1 and compass_word(prev[-1][2]) else prev[-1])[2].lower() if prev else ""
    if owner is not None:
        span = owner  # "Jane Roe, the editor of the weekly paper, the Gazette, said"
    elif body_title is not None:
        span = body_title  # "Islanders for Justice executive director Jane Roe said"
    elif (
        prev
        and (before_place in _PLACING or participle)
        and word != "according to"
        and not clause
        and not portfolio
        and not issuer_follows(text[sent : span[0]])  # "A message from X said": X speaks through it
        and not (len(prev) > 1 and prev[-1][2] == "for" and prev[-2][2] in _CANDIDACY)  # "candidate for Tallow Mayor X said": X runs
        # "X resigned after she told ...": the subject of a clause after the main one
        and not (len(prev) > 1 and text[span[0] : span[1]].lower() in _SUBJECT_PRONOUNS)
    ):
        # "A spokesman for the Ministry said": the speaker is the unnamed
        # spokesman, not the noun phrase inside his description; "the
        # Storms Laboratory of the Weather Service explains": the unit.
        unit_of = unit_of_body(tokens(text, max(sent, span[0] - 80), span[1]))
        if unit_of is not None:
            return Cue(unit.text[unit_of[0] : unit_of[1]], k * UNIT + unit_of[0], qs - ve, verb=unit.text[vs:ve])
        return Cue(unit.text[span[0] : span[1]], k * UNIT + span[0], qs - ve, resolvable=False, verb=unit.text[vs:ve])
    return Cue(unit.text[span[0] : span[1]], k * UNIT + span[0], qs - ve, verb=unit.text[vs:ve])


# A definite description that a relative clause follows ("the minister who
# toured the quarry"), ending in its head noun.
_DEFINED_BY_CLAUSE_RE = re.compile(r"([Tt]he\s+(?:[\w'’-]+\s+){0,2}?([a-z][\w'’-]*))\s+who\s+\S")
_WHICH_SUBJECT_RE = re.compile(r"[ \u00a0]*,[ \u00a0]*which(?:[ \u00a0]+(?:also|later|then|now|had|has|[a-z]+ly))?[ \u00a0]*")


# Speech verbs in the plural present: "Critics say", "Analysts warn".
_PLURAL_PRESENT = {"say", "tell", "argue", "insist", "claim", "warn", "believe", "fear", "agree", "complain", "note", "write"}
_PLURAL_AUXILIARIES = {"are", "were", "have"}


def plural_subject(printed: str, verb: Optional[str], text: str = "", at: int = 0) -> bool:
    """A one-word plural before a speech verb in the plural present
    ("Critics say", "Residents complain") or after a plural auxiliary
    ("Aides have suggested", "Groups opposing the bill are calling" in
    ``text``, the subject printed at ``at``): a group, never one person,
    whatever the article prints elsewhere."""
    words = printed.split()
    if len(words) != 1 or not words[0].lower().endswith("s") or is_given_name(words[0]):
        return False
    if (verb or "").lower() in _PLURAL_PRESENT:
        return True
    v = text.find(verb, at + len(printed)) if verb and text else -1
    before = [w for w in text[at + len(printed) : v].split() if not verb_adverb(w)] if v > 0 else []
    return bool(before) and before[-1] in _PLURAL_AUXILIARIES


def _agentless_passive(text: str, sent: int, vs: int, ve: int) -> bool:
    """The speech verb at ``vs`` is a passive with no "by" after it ("was only
    reported"; "has been calling" is active): it names no speaker."""
    words = [w.lower() for w in text[max(sent, vs - 40) : vs].split()][-3:]
    while words and words[-1] not in BE_FORMS and (words[-1] in ADVERBS or words[-1] in {"only", "just", "not", "also", "now", "since"}):
        words.pop()
    return bool(words) and words[-1] in BE_FORMS and not text[vs:ve].lower().endswith("ing") and not _ASKED_BY_RE.match(text, ve)


def _be_before(text: str, sent: int, vs: int) -> bool:
    """A form of "be" right before the verb at ``vs`` ("X was asked"): a passive."""
    words = text[sent:vs].split()
    return bool(words) and words[-1].lower() in BE_FORMS


def _unnamed_subject(unit: Unit, k: int, prev: list[tuple[int, int, str]], vs: int, ve: int, qs: int) -> Optional[Cue]:
    """"One union source said", "Reyes, a senior aide said,", "which an
    internal review said": an indefinite description is the verb's
    subject, someone the text does not name; no name elsewhere in the
    sentence speaks instead."""
    found = indefinite_subject(prev)
    if found is None:
        # "As X attacked Y, the attendees chanted, “...”": a definite
        # description is the subject too; it resolves like any other ("the
        # senator" to the senator the article named, "the crowd" to no one).
        definite = indefinite_subject(prev, _DEFINITE)
        if definite is None:
            return None
        d, head = definite
        return Cue(unit.text[prev[d][0] : prev[head][1]], k * UNIT + prev[d][0], qs - ve, verb=unit.text[vs:ve])
    d, head = found
    opening = unit.text[qs : qs + 3].lstrip(MARKS + " \u00a0")[:1]
    if (
        d >= 2
        and prev[d - 1][2] == ","
        and not unit.text[ve:qs].strip(" \u00a0,:")
        and opening.isupper()
        and all(capitalised(t[2]) for t in prev[: d - 1])
    ):
        # "Ana Roe, a cook says, “It ...”": a name opens the sentence, the
        # description only tells who she is, and a quotation of its own
        # follows the verb (unlike "Reyes, a senior aide said, “is sure”").
        printed = unit.text[prev[0][0] : prev[d - 2][1]]
        if personal(printed):
            return Cue(printed, k * UNIT + prev[0][0], qs - ve, verb=unit.text[vs:ve])
    printed = unit.text[prev[d][0] : prev[head][1]]
    # "A terse ministry statement noted": a document of a kind of body speaks for that body.
    return Cue(printed, k * UNIT + prev[d][0], qs - ve, resolvable=document_of_kind(printed) is not None, verb=unit.text[vs:ve])


_DEFINITE = frozenset({"the"})



def _speaker_of_participle(text: str, sent: int, verbs: list[tuple[int, int, str]]) -> Optional[tuple[int, int]]:
    """"..., X said, adding, “...”", "X said Tuesday in Paris, noting
    ...": a participle right after a speech verb and its comma speaks for
    that verb's subject, not for the sentence's first noun phrase."""
    if len(verbs) < 2:
        return None
    pvs, pve, pword = verbs[-2]
    vs = verbs[-1][0]
    if pword in PARTICIPLES or pword in CALL_PARTICIPLES or pword == "according to":
        return None
    between = text[pve:vs].strip()
    if not between.endswith(",") or MASK in between:
        return None
    if (described := subject_before_who_clause(text, text, sent, pvs)) is not None:
        return described  # "the veteran MP who lost ten seats to X said ..., pledging"
    span = np_before(text, sent, pvs)
    if len(between.split()) > 6:
        # "Her sister Ana Roe said the boy had sailed there for years, adding:": the opening subject goes on
        if span is None or text[span[1] : pvs].strip():  # no subject right before the verb
            return None
        opening = len(lead := text[sent : span[0]].split()) <= 3 and all(w.islower() or w.lower() in POSSESSIVE_PRONOUNS or w.lower() in {"the", "a", "an"} for w in lead)
        return span if opening and (pword in {"said", "says", "told", "tells"} or pword.endswith("ed")) else None
    inverted = np_after(text, pve, vs) if span is None else None  # "“...,” said Roe, adding that"
    return inverted if inverted is not None and not text[inverted[1] : vs].strip(" ,") else span


def _inserted_attribution(unit: Unit, text: str, prev: list[tuple[int, int, str]], ve: int, qs: int) -> Optional[tuple[int, int]]:
    """"The trouble with Y, says Jane Roe, a historian, is that ...": an
    attribution set off by commas inside the sentence it reports; the name
    after the verb speaks, not the noun phrase before it."""
    if len(prev) < 2 or prev[-1][2] != "," or verb_adverb(prev[-2][2]):
        return None
    span = np_after(text, ve, qs)
    if span is None or text[span[1] : span[1] + 1] != "," or not personal(unit.text[span[0] : span[1]]):
        return None
    return span


def _author_of(text: str, span: Optional[tuple[int, int]], end: int) -> Optional[tuple[int, int]]:
    """"according to a court filing written by Jane Roe": the one a
    document is by, when the text names them after it."""
    if span is None:
        return None
    toks = tokens(text, span[1], min(end, span[1] + 60))
    for n in range(min(3, len(toks) - 1)):
        word = toks[n][2]
        if word == "by" and n > 0 and toks[n - 1][2].islower() and toks[n - 1][2].endswith(("ed", "en")):
            author = np_after(text, toks[n][1], end)
            return author if author is not None and capitalised(text[author[0] : author[1]].split()[-1]) else span
        if not word.isalpha() or not word.islower():
            break
    return span


_UNNAMED_WITH_RE = re.compile(r",[ \u00a0]+with[ \u00a0]+((?:[a-z]+[ \u00a0]+){0,2}[a-z]+s)[ \u00a0]+$")
_PAREN_RE = re.compile(r"\([^()]{1,16}\)")
RELATIVE_ASIDE_RE = re.compile(r",\s+(?:who|whose)\s[^,]{1,120},\s*$")  # ", who farms nearby," before a verb
_ASIDE_RE = re.compile(r",\s+[^,]{1,120},\s*$")


def _aside_quotes_unmasked(pre: str) -> Optional[str]:
    """``pre`` with the quotations inside an aside between commas turned
    into plain words ("“...,” Jane Roe, wearing “Vote Roe” pins, said"), or
    None when a quotation stands anywhere else (the subject, the last group
    before the verb): there it is a sentence of its own, not a description."""
    body = pre.rstrip(" \u00a0")
    if body.endswith(MASK):
        # "..., who calls herself “the last optimist,” said": the comma that
        # closes the aside is inside the quotation marks.
        body = body[:-1] + ","
    groups = body.split(",")
    lead = 1 if not groups[0].strip(" \u00a0—–-") else 0
    inner = range(lead + 1, len(groups) - 1)
    if len(groups) - lead < 3 or any(MASK in groups[g] for g in range(len(groups)) if g not in inner):
        return None
    if not groups[lead].split() or not capitalised(groups[lead].split()[-1]):
        return None
    return (body + pre[len(body) :]).replace(MASK, "x")


def _participle_aside_subject(unit: Unit, qe: int) -> Optional[tuple[int, int]]:
    """"Ms. Roe, citing “...,” said the plan ...": a quotation that is the
    object of a participle set off after the subject is the subject's, not
    the verb's after it (which reports a clause). The span of that subject."""
    text = unit.masked
    lo, _ = sentence_of(unit, max(0, qe - 1))
    qs = text.find(MASK, lo, qe)
    if qs < 0:
        return None
    toks = tokens(text, lo, len(text[:qs].rstrip(MARKS + " \u00a0")))
    if len(toks) < 3 or toks[-2][2] != "," or not (toks[-1][2].islower() and toks[-1][2].endswith("ing")):
        return None
    span = np_before(text, lo, toks[-2][0])
    if span is None or span[0] != toks[0][0] or not personal(unit.text[span[0] : span[1]]):
        return None
    return span


# "was quoted to have", "is reported as having", "was said to have": the
# passive that reports a subject's words, between the subject and the verb.
_RAISED_RE = re.compile(
    r"[\s\u00a0]+(?:was|were|is|are|has\s+been|had\s+been)[\s\u00a0]+(?:quoted|reported|said|understood|believed)[\s\u00a0]+(?:to[\s\u00a0]+have|as[\s\u00a0]+having|as)[\s\u00a0]*$"
)


def after_cue(unit: Unit, k: int, qe: int, end: int) -> Optional[Cue]:
    text = unit.masked
    for vs, ve, word in sorted(speech_verbs(text, qe, end)):  # the nearest verb first, of one word or more
        raised = _RAISED_RE.search(text, qe, vs) if word not in PARTICIPLES else None
        if raised is not None:
            vs = raised.start()  # "“...,” the envoy was reported to have said": the subject before the passive
        pre = text[qe:vs]
        if MASK in pre and word not in PARTICIPLES:
            unmasked = _aside_quotes_unmasked(pre)
            if unmasked is not None:
                text, pre = text[:qe] + unmasked + text[vs:], unmasked
        # A headline's "“...”: union leaders warn" has a colon after the quote.
        # (Any white space: a tab between the marks and the verb is no word.)
        stripped = pre.strip(" ,—–-\u00a0" + (":" if unit.number == 0 else "")).strip()
        quoted = quoted_as(text, qe, vs) if word == "saying" and MASK not in pre else None
        if quoted is not None:
            (a, b), named = quoted
            return Cue(unit.text[a:b], k * UNIT + a, vs - qe, resolvable=named, verb="quoted")
        if MASK in pre or len(stripped.split()) > 25 or word in PARTICIPLES:
            return None
        if unit.number == 0 and word in ADDRESSEE_VERBS and not text[ve:end].strip(" .!?\u00a0"):
            return None  # "‘...’, court told": a headline's passive; the court was told it
        if not stripped:
            if word in ADDRESSEE_VERBS:
                return None  # "“...,” told reporters": no speaker printed
            aside = _participle_aside_subject(unit, qe)
            if aside is not None:
                return Cue(unit.text[aside[0] : aside[1]], k * UNIT + aside[0], vs - qe, verb=unit.text[vs:ve])
            # After "according to" the issuer speaks only where the sentence
            # names nobody before the quotation, which the caller weighs:
            # "X called it “...”, according to a report by Y" is X's words.
            issuer = document_issuer_at(text, ve, end)
            span = np_after(text, ve if issuer is None or word == "according to" else issuer, end)
            if word == "according to":
                span = _author_of(text, span, end)
                if span is None and issuer is not None:
                    span = np_after(text, issuer, end)  # "“...,” according to a statement from the Harbour Party"
            else:
                after = tokens(text, ve, end)
                if span is None and (n := name_after_addressee(after)) is not None:
                    span = np_after(text, after[n][0], end)  # "“...,” explained to AFP Jane Roe, an engineer"
                if span is None and (month := month_alone(after)) is not None:
                    # "“...,” said May.": a month alone before the sentence's end is
                    # a surname (the resolution asks whether anyone bears it).
                    return Cue(month[2], k * UNIT + month[0], vs - qe, resolvable=True, verb=unit.text[vs:ve])
                j = indefinite_after(after)
                if j is not None and (span is None or span[0] == after[0][0]):
                    # "“...,” said one former manager who ...": someone unnamed.
                    lo = after[0][0]
                    return Cue(unit.text[lo : after[j - 1][1]], k * UNIT + lo, vs - qe, resolvable=False, verb=unit.text[vs:ve])
        elif word == "according to" and places_listed(stripped.split()):
            continue  # "... in Dunmore, Kessel or the Harlow Isles, according to X": the end of a list, no one who speaks
        else:
            # "“...,” 64-year-old Ana Roe said": the age describes the name after it;
            # so does a rank in digits ("“...,” 1st Dep. Commissioner Ana Roe told").
            pre_split = stripped.split()
            ranked = numbered_ordinal(pre_split[0]) and len(pre_split) > 1 and capitalised(pre_split[1])
            aged = pre_split[1:] if AGE_RE.fullmatch(pre_split[0]) or ranked else []
            first = (aged or pre_split)[0]
            # "state Sen. Jane Roe (D) said": a party tag is no descriptor.
            # "chief author Jane Roe of the Halden Institute of Marine Studies told":
            # the body she is of is no part of the words before the name.
            pre_words = without_affiliation(_PAREN_RE.sub(" ", stripped).split() or stripped.split())
            pre_words = before_auxiliary(pre_words)  # "“...”, new Health Secretary Jane Roe has said"
            set_off = described_name_before_aside(stripped)  # "lead author Jo Roe, a professor at X,"
            role_np = (
                len(pre_words) <= 5
                and bare_word(pre_words[-1]) in TITLE_WORDS
                and all(not w[0].isupper() for w in pre_words)
            ) or described_name(pre_words) or set_off or office_and_place(pre_words) or (  # "‘...,’ mayor of Tallow tells"
                # "“...” his friend Jane Roe told the site", "“...,” his wife, Jane Roe, wrote"
                len(pre_words) > 2
                and pre_words[0].lower() in POSSESSIVE_PRONOUNS
                and described_name([w.strip(",") for w in pre_words[1:] if w.strip(",")])
            )
            pre_toks = tokens(text, qe, vs)
            unnamed = indefinite_subject(pre_toks)
            named_first = name_set_off_before(unit.text, pre_toks, unnamed) or body_set_off_before(unit.text, pre_toks, unnamed)
            if named_first is not None:
                # '“...,” Ana Roe, Principal, HPS Tallow said', '“...,” Ivo Renk, a nursing assistant said'
                return Cue(unit.text[named_first[0] : named_first[1]], k * UNIT + named_first[0], vs - qe, verb=unit.text[vs:ve])
            if unnamed is not None and (unnamed[0] == 0 or pre_toks[unnamed[0] - 1][2] == ","):
                # "“...,” one Holt aide said", "“...,” a senior adviser said".
                d, head = unnamed
                return Cue(unit.text[pre_toks[d][0] : pre_toks[head][1]], k * UNIT + pre_toks[d][0], vs - qe, resolvable=False, verb=unit.text[vs:ve])
            lo = qe
            if word not in PARTICIPLES and not (
                capitalised(first) or first.lower() in PRONOUNS or first.lower() in {"the", "a", "an"} or role_np
            ):
                # '"..." of the plan, Mr. X said.': the quotation opens a
                # sentence whose subject and verb close it after a comma.
                # '"..." of the plan, local chair Jo Roe, who farms nearby, said.':
                # a relative clause set off before the verb is no subject.
                rel = RELATIVE_ASIDE_RE.search(pre)
                core = pre[: rel.start()] if rel is not None else pre
                comma = core.rfind(",")
                tail = core[comma + 1 :].split() if comma >= 0 else []
                if comma >= 0 and not tail and word not in ADDRESSEE_VERBS:
                    # '"..." in contrast to last year, says Jane Roe.': the
                    # verb after the comma comes before its subject.
                    span = np_after(text, ve, end)
                    if span is None:
                        # '“...,” study co-author Professor Jane Roe, co-director
                        # of X, said in a release': descriptors, a name, then its
                        # description set off before the verb.
                        span = np_before(text, qe, vs)
                        if span is None or not personal(unit.text[span[0] : span[1]]) or not capitalised(unit.text[span[0] : span[1]]):
                            return None
                    return Cue(unit.text[span[0] : span[1]], k * UNIT + span[0], vs - qe, verb=unit.text[vs:ve])
                lo = qe + comma + 1
                if comma < 0 and unit.text[:qe].rstrip(MARKS + " \u00a0").endswith(","):
                    tail = pre.split()  # the comma is inside the quotation marks
                if len(tail) > 1 and tail[0].lower() == "as":
                    # '"...," as Jane Roe said on Monday, ...': a parenthetical "as".
                    lo = text.index(tail[0], lo) + len(tail[0])
                    tail = tail[1:]
                if 0 < len(tail) <= 3 and all(w.isalpha() and w.islower() for w in tail) and plural_role_noun(tail[-1]) and quotation_opens_sentence(unit, qe):
                    # '"...," analysts said in a note': a group with no name
                    # speaks a quotation that is its own sentence.
                    lo = text.index(tail[0], lo)
                    return Cue(unit.text[lo : vs].strip(), k * UNIT + lo, vs - qe, resolvable=False, verb=unit.text[vs:ve])
                if tail and AGE_RE.fullmatch(tail[0]) and len(tail) > 1:
                    tail = tail[1:]  # "..., 78-year-old Jo Roe said": the age describes the name
                # "Tallow Valley Growers president Jo Roe": a body, its role
                # and the name make a longer subject than a bare name.
                # "governor Jo Roe of Tallow prefecture": where she governs is no part of the subject's length
                placed = next(
                    (n for n in range(2, len(tail)) if tail[n] in {"of", "from"} and capitalised(tail[n - 2]) and capitalised(tail[n - 1]) and not is_title_word(tail[n - 1])),
                    len(tail),
                )
                tail = tail[:placed]
                described = described_lead(tail)
                # "deputy Minister of Harbours Jo Roe": a role word in lower case may open the title
                if not 0 < len(tail) <= (7 if described else 5) or not (capitalised(tail[0]) or tail[0].lower() in {"he", "she"} or (described and role_noun(tail[0]))):
                    return None
            if word in PARTICIPLES:
                return None
            span = np_before(text, lo, text.find(",", qe + len(pre) - len(pre.lstrip(" ,—–-\u00a0"))) if set_off else vs)
            if span is not None:
                span = subject_before_thing_name(text, qe + len(pre) - len(pre.lstrip(" ,\u00a0")), span) or span
        if span is None and not stripped:
            return None
        if span is None:
            # "a spokeswoman for the manufacturer said": someone unnamed;
            # "the email said" speaks for whoever sent it.
            lo = qe + len(pre) - len(pre.lstrip(" ,—–-\u00a0"))
            issuer = document_issuer_at(text, lo, vs)  # "a statement from X regarding the case reads"
            if issuer is not None and (issued := np_after(text, issuer, vs)) is not None and (looks_like_org(text[issued[0] : issued[1]]) or clean_name(text[issued[0] : issued[1]])):
                return Cue(unit.text[issued[0] : issued[1]], k * UNIT + issued[0], vs - qe, verb=unit.text[vs:ve])
            printed = unit.text[lo:vs].strip()
            # "the 57-year-old former lifter said": an age goes on with someone named.
            lead = printed.split()[:2]
            age_led = len(lead) == 2 and lead[0] == "the" and AGE_RE.fullmatch(lead[1]) is not None
            # "May said", "June added": a month that may be the surname of someone named in full.
            surname_month = month_name(printed)
            words = printed.split()
            epithet = 2 <= len(words) <= 5 and words[0].lower() == "the" and words[-1] in EPITHET_HEADS  # "the heartthrob said"
            # "her statement read", "the trust's statement said": the document speaks for its owner
            owned = document_owner_pronoun(printed) is not None or (owned_document(words) or "").startswith("the ")
            resolvable = document_noun(printed) is not None or owned or former_of(printed) is not None or age_led or surname_month or epithet
            bound = _DEFINED_BY_CLAUSE_RE.match(printed)
            if bound is not None and role_noun(bound.group(2)):
                # "the minister who toured the quarry said": the role alone refers back.
                printed, resolvable = bound.group(1), True
            return Cue(printed, k * UNIT + lo, vs - qe, resolvable=resolvable, verb=unit.text[vs:ve])
        prev = tokens(text, max(qe, span[0] - 30), span[0])
        member = member_after_body(text, span) if prev else None
        if member is not None:
            span, prev = member, []
        portfolio = portfolio_before_name([t[2] for t in prev], unit.text[span[0] : span[1]])  # "secretary of education Jo Roe"
        office = office_of_place_at(text, qe, prev, span)
        if office is not None and not is_given_name(unit.text[span[0] : span[1]].split()[0]):
            # "‘...,’ mayor of Tallow tells cruise lines": the office is the subject, and its holder speaks
            return Cue(unit.text[office : span[1]], k * UNIT + office, vs - qe, verb=unit.text[vs:ve])
        if prev and prev[-1][2].lower() in _PLACING and word != "according to" and not issuer_follows(text[qe : span[0]]) and not portfolio:
            # "“...,” a spokesman for the Trust said": someone unnamed.
            return Cue(unit.text[span[0] : span[1]], k * UNIT + span[0], vs - qe, resolvable=False, verb=unit.text[vs:ve])
        # An aside between the name and its verb (", who farms nearby,",
        # ", valued at $4bn,") is no distance from the quotation: the name
        # is what stands next to it.
        near = span[1] - qe if _ASIDE_RE.fullmatch(text[span[1] : vs].rstrip()) else vs - qe
        return Cue(unit.text[span[0] : span[1]], k * UNIT + span[0], near, verb=unit.text[vs:ve])
    return None


def member_after_body(text: str, span: tuple[int, int]) -> Optional[tuple[int, int]]:
    """The span of a person's name printed straight after a body's name
    ("... of the Tallow Weavers' Association Ana Roe said"): the member
    named after the body speaks, not the body nor an unnamed official of
    it. None when the phrase ends otherwise."""
    inside = tokens(text, span[0], span[1])
    named = body_then_name_at([t[2] for t in inside]) if len(inside) > 2 else None
    return None if named is None else (inside[named][0], span[1])


# '“...,” Okafor shot back.': a name and one or two lower-case words closing
# the sentence after a quotation are its attribution even when the verb is
# not a known speech verb.
_BARE_AFTER_RE = re.compile(
    r"[\s\u00a0]*,?[\s\u00a0]*((?:[A-Z][^\W\d_]*['’\-]?[^\W\d_]*\.?[\s\u00a0]+){0,2}[A-Z][^\W\d_]*['’\-]?[^\W\d_]*|[Hh]e|[Ss]he)"
    r"[\s\u00a0]+[a-z]+(?:[\s\u00a0]+[a-z]+)?[\s\u00a0]*(?:[.!?]|$)"
)


def _described_person(descriptors: str, name: str) -> bool:
    """``name`` after lower-case ``descriptors`` is a person's: a role among
    the descriptors or a given name first, no preposition ("in Halden Town
    Hall" is a place) and no body's name."""
    words = descriptors.split()
    if words and words[0].lower() in {"the", "his", "her", "their", "its"}:
        words = words[1:]
    if any(w in FUNCTION_WORDS for w in words) or looks_like_org(name) or not personal(name):
        return False
    return any(role_noun(w) for w in words) or is_given_name(name.split()[0])


_NAME_ONLY_AFTER_RE = re.compile(
    r"[\s\u00a0]*,?[\s\u00a0]*((?:(?:the|his|her|their|its)[\s\u00a0]+)?(?:[a-z][\w’'-]*[\s\u00a0]+){0,5}"
    r"((?:[A-Z][^\W\d_]*['’\-]?[^\W\d_]*\.?[\s\u00a0]+){1,3}[A-Z][^\W\d_]*['’\-]?[^\W\d_]*))[\s\u00a0]*\.[\s\u00a0]*$"
)
_NAME_PARTICIPLE_AFTER_RE = re.compile(
    r"[\s\u00a0]*((?:[A-Z][^\W\d_]*['’\-]?[^\W\d_]*\.?[\s\u00a0]+){0,3}[A-Z][^\W\d_]*['’\-]?[^\W\d_]*),[\s\u00a0]+([a-z]+ing)\b"
)


# '“...,” recalled Jane Roe, a former aide.': a verb in the past or present
# tense before a name that closes the sentence or opens its appositive.
_INVERTED_AFTER_RE = re.compile(
    r"[\s\u00a0]*,?[\s\u00a0]*([a-z]+(?:ed|s))[\s\u00a0]+((?:[A-Z][^\W\d_]*['’\-]?[^\W\d_]*\.?[\s\u00a0]+){0,3}"
    r"[A-Z][^\W\d_]*['’\-]?[^\W\d_]*)[\s\u00a0]*(?:[.,!?]|$)"
)


def bare_verb_after(unit: Unit, k: int, qe: int, end: int) -> Optional[Cue]:
    q_text = unit.masked[max(0, qe - 3) : qe]
    if qe <= 0 or MASK not in q_text:
        return None
    # Only a quotation cut short by a comma or dash runs on into its
    # attribution; after a full stop a new sentence begins. A question or
    # an exclamation may be followed by its attribution too ("“...?”
    # Okafor pressed."), which the caller accepts only for a known person.
    inner = unit.text[:qe].rstrip(MARKS + " \u00a0")
    if not inner or inner[-1] not in ",—–?!":
        return None
    if inner[-1] in "?!":
        end = len(unit.masked)
    m = _BARE_AFTER_RE.match(unit.masked, qe, min(end, qe + 80))
    if m is None:
        # '“...,” Trustee Jane Roe, adding that ...': the verb left out, a
        # speech participle after the name.
        m = _NAME_PARTICIPLE_AFTER_RE.match(unit.masked, qe, min(end, qe + 80))
        if m is None or m.group(2) not in PARTICIPLES:
            # '“...,” the party’s health spokeswoman Jane Roe.': the verb left
            # out, the sentence closing on the speaker's description and name.
            only = _NAME_ONLY_AFTER_RE.match(unit.masked, qe, min(end, qe + 120)) if inner[-1] == "," else None
            if only is None or clean_name(unit.text[only.start(2) : only.end(2)]) is None:
                return None
            printed = unit.text[only.start(2) : only.end(2)]
            return Cue(printed, k * UNIT + only.start(2), only.start(2) - qe) if _described_person(unit.text[only.start(1) : only.start(2)], printed) else None
    printed = unit.text[m.start(1) : m.end(1)]
    if not personal(printed):
        return None
    return Cue(printed, k * UNIT + m.start(1), m.start(1) - qe, verb=unit.text[m.end(1) : m.end()].split()[0].strip(".!?"))


# '“...,” Roe charged in her opening remarks.': a name and a verb in the past
# or present tense opening the rest of the sentence.
_NAME_VERB_AFTER_RE = re.compile(
    r"[\s\u00a0]*,?[\s\u00a0]*((?:[A-Z][^\W\d_]*['’\-]?[^\W\d_]*\.?[\s\u00a0]+){0,3}[A-Z][^\W\d_]*['’\-]?[^\W\d_]*)"
    r"[\s\u00a0]+([a-z]+(?:ed|s))\b"
)


def inverted_after(unit: Unit, k: int, qe: int, end: int) -> Optional[Cue]:
    """'“...,” recalled Jane Roe, a former aide.', '“...?” Roe asks as she
    leaves.': after a quotation cut short by a comma, or a question or an
    exclamation, a verb that is not a listed speech verb next to a name (the caller accepts it only
    for a known person: "“...,” visited Ohio" is no attribution)."""
    inner = unit.text[:qe].rstrip(MARKS + " \u00a0")
    if qe <= 0 or MASK not in unit.masked[max(0, qe - 3) : qe] or not inner or inner[-1] not in ",?!":
        return None
    if inner[-1] != ",":
        _, end = sentence_of(unit, qe + 1)  # after "?" the attribution is a sentence of its own
    m = _INVERTED_AFTER_RE.match(unit.masked, qe, min(end, qe + 120))
    if m is not None and m.group(1) not in FUNCTION_WORDS and m.group(1) not in ADVERBS:
        name, verb = m.span(2), m.group(1)
    else:
        m = _NAME_VERB_AFTER_RE.match(unit.masked, qe, min(end, qe + 80))
        if m is None or m.group(2) in FUNCTION_WORDS or m.group(2) in ADVERBS:
            return None
        name, verb = m.span(1), m.group(2)
    printed = unit.text[name[0] : name[1]]
    # "Jane Roe's aides seemed ...": a possessive is no subject.
    if not personal(printed) or printed.lower() in {"he", "she"} or printed.endswith(("'s", "’s", "s'", "s’")):
        return None
    return Cue(printed, k * UNIT + name[0], name[0] - qe, verb=verb)


def after_question(unit: Unit, k: int, qe: int, next_start: int) -> Optional[Cue]:
    """'“...?” Senator Jane Roe asked as she left.': after a question or an
    exclamation the attribution is a sentence of its own, read when its
    subject follows the closing mark (the caller accepts it only for a
    known person)."""
    inner = unit.text[:qe].rstrip(MARKS + " \u00a0")
    if not inner or inner[-1] not in "?!" or qe >= len(unit.masked):
        return None
    _, end = sentence_of(unit, qe + 1)
    cue = after_cue(unit, k, qe, min(max(end, qe), next_start))
    if cue is None or not cue.resolvable:
        return None
    # The name right after the closing mark may carry an appositive before
    # its verb: '“...?” Roe, a retired nurse from Dover, said.'
    return cue if cue.distance <= 40 or cue.pos - k * UNIT - qe <= 3 else None
