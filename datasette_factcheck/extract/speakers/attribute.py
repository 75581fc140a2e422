"""Attribution of every quotation of an article to its speaker."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Optional

from ...model import Quote, Segmented
from .article import Article
from .closing import document_by_after, tag_sentence_after, was_how_after, words_of_after
from .descriptors import indefinite_subject, name_given_as, role_description
from .documents import bare_document, quoted_source
from .echoes import body_echoes, headline_from_body, pull_quotes
from .entities import Person
from .around import (
    answering, last_sentence_cue, last_subject_cue, lead_in, next_sentence_subject, previous_sentence_cue, relayed_main_subject,
    reported_sentence_before, speech_noun_subject,
)
from .cues import (
    Cue, after_cue, after_question, bare_verb_after, before_cue, plural_subject, inverted_after,
)
from .colonlead import dash_colon_lead
from .layout import (
    answer_units, colon_signature, crosshead, headline_label, signature_clause_after, source_below, headline_dash_label,
    headline_label_after, headline_name_before, headline_body_after, headline_name_after, headline_opening_subject,
    headline_role_after, headline_role_label, headline_subject, headline_subject_after, name_line_above, signature_after,
    signature_below, topic_label, transcript_label,
)
from .lexicon import CALL_VERBS, MASK, PERSON_ROLES, SPEECH_VERBS
from .speechverbs import speech_verb_form
from .partial import (
    agent_before, opinion_holder_cue, characterises, quoted_predicate, closing_attribution, continues_speech, cut_short,
    opening_participle_cue, passive_agent, possessor_cue, reach, reads_as_name, subject_before_quoted_verb, subject_cue,
)
from .names import bare_word, capitalised, is_possessive, role_noun
from .cuenames import person_printed
from .text import MARKS, UNIT, Unit, mark_bounds, sentence_of, tokens
from .spokespeople import bare_spokesperson


# Verbs of going on speaking: their subject is the one who spoke last.
_GOING_ON = {"continued", "continues", "went", "added", "adds"}
# Attributions after a short phrase that always make it the speaker's words.
_OWNING_AFTER = {"by", "put it", "puts it", "how"}
# Attributions after a quotation that relay what was said by the speaker the
# sentence names before it: "X said it was “...”, reported the Gazette".
_RELAYING_AFTER = {"according to", "reported", "reports"}


def attribute(seg: Segmented, quotes: list[Quote]) -> list[Quote]:
    """The quotes with ``speaker_as_printed``, ``speaker`` and
    ``speaker_forms`` filled in where the article says who spoke."""
    if not quotes:
        return []
    art = Article(seg, quotes)
    art.scan_names()
    art.scan_orgs()
    cues: list[Optional[Cue]] = [None] * len(quotes)
    inherit: list[Optional[int]] = [None] * len(quotes)
    own = [False] * len(quotes)  # the cue is in the quotation's own sentence or line
    lead_only = [False] * len(quotes)  # the cue is the last sentence of the paragraph before
    layout = _layout_cues(art, quotes)

    for k, unit in enumerate(art.units):
        prev_unit = art.units[k - 1] if k > 0 and unit.number > 0 and art.units[k - 1].number > 0 else None
        # "(“...”)": a translation in brackets opens its paragraph as a bare quotation does
        lead = len(unit.masked) - len(unit.masked.lstrip(" \u00a0—–-("))
        last_quote: Optional[int] = None  # the previous non-scare quote here
        sent_cue: Optional[tuple[int, int]] = None  # (sentence, attribution) of the last quotation with a cue before it
        prev_end = 0  # end of the previous quotation's closing mark
        spans = []
        for n in unit.quotes:
            q = quotes[n]
            spans.append(mark_bounds(unit.text, q.start - unit.base, q.end - unit.base))
        for rank, n in enumerate(unit.quotes):
            q = quotes[n]
            qs, qe = spans[rank]
            # Context stops at the neighbouring quotations: each stretch of
            # text is read once or twice, keeping the whole pass linear.
            next_start = spans[rank + 1][0] if rank + 1 < len(spans) else len(unit.masked)
            sent_start, _ = sentence_of(unit, qs)
            sent = max(sent_start, min(prev_end, qs))
            _, whole_end = sentence_of(unit, max(qs, qe - 1))
            sent_end = max(qe, min(whole_end, next_start))
            prev_end = qe
            before = agent_before(unit, k, sent, qs) or before_cue(unit, k, sent, qs, call_verbs=True)
            if before is not None and (relayed := relayed_main_subject(unit, k, sent, qs, before)) is not None:
                before = relayed  # "As the Herald reports, Ana Roe called for “...”": the reporter only relays
            after = after_cue(unit, k, qe, sent_end)
            if after is not None and sent_end < whole_end and not unit.masked[after.pos % UNIT + len(after.printed) : sent_end].strip():
                # "“...,” said organiser Ivo “Bear” Renk": the next quotation is
                # a nickname inside the name the attribution runs up to.
                after = after_cue(unit, k, qe, whole_end) or after
            if after is None and sent_end < whole_end:
                # "“...,” Jane Roe, wearing “Vote Roe” pins, said": the next
                # quotation sits in an aside between the subject and verb.
                after = after_cue(unit, k, qe, whole_end)
            if before is not None and sent_start < sent and _after_joined_verb(unit, k, sent, qs, before):
                # "X called him a “coward” and said it would need a “...”",
                # "X was “sorry” and claimed the rivals were “...”": what follows
                # "and said" opens what was said; the sentence's subject says it.
                before = before_cue(unit, k, sent_start, qs, call_verbs=True) or before
            # "X called it “greedy” and “corrupt”, reported the Gazette": quotations joined by "and" share one speaker
            joined = rank > 0 and unit.masked[spans[rank - 1][1] : qs].strip(" \u00a0" + MARKS) in {"and", "or", ","}
            if before is None and sent_start < sent and (after is None or after.verb == "according to" or joined):
                # "X said the deal was “fair” and that ministers would
                # “continue ...”": one attribution for both partial quotes.
                before = before_cue(unit, k, sent_start, qs, call_verbs=True)
                after = None if joined and before is not None else after
            if after is None and (agent := passive_agent(unit, k, sent_start, qs, qe, whole_end)) is not None:
                # "The rise has been described as “...” by Jane Roe": the
                # agent of the naming verb speaks, not its subject.
                before, after = None, agent
            if before is None and after is None and q.kind != "scare":
                after = (
                    words_of_after(unit, k, qe, art.units[k + 1] if k + 1 < len(art.units) else None)
                    or tag_sentence_after(unit, k, qe)
                    or bare_verb_after(unit, k, qe, sent_end)
                    or document_by_after(unit, k, qe, sent_end)
                )
                if after is None and not unit.masked[sent:qs].strip(" \u00a0" + MARKS):
                    # Only a quotation opening its sentence: after "While X
                    # hailed it as “...,”" the main clause follows.
                    after = _surely_person(art, inverted_after(unit, k, qe, sent_end))
                if after is None:
                    after = after_question(unit, k, qe, next_start)
                if after is None and sent_end < whole_end and unit.masked[sent:qs].strip(" \u00a0" + MARKS):
                    # "He made “...” and “...”, the prosecutor said.": the sentence's
                    # closing attribution; a quotation that opens its sentence
                    # goes on with the speech before it instead.
                    after = _closing_attribution(unit, k, spans, rank, whole_end)
                if after is not None and unit.text[:qe].rstrip(MARKS + " \u00a0")[-1:] in ("?", "!"):
                    after = _surely_person(art, after)
            if before is None and after is None:
                after = was_how_after(unit, k, qe, sent_end)  # "“Sweet relief” was how Roe described it", however short
            kind, layout_cue = layout.get(n, ("", None))
            if kind == "label":
                # The text says who speaks inside the quotation itself.
                before, after = layout_cue, None
            elif kind in {"signature", "source"} and before is None and after is None:
                after = layout_cue
            options = [c for c in (before, after) if c is not None]
            if not options and q.kind != "scare" and unit.number > 0:
                # "X returned the favour — “...”", "to deliver his line: “...”"
                lead_cue = (
                    dash_colon_lead(unit, k, sent_start, qs)
                    or _clause_owner_cue(art, unit, k, sent_start, sent, qs, qe, whole_end)
                    # 'Mr Roe “estimates that ...”': the quotation is the subject's predicate
                    or subject_before_quoted_verb(unit, k, sent, qs, q.text)
                )
                if lead_cue is not None:
                    options = [lead_cue]
            previous = last_quote
            if q.kind != "scare":
                last_quote = n
            if q.kind == "scare":
                # A short phrase far from the verb is the writer's, unless
                # an earlier quotation of its sentence has the same
                # attribution: "X said his staff “did wrong” ..., but that
                # the ban was “an awful act.”"
                shared = before is not None and sent_cue == (sent_start, before.pos)
                limit = reach(q.text, unit.masked[max(sent, qs - before.distance) : qs]) if before is not None else 0
                cue = before if before is not None and (before.distance < limit or shared) else None
                # "‘All fine’, says Jane Roe": the comma after the marks, for a quotation opening its sentence
                opens = not unit.masked[sent:qs].strip(" \u00a0" + MARKS)
                comma_after = opens and unit.masked[qe : qe + 3].lstrip(MARKS).startswith(",")
                if cue is None and after is not None and (after.verb in _OWNING_AFTER or cut_short(q.text, after, comma_after)):
                    # "called “...” by Jane Roe", "“Fine,” his cousin Jane Roe said", "a “noisy” turn, as Jane Roe put it"
                    cue = after
                    if after.verb != "by":
                        last_quote = n  # an utterance, which the next quotation may go on with
                if cue is None and after is None and (bare := bare_verb_after(unit, k, qe, sent_end)) is not None and cut_short(q.text, bare):
                    cue, last_quote = bare, n  # "“No idea,” Mr. Roe shrugged. “...”"
                if cue is None and unit.number > 0 and (characterises(unit.masked[sent:qs]) or quoted_predicate(unit.masked[sent:qs], q.text)):
                    # "Ruiz defended her remarks as being “...”": the subject's own words.
                    cue = _surely_person(art, subject_cue(unit, k, sent_start, qs))
                if cue is None and unit.number > 0 and (verb_cue := subject_before_quoted_verb(unit, k, sent, qs, q.text)) is not None:
                    cue = verb_cue if art.org_named(verb_cue.printed) is not None else _surely_person(art, verb_cue)  # 'Roe “regrets” it'
                if cue is None and unit.number > 0:
                    # "Calling the plan “a mess,” Roe voted no", "Roe's “no surrender” remark"
                    cue = _clause_owner_cue(art, unit, k, sent_start, sent, qs, qe, whole_end)
                if cue is None and unit.number == 0:
                    cue = _headline_cue(art, unit, k, qs, qe)
                if cue is None and kind == "source":
                    cue = layout_cue  # "The case was “clear”." then "That's according to X"
                cues[n], own[n] = cue, True
                continue
            if before is not None:
                sent_cue = (sent_start, before.pos)
            if options:
                # "X said it was “...,” according to the Gazette": the paper relays X's words.
                if before is not None and before.resolvable and after is not None and after.verb in _RELAYING_AFTER:
                    options = [before]
                cues[n], own[n] = min(options, key=lambda c: c.distance), True
                continue
            at_start = qs <= lead
            if unit.number == 0:
                cues[n], own[n] = _headline_cue(art, unit, k, qs, qe), True
                continue
            if previous is not None and not at_start:
                # "“...,” X said. A reporter asked her whether it was “...”":
                # someone new opens the sentence, and the quotation is theirs.
                newcomer = _newcomer_subject(unit, k, sent_start, qs)
                if newcomer is not None:
                    cues[n] = newcomer
                else:
                    inherit[n] = previous
                continue
            if sent == 0 and not at_start:
                cue = speech_noun_subject(unit, k, sent, qs)
                if cue is not None:
                    cues[n] = cue
                    continue
            if at_start and prev_unit is not None:
                intro = lead_in(prev_unit, k - 1)
                if intro is not None:
                    cues[n] = intro
                    continue
                if sent_end < whole_end and (closing := closing_attribution(unit, k, qe)) is not None:
                    # "“...” and must do more “...”, said Jane Roe": the
                    # sentence's own attribution, after a later quotation in it.
                    cues[n] = closing
                    continue
                pk = k - 1
                if crosshead(prev_unit) and k > 1 and art.units[k - 2].number > 0:
                    # A subheading or a picture's caption between two parts of
                    # the same speech ("On the budget" in a briefing's
                    # highlights, "Upbeat: Jane Roe.") is read past.
                    pk, prev_unit = k - 2, art.units[k - 2]
                # A short quotation counts when a speech verb of its own
                # gives it ("X told the BBC the impact had been “immense”."),
                # for a quotation of a sentence or more, not a crosshead.
                sentence = len(q.text.split()) > 3
                prev_quotes = [
                    m for m in prev_unit.quotes
                    if not _title_like(quotes[m])  # "X, the club's ‘Player of the Year’, was happy": a title says nothing
                    and (quotes[m].kind != "scare" or sentence and (_spoken(cues[m], own[m]) or _closing_characterisation(prev_unit, quotes[m], cues[m])))
                ]
                last_cue = last_sentence_cue(prev_unit, pk)
                if prev_quotes and (
                    last_cue is None
                    or last_cue.pos < quotes[prev_quotes[-1]].start - prev_unit.base + pk * UNIT
                    or _attributed_before(prev_unit, pk, cues[prev_quotes[-1]], last_cue)
                ):
                    inherit[n] = prev_quotes[-1]
                elif last_cue is not None:
                    if not q.text.rstrip(" \u00a0" + MARKS).endswith("?"):
                        last_cue = answering(prev_unit, pk, last_cue) or last_cue  # an answer, not the question
                    cues[n], lead_only[n] = last_cue, True
                elif not prev_quotes and not unit.masked[qe:].strip(" \u00a0.,;") and _bare_run(art, quotes, k, n):
                    # A paragraph that only quotes, after one about a person
                    # ("Reyes praised the union."), is that person's; a
                    # quotation that runs on into the next paragraph takes
                    # the attribution printed there instead, if any.
                    cues[n] = _surely_person(art, last_subject_cue(prev_unit, pk))
                    if cues[n] is None and pk > 0 and art.units[pk - 1].number > 0 and not _names_anyone(art, pk):
                        # "“...,” X said. ¶ The plan would cost more. ¶ “...”": a
                        # paragraph naming no one between two quotations of one speaker.
                        before_quotes = [m for m in art.units[pk - 1].quotes if quotes[m].kind != "scare"]
                        if before_quotes:
                            inherit[n] = before_quotes[-1]
                        else:
                            # "X said the ferry would sail in June. ¶ The boat is
                            # old. ¶ “...”": the one reported before it.
                            cues[n] = _surely_person(art, last_sentence_cue(art.units[pk - 1], pk - 1))
                continue
            if sent > 0 or not at_start:
                cue = speech_noun_subject(unit, k, sent, qs)
                lead_words = unit.masked[sent:qs].strip(" \u00a0" + MARKS)
                if cue is None and sent > 0 and lead_words and rank > 0 and continues_speech(lead_words):
                    # "X said it was “fine.” Adding, “...”": a bare speech
                    # participle goes on with the quotation before it.
                    before_end = len(unit.masked[:sent].rstrip(" \u00a0"))
                    if spans[rank - 1][1] >= before_end - 1:
                        inherit[n] = unit.quotes[rank - 1]
                        continue
                if cue is None and sent > 0 and continues_speech(unit.masked[sent:qs]):
                    # A quotation opening a sentence speaks for the person
                    # the sentence before is about: "X added that ... “...”",
                    # and so does one after a bare participle ("Adding, “...”").
                    cue = previous_sentence_cue(unit, k, sent)
                if cue is None:
                    # "X went “...” having planned it, the judge said.": the closing attribution before the subject
                    cue = closing_attribution(unit, k, qe, closing_only=True) or _surely_person(art, subject_cue(unit, k, sent_start, qs))
                if cue is not None:
                    cues[n] = cue

    # "Guns are “...” and “...,” Jane Roe said.": a quotation with no cue
    # of its own is spoken by the attribution that closes its sentence.
    for k, unit in enumerate(art.units):
        for n in unit.quotes:
            if cues[n] is None and inherit[n] is None:
                qe = mark_bounds(unit.text, quotes[n].start - unit.base, quotes[n].end - unit.base)[1]
                # A short phrase takes only an attribution that closes its
                # sentence after a comma ("Most stalls were empty, “a sorry
                # sight” ..., Gilmore said."): the sentence is reported speech.
                short = quotes[n].kind == "scare"
                if not (short and reads_as_name(quotes[n].text)):
                    cues[n] = closing_attribution(unit, k, qe, closing_only=short)
                if cues[n] is None and unit.number > 0 and not reads_as_name(quotes[n].text):
                    cues[n] = _reported_before(art, unit, k, quotes[n])

    # A quotation over several paragraphs: a part without a cue of its own
    # takes the attribution printed with a later part, which also outweighs
    # a speech verb that closed the paragraph before ("X urged calm.
    # “... ¶ “...,” said Y.").
    for k, unit in enumerate(art.units):
        for n in unit.quotes:
            if (cues[n] is not None and not lead_only[n]) or inherit[n] is not None or quotes[n].kind == "scare":
                continue
            part, m = n, _continued_part(art, quotes, k, n)
            # A middle part that only inherits from the part before it ("“... ¶
            # “... ¶ “...,” said the coach.") passes the search on, for a first
            # part with no lead-in of its own.
            while m is not None and cues[m] is None and (inherit[m] is None or (inherit[m] == part and cues[n] is None)):
                part, m = m, _continued_part(art, quotes, art.unit_of.get(quotes[m].paragraph, -1), m)
            if m is not None and cues[m] is not None and (own[m] or not lead_only[n]):
                cues[n] = cues[m]

    out: list[Quote] = []
    resolved: list[Optional[Quote]] = [None] * len(quotes)
    order = sorted(range(len(quotes)), key=lambda n: (art.unit_of.get(quotes[n].paragraph, 0), quotes[n].start))
    passers: dict[str, Cue] = {}  # a document's attribution as printed -> the source it quotes
    for n in order:
        q = quotes[n]
        cue = cues[n]
        source = inherit[n]
        src = resolved[source] if cue is None and source is not None else None
        if src is not None:
            resolved[n] = replace(
                q,
                speaker_as_printed=src.speaker_as_printed,
                speaker=src.speaker,
                speaker_forms=list(src.speaker_forms),
                speaker_is_org=src.speaker_is_org,
            )
            continue
        if cue is None and source is None and q.kind != "scare" and q.paragraph in art.unit_of:
            # "Another resident, who gave his name only as Y, said ... “...”"
            unit_k = art.unit_of[q.paragraph]
            named = _name_given_in_sentence(art, unit_k * UNIT + q.start - art.units[unit_k].base)
            cue = Cue(named, unit_k * UNIT, 0) if named is not None else None
        if cue is None and source is None and q.kind != "scare":
            cue = _headline_subject_opening(art, q)
        if cue is None:
            resolved[n] = replace(q, speaker_as_printed=None, speaker=None, speaker_forms=[])
            continue
        printed = cue.printed.strip()
        speaker: Optional[str] = None
        forms: list[str] = []
        passed_on = _quoted_source(art, cue) or passers.get(printed.lower())
        if passed_on is not None:
            speaker, forms = art.resolve(passed_on.printed, passed_on.pos, headline=False)
            if speaker is not None:
                # "... the report added": the same report goes on quoting its
                # source. A source it leaves unnamed leaves the report speaking.
                passers[printed.lower()] = passed_on
                cue, printed = passed_on, passed_on.printed
        if speaker is None:
            # "Critics say": a group, unless the article names someone so ("Sims say", a typo).
            plural = plural_subject(printed, cue.verb, art.units[cue.pos // UNIT].text, cue.pos % UNIT)
            resolvable = cue.resolvable and not (plural and art.person_for(printed, create=False) is None)
            speaker, forms = art.resolve(printed, cue.pos, headline=q.paragraph == 0, quoted=q.text) if resolvable else art.lead_holder(printed, cue.pos)
            if speaker is None and resolvable and q.paragraph != 0:
                speaker, forms = art.lead_holder(printed, cue.pos)  # "Tallowland's minister has apologised"
        if speaker is None:
            body = art.body_of_spokesperson(printed, cue.pos, q.text)  # "“...,” a Tallowtel spokesperson said"
            if body is None and (bare_spokesperson(printed) or bare_document(printed)):
                # "Harbour Ferries has apologised. A spokesman said: ...", "... A statement said: ..."
                body = art.org_subject_before(cue.pos, past_kinds=False)
            if body is not None:
                speaker, forms = body.full, list(body.forms)
        if speaker is None and (cue.verb or "").lower() in _GOING_ON and role_description(printed) and q.text.rstrip().endswith((".", "!", "?", "…")):
            # "“...” The Rovers' team boss continued.": a role no one named
            # holds, in a sentence of its own going on, is the one just
            # quoted ("“...,” the minister continued" may be someone new)
            going_on = art.last_speaker_near(cue.pos)
            if going_on is not None:
                speaker, forms = going_on.full, list(going_on.forms)
        if speaker is None and not plural_subject(printed, cue.verb):
            # "..., said a man who asked to be identified only as Kevin": the name the sentence gives
            named = _name_given_in_sentence(art, cue.pos)
            if named is not None:
                printed = named
                speaker, forms = art.resolve(named, cue.pos, headline=q.paragraph == 0, quoted=q.text)
        is_org = speaker is not None and art.is_org_name(speaker)
        if speaker is not None and is_org:
            art.body_spoke(cue.pos, speaker)
        resolved[n] = replace(
            q,
            speaker_as_printed=printed,
            speaker=speaker,
            speaker_forms=forms,
            speaker_is_org=is_org,
            cue=cue.verb if own[n] else None,
        )
    _given_names_printed(art, resolved)
    headline_from_body(resolved)
    pull_quotes(art, resolved, own)
    body_echoes(art, resolved, own)
    for item in resolved:
        assert item is not None  # every quotation was resolved above
        out.append(item)
    return out


def _given_names_printed(art: Article, resolved: list[Optional[Quote]]) -> None:
    """A speaker shown by surname alone takes the given name the article
    prints with that surname outside its prose (``given_name_printed``)."""
    shown: dict[str, str] = {}
    for n, q in enumerate(resolved):
        if q is None or q.speaker is None or q.speaker_is_org or " " in q.speaker:
            continue
        if q.speaker not in shown:
            shown[q.speaker] = art.given_name_printed(q.speaker)
        full = shown[q.speaker]
        if full != q.speaker:
            resolved[n] = replace(q, speaker=full, speaker_forms=list(dict.fromkeys([*q.speaker_forms, full])))


def _attributed_before(unit: Unit, k: int, given: Optional[Cue], last: Cue) -> bool:
    """The last sentence of ``unit`` holds a quotation's own attribution
    (``given``) before the verb it ends with (``last``): that verb sits in
    an aside ("“...,” said X, whose seat the Gazette predicts will go") and
    names no one to go on with."""
    if given is None:
        return False
    start = k * UNIT + sentence_of(unit, max(0, len(unit.masked.rstrip()) - 1))[0]
    return start <= given.pos < last.pos


def _inverted_verb_after(unit: Unit, qe: int) -> bool:
    """A verb of saying right after the comma that follows the quotation
    ending at ``qe`` ("'...', admits council chief")."""
    after = [w.lower() for _, _, w in tokens(unit.masked, qe, len(unit.masked))]
    comma = after.index(",") if "," in after else -1
    return 0 <= comma < len(after) - 1 and after[comma + 1] in SPEECH_VERBS


def _headline_cue(art: Article, unit: Unit, k: int, qs: int, qe: int) -> Optional[Cue]:
    """A headline's label ("Marsh: ...", "‘...’: Minister Marsh") or its
    opening name and verb ("Marsh Says ..."), the latter only for a person
    the article names."""
    label = headline_label(unit, k, qs)
    if label is not None and label.verb != ":":
        label = _surely_person(art, label)  # "Roe downplays rift: “...”" names Roe only if the article does
    if label is not None and _inverted_verb_after(unit, qe):
        label = None  # "Tallow Council: Fees will 'rise', admits leader": the inverted verb names the speaker
    after = headline_label_after(unit, k, qe)
    return (
        (label if label is None or not art.headline_topic(label.printed.strip()) else None)
        or (after if after is None or after.verb == ":" else _surely_person(art, after))  # "‘...’ – Stornhaven": a place
        or _surely_person(art, headline_subject(unit, k, qs))
        or _surely_person(art, headline_dash_label(unit, k, qe))
        or headline_role_after(unit, k, qe)
        or _surely_person(art, headline_name_after(unit, k, qe))
        or _surely_person(art, headline_name_before(unit, k, qs))
        or _surely_person(art, headline_subject_after(unit, k, qe))
        # "“...” – Harbour Party Candidate", "“...,” Lakeside Gov Denies ...": a role whose holder the body names
        or _held_role(art, headline_role_label(unit, k, qe))
        # a body the article names: "‘...’: HWP slams ruling" where the Harbour Workers Party (HWP) speaks
        or (body if (body := headline_body_after(unit, k, qe)) and art.org_of_name(art.resolve(body.printed.strip(), body.pos, True)[0] or "") else None)
    )


def _headline_subject_opening(art: Article, q: Quote) -> Optional[Cue]:
    """A quotation opening the story's first paragraph that nothing
    attributes is spoken by the person the headline opens on as the subject
    of a verb of saying, praise or blame ("Ana Roe criticises council")."""
    if len(art.units) < 2 or art.units[0].number != 0 or art.unit_of.get(q.paragraph) != 1:
        return None
    unit = art.units[1]
    if unit.masked[: mark_bounds(unit.text, q.start - unit.base, q.end - unit.base)[0]].strip(" \u00a0" + MARKS):
        return None
    return _surely_person(art, headline_opening_subject(art.units[0], 0))


def _held_role(art: Article, cue: Optional[Cue]) -> Optional[Cue]:
    """A headline's words ending in a person's role, when someone the
    article names holds it."""
    if cue is None or not cue.printed.split() or bare_word(cue.printed.split()[-1]) not in PERSON_ROLES:
        return None
    held = art.resolve(cue.printed.strip(), cue.pos, headline=True)[0] or art.lead_holder(cue.printed.strip(), cue.pos)[0]
    return cue if held is not None else None


def _quoted_source(art: Article, cue: Cue) -> Optional[Cue]:
    """The source a document or outlet quotes, when the attribution goes
    on to say so ("“...,” the report said, quoting the ministry")."""
    k, off = divmod(cue.pos, UNIT)
    if not 0 <= k < len(art.units):
        return None
    unit = art.units[k]
    span = quoted_source(cue.printed, unit.masked, off + len(cue.printed))
    if span is None:
        return None
    return Cue(unit.text[span[0] : span[1]], k * UNIT + span[0], cue.distance, verb=cue.verb)


def _reported_before(art: Article, unit: Unit, k: int, q: Quote) -> Optional[Cue]:
    """A quotation of four words or more inside a sentence that names no
    one, right after a sentence of the same paragraph reporting someone's
    words, goes on with that report (a shorter phrase is as often the
    writer's term: "the “worst case” for the town")."""
    qs = q.start - unit.base
    sent, end = sentence_of(unit, qs)
    if len(q.text.split()) < 4 or sent == 0 or not unit.masked[sent:qs].strip(" \u00a0" + MARKS) or any(k * UNIT + sent <= pos < k * UNIT + qs for p in art.persons for pos in p.positions):
        return None
    if any(is_possessive(t[2]) and capitalised(t[2]) for t in tokens(unit.masked, sent, qs)):
        return None  # "the board's claims of “...”": whose claims they are
    return reported_sentence_before(unit, k, sent, end)


def _surely_person(art: Article, cue: Optional[Cue]) -> Optional[Cue]:
    """A cue found without a speech verb names its speaker only when the
    words are a pronoun for a person or a name the article shows to be a
    person's: a capitalised word opening a sentence ("Often", "Guns") is
    no one."""
    if cue is None:
        return None
    printed = cue.printed.strip()
    return cue if printed.lower() in {"he", "she"} or art.known_person(printed) else None


def _clause_owner_cue(art: Article, unit: Unit, k: int, sent_start: int, sent: int, qs: int, qe: int, end: int) -> Optional[Cue]:
    """A quotation with no cue of its own whose clause names its speaker:
    the subject after an opening speech participle ("Conceding that the
    levy “...,” Roe backed it"), or the possessor of what was said ("Roe's
    claim that the depot “...”")."""
    participle = opening_participle_cue(unit, k, sent_start, qs, qe, end)
    return (
        # "Stating that “...,” the Tallow High Court rejected the plea": a body named may be the subject
        (_surely_person(art, participle) or (participle if participle and art.org_named(participle.printed.strip()) else None))
        or _named_owner(art, possessor_cue(unit, k, sent, qs, qe))
        or _surely_person(art, opinion_holder_cue(unit, k, sent_start, qs))  # "To Ana Roe, it is “...”"
    )


def _name_given_in_sentence(art: Article, pos: int) -> Optional[str]:
    """The name the sentence of the cue at ``pos`` gives someone it describes."""
    k, off = divmod(pos, UNIT)
    if not 0 <= k < len(art.units):
        return None
    unit = art.units[k]
    lo, hi = sentence_of(unit, min(off, max(0, len(unit.masked) - 1)))
    return name_given_as(unit.masked[lo:hi])


def _named_owner(art: Article, cue: Optional[Cue]) -> Optional[Cue]:
    """A possessor that names a speaker: he or she, a person the article
    shows, or a body it names."""
    if cue is None:
        return None
    printed = cue.printed.strip()
    named = art.known_person(printed) or art.person_for(printed, create=False) is not None or art.org_named(printed) is not None
    return cue if printed.lower() in {"his", "her"} or named else None


def _layout_cues(art: Article, quotes: list[Quote]) -> dict[int, tuple[str, Cue]]:
    """Speakers a page's layout names: a quoted transcript's labels
    ("WALLACE: ...") and a round-up's signatures ("“...” ― Jane Roe"). A
    label or signature counts when it surely names a person, or when the
    layout repeats (two turns of a transcript, two signed quotations): one
    "NOTE:" or "― Getty Images" is no speaker."""
    found: dict[int, tuple[str, Cue]] = {}
    for k, unit in enumerate(art.units):
        for n in unit.quotes:
            q = quotes[n]
            if q.kind == "scare":
                continue
            qs, qe = mark_bounds(unit.text, q.start - unit.base, q.end - unit.base)
            label = transcript_label(unit, k, q.start - unit.base, q.text)
            if label is not None and unit.masked[sentence_of(unit, qs)[0] : qs].strip(" \u00a0" + MARKS):
                # "the pickets chanted “Jane Roe: bad for the town”": a
                # transcript's turn opens its sentence; this one is a chant.
                label = None
            if label is not None:
                found[n] = ("label", label)
                continue
            signature = signature_after(unit, k, qe, qs) or colon_signature(unit, k, qs, qe) or signature_clause_after(unit, k, qs, qe)
            if signature is None and n == unit.quotes[-1] and k + 1 < len(art.units) and art.units[k + 1].number > 0:
                signature = signature_below(unit, k, qs, qe, art.units[k + 1])
            if signature is None and n == unit.quotes[0] and art.lines_before.get(unit.number):
                above = name_line_above(unit, k, qs, art.lines_before[unit.number][-1])
                if above is not None and art.named_elsewhere(above.printed):
                    # Nearer than any lead-in the paragraph before ends with
                    # ("Here is his plea:"): the line names who speaks.
                    found[n] = ("label", above)
                    continue
            if signature is not None:
                found[n] = ("signature", signature)
    for n, cue in _answer_cues(art, quotes).items():
        found.setdefault(n, ("label", cue))
    for n, cue in _topic_answers(art, quotes).items():
        found.setdefault(n, ("label", cue))
    for n, cue in _roundup_sentences(art, quotes).items():
        found.setdefault(n, ("signature", cue))
    for k, unit in enumerate(art.units[:-1]):
        source = source_below(unit, k, art.units[k + 1]) if unit.number > 0 and unit.quotes else None
        if source is not None:
            for n in unit.quotes:
                found.setdefault(n, ("source", source))
    repeated = Counter(kind for kind, _ in found.values())
    return {n: (kind, cue) for n, (kind, cue) in found.items() if repeated[kind] >= 2 or art.known_person(cue.printed)}


def _answer_cues(art: Article, quotes: list[Quote]) -> dict[int, Cue]:
    """An interview's answers that are themselves quoted ("Q: ...", then
    "A: “...”"): the person the interview is with speaks them."""
    answers = answer_units(art.units)
    interviewee = _interviewee(art) if answers else None
    if interviewee is None:
        return {}
    found = {}
    for k, start in answers.items():
        unit = art.units[k]
        if unit.quotes:
            first = quotes[unit.quotes[0]]
            if mark_bounds(unit.text, first.start - unit.base, first.end - unit.base)[0] == start:
                found[unit.quotes[0]] = Cue(interviewee.full, k * UNIT, 0, verb=":")
    return found


def _roundup_sentences(art: Article, quotes: list[Quote]) -> dict[int, Cue]:
    """A round-up of remarks, each a paragraph that opens with the
    quotation and closes with one sentence about whoever made it ("“...”
    Jane Roe speaks frankly after her defeat."), twice or more: one such
    paragraph alone may as well be a story going on."""
    found = {}
    for k, unit in enumerate(art.units):
        if unit.number == 0 or not unit.quotes:
            continue
        n = unit.quotes[0]
        qs, qe = mark_bounds(unit.text, quotes[n].start - unit.base, quotes[n].end - unit.base)
        if unit.masked[:qs].strip(" \u00a0" + MARKS):
            continue
        cue = _surely_person(art, next_sentence_subject(unit, k, qe))
        if cue is not None:
            found[n] = cue
    return found if len(found) >= 2 else {}


def _topic_answers(art: Article, quotes: list[Quote]) -> dict[int, Cue]:
    """An interview strung together as topics and answers ("On her next
    film: “...”", twice or more): the one person the headline names
    speaks the answers."""
    answers = {}
    for k, unit in enumerate(art.units):
        if unit.number > 0 and unit.quotes:
            n = unit.quotes[0]
            qs = mark_bounds(unit.text, quotes[n].start - unit.base, quotes[n].end - unit.base)[0]
            if topic_label(unit, qs):
                answers[n] = k
    headline = [p for p in art.persons if not p.org and p.positions and p.positions[0] < art.body_start]
    if len(answers) < 2 or len(headline) != 1:
        return {}
    return {n: Cue(headline[0].full, k * UNIT, 0, verb=":") for n, k in answers.items()}


def _interviewee(art: Article) -> Optional[Person]:
    """The person an interview is with: the one the article names most
    often among those it shows to be people."""
    people = [p for p in art.persons if not p.org and p.shown_person()]
    return max(people, key=lambda p: len(p.positions), default=None)


def _names_anyone(art: Article, k: int) -> bool:
    """Whether unit ``k`` mentions a person or a body, or a pronoun for one."""
    lo, hi = k * UNIT, (k + 1) * UNIT
    if any(lo <= p < hi for person in art.persons + art.orgs for p in person.positions):
        return True
    return any(t[2].lower() in _THIRD_PERSON for t in art.units[k].masked_tokens)


# Pronouns for someone the story is about; not "we" or "you", which a
# quotation whose marks were lost may leave in the text.
_THIRD_PERSON = {"he", "she", "they", "his", "her", "their", "him", "them"}


def _after_joined_verb(unit: Unit, k: int, sent: int, qs: int, cue: Cue) -> bool:
    """``cue`` follows a speech verb that "and" or "but" joins to what came
    before it from ``sent`` (in a headline a comma too: "X says Y is
    ‘...’ about Z, vows ‘...’"): the words after the verb open what was
    said, and the verb's subject is the sentence's."""
    toks = tokens(unit.masked, sent, max(sent, qs - cue.distance))
    joiners = {"and", "but", ","} if unit.number == 0 else {"and", "but"}
    if len(toks) < 2 or toks[-2][2].lower() not in joiners or toks[-1][2].lower() not in SPEECH_VERBS:
        return False
    if toks[-2][2] == ",":
        return cue.pos - k * UNIT < toks[-2][0]  # the object before the comma was taken for the subject
    return cue.pos - k * UNIT >= toks[-1][1]


def _newcomer_subject(unit: Unit, k: int, sent: int, qs: int) -> Optional[Cue]:
    """An indefinite person opening the sentence before the quotation and
    doing something ("A reporter quizzed her about ...", "One aide asked
    whether ..."): someone the text does not name."""
    toks = tokens(unit.masked, sent, qs)
    while toks and (toks[0][2].lower() in {"but", "and", "yet", "however", "meanwhile"} or toks[0][2] == ","):
        toks = toks[1:]  # "But one engineer ... put it more bluntly:": a connective first
    if len(toks) < 3 or toks[0][2].lower() not in {"a", "an", "one", "another"}:
        return None
    for e in range(1, min(4, len(toks) - 1)):
        after = toks[e + 1][2]
        if not toks[e][2].islower():
            return None  # "A Texas voter who ..., X lost": a description set before a name
        if role_noun(toks[e][2]) and after.isalpha() and after.islower() and indefinite_subject(toks[: e + 1]) == (0, e):
            return Cue(unit.text[toks[0][0] : toks[e][1]], k * UNIT + toks[0][0], qs - toks[e][1], resolvable=False)
    return None


def _closing_attribution(unit: Unit, k: int, spans: list[tuple[int, int]], rank: int, end: int) -> Optional[Cue]:
    """The attribution set off by a comma after the last quotation of the
    sentence, for an earlier quotation of it that has none of its own
    ("He made “...” and made “...”, the prosecutor said.")."""
    last = rank
    while last + 1 < len(spans) and spans[last + 1][0] < end:
        last += 1
    if last == rank:
        return None
    qe_last = spans[last][1]
    cue = after_cue(unit, k, qe_last, end)
    if cue is None or unit.masked[qe_last : cue.pos - k * UNIT].strip(MARKS + " ,\u00a0"):
        return None
    if "," not in unit.text[qe_last - 2 : cue.pos - k * UNIT]:
        return None  # "“...” and “...” said X" with no comma: no closing attribution
    return Cue(cue.printed, cue.pos, cue.distance + qe_last - spans[rank][1], cue.resolvable, cue.verb)


def _title_like(q: Quote) -> bool:
    """A title or a short capitalised name in quotation marks, which no one speaks."""
    return q.kind == "title" or (len(q.text.split()) <= 6 and reads_as_name(q.text))


def _spoken(cue: Optional[Cue], own: bool) -> bool:
    """A cue of the quotation's own sentence with a speech verb, not a
    verb of calling ("X told reporters", not "X called it")."""
    return own and cue is not None and cue.resolvable and speech_verb_form((cue.verb or "").lower())  # "will tell them to “...”" too


def _closing_characterisation(unit: Unit, q: Quote, cue: Optional[Cue]) -> bool:
    """A short quotation that ends its paragraph in a sentence about a
    named person, with no speech verb ("X called Mr Roe a “real
    character”."): the paragraph of quotation after it goes on with X."""
    if cue is None or not cue.resolvable or (cue.verb or "called").lower() not in CALL_VERBS or person_printed(cue.printed) is None:
        return False
    return not unit.text[q.end - unit.base :].strip(" \u00a0.!" + MARKS)


def _continued_part(art: Article, quotes: list[Quote], k: int, n: int) -> Optional[int]:
    """The first quote of the next paragraph when quote ``n`` runs to the
    end of its paragraph without a closing mark."""
    if k < 0 or k + 1 >= len(art.units):
        return None
    unit = art.units[k]
    if art.units[k + 1].number == 0 or not unit.quotes or unit.quotes[-1] != n:
        return None
    q = quotes[n]
    rest = unit.text[q.end - unit.base :].strip()
    if rest:
        return None
    nxt = art.units[k + 1]
    if not nxt.quotes or nxt.masked.lstrip()[:1] != MASK:
        return None
    return nxt.quotes[0]


def _bare_run(art: Article, quotes: list[Quote], k: int, n: int) -> bool:
    """Quote ``n`` and the parts it runs on into in the paragraphs after
    (``_continued_part``) print nothing but quotation: no attribution
    follows in any of them."""
    while (part := _continued_part(art, quotes, k, n)) is not None:
        k, n = k + 1, part
        unit = art.units[k]
        if unit.masked.replace(MASK, "").strip(" \u00a0.,;:"):
            return False
    return True
