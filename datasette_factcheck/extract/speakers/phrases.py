"""Noun phrases around attribution verbs: the subject before a verb, the name after it,
appositives and descriptors."""

from __future__ import annotations

from typing import Optional

from .lexicon import (
    AFFILIATIONS, BODY_KINDS, DETERMINERS, ADVERBS, CONJUNCTIONS, DEMONYMS, FUNCTION_WORDS, GENDERED,
    HONORIFICS, MASK, NP_BREAK, OBLIQUE, ORG_DESCRIPTORS, ORG_NOUNS, ORG_WORDS, PARTICLES,
    POSSESSIVE_PRONOUNS, PRONOUNS, RELATIVES, SPEECH_HEADS, SPEECH_VERBS, TITLE_WORDS, TRADE_KINDS, UNNAMED_SOURCE_HEADS,
)
from .names import (
    possessive_in_body, plural_possessor, bare_word, capitalised, clean_name, is_acronym, mixed_initials, is_initial,
    is_possessive, is_title_word, looks_like_org, month_given_name, name_token, plain_name, plural_role_noun, role_noun, run_end,
    strip_possessive, uncontracted,
)
from .titleruns import district_number, joined_titles_len, listed_portfolio_last, org_and_len, org_connector_len, portfolio_len, title_before_portfolio
from .apposition import appositive_name, held_title, name_after_role_of, name_before_owned_title, name_group, person_before_of, title_phrase, without_letters
from .documents import is_document_word, is_medium_word, is_platform
from .bodykinds import name_before_kind
from .agents import subject_before_agent
from .settings import before_place_phrase, before_time_phrase, name_after_opening, setting_after_name, time_span_opening
from .descriptors import (
    SUBORDINATORS, definite_description_end, described_holder, descriptor_gender, modifier_group, name_after_mixed_descriptors,
    owned_role, role_holder_after, surely_named,
)
from .given_names import is_given_name
from .partymembers import party_description_start, party_member_group
from .setoff import name_before_description
from .placetags import affiliation_of_place, party_place, place_after_place, place_tag, region_after_town
from .text import MARKS, bracketed, tokens
from .wordforms import AGE_RE, IRREGULAR_PAST, finite_verb, initial_a, is_verb, month_surname, number_word, numbered_ordinal, verb_adverb


# Conjunctions that join a second verb to the sentence's subject.
_COORDINATORS = {"and", "but", "or", "yet"}


def np_before(text: str, lo: int, end: int) -> Optional[tuple[int, int]]:
    """The subject noun phrase that ends just before ``end`` (a verb),
    skipping adverbs and an appositive between commas."""
    span = _np_before(text, lo, end)
    if span is not None and (described := subject_before_agent(text, lo, span)) is not None:
        return described  # "the firm founded by Ana Roe said": the firm
    return title_before_portfolio(text, lo, span) if span is not None else None


def _np_before(text: str, lo: int, end: int) -> Optional[tuple[int, int]]:
    toks = tokens(text, lo, end)
    i = len(toks) - 1
    while i >= 0 and verb_adverb(toks[i][2]):
        i -= 1
    i = before_time_phrase(toks, i)  # "Jane Roe on Tuesday said", "Roe last week said"
    i = before_place_phrase(toks, i)  # "the Harbour Trust in Marren said"
    if i >= 1 and toks[i][2].lower() in _COORDINATORS and toks[i - 1][2] == ",":
        return None  # "X backed Y, but now said": the verb shares the sentence's subject
    # "X, however, said" / "X, the spokesman for Y, said": look past comma groups.
    closed = i >= 0 and toks[i][2] == ","  # "X, who ..., said", not "which she described"
    groups: list[tuple[int, int]] = []
    while i >= 0:
        if toks[i][2] == ",":
            i -= 1
            skipped = i
            while i >= 0 and toks[i][2].lower() in ADVERBS:
                i -= 1
            if i < skipped and i >= 0 and time_span_opening(toks, i):
                break  # "Days later, Tallow Council said": a time opens the sentence, no one named
            continue
        if toks[i][2] == ")":
            # "Rep. X (D-Wis.) said", "X (pictured) said": a parenthesis
            # between the subject and its verb is looked past.
            opening = next((n for n in range(i - 1, max(-1, i - 12), -1) if toks[n][2] == "("), None)
            if opening is not None and opening > 0:
                i = opening - 1
                continue
        j = i
        while j >= 0 and toks[j][2] not in {",", ";", ":", "(", ")", "—", "–"} and MASK not in toks[j][2]:
            j -= 1
            if j < i and (initials := bracketed(toks, j)) is not None and is_acronym(initials):
                j -= 3  # "a scientist at the Harbour Centre (HC) in Tallow, Oregon,": a body's initials inside the group
        groups.append((j + 1, i))
        if j < 0 or toks[j][2] != "," or len(groups) >= 6:
            break
        i = j
    if groups:
        setting = setting_after_name(toks, *groups[0])
        if setting is not None:
            groups[0] = (groups[0][0], setting)  # "Chair Jane Roe at a press briefing told"
    named = name_before_description(text, toks, groups)
    if named is not None:
        return named
    if groups:
        named = _name_before_relative(text, toks, groups[0])
        if named is not None:
            return named
    if not closed and groups and groups[0][0] < groups[0][1] and toks[groups[0][0]][2] in _OBJECT_RELATIVES:
        # "Y, who Jane Roe on Monday called": the relative is the verb's
        # object; the name after it is the subject.
        a = groups[0][0] + 1
        if capitalised(toks[a][2]) and bare_word(toks[a][2]) not in FUNCTION_WORDS - set(HONORIFICS):
            span = np_after(text, toks[a][0], toks[groups[0][1]][1], after_verb=False)
            if span is not None and clean_name(text[span[0] : span[1]]) is not None and not looks_like_org(text[span[0] : span[1]]):
                return span
    if not closed and len(groups) == 2 and groups[1][0] == 0 and name_before_owned_title(toks, groups):
        return toks[groups[1][0]][0], toks[groups[1][1]][1]
    # The nearest group that is wholly a noun phrase is the subject; a
    # descriptive appositive in between ("the spokesman for Y", "Ukraine's
    # deputy prime minister") is looked past; a clause stops the search.
    nearest = modifier = None
    for g, (a, b) in enumerate(groups):
        if a > b:
            break
        if (a == b and place_tag(text, toks[a])) or party_place(toks, a, b):
            continue  # "X, of Springfield, Va., said", "X, R-Ky., said", "X, D-Lake Marren, said"
        if a == b and (g > 0 or closed) and g + 1 < len(groups) and is_acronym(toks[a][2]) and name_group(toks, groups[g + 1]):
            continue  # "Jane Roe, MLA, said", "Jane Roe, QC, said": letters after a name
        if b == a + 1 and (g > 0 or closed) and toks[a][2] == "or" and is_acronym(toks[b][2]):
            continue  # "X, an official of the Tallow Space Agency, or TSA, said": the body's other name
        if all(is_initial(t[2]) for t in toks[a : b + 1]) or (a == b and number_word(toks[a][2].lower())):
            continue  # "X, 30, of Raleigh, N.C., said": an age, a state's initials
        if toks[a][2].lower() in RELATIVES and (g > 0 or closed):
            continue  # "X, who was among those polled, said"
        if a < b and toks[a][2] in _ASIDE_ADVERBS and g == 0 and closed:
            continue  # "X, also Harbour Party leader, said", "X, now in her tenth year, said": an aside
        if _inside_relative(text, toks, groups, g):
            continue  # "X, who lives near the capital, Tallow, said": Tallow is inside the clause
        if affiliation_of_place(toks, a, b) or party_member_group(toks, a, b):
            continue  # "Senator Y, Republican of Iowa, said", "Y, also a Democrat, said"
        if g + 1 < len(groups) and place_after_place(toks, (a, b), groups[g + 1], set_off=g > 0 or closed):
            continue  # "X, a nurse from Dover, Kent, says": the region of a town
        if (
            g > 0
            and g + 1 < len(groups)
            and toks[a][2].lower() in {"of", "from"}
            and a < b
            and all(capitalised(t[2]) for t in toks[a + 1 : b + 1])
            and all(capitalised(t[2]) for t in toks[groups[g - 1][0] : groups[g - 1][1] + 1])
        ):
            continue  # "X, 32, of Mill Lane, Tallow, said": where X lives, then the town, set off after the name
        span = person_before_of(toks, a, b) or _trailing_np(toks, a, b)
        if g == 0 and not closed and span is not None and (r := _relative_opening(toks, a, b)) is not None and span[0] == toks[r][0]:
            return span  # "targets, about which Tallow Health said": the relative clause's own subject
        if g > 0 and span is not None and _after_object_relative(toks, span) and all(toks[x][2].islower() for x, _ in groups[:g]):
            return span  # "in what Jane Roe, treasurer of the campaign, called": its description set off
        if g + 1 < len(groups) and title_phrase(toks, a, b) and name_group(toks, without_letters(toks, groups[g + 1])):
            continue  # "Jane Roe AM, Shadow Minister for Fisheries, said": the title names no one
        if g == 0 and len(groups) == 3 and b - a < 4 and name_group(toks, (a, b)) and held_title(toks, groups[1]) and name_group(toks, groups[2]):
            return toks[groups[2][0]][0], toks[groups[2][1]][1]  # "Jane Roe, Director of Research, Harbourline, said": her title, and where she holds it
        if nearest is None and (g > 0 or closed) and modifier_group(toks, a, b):
            # "X, asked about Y, had said", "X, in a call with Y, said": a
            # participle's or a preposition's object is not the subject
            # when a noun phrase stands before it.
            modifier = modifier or span
        elif nearest is None:
            nearest = span
        if g > 0 and span is not None and described_holder(toks, a, span):
            # "Radio host Jane Roe, a former aide in the X administration,
            # said": the name behind its descriptors, not the body inside
            # the appositive after it.
            return span
        # "But Marcus Osei-Tutu, an economist at ..., said": a conjunction
        # opening the sentence is not part of the subject.
        a0 = a
        while a0 < b and (
            toks[a0][2].lower() in CONJUNCTIONS
            or (a0 == a and toks[a0][2].lower() in SUBORDINATORS)
            or AGE_RE.fullmatch(toks[a0][2])  # "47-year-old Jane Roe, a ..., said"
        ):
            a0 += 1  # "as Jane Roe, a former aide, put it"
        if span is not None and span[0] == toks[a0][0]:
            return span
        if span is not None and toks[a0][2].islower() and toks[a0][0] <= span[0] <= toks[_past_role_words(toks, a0, b)][0]:
            # "Petitioner's counsel, advocate Jane Roe, argued": lower-case
            # role words before a name make one noun phrase with it.
            return span
        first = toks[a][2]
        # "X, UK economist at Y, said": a place before a lower-case role opens a description too.
        r = a
        while r < b and r - a < 2 and toks[r][2][:1].isupper():
            r += 1  # "U.S. economist", "New Zealand economist"
        placed_role = a < r < b and toks[r][2].islower() and role_noun(toks[r][2])
        if not (first.lower() in {"the", "a", "an"} or is_possessive(first) or not first[0].isupper() or placed_role):
            break
    return nearest or modifier


# Adverbs that open an aside describing the name before it.
_ASIDE_ADVERBS = frozenset({"also", "now", "then", "formerly", "previously", "once", "still", "currently"})


def _after_object_relative(toks: list[tuple[int, int, str]], span: tuple[int, int]) -> bool:
    """The span follows "what", "which" or "whom", the object of the verb
    ("in what Jane Roe ... called"): the span is the verb's subject."""
    i = next((n for n, t in enumerate(toks) if t[0] == span[0]), None)
    return i is not None and i > 0 and toks[i - 1][2].lower() in {"what", "which", "whom"}


def _relative_opening(toks: list[tuple[int, int, str]], a: int, b: int) -> Optional[int]:
    """The index after "which" or "whom", alone or after a preposition, that
    opens the group from ``a`` to ``b`` ("about which X", "which X"); None
    when the group opens otherwise."""
    r = a + 1 if toks[a][2].lower() in OBLIQUE | {"about", "over", "against"} and a < b else a
    return r + 1 if r < b and toks[r][2].lower() in {"which", "whom"} else None


def _past_role_words(toks: list[tuple[int, int, str]], a: int, b: int) -> int:
    """The index after up to three lower-case words from ``a`` that end in a
    descriptor's head ("advocate", "senior advocate"); ``a`` when there are none."""
    e = a
    while e < b and e - a < 3 and toks[e][2].replace("-", "").isalpha() and toks[e][2].islower() and toks[e][2] not in FUNCTION_WORDS:
        e += 1
    return e if e > a and _descriptor_head(toks[e - 1][2]) else a


def _descriptor_head(word: str) -> bool:
    """A lower-case word that can end descriptors before a name ("rider",
    "advocate"): a role noun, or a word that reads as no adverb, speech
    verb or participle."""
    return role_noun(word) or (word not in ADVERBS and word not in SPEECH_VERBS and not word.endswith(("ly", "ed", "ing")))


def _inside_relative(text: str, toks: list[tuple[int, int, str]], groups: list[tuple[int, int]], g: int) -> bool:
    """Group ``g`` is an appositive that ends a relative clause about the
    name opening the sentence ("Jane Roe, who lives outside the capital,
    Tallow, said", "Jane Roe, who preaches in Elmdale, Wessex, said"): one
    capitalised word after the clause, and before the clause the
    sentence's first words, a name."""
    if g + 1 < len(groups) - 1 and _listed_inside_relative(toks, groups, g):
        return True
    if g + 2 != len(groups) - 1:
        return False
    (a, b), (ra, rb), (na, nb) = groups[g], groups[g + 1], groups[g + 2]
    if a != b or ra > rb or na > nb or toks[ra][2].lower() not in RELATIVES or na != 0:
        return False
    word = toks[a][2]
    # The clause may end in a place the word is the region of ("a pastor at
    # the church of Elizabeth, Colorado,") as well as in a noun the word names.
    if not word[:1].isupper() or is_given_name(word):
        return False
    name = _trailing_np(toks, na, nb)
    return name is not None and name[0] == toks[na][0] and clean_name(text[name[0] : name[1]]) is not None


def _listed_inside_relative(toks: list[tuple[int, int, str]], groups: list[tuple[int, int]], g: int) -> bool:
    """Groups ``g`` on are the items of a list that ends a relative clause
    about the name opening the sentence ("Roe, who played for Lazio,
    Naples, and Juventus, said"): each a capitalised name, the last after
    "and" or "or", up to the group that opens with "who"."""
    r = g
    while r < len(groups) - 2 and r - g < 6:
        a, b = groups[r]
        if a <= b and toks[a][2].lower() in RELATIVES:
            break
        if a > b or b - a > 4 or not all(capitalised(t[2]) or t[2] in {"and", "or"} for t in toks[a : b + 1]):
            return False
        r += 1
    ra, rb = groups[r]
    na, nb = groups[-1]
    if r == g or r != len(groups) - 2 or ra > rb or toks[ra][2].lower() not in {"who", "whose"} or na != 0:
        return False
    return any(t[2] in {"and", "or"} for t in toks[groups[g][0] : groups[g][1] + 1])


def _name_before_relative(text: str, toks: list[tuple[int, int, str]], group: tuple[int, int]) -> Optional[tuple[int, int]]:
    """"Madam Jane Roe who was left waiting at the district hospital
    lamented:": a relative clause printed without its commas; the name
    before "who" is the subject, whatever the clause names."""
    a, b = group
    w = next((n for n in range(a + 1, b) if toks[n][2] == "who"), None)
    if w is None or not capitalised(toks[w - 1][2]):
        return None
    while a < w and toks[a][2].lower() in CONJUNCTIONS:
        a += 1  # "But Jane Roe who ..."
    span = _trailing_np(toks, a, w - 1)
    # The name opens the group ("X, a voter who backed Y, said" is an appositive's clause).
    if span is None or span[0] != toks[a][0] or clean_name(text[span[0] : span[1]]) is None or looks_like_org(text[span[0] : span[1]]):
        return None
    return span


_OBJECT_RELATIVES = {"who", "whom", "which"}


def _trailing_np(toks: list[tuple[int, int, str]], a: int, b: int) -> Optional[tuple[int, int]]:
    """The noun phrase at the end of tokens a..b: a pronoun, a capitalised
    run with its titles, or a determiner phrase ("the alliance chief")."""
    if b < a:
        return None
    last = toks[b][2]
    if last.lower() in PRONOUNS or uncontracted(last.lower()) in PRONOUNS:
        return toks[b][0], toks[b][1]  # "he", "he’d" (asked)
    if (opened := name_after_opening(toks, a, b)) is not None:
        return _trailing_np(toks, opened, b)  # "In a letter to staff Ana Roe wrote": no comma after the occasion
    if (doc := _addressed_document(toks, a, b)) is not None:
        # "his letter to the council said": the letter's writer, not its recipient
        owner = next((t for t in range(doc - 1, max(a, doc - 3) - 1, -1) if toks[t][2].lower() in POSSESSIVE_PRONOUNS), None)
        return (toks[owner][0], toks[owner][1]) if owner is not None else _trailing_np(toks, a, doc)
    owner = next((t for t in range(b - 1, max(a, b - 3) - 1, -1) if toks[t][2].lower() in POSSESSIVE_PRONOUNS), None) if is_document_word(last) else None
    if owner is not None and (owner == a or toks[owner - 1][2].lower() not in OBLIQUE):
        # "her report says", "his latest statement said": the writer speaks
        # through it ("in its filing, written by" is no subject)
        return toks[owner][0], toks[owner][1]
    if b > a and toks[b - 1][2].lower() == "the" and AGE_RE.fullmatch(last):
        return toks[b - 1][0], toks[b][1]  # "the 46-year-old"
    for d in range(b - 1, max(a, b - 7) - 1, -1):
        if definite_description_end(toks[: b + 1], d) == b:
            return toks[d][0], toks[b][1]  # "the Senate minority leader", "the senator from Oregon"
    # "the rider", "the young rider": a determiner and a lower-case noun
    # that reads as a role are a subject even when the role is not listed;
    # so are "the county board's new chair", "the council's new leader", a
    # body in lower case owning the role (three to five words after "the").
    # A trading body's kind takes up to three words before it ("the online
    # retail giant"), where "tech" or "oil" alone would be read as a name's last word.
    kind = last in TRADE_KINDS
    for d in range(b - 1, max(a, b - 5) - 1, -1):
        words = [t[2] for t in toks[d + 1 : b + 1]]
        if not (role_noun(last) or kind) or not all(w.islower() and w not in FUNCTION_WORDS and w not in ADVERBS for w in words):
            continue
        plain = (b - d <= 2 or (kind and b - d == 3 and toks[d][2].lower() == "the")) and toks[d][2].lower() in {"the", "a", "an"} and all(w.isalpha() for w in words)
        owned = b - d >= 3 and toks[d][2].lower() == "the" and any(is_possessive(w) for w in words[:-1])
        if plain or (owned and all(bare_word(strip_possessive(w)).isalpha() for w in words)):
            return toks[d][0], toks[b][1]
    owning = next((q for q in range(b - 1, max(a, b - 3), -1) if is_possessive(toks[q][2])), None) if is_document_word(last) else None
    if owning is not None and toks[owning][2].islower() and all(t[2].isalpha() and t[2].islower() for t in toks[owning + 1 : b]) and _definite_start(toks, a, owning) == a:
        return toks[a][0], toks[owning][1]  # "the court's (written) ruling said": the body described owns the document and speaks
    p = _possessor_before(toks, a, b) if last.islower() else None
    on_network = b > a and is_medium_word(last) and is_platform(toks[b - 1][2])  # "... Twitter account"
    if p is None and on_network:
        p = _possessor_before(toks, a, b - 1)  # "Roe's Facebook page said"
    if p is not None and (is_document_word(last) or is_medium_word(last)):
        # "Roe's emergency motion states that", "Roe's website says": what a
        # person issued speaks for them; the possessor is the subject.
        q = p
        while q > a and capitalised(toks[q - 1][2]) and bare_word(toks[q - 1][2]) not in FUNCTION_WORDS - set(HONORIFICS):
            q -= 1
        return toks[q][0], toks[p][1]
    if p is None and on_network and b - 1 > a and capitalised(w := toks[b - 2][2]) and bare_word(w) not in FUNCTION_WORDS and (named := _trailing_np(toks, a, b - 2)) is not None:
        # "the Harbour Party Twitter account posted": the name before the network publishes
        d = next(t for t in range(a, b + 1) if toks[t][0] == named[0])
        return toks[d - 1 if d > a and toks[d - 1][2].lower() == "the" else d][0], toks[b][1]
    if p is not None and role_noun(last) and not last.endswith("ment") and last not in ORG_NOUNS | ORG_DESCRIPTORS | ORG_WORDS:
        # "Roe's neighbour said", "Roe's old friend said": a person the
        # possessor knows, not the possessor.
        return toks[p][0], toks[b][1]
    if (named_end := name_before_kind(toks, a, b)) is not None and (named := _trailing_np(toks, a, named_end)) is not None:
        return named[0], toks[b][1]  # "the Harbour Nurses Guild (HNG) trade union said": the name, then its kind
    party = party_description_start(toks, a, b)
    if party is not None:
        return toks[party][0], toks[b][1]  # "the 52-year-old Democrat", not "Democrat" alone
    k = b
    while k >= a:
        word = toks[k][2]
        low = word.lower()
        # "Secretary for European and Eurasian Affairs James O'Brien"
        if low in {"for", "of", "and"} and k > a and k < b and toks[k - 1][2][0].isupper() and toks[k + 1][2][0].isupper():
            k -= 1
            continue
        if low == "the" and k - 2 >= a and toks[k - 1][2] in {"of", "for"} and is_title_word(toks[k - 2][2]) and toks[k - 2][2][0].isupper():
            k -= 2  # "Speaker of the House Rep. Jane Roe"
            continue
        if low == "the" and k - 4 >= a and toks[k - 1][2] == "and" and capitalised(toks[k - 2][2]) and toks[k - 3][2] in {"for", "of"} and bare_word(toks[k - 4][2]) in ORG_WORDS:
            k -= 2  # "the Care Board for Dunmore and the Isle of Kessel": both places are the body's
            continue
        if low in {"the", "a", "an"} and not initial_a(toks, k, a, b):
            return toks[k][0], toks[b][1]
        if (
            capitalised(word) or low in PARTICLES or is_possessive(word) or low in TITLE_WORDS
            or (k == b and (low in ORG_DESCRIPTORS or descriptor_gender(low)))
        ):
            if low in NP_BREAK and not word[0].isupper():
                break
            # "May said", "Mrs May said": a month alone or after a name before the verb is a surname.
            if word[0].isupper() and low in FUNCTION_WORDS and low not in HONORIFICS and not is_acronym(word) and not (k == b and month_surname(toks, k, a)):
                if not (a < k < b and toks[k - 1][2].lower() == "the" and is_title_word(toks[k + 1][2])):
                    break  # but "the First Minister": one title
            k -= 1
            continue
        break
    if k == b:
        return None
    lo_i = k + 1
    while lo_i <= b and toks[lo_i][2].lower() in {"for", "of", "and"}:
        lo_i += 1
    # A connector only belongs to a title: "Minister of Finance X", not
    # "Kyiv and Moscow".
    for c in range(b, lo_i - 1, -1):
        if toks[c][2] in {"for", "of", "and"}:
            if not any(is_title_word(toks[t][2]) for t in range(lo_i, c)):
                lo_i = c + 1
            break
    if lo_i > b:
        return None
    if lo_i - 1 >= a and toks[lo_i - 1][2] in {"and", "for", "of"}:
        # "the minister of state for fisheries and Coastal Affairs": the
        # capitalised words end the portfolio of a description, not a name.
        the = next((t for t in range(lo_i - 2, max(a, lo_i - 12) - 1, -1) if toks[t][2].lower() == "the"), None)
        if the is not None and any(toks[t][2].islower() and is_title_word(toks[t][2]) for t in range(the + 1, min(the + 3, lo_i))):
            return toks[the][0], toks[b][1]
    return toks[lo_i][0], toks[b][1]


def _addressed_document(toks: list[tuple[int, int, str]], a: int, b: int) -> Optional[int]:
    """The index of a document or message noun before "to" and a recipient
    that ends at ``b`` ("letter to the board", "email to Ana Roe"); None
    when the phrase ends otherwise."""
    for t in range(b - 1, max(a, b - 6), -1):
        word = toks[t][2]
        if word == "to":
            d = toks[t - 1][2]
            if any(w[2].lower() in {"the", "a", "an"} for w in toks[t + 2 : b + 1]):
                return None  # "in a speech to the club the premier said": the recipient's phrase has ended
            return t - 1 if d.islower() and (is_document_word(d) or d in SPEECH_HEADS) else None
        if not (capitalised(word) or word.lower() in {"the", "a", "an"} or (word.isalpha() and word.islower() and word not in FUNCTION_WORDS)):
            return None
    return None


def _definite_start(toks: list[tuple[int, int, str]], a: int, p: int) -> Optional[int]:
    """The index of "the" that opens a description in lower case ending at ``p`` ("the court's")."""
    d = p - 1
    while d >= a and p - d <= 3 and toks[d][2].isalpha() and toks[d][2].islower() and toks[d][2] not in FUNCTION_WORDS:
        d -= 1
    return d if d >= a and toks[d][2].lower() == "the" else None


def _possessor_before(toks: list[tuple[int, int, str]], a: int, b: int) -> Optional[int]:
    """The capitalised possessive up to two lower-case words before the
    noun at ``b`` ("Roe's old friend"): its index, or None."""
    p = b - 1
    while p >= a and b - p <= 3 and toks[p][2].isalpha() and toks[p][2].islower() and toks[p][2] not in FUNCTION_WORDS:
        p -= 1
    return p if p >= a and is_possessive(toks[p][2]) and capitalised(toks[p][2]) else None


# Words that open a description a name follows after a comma.
_APPOSITIVE_OPENERS = {"another", "one", "his", "her", "their", "its", "our", "my"}


def _name_after_epithet(toks: list[tuple[int, int, str]], subject: bool = False) -> Optional[tuple[int, int]]:
    """"said a frustrated Jane Roe.", "said an emotional Roe,": an
    indefinite article and plain lower-case words describe the name that
    ends the phrase; the name speaks. With ``subject``, the name may be
    followed by its verb instead ("An incensed Roe accused ...", not "A
    local Tallow man said")."""
    r = 1
    while r < min(4, len(toks)) and toks[r][2].isalpha() and toks[r][2].islower() and toks[r][2] not in FUNCTION_WORDS:
        r += 1
    if r == 1 or r >= len(toks) or not name_token(toks[r][2]):
        return None
    e = r
    while e + 1 < len(toks) and name_token(toks[e + 1][2]):
        e += 1
    if e + 1 == len(toks) or not toks[e + 1][2][:1].isalnum():
        return toks[r][0], toks[e][1]
    after = toks[e + 1][2]
    if (subject and finite_verb(after)) or (not subject and after in {"in", "at", "on", "during", "after", "as"}):
        return toks[r][0], toks[e][1]  # "said a jubilant Roe in her victory speech"
    return None


def np_after(text: str, start: int, end: int, after_verb: bool = True) -> Optional[tuple[int, int]]:
    """The noun phrase right after a verb ("said the Secretary General"),
    or opening a sentence (``after_verb`` False)."""
    toks = tokens(text, start, end)
    if not toks:
        return None
    first = toks[0][2]
    described = first.lower() in POSSESSIVE_PRONOUNS and len(toks) > 2 and toks[1][2].islower()
    if first.lower() in PRONOUNS and not described:
        return toks[0][0], toks[0][1]
    k = 0
    if first.lower() in _APPOSITIVE_OPENERS:
        # "said another member, Jane Roe", "said his best friend at
        # school, Jane Roe": the name in the appositive is the speaker.
        name = appositive_name(toks, 0)
        if name is not None and not region_after_town(text, toks, name):
            return name
    if after_verb and first.lower() in {"a", "an", "another"}:
        # "said a second witness.", "said another resident,": someone new,
        # whom the text does not name.
        r = 1
        while r < len(toks) and toks[r][2] in _OTHER_WORDS:
            r += 1
        word = toks[r][2] if r < len(toks) else ""
        ends = r + 1 >= len(toks) or toks[r + 1][2] in {",", ";", ":", "who", "("} or MASK in toks[r + 1][2]
        if r > 1 and word and ends and (word in UNNAMED_SOURCE_HEADS or word in GENDERED or word in {"man", "woman"}):
            return toks[0][0], toks[r][1]
    if numbered_ordinal(first) and len(toks) > 2 and capitalised(toks[1][2]):
        k = 1  # "says 5th District Councilman Jane Roe": the ordinal opens the title
    if after_verb and AGE_RE.fullmatch(first) and len(toks) > 1 and name_token(toks[1][2]):
        k = 1  # "said 43-year-old Ana Roe", "said 43-year-old Noi": the age, then the name
    if first.lower() in {"the", "a", "an"}:
        k = 1
        # "said the returning officer, Jean-Pierre Martin, before ...": the
        # name in the appositive is the speaker.
        name = appositive_name(toks, 0)
        if name is not None and not region_after_town(text, toks, name):
            return name
        if len(toks) > 1 and AGE_RE.fullmatch(toks[1][2]) and (len(toks) == 2 or not toks[2][2][:1].isalpha()):
            return toks[0][0], toks[1][1]  # "said the 46-year-old."
        if len(toks) > 2 and AGE_RE.fullmatch(toks[1][2]) and name_token(toks[2][2]) and not is_title_word(toks[2][2]):
            last = run_end(toks, 2)
            after = toks[last + 1][2] if last + 1 < len(toks) else ""
            if not (after.isalpha() and after.islower()) or after in {"who", "of", "from", "in", "at"}:
                return toks[2][0], toks[last][1]  # "said the 71-year-old Roe, who ...", not "the 71-year-old Tallow coach"
        given = name_after_role_of(toks, 2) if len(toks) > 4 and toks[1][2].islower() and role_noun(toks[1][2]) else None
        if given is not None:
            return toks[given][0], toks[run_end(toks, given)][1]  # "said the head of the union Jane Roe"
        e = definite_description_end(toks, 0)
        if e is not None:
            return toks[0][0], toks[e][1]  # "said the senator from Oregon"
        if len(toks) > 1 and toks[1][2].islower() and role_noun(toks[1][2]) and (len(toks) == 2 or not toks[2][2][:1].isalpha()):
            return toks[0][0], toks[1][1]  # "said the farmer.", "according to the ruler,"
    if first.lower() in {"a", "an"}:
        name = _name_after_epithet(toks, subject=not after_verb)
        if name is not None:
            return name
    if k == 0 and first.islower():
        # "says banned rider Lukas Brenner": lower-case descriptors ending
        # in a noun (not an adverb or a verb form), then the name; "added
        # his campaign manager Jane Roe" too: the possessor only describes.
        # "said 30-year-old dairy worker Jane Roe": an age opens the descriptors.
        aged = after_verb and AGE_RE.fullmatch(first) is not None
        r = 1 if described or aged else 0
        # Hyphenated descriptors count too: "fumed season-ticket holder X".
        # "said women's basketball coach X": a lower-case possessive opens them too.
        joined = int(aged)
        while r < min(4 + joined, len(toks) - 1) and (toks[r][2].replace("-", "").isalpha() or (is_possessive(toks[r][2]) and strip_possessive(toks[r][2]).isalpha())) and toks[r][2].islower():
            if district_number(toks, r + 1):
                r += 2  # "said ward 5 councillor Jane Roe": the number of the ward is no name
                continue
            if toks[r][2] in FUNCTION_WORDS:
                # "said former secretary of state Jane Roe", "master of
                # ceremonies Jane Roe": "of" between lower-case nouns; "said
                # analyst and trader Jane Roe": two descriptions joined.
                nxt = toks[r + 1][2]
                if not (r > 0 and toks[r][2] in {"of", "and"} and nxt.isalpha() and nxt.islower() and nxt not in FUNCTION_WORDS):
                    break
                joined += toks[r][2] == "and"
            r += 1
        given = name_after_role_of(toks, r) if r > 0 and role_noun(toks[r - 1][2]) else None
        if given is not None:
            # "said president of HPSU Jane Roe": the body a role is "of", then the name.
            return toks[given][0], toks[run_end(toks, given)][1]
        head = toks[r - 1][2] if r else ""
        # "said former Gov. Jane Roe", "says retired Senator Jane Roe": a
        # capitalised title may stand between the descriptors and the name.
        t = r
        while t < min(r + 3, len(toks) - 1) and capitalised(toks[t][2]) and is_title_word(toks[t][2]):
            t += 1
        # "said former Secretary of State Jane Roe": the title's department follows it.
        if 0 < r < len(toks) and (_descriptor_head(head) or t > r) and (name_token(toks[t][2]) or (t > r and toks[t][2] in {"of", "for", "to"})):
            k = r
    j = k
    titled = -1  # where a title's "of" or "for" joins its department
    while j < len(toks):
        word = toks[j][2]
        low = word.lower()
        if j > k and plural_possessor(text, toks, j - 1):
            return toks[j][0], toks[run_end(toks, j)][1]  # "said Tallow Investors’ Ana Roe": the possessor only describes
        if j > k and after_verb and text[toks[j - 1][1] : toks[j][0]] in {"’ ", "' "} and toks[j - 1][2].endswith("s") and (owned := owned_role(toks, j)) is not None:
            return owned  # "said Vines’ mother": someone of Vines's
        if j > k and any(c in MARKS for c in text[toks[j - 1][1] : toks[j][0]]) and not possessive_in_body(toks, j - 1):
            break  # "said Roe. ‘ Tallow ...": a quote mark ends the name, not "Students’ Union"
        if word[0].isupper() and (low not in FUNCTION_WORDS - set(HONORIFICS) or (len(word) > 2 and word.isupper()) or (j > k and month_surname(toks, j, k)) or initial_a(toks, j, k, len(toks) - 1)):
            j += 1  # "says the WHO": initials that spell a small word are still a name; "said Mrs. May", "said Judge S A Roe"
        elif j > k and set(word) == {MASK} and len(word) <= 24 and j + 1 < len(toks) and name_token(toks[j - 1][2]) and name_token(toks[j + 1][2]):
            j += 1  # "said organiser Ivo “Bear” Renk": a nickname in quotation marks inside the name
        elif j == k and month_given_name(word) and j + 1 < len(toks) and name_token(toks[j + 1][2]):
            j += 1  # "said June Hollis": a month that is a given name
        elif word[0].isupper() and low in _TITLE_ORDINALS and j + 1 < len(toks) and capitalised(toks[j + 1][2]) and is_title_word(toks[j + 1][2]):
            j += 1  # "Eastland First Minister Ana Roe": an ordinal that opens a title
        elif (
            j > k
            and word == "("
            and j + 3 < len(toks)
            and (is_acronym(toks[j + 1][2]) or mixed_initials(toks[j + 1][2]))
            and toks[j + 2][2] == ")"
            and is_title_word(toks[j + 3][2])
        ):
            j += 3  # "Harbour Alliance (HA) president Ana Roe", "Council of Tallow (CoT) Chairman X": the body's initials, then its title
        elif j > k and (n := joined_titles_len(toks, j)):
            j += n  # "Harbour Aid President and CEO Ana Roe": two titles, then the name
        elif j > k and district_number(toks, j) and capitalised(toks[j + 1][2]):
            j += 1  # "said Ward 1 Coun. Jane Roe": a numbered ward before the title
        elif j > k and word[0].isupper() and number_word(low) and j + 1 < len(toks) and capitalised(toks[j + 1][2]):
            j += 1  # "says District Five Assemblyman Jane Roe": a numbered district in the title
        elif j > k and (n := org_connector_len(toks, k, j)):
            j += n  # "the International Committee of the Red Cross"
        elif j > k and (n := org_and_len(toks, k, j)):
            j += n  # "the Tallow and Marren Police Service"
        elif j > k and low in PARTICLES:
            j += 1
        elif j > k and low in {"of", "for", "on"} and toks[j - 1][2][:1].isupper() and is_title_word(toks[j - 1][2]) and (n := portfolio_len(toks, j - 1)):
            j += n - 1  # "Associate Principal of curriculum Jane Roe": a title's lower-case portfolio
        elif j > k and (k == 0 or toks[k - 1][2].islower()) and low in {"of", "for", "to"} and toks[j - 1][2][:1].isupper() and is_title_word(toks[j - 1][2]) and not _surname_title(toks, j - 1) and (the := int(j + 2 < len(toks) and toks[j + 1][2] == "the")) + j + 1 < len(toks) and capitalised(toks[j + 1 + the][2]) and MASK not in toks[j + 1 + the][2]:
            titled = j  # "Former Secretary of Labor Ines Duarte", "Ambassador to the United Nations Ana Roe"
            j += 1 + the
        elif titled >= 0 and low in {"and", "&"} and j + 1 < len(toks) and capitalised(toks[j + 1][2]) and MASK not in toks[j + 1][2] and not any(is_given_name(t[2]) for t in toks[titled + 1 : j]):
            j += 1  # "Minister of Tourism and Heritage Ama Ofori": the department has two parts
        elif k == 1 and (low in TITLE_WORDS or is_possessive(word)) and j - k < 5:
            j += 1
        elif k == 1 and j == k and low in BODY_KINDS and j + 1 < len(toks) and capitalised(toks[j + 1][2]) and MASK not in toks[j + 1][2]:
            j += 1  # "The charity Open Doors said": the kind of body before its name
        elif k == 1 and j > k and word.islower() and role_noun(low) and not (j + 1 < len(toks) and capitalised(toks[j + 1][2])):
            j += 1  # "The Labour nominee outlined ...": the role noun the capitalised words qualify
            break
        elif (low in TITLE_WORDS or (word.islower() and "-" in word and is_title_word(word))) and j > 0 and j + 1 < len(toks) and toks[j + 1][2][0].isupper():
            j += 1  # "Trading Standards officer Janet Pryce", "HPO director-general Dr. Ana Roe"
        elif (low in TITLE_WORDS or (word.islower() and (is_title_word(word) or role_noun(low)))) and j > k and (n := joined_titles_len(toks, j + 1)):
            j += 1 + n  # "Halden Pike chairman and chief executive Ana Roe", "Lumara co-founder and CTO Ana Roe"
        elif low in TITLE_WORDS and j > 0 and (n := portfolio_len(toks, j)):
            j += n  # "Opposition spokesman on transport Mikael Phillips"
        elif j > k and numbered_ordinal(low) and j + 1 < len(toks) and is_title_word(toks[j + 1][2]):
            j += 1  # "Air Force 1st Lt. Jane Roe": a rank's ordinal
        elif j > k and low == "the" and is_title_word(toks[j - 1][2]) and j + 1 < len(toks) and bare_word(toks[j + 1][2]) in HONORIFICS:
            j += 1  # "Senator the Hon. Jane Roe": a title, then the form of address
        else:
            break
    if after_verb and k == 0 and 0 < j < len(toks) - 3 and toks[j][2] in {",", "and", "&"} and (listed := listed_portfolio_last(toks, j)) is not None:
        # "says Ports, Parks and Heritage Minister Ana Roe": the title and its holder end the list.
        holder = np_after(text, toks[listed][0], end)
        if holder is not None and any(is_title_word(w) for w in text[holder[0] : holder[1]].split()[:-1]):
            return holder
    if after_verb and k == 0 and 0 < j < len(toks) - 2 and toks[j][2] == "," and is_title_word(toks[j - 1][2]) and not any(is_given_name(t[2]) and not is_acronym(t[2]) for t in toks[:j]):
        # "said Senior Investigating Officer, Detective Inspector Ana Roe":
        # a title alone (a body's initials may open it), then after the comma the one who holds it.
        holder = np_after(text, toks[j + 1][0], end)
        if holder is not None and clean_name(text[holder[0] : holder[1]]) is not None:
            return holder
    the = 1 if j + 1 < len(toks) and toks[j + 1][2] == "the" else 0
    if k == 0 and 0 < j < len(toks) - 3 - the and toks[j][2] in {"for", "of"} and capitalised(toks[j + 1 + the][2]):
        # "Friends for the Harbour Chair Jane Roe": a body named with "for"
        # or "of", then a title: the person after the title.
        e = j + 1 + the
        while e < len(toks) and capitalised(toks[e][2]) and MASK not in toks[e][2]:
            e += 1
        office = next((t for t in range(j + 1, e - 1) if toks[t][2][:1].isupper() and is_title_word(toks[t][2])), None)
        if office is not None and not is_title_word(toks[office + 1][2]) and clean_name(" ".join(w[2] for w in toks[office + 1 : e])) is not None:
            return toks[office + 1][0], toks[e - 1][1]
    if not after_verb and k == 0 and j == 1 and (e := _plural_head_after(toks, 1)) is not None:
        return toks[0][0], toks[e][1]  # "Marine safety experts have ...": a group, not "Marine"
    if j == 0 and after_verb and first.islower():
        # "said undecided Republican voter Jane Roe of Town": descriptors
        # mixing labels and lower-case nouns before a name.
        return name_after_mixed_descriptors(toks)
    if j == 0 or (k == 1 and j == 1):
        return None
    if k == 1 and j == 2 and j < len(toks) and _acronym_modifier(toks[1][2], toks[2][2]):
        return None  # "The PR effort comes ...": the effort, not a body "PR"
    if k == 1 and after_verb and j < len(toks) and _modified_noun(toks[j][2]) and not is_possessive(toks[j - 1][2]):
        # "said the New York businessman, who ...": the capitalised words
        # say what kind of businessman; the description is the speaker.
        return toks[0][0], toks[j][1]
    if titled >= 0:
        # Only the person after the title is the name: "Minister of Energy"
        # is no body that speaks.
        # A given name or an initial opens it before any plain capitalised word does
        # ("Minister for Schools and Diaspora Ana Roe").
        opening = next((t for t in range(titled + 2, j - 1) if is_given_name(toks[t][2]) or is_initial(toks[t][2])), j)
        for t in range(titled + 2, j - 1):
            if t == opening or (t < opening and plain_name([w[2] for w in toks[t:j]]) and opening == j):
                person = clean_name(" ".join(w[2] for w in toks[t:j]))
                if person is not None and len(person.split()) >= j - t - 1:
                    return toks[t][0], toks[j - 1][1]
        return None
    if is_possessive(toks[j - 1][2]):
        held = role_holder_after(toks, j)
        if held is not None:
            return held
        if after_verb and (owned := owned_role(toks, j)) is not None:
            return owned  # "said Roe's mother": someone of Roe's, not Roe
    if k == 0 and j < len(toks) and all(bare_word(t[2]) in AFFILIATIONS or bare_word(t[2]) in DEMONYMS for t in toks[:j]):
        # "Republican presidential nominee Jane Roe", "Democratic candidate
        # Sen. Jane Roe": a party or nationality opens the description.
        held = _labelled_person(toks, j)
        if held is not None:
            return held
    if k == 0 and j < len(toks):
        # "said MSNBC host X Y": the outlet describes the person after it.
        held = role_holder_after(toks, j, any_noun=True, named=after_verb)
        if held is not None:
            return held
    return toks[0][0], toks[j - 1][1]


def _plural_head_after(toks: list[tuple[int, int, str]], j: int) -> Optional[int]:
    """The index of a plural role noun that ends the lower-case words from
    ``j`` on ("safety experts", "supporters"): the capitalised word before
    them only says what kind of group it is."""
    for e in range(j, min(j + 3, len(toks))):
        word = toks[e][2]
        if not (word.isalpha() and word.islower()) or word in FUNCTION_WORDS or word in ADVERBS or word in SPEECH_VERBS:
            return None
        if e == j and word in ORG_NOUNS and _phrase_ends(toks, e + 1):
            return e  # "Tallow police: “...”": a body, not a person "Tallow"
        if plural_role_noun(word):
            # A determiner or a name after it makes the word a verb with its
            # object ("X forwards an article", "X visits Dover").
            after = toks[e + 1][2] if e + 1 < len(toks) else ""
            return None if after.lower() in _OBJECT_OPENERS or capitalised(after) else e
        if _verb_ending(word):
            return None  # "X rallied supporters", "X tells reporters": a verb, not a modifier
    return None


_OBJECT_OPENERS = DETERMINERS | {"that", "this", "these", "those"}


def _phrase_ends(toks: list[tuple[int, int, str]], n: int) -> bool:
    """No noun or name goes on at ``n`` ("police said", "police: ...", not "charity Milo Haven")."""
    word = toks[n][2] if n < len(toks) else ""
    if not word.isalpha() or word in FUNCTION_WORDS or word in ADVERBS or word in SPEECH_VERBS:
        return True
    return word.islower() and _verb_ending(word) and not plural_role_noun(word)


def _verb_ending(word: str) -> bool:
    """A past's "-ed" or a present's "-s" ("rallied", "tells"); "business"
    and "press" end in no verb's "-s"."""
    return word.endswith("ed") or (word.endswith("s") and not word.endswith("ss"))


# Ordinals that open a title ("First Minister", "Second Lady").
_TITLE_ORDINALS = {"first", "second", "third"}
# Words that make an indefinite description someone new ("a second witness").
_OTHER_WORDS = {"second", "third", "fourth", "fifth", "other", "further", "fellow"}

def _modified_noun(word: str) -> bool:
    """A singular lower-case noun that capitalised words before it qualify
    ("New York businessman", "Ohio senator"): no function word, adverb or
    verb form."""
    low = word.lower()
    return (
        word.replace("-", "").isalpha()
        and word.islower()
        and low not in FUNCTION_WORDS
        and low not in ADVERBS
        and low not in SPEECH_VERBS
        and not is_verb(low)
        and low not in IRREGULAR_PAST
        and not low.endswith(("s", "ed", "ly", "ing"))
    )


def _acronym_modifier(word: str, following: str) -> bool:
    """An acronym between "the" and a common noun only says what kind of
    thing the noun is ("the PR effort", "the GDP figures"); a verb after
    it ("the FBI said"), a role ("the FBI director") or a document ("a TDB
    statement") keeps it a body."""
    if not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()):
        return False
    low = following.lower()
    return (
        following.isalpha()
        and following.islower()
        and low not in FUNCTION_WORDS
        and low not in ADVERBS
        and low not in SPEECH_VERBS
        and not is_verb(low)
        and low not in IRREGULAR_PAST
        and not low.endswith(("s", "ed", "ly"))
        and not role_noun(low)
        and not is_title_word(low)
        and not is_document_word(low)  # "a TDB statement": the body issues it
    )


def _surname_title(toks: list[tuple[int, int, str]], t: int) -> bool:
    """A title word after a given name or a middle initial is a surname
    ("Peter T. King of Ohio"), not a title with its department."""
    return t > 0 and (is_initial(toks[t - 1][2]) or is_given_name(toks[t - 1][2]))


def _labelled_person(toks: list[tuple[int, int, str]], j: int) -> Optional[tuple[int, int]]:
    """The person after a party or nationality label and the lower-case
    descriptors that follow it ("[Republican] presidential front-runner
    Jane Roe", "[Democratic] candidate Sen. Jane Roe"): a given name and a
    surname, or a title and a name. ``j`` is the token after the label."""
    r = j
    while r < len(toks) and r - j < 4 and toks[r][2].islower() and toks[r][2].replace("-", "").isalpha():
        word = toks[r][2]
        if word in FUNCTION_WORDS or word in ADVERBS or word in SPEECH_VERBS or word.endswith(("ing", "ed", "ly")):
            return None
        r += 1
    if r == j:
        return None
    t = r
    while t < len(toks) and t - r < 3 and capitalised(toks[t][2]) and is_title_word(toks[t][2]):
        t += 1
    e = t
    while e < len(toks) and e - t < 5 and (name_token(toks[e][2]) or (e > t and toks[e][2].lower() in PARTICLES)):
        e += 1
    if e == t:
        return None
    name = clean_name(" ".join(w[2] for w in toks[r:e]))
    if name is None or not (t > r or surely_named(name, [w[2] for w in toks[t:e]])):
        return None
    return toks[r][0], toks[e - 1][1]
