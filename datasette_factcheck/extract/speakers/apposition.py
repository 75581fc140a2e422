"""Appositions around a name: the name a comma sets after a description
("the club's manager, John Smith,"), a person "of" a body ("Anna Kowal
of the Harbour Trust"), a title set off after a name that names no one,
letters printed after a name, a role the name's own clause gives it
("X last year became the youngest mayor to ..."), and a name a quotation's
closing attribution sets off before its description ("Ana Roe, Principal,
HPS Tallow, said")."""

from __future__ import annotations

from typing import Optional

from .descriptors import surely_named
from .given_names import is_given_name
from .lexicon import APPOSITIVE_END, COURT_SIDES, AUXILIARIES, BE_FORMS, DETERMINERS, SPEECH_VERBS, FUNCTION_WORDS, HONORIFICS, MASK, ORG_CONNECTORS, ORG_NOUNS, ORG_WORDS, PARTICLES, PLACE_NOUNS, PORTFOLIO_WORDS, TIME_NOUNS, TITLE_WORDS, CALENDAR_NAMES
from .names import bare_word, capitalised, clean_name, is_acronym, is_possessive, is_title_word, looks_like_org, role_noun, strip_possessive, titled_person_at
from .cuenames import personal
from .text import QUOTE_RE
from .wordforms import IRREGULAR_PAST, is_verb

OF_WORDS = {"of", "at", "from", "with"}


def without_letters(toks: list[tuple[int, int, str]], group: tuple[int, int]) -> tuple[int, int]:
    """The group without letters after a name ("Jane Roe AM", "Jane Roe MP")."""
    a, b = group
    return (a, b - 1) if b - a >= 2 and toks[b][2].isupper() and is_acronym(toks[b][2]) else group


def name_after_role_of(toks: list[tuple[int, int, str]], r: int, joiners: frozenset[str] = frozenset({"of", "for"})) -> Optional[int]:
    """Where a name starts after "of" or "for" and a body's capitalised
    name, initials or kind ("of HPSU Jane Roe", "of the Harbour Trust Jane
    Roe", "of the union Jane Roe"): at a given name followed by another
    capitalised word; None otherwise. A person's role there ("of the
    victim Jane Roe") names someone else, not the role's holder."""
    if r + 2 >= len(toks) or toks[r][2] not in joiners:
        return None
    m = r + 1 + (toks[r + 1][2] == "the")
    start = m
    while m + 1 < len(toks) and m - start < 5 and (capitalised(toks[m][2]) or (m - start < 2 and _body_word(toks[m][2]))):
        if m > start and is_given_name(toks[m][2]) and capitalised(toks[m + 1][2]):
            return m
        if m == start and m + 2 < len(toks) and bare_word(toks[m][2]) in PORTFOLIO_WORDS and all(
            capitalised(toks[n][2]) and not is_title_word(toks[n][2]) and bare_word(toks[n][2]) not in ORG_WORDS for n in (m + 1, m + 2)
        ):
            return m + 1  # "for Health Tembi Ndaba": a portfolio of one word, then a name the lists may lack
        word = bare_word(toks[m][2])
        if capitalised(toks[m][2]) and (is_title_word(toks[m][2]) and word not in ORG_WORDS and word not in PORTFOLIO_WORDS or word in HONORIFICS):
            # "a spokesman for Mayor Jane Roe": the name is the mayor's, the
            # role another's; "MEC for Health Jane Roe": a portfolio, then the holder
            return None
        m += 1
    return None


def _body_word(word: str) -> bool:
    """A lower-case word for a kind of body ("union", "council", "opposition")."""
    return word.isalpha() and word.islower() and (word in ORG_WORDS or word in ORG_NOUNS or word in _HOUSE_SIDES)


# A house's sides, bodies though no organisation word names them.
_HOUSE_SIDES = {"opposition", "majority", "minority"}


_BECOME = {"became", "becomes", "is", "was", "remains", "remained"}
_WHEN_NOUNS = TIME_NOUNS | CALENDAR_NAMES
_ORDINALS = {"first", "only", "last", "second", "third", "next"}
_WHEN_WORDS = {"on", "in", "last", "this", "now", "then", "also", "already", "later", "soon", "since", "today", "yesterday"}


def predicate_role(toks: list[tuple[int, int, str]], j: int) -> Optional[str]:
    """The role a name's own clause gives it: "X in May became the
    youngest mayor to ...", "X is the new chair of ...". The role noun
    follows the verb, an article and at most three lower-case modifiers;
    a time phrase of up to three words may stand between name and verb,
    and so may ", who" ("X, who became the chair of ...")."""
    n = j + 1
    if n + 1 < len(toks) and toks[n][2] == "," and toks[n + 1][2] == "who":
        n += 2
    while n < len(toks) and n - j <= 3 and (toks[n][2].lower() in _WHEN_WORDS or bare_word(toks[n][2]) in _WHEN_NOUNS or toks[n][2].isdigit()):
        n += 1
    if n + 2 >= len(toks):
        return None
    if toks[n][2] not in _BECOME or toks[n + 1][2] not in {"the", "a", "an"}:
        return _role_taken_as(toks, n)
    m = n + 2
    while m < len(toks) and m - n <= 5 and toks[m][2].isalpha() and toks[m][2].islower():
        if toks[m][2] in TITLE_WORDS:
            nxt = toks[m + 1][2] if m + 1 < len(toks) else ""
            # "the youngest mayor", "a deputy minister": the title ends the
            # noun, or only a preposition or clause follows it.
            return toks[m][2] if not (nxt.isalpha() and nxt.islower() and nxt in TITLE_WORDS) else nxt
        if toks[m][2] in FUNCTION_WORDS and toks[m][2] not in _ORDINALS:
            return None
        m += 1
    return None


# Verbs and particles of leaving a post: "X stepped down as mayor" holds it no more.
_LEAVING = frozenset({"stepped", "steps", "resigned", "resigns", "quit", "quits", "retired", "retires", "left", "leaves", "ousted", "sacked", "removed", "replaced", "fired", "dismissed", "down", "aside", "off"})


def _role_taken_as(toks: list[tuple[int, int, str]], n: int) -> Optional[str]:
    """The post a name's own clause says it took or holds "as" ("X took
    over as Chief Warden", "X was named as its head coach", "X serves
    as mayor"): the last title word of the run after "as", its determiner
    and at most two lower-case modifiers; None for a post left ("X stepped
    down as chair")."""
    m = n
    while m < len(toks) and m - n < 3 and toks[m][2].isalpha() and toks[m][2].islower() and toks[m][2] != "as":
        if toks[m][2] in _LEAVING or (m > n and toks[m][2] in FUNCTION_WORDS and toks[m][2] not in {"over", "up", "in"}):
            return None
        m += 1
    if m == n or m >= len(toks) or toks[m][2] != "as" or toks[n][2] in SPEECH_VERBS:
        return None  # "X said as mayor": how she spoke, no post she took
    m += 1
    if m < len(toks) and toks[m][2] in DETERMINERS:
        m += 1
    start = m
    while m < len(toks) and m - start < 2 and toks[m][2].isalpha() and toks[m][2].islower() and toks[m][2] not in FUNCTION_WORDS and toks[m][2] not in TITLE_WORDS:
        m += 1
    role = None
    while m < len(toks) and toks[m][2].isalpha() and toks[m][2].lower() in TITLE_WORDS:
        role = toks[m][2].lower()
        m += 1
    return role


def title_phrase(toks: list[tuple[int, int, str]], a: int, b: int) -> bool:
    """Capitalised words that make a title and name no one ("Shadow
    Minister for Health", "Chief Executive")."""
    words = [t[2] for t in toks[a : b + 1]]
    if not words or words[0].lower() == "the" or not all(w[:1].isupper() or w.lower() in {"of", "for", "and", "the"} for w in words):
        return False  # "the Prime Minister" may well be the subject
    return any(is_title_word(w) for w in words[:3]) and clean_name(" ".join(words)) is None


def person_before_of(toks: list[tuple[int, int, str]], a: int, b: int) -> Optional[tuple[int, int]]:
    """"Anna Kowal of the Harbour Trust said": the person before "of", "at"
    or "from" speaks, not the body after it. None unless the group opens
    with a person's name and the rest is that preposition's phrase."""
    for p in range(a + 1, b):
        if toks[p][2] in OF_WORDS or toks[p][2] == "in":
            if not capitalised(toks[p - 1][2]) and any(capitalised(t[2]) for t in toks[p + 1 : b + 1]):
                # "took advice from Councillor Jo Roe of Tallow": a preposition after a
                # lower-case word only leads to the name, which opens after it.
                a = p + 1
                continue
            break
    else:
        return None
    if p <= a:
        return None
    words = [t[2] for t in toks[a:p]]
    lead = next((w for w in reversed(words) if w.islower() and w not in PARTICLES), "")
    if lead.endswith("ing") or is_verb(lead) or lead in IRREGULAR_PAST:
        return None  # "After greeting Ivo Vale at Tallow, Roe urged": the name is a verb's object
    name = clean_name(" ".join(words))
    # "Senate Majority Whip Jane Roe of Tallow": a body's word may open the title before the name.
    if name is None or (looks_like_org(" ".join(words)) and titled_person_at(words) is None):
        return None
    # "Janine from Tallow told the station": a caller or a passer-by is
    # printed by the given name alone, with the place they speak from.
    if len(name.split()) < 2 and not any(bare_word(w) in HONORIFICS for w in words) and not (len(words) == 1 and is_given_name(name)):
        return None
    rest = toks[p + 1 : b + 1]
    # "X of Tallow Bank’s share dealing service said": a unit the body owns
    # may close the phrase in lower case.
    owner = max((n for n, t in enumerate(rest) if t[2][:1].isupper() and is_possessive(t[2])), default=None)
    if owner is not None and 0 < len(rest) - owner - 1 <= 3 and all(
        t[2].isalpha() and t[2].islower() and t[2] not in FUNCTION_WORDS and not is_verb(t[2]) for t in rest[owner + 1 :]
    ):
        rest = rest[: owner + 1]
    kind = [t[2] for t in rest if not (t[2][:1].isupper() or t[2].lower() in {"the", "of", "and", "for"})]
    # "X of the fraud squad FSU said": a few words of the body's kind may
    # come before its name; "X of all people said" names no body.
    if kind and not (rest[-1][2] in PLACE_NOUNS and len(kind) == 1) and (
        # "governor Jo Roe of Tallow prefecture": a place and its kind are no body's words
        len(kind) > 3
        or not rest
        or not rest[-1][2][:1].isupper()
        or any(w in FUNCTION_WORDS or is_verb(w) for w in kind)
        # "in New York with celebrity X": the words before must be a person's
        or not (is_given_name(name.split()[0]) or any(is_title_word(w) or bare_word(w) in HONORIFICS for w in words))
        or _role_then_name(rest)
    ):
        return None
    return toks[a][0], toks[p - 1][1]


def _role_then_name(rest: list[tuple[int, int, str]]) -> bool:
    """"Glen of Halden district commander Ana Roe said": the words after
    "of" end in a role and a full name, so the place's name opens the
    subject and no person stands before "of"."""
    last_role = max((n for n, t in enumerate(rest) if t[2].islower() and role_noun(t[2])), default=None)
    if last_role is None:
        return False
    after = [t[2] for t in rest[last_role + 1 :]]
    while after and is_title_word(after[0]):
        after = after[1:]
    return len(after) >= 2 and all(capitalised(w) for w in after) and is_given_name(after[0])


_CLAUSE_VERBS = AUXILIARIES | BE_FORMS


def _clause_verb(toks: list[tuple[int, int, str]], n: int, start: int) -> bool:
    """The word at ``n`` is a verb in the past with the noun phrase opened
    at ``start`` as its subject ("went", "said", "thanked her"), not a
    participle describing it ("the newly elected leader")."""
    word = toks[n][2]
    if not word.islower() or toks[n - 1][2].lower() in DETERMINERS or toks[n - 1][2].endswith("ly"):
        return False
    if word in IRREGULAR_PAST or word in SPEECH_VERBS:
        return True
    return word.endswith("ed") and n + 1 < len(toks) and toks[n + 1][2].lower() in DETERMINERS


def appositive_name(toks: list[tuple[int, int, str]], start: int) -> Optional[tuple[int, int]]:
    """The name between commas right after the noun phrase opened at
    ``start`` ("the club's manager, John Smith,")."""
    c = start
    while c < len(toks) and c - start <= 12 and toks[c][2] not in {",", ";", ":", "(", ")", "—", "–"}:
        if MASK in toks[c][2]:
            return None
        c += 1
    if c >= len(toks) or toks[c][2] != "," or c == start:
        return None
    if any(toks[n][2] in _CLAUSE_VERBS for n in range(start + 1, c)):
        return None  # "The nominee was speaking in Fort Wayne, Indiana,": a clause, and a place after it
    if any(_clause_verb(toks, n, start) for n in range(start + 1, c)):
        return None  # "The teacher then wished her opponent, Jane Roe, luck": the name is the verb's object
    d = c + 1
    while d < len(toks) and d - c <= 6 and (capitalised(toks[d][2]) or toks[d][2].lower() in PARTICLES):
        d += 1
    words = [t[2] for t in toks[c + 1 : d]]
    # "said another advocate, Andrew J. Roe of the law firm X": the body
    # after "of" only places a name that surely is one.
    placed = d < len(toks) and toks[d][2] in OF_WORDS and len(words) > 1 and surely_named(clean_name(" ".join(words)) or "", words)
    # "the State Governor, Jane Roe who first denied it, later ...": a
    # relative clause may follow a full name without its comma.
    relative = d < len(toks) and toks[d][2] == "who" and len(words) > 1 and is_given_name(words[0])
    if d == c + 1 or (d < len(toks) and toks[d][2] not in {",", ";", "—", "–"} and not placed and not relative):
        return None
    if clean_name(" ".join(words)) is None or looks_like_org(" ".join(words)):
        return None
    return toks[c + 1][0], toks[d - 1][1]


def name_set_off_before(text: str, pre_toks: list[tuple[int, int, str]], unnamed: Optional[tuple[int, int]]) -> Optional[tuple[int, int]]:
    """A person's name right after a quotation and set off by a comma
    before what describes them, then the verb: an indefinite description
    whose closing comma was left out ("Ivo Renk, a nursing assistant"), or
    comma groups in capitals that hold a title ("Ana Roe, Principal, HPS
    Tallow") or, closed by a comma, a body. The name's span; None otherwise."""
    comma = next((n for n, t in enumerate(pre_toks) if t[2] == ","), None)
    if comma is None or comma == 0 or not all(capitalised(t[2]) for t in pre_toks[:comma]):
        return None
    span = (pre_toks[0][0], pre_toks[comma - 1][1])
    printed = text[span[0] : span[1]]
    if not personal(printed):
        return None
    if unnamed is not None and unnamed[0] == comma + 1:
        return span
    rest = [t for t in pre_toks[comma + 1 :] if t[2] != ","]
    # "Tallow and Marren MP": a place's two parts joined by "and" hold no name.
    titled = bool(rest) and all(capitalised(t[2]) or (t[2] in {"and", "&"} and 0 < i < len(rest) - 1) for i, t in enumerate(rest)) and any(is_title_word(t[2]) and bare_word(t[2]) not in ORG_WORDS for t in rest)
    # "Dan Firth, Tallow Workers Local 12, said": a body set off by commas
    # after a full name is where the person comes from.
    closed = pre_toks[-1][2] == "," and bool(rest) and is_given_name(printed.split()[0]) and all(
        capitalised(t[2]) or t[2].isdigit() or (t[2] in {"and", "&", "of"} and 0 < i < len(rest) - 1) for i, t in enumerate(rest)
    )
    return span if comma >= 2 and (titled or closed) and not looks_like_org(printed) else None


APOSTROPHES = ("'", "’")
# Prepositions that tie a description's words to its head ("the director of the Halden Institute").
DESCRIPTION_LINKS = {"of", "for", "at", "on", "in", "to", "from", "with"}


def appositive_roles(text: str, toks: list[tuple[int, int, str]], start: int, forward: bool, bare_role: bool = False) -> set[str]:
    """Role words of a descriptive appositive next to a name ("X, the
    spokesman for Y," / "the alliance's secretary general, X,"); empty
    when the neighbouring words are a clause rather than a description."""
    step = 1 if forward else -1
    idx = start
    span: list[str] = []
    while 0 <= idx < len(toks) and toks[idx][2] not in {",", ";", ":", "(", ")"} and len(span) < 14:
        if not forward and span and capitalised(toks[idx][2]) and (is_possessive(toks[idx][2]) or text[toks[idx][1] : toks[idx][1] + 1] in APOSTROPHES):
            # "Harbour Lines' chief executive officer, X,": the body's
            # name and its possessive stand where a determiner would.
            span.append("the")
            break
        span.append(toks[idx][2])
        if not forward and toks[idx][2].lower() in {"the", "a", "an"} and idx > 0 and toks[idx - 1][2].lower() not in DESCRIPTION_LINKS:
            break  # "filed by the vicar, X": the description opens at its determiner
        nxt = idx + step
        if 0 <= nxt < len(toks):
            a, b = (toks[idx][1], toks[nxt][0]) if forward else (toks[nxt][1], toks[idx][0])
            possessor = not forward and text[a : a + 1] in APOSTROPHES and capitalised(toks[nxt][2])
            if (QUOTE_RE.search(text, a, b) and not possessor) or "." in text[a:b]:
                break
        idx = nxt
    if not forward:
        span.reverse()
    if not span:
        return set()
    head = span[0]
    if forward and head.lower() in COURT_SIDES and (len(span) == 1 or span[1] in {"for", "on"} or all(capitalised(w) for w in span[1:4])):
        return set(COURT_SIDES[head.lower()])  # "X, prosecuting, said", "Y, defending Roe, said"
    if forward and capitalised(head) and (role := _labelled_role(span)) is not None:
        return {role}  # "X, Green Party candidate for Y,": a party or a place, then the role
    if not forward and capitalised(head) and is_title_word(head):
        # "Minister of Finance, Dr. X,", "Vice Chancellor of Y, Prof. X,":
        # a title printed before the name without a determiner; its
        # capitalised title words make the office.
        office = set()
        for w in span:
            if not (capitalised(w) and is_title_word(w)):
                break
            office.add(bare_word(w))
        return office
    if not forward and len(span) <= 5 and all(capitalised(w) for w in span) and is_title_word(span[-1]):
        # "Harbour State Governor, X,": a capitalised description that
        # ends in a title, the office.
        return {bare_word(span[-1])}
    if not forward and capitalised(head) and head.lower() not in {"the", "a", "an"}:
        # "Ward councillor for Eastmoor, R. Roe,": a capitalised word
        # that opens the description, then its role in lower case.
        lower = []
        for w in span[1:]:
            if not w.isalpha() or not w.islower() or w in FUNCTION_WORDS:
                break
            lower.append(w)
        return {lower[-1]} if lower and role_noun(lower[-1]) else set()
    if bare_role and forward and capitalised(head) and is_title_word(head):
        # "X, Director-General of Tallow Water,": the capitalised
        # title words before its body make the office.
        titles: list[str] = []
        for w in span:
            if bare_word(w) in APPOSITIVE_END or not is_title_word(w):
                break
            titles.append(bare_word(w))
        return set(titles)
    if bare_role and forward and head.isalpha() and head.islower() and head not in FUNCTION_WORDS and role_noun(head):
        # a role with no article, as wire and Indian English print it,
        # describes X as "the" would.
        span = ["the"] + span
        head = "the"
    if head.lower() not in {"the", "a", "an", "its", "his", "her", "their", "our"} and not is_possessive(head):
        return set()
    roles: list[str] = []
    for w in span[1:]:
        low = bare_word(strip_possessive(w))
        if low in APPOSITIVE_END:
            break
        roles.append(low)
    # A description ends in its head noun, a role ("the district
    # superintendent"); a clause ("the Secretary General made several
    # comments") does not.
    if not roles or not role_noun(roles[-1]):
        # "the new Minister of Transport, X,": the title and its department
        return _title_of_department(span) if head.lower() in {"the", "a", "an"} else set()
    # A second role joined by "and" is the person's too: "the Trust's
    # head of investigations and spokesperson for the case".
    lows = [bare_word(strip_possessive(w)) for w in span]
    for a, low in enumerate(lows):
        if low != "and":
            continue
        extra: list[str] = []
        # "... and an intensive care consultant": the second role's own article opens it
        rest = lows[a + 2 :] if a + 1 < len(lows) and lows[a + 1] in {"a", "an"} else lows[a + 1 :]
        for word in rest:
            if word in APPOSITIVE_END or word in {"the", "a", "an"}:
                break
            extra.append(word)
        if extra and role_noun(extra[-1]) and len(extra) <= 3:
            roles.extend(extra)
    return set(roles)


def _title_of_department(span: list[str]) -> set[str]:
    """The title and its department's words when a determiner's description
    ends in a capitalised title, "of" or "for", and the department's
    capitalised name ("the new Minister of Transport"); empty otherwise."""
    for t in range(1, len(span) - 2):
        if capitalised(span[t]) and is_title_word(span[t]) and bare_word(span[t]) not in ORG_WORDS and span[t + 1] in {"of", "for"}:
            rest = span[t + 2 :]
            if rest and capitalised(rest[-1]) and all(capitalised(w) or w in {"the", "and", "of"} for w in rest):
                return {bare_word(span[t])} | {bare_word(w) for w in rest if capitalised(w)}
            return set()
    return set()


def _labelled_role(span: list[str]) -> Optional[str]:
    """The role noun of a description set after a name that opens with up
    to four capitalised words and goes on in lower case ("Green Party
    candidate for Halden East", "Tallow Water customer"); None otherwise."""
    c = 0
    while c < len(span) and c < 4 and capitalised(span[c]) and span[c].lower() not in FUNCTION_WORDS:
        c += 1
    e = c
    while e < len(span) and e - c < 3 and span[e].isalpha() and span[e].islower() and span[e] not in FUNCTION_WORDS:
        e += 1
    if not 0 < c < e or not role_noun(span[e - 1]) or (e < len(span) and span[e] not in APPOSITIVE_END):
        return None
    return span[e - 1]


def body_set_off_before(text: str, pre_toks: list[tuple[int, int, str]], unnamed: Optional[tuple[int, int]]) -> Optional[tuple[int, int]]:
    """A body's name right after a quotation, perhaps with its initials in
    brackets, set off by a comma before an indefinite description whose
    closing comma was left out, then the verb ('“...,” the Harbour Council
    (HC), a Tallow-based advocacy group said'): the body speaks. The
    name's span; None otherwise."""
    if unnamed is None or unnamed[0] < 2 or pre_toks[unnamed[0] - 1][2] != ",":
        return None
    end = unnamed[0] - 1
    if end >= 3 and pre_toks[end - 1][2] == ")" and pre_toks[end - 3][2] == "(" and is_acronym(pre_toks[end - 2][2]):
        end -= 3  # "the Harbour Council (HC),": its initials
    start = 1 if pre_toks[0][2].lower() == "the" else 0
    words = pre_toks[start:end]
    if not words or not capitalised(words[0][2]) or not capitalised(words[-1][2]):
        return None
    if not all(capitalised(t[2]) or t[2] in ORG_CONNECTORS for t in words):  # "Council on Harbour Relations"
        return None
    span = (words[0][0], words[-1][1])
    return span if looks_like_org(text[span[0] : span[1]]) else None


def unit_of_body(toks: list[tuple[int, int, str]]) -> Optional[tuple[int, int]]:
    """Tokens that hold a body's name of two words or more, "of the" and
    another body's name so long ("the Storms Laboratory of the Tallow
    Weather Service"): the unit speaks, not the body it belongs to, as
    "the Ministry of the Interior" is one name. The unit's span; None
    otherwise."""
    cut = next((n for n in range(1, len(toks) - 2) if toks[n][2] == "of" and toks[n + 1][2] == "the"), None)
    if cut is None:
        return None
    s = cut
    while s > 0 and capitalised(toks[s - 1][2]) and not is_possessive(toks[s - 1][2]):
        s -= 1
    e = cut + 2
    while e < len(toks) and MASK not in toks[e][2] and (
        capitalised(toks[e][2]) or (toks[e][2] in {"and", "&"} and e + 1 < len(toks) and capitalised(toks[e + 1][2]))
    ):
        e += 1  # "the Oceanic and Atmospheric Administration"
    if cut - s < 2 or e - cut - 2 < 2 or (s > 0 and toks[s - 1][2].lower() not in {"the", ","}):
        return None
    if bare_word(toks[cut - 1][2]) not in ORG_WORDS or bare_word(toks[e - 1][2]) not in ORG_WORDS:
        return None
    return (toks[s][0], toks[cut - 1][1]) if looks_like_org(" ".join(t[2] for t in toks[s:cut])) else None


def role_of_body_at(toks: list[tuple[int, int, str]], n: int) -> bool:
    """A role with no article opens at token ``n`` and names its body or
    place after "of", "for" or "at" ("director of the Tallow Health
    Service", "Director-General of Harbour Water", "chief executive at
    Tallow Mills"): a description of the name before it."""
    p = n
    while p < len(toks) and p - n < 4 and toks[p][2] not in {"of", "for", "at"}:
        p += 1
    if p == n or p + 1 >= len(toks) or p - n >= 4 or toks[p][2] not in {"of", "for", "at"}:
        return False
    words = [t[2] for t in toks[n:p]]
    if not (role_noun(words[-1]) or is_title_word(words[-1])) or any(not w.replace("-", "").isalpha() for w in words):
        return False
    body = toks[p + 2][2] if toks[p + 1][2] == "the" and p + 2 < len(toks) else toks[p + 1][2]
    return capitalised(body)


def held_title(toks: list[tuple[int, int, str]], group: tuple[int, int]) -> bool:
    """The comma group is a title, capitalised ("Director of Research") or
    not ("chief executive", "director of threat research")."""
    a, b = group
    if a > b:
        return False
    first = toks[a][2].lower()
    return title_phrase(toks, a, b) or role_noun(first) or is_title_word(first)


def name_group(toks: list[tuple[int, int, str]], group: tuple[int, int]) -> bool:
    """The comma group is a name alone, honorifics and initials included."""
    a, b = group
    return a <= b and all(capitalised(t[2]) for t in toks[a : b + 1]) and not any(is_acronym(t[2]) for t in toks[a : b + 1])


def name_before_owned_title(toks: list[tuple[int, int, str]], groups: list[tuple[int, int]]) -> bool:
    """"Mara Quint, Greenway’s Deputy Lead said", "Mara Quint, Managing
    Partner for Greenway Surgery said": a full name opening the sentence,
    then that person's title in capitals, a body's or one the body follows,
    whose closing comma the page left out; the title's last word is no
    one's name."""
    (a, b), (c, d) = groups
    if not (c < d and name_group(toks, (c, d)) and is_given_name(toks[c][2]) and bare_word(toks[c][2]) not in FUNCTION_WORDS):
        return False  # ("On Monday, ..." opens with a time)
    if a < b and is_possessive(toks[a][2]) and capitalised(toks[a][2]) and is_title_word(toks[a + 1][2]):
        return True
    return _capitalised_title(toks[a : b + 1])


_TITLE_LINKS = {"of", "for", "at"}


def _capitalised_title(toks: list[tuple[int, int, str]]) -> bool:
    """"Managing Partner", "Chief Executive of the Harbour Trust": capitals
    ending in a role noun that is no body's word, then, after "of", "for"
    or "at", only a body's name."""
    words = [t[2] for t in toks]
    end = next((n for n, w in enumerate(words) if w in _TITLE_LINKS), len(words))
    head, body = words[:end], words[end + 1 :]
    if not head or not all(capitalised(w) and w.isalpha() for w in head):
        return False
    last = head[-1].lower()
    if not role_noun(last) or last in ORG_WORDS or last in ORG_NOUNS:
        return False
    return end == len(words) or (bool(body) and all(capitalised(w) or w in {"the", "and", "&", "of"} for w in body) and capitalised(body[-1]))
