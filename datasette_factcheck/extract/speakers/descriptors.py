"""Descriptions printed around a person's name: descriptors before it, the
holder of a role after a possessive, and the phrases set off between a
subject and its verb."""

from __future__ import annotations

import re
from typing import Iterable, Optional

from .text import bracketed, tokens
from .wordforms import AGE_RE, finite_verb, is_verb
from .given_names import is_given_name
from .lexicon import (
    AFFILIATIONS, AUXILIARIES, BE_FORMS, CONJUNCTIONS,
    ADVERBS, FUNCTION_WORDS, GENDERED, HONORIFICS, MASK, OBLIQUE, ORG_DESCRIPTORS, ORG_NOUNS, ORG_WORDS, PARTICLES, PARTY_MEMBERS,
    BODY_KINDS, NATIONAL_BODIES, ORG_CAPABLE_ROLES, PAST_QUALIFIERS, PERSON_ROLES, SINGULAR_BODIES, SPEECH_VERBS, TITLE_WORDS, RANK_GENDER,
    UNNAMED_SOURCE_HEADS,
)
from .names import (
    bare_word, capitalised, clean_name, is_acronym, is_possessive, is_title_word, looks_like_org, name_token, role_noun, run_end, strip_possessive,
)
from .cuenames import person_printed
from .titleruns import office_and_place, office_in_capitals

# Words that open a clause whose subject follows them ("as X put it").
SUBORDINATORS = {"as", "while", "when", "after", "before", "because", "since", "though", "although", "once", "until", "whereas"}
# ... and the conditionals: the words that open a subordinate clause ("if X walks in").
CLAUSE_OPENERS = frozenset(SUBORDINATORS | {"if", "unless"})
# Prepositions that open a phrase set off between a subject and its verb.
_MODIFIER_PREPOSITIONS = OBLIQUE - {"and", "than", "of", "including"} | {"during", "despite", "amid", "through", "since", "without", "within"}


def surely_named(name: str, words: list[str]) -> bool:
    """A run that surely names a person, whatever descriptors stand before
    it ("ranking Democrat Elijah Doe", "ally James Roe", "1st Lt. Tyler
    Roe"): a given name and a surname, or a title or honorific before the
    name."""
    parts = name.split()
    if len(parts) > 1 and is_given_name(parts[0]):
        return True
    return len(words) > len(parts) and any(bare_word(w) in HONORIFICS or is_title_word(w) for w in words[: len(words) - len(parts)])


def role_holder_after(
    toks: list[tuple[int, int, str]], j: int, any_noun: bool = False, named: bool = False
) -> Optional[tuple[int, int]]:
    """The name after a possessive's role ("Mayor X's communications
    director, Jane Roe", "X's campaign manager Rob Moak"): the holder of
    the role speaks, not the possessor. ``j`` is the token after the
    possessive."""
    r = j
    if any_noun and not named and j < len(toks) and finite_verb(toks[j][2]):
        return None  # "X praised chairman Jane Roe": the subject's verb and its object
    while r < len(toks) and r - j < 6 and toks[r][2].islower() and (toks[r][2] not in FUNCTION_WORDS or _of_count(toks, j, r)):
        if toks[r][2] in SPEECH_VERBS:
            return None  # "X told host Jane Roe": a verb and its object, no description
        r += 2 if toks[r][2] == "of" else 1
    head = toks[r - 1][2] if r > j else ""
    nounish = r - j == 1 and head not in ADVERBS and head not in SPEECH_VERBS and not head.endswith(("ly", "ed", "ing"))
    if r == j:
        return None
    described = role_noun(head) or (any_noun and nounish)
    if r < len(toks) and toks[r][2] == ",":
        r += 1
    e = r
    while e < len(toks) and e - r < 6 and (name_token(toks[e][2]) or (e > r and toks[e][2].lower() in PARTICLES)):
        e += 1
    name = clean_name(" ".join(t[2] for t in toks[r:e])) if e > r else None
    if name is None:
        return None
    # After a speech verb, descriptors of any shape may stand before a name
    # that is surely one ("said Oversight ranking Democrat X"); opening a
    # sentence, "X endorsed Jane Roe" is a verb and its object.
    surely = surely_named(name, [t[2] for t in toks[r:e]])
    # "Republican presidential nominee Jane Roe": a run of lower-case
    # descriptors ending in a noun before a name that surely is one.
    noun_run = any_noun and r - j > 1 and head not in ADVERBS and head not in SPEECH_VERBS and not head.endswith(("ly", "ed", "ing"))
    # After a speech verb, a name of two words or more that ends the clause
    # is one too, though the name list lacks its given name ("said NDP
    # education critic Mitzie Hunter.").
    closing = _closes_clause(toks, e)
    surely = surely or (named and closing and len(name.split()) > 1)
    if not described and not ((named or noun_run) and surely):
        return None
    return toks[r][0], toks[e - 1][1]


def _of_count(toks: list[tuple[int, int, str]], j: int, r: int) -> bool:
    """The "of" at ``r`` joins a descriptor to a count or a noun ("family
    of five mum", "mother of two"), inside the run of descriptors from ``j``."""
    nxt = toks[r + 1][2] if r + 1 < len(toks) else ""
    return toks[r][2] == "of" and r > j and r + 2 < len(toks) and nxt.isalpha() and nxt.islower() and toks[r + 2][2].islower()


def _closes_clause(toks: list[tuple[int, int, str]], e: int) -> bool:
    """Nothing but the end of the clause follows token ``e - 1``."""
    return e == len(toks) or toks[e][2] in {",", ".", ";", ":"}


def described_holder(toks: list[tuple[int, int, str]], a: int, span: tuple[int, int]) -> bool:
    """A group that is descriptors, then a person's name ("Democratic
    front-runner Jane Roe", "radio host Jane Roe"): the words before the
    name are nouns and labels, the last a lower-case noun (the role), and
    the name has a given name or a title."""
    s = next((n for n in range(a, len(toks)) if toks[n][0] == span[0]), None)
    if s is None or s == a:
        return False
    head = [t[2] for t in toks[a:s]]
    role = head[-1]
    if len(head) > 4 or not role.islower() or role.endswith(("ly", "ed", "ing")):
        return False
    for w in head:
        low = w.lower()
        if not w.replace("-", "").isalpha() or low in FUNCTION_WORDS or low in ADVERBS or low in SPEECH_VERBS:
            return False
    words = [t[2] for t in toks[s:] if t[1] <= span[1]]
    name = clean_name(" ".join(words))
    return name is not None and not looks_like_org(" ".join(words)) and surely_named(name, words)


def modifier_group(toks: list[tuple[int, int, str]], a: int, b: int) -> bool:
    """A comma group that is a participle's or a preposition's phrase
    ("asked about the closure", "also campaigning in Ohio", "in a call
    with Y"), not a noun phrase."""
    i = a
    while i < b and toks[i][2].lower() in ADVERBS:
        i += 1
    first = toks[i][2]
    if not first.isalpha() or not first.islower() or i == b:
        return False
    return first in _MODIFIER_PREPOSITIONS or (first.endswith(("ing", "ed")) and first != "indeed")


def name_after_mixed_descriptors(toks: list[tuple[int, int, str]]) -> Optional[tuple[int, int]]:
    """The name after up to five descriptors that mix lower-case nouns and
    capitalised labels, the last a lower-case noun ("undecided Republican
    voter Jane Roe"); only a name with a given name or a title counts."""
    last = -1
    i, limit = 0, 6
    while i < min(limit, len(toks)):
        w = toks[i][2]
        if i > 0 and (initials := bracketed(toks, i + 2)) is not None and is_acronym(initials):
            i, limit = i + 3, limit + 3  # "incoming Student Council (SC) president X": the body's initials
            continue
        if not w.replace("-", "").isalpha():
            break
        if w.islower():
            if w in FUNCTION_WORDS or w in ADVERBS:
                break
            last = i
        elif not capitalised(w) or bare_word(w) in FUNCTION_WORDS:
            break
        i += 1
    if last < 0:
        return None
    head = toks[last][2]
    if head in SPEECH_VERBS or head.endswith(("ly", "ed", "ing")):
        return None
    e = last + 1
    while e < len(toks) and e - last <= 5 and (name_token(toks[e][2]) or is_title_word(toks[e][2])):
        e += 1
    words = [t[2] for t in toks[last + 1 : e]]
    name = clean_name(" ".join(words)) if words else None
    # As after a role alone: a name of two words that closes the clause is
    # one, though the name list lacks its given name.
    closing = len(words) > 1 and _closes_clause(toks, e)
    if name is None or looks_like_org(" ".join(words)) or not (surely_named(name, words) or closing):
        return None
    return toks[last + 1][0], toks[e - 1][1]


# Determiners that introduce someone the text has not named: "one aide
# said", "a senior adviser said", "said another official". A description
# they open is a new referent, never a person named before.
INDEFINITES = {"a", "an", "one", "another", "some", "several", "many"}
_QUANTIFIERS = {"some", "several", "many"}
# Words after which an indefinite description opens a clause as its
# subject: "X, a senior aide said, ...", "which an internal review said".
_CLAUSE_STARTS = {",", "and", "but", "which", "that", "who", "whom", "while", "as", "when", "because", "although", "though"}
# Words a subject's verb may carry between them ("one aide has said"); not
# "was" or "is": "the error was pointed out" is passive, the error no speaker.
_AUXILIARIES = AUXILIARIES | {"later", "also", "then"}


def _description_word(word: str) -> bool:
    """A modifier or head noun of a description: a plain word, hyphenated
    or capitalised (a body or a place before the noun), no function word,
    no verb form."""
    core = word.replace("-", "").replace("&", "").replace(".", "")
    if word.lower() in {"other", "second", "third", "fourth"}:
        return True  # "one other member", "an other delegate", "a second judge"
    return bool(core) and core.isalpha() and word.lower() not in FUNCTION_WORDS and word.lower() not in SPEECH_VERBS


def indefinite_subject(toks: list[tuple[int, int, str]], determiners: frozenset[str] = frozenset(INDEFINITES)) -> Optional[tuple[int, int]]:
    """The indexes of the determiner and the head noun when the tokens, which end just before a
    speech verb, close with an indefinite description that is the verb's
    subject ("One union source", "a senior Holt aide has", "Reyes, a senior
    aide"): the description ends in a lower-case noun and opens its
    sentence or a clause. With ``determiners`` ``{"the"}``, the same for a
    definite description ("As X spoke, the attendees chanted")."""
    i = len(toks) - 1
    while i >= 0 and toks[i][2].lower() in _AUXILIARIES:
        i -= 1
    if i < 1 or not toks[i][2].replace("-", "").isalpha() or toks[i][2] in ADVERBS or toks[i][2].endswith("ly"):
        return None
    # "Some Democrats say", "Many Ruritanians said": a quantifier makes a
    # capitalised plural a group too.
    group = toks[i][2].endswith("s") and toks[i - 1][2].lower() in _QUANTIFIERS & determiners
    if not toks[i][2].islower() and not group:
        return None
    head = i
    while i >= 0 and head - i < 6:
        low = toks[i][2].lower()
        if low in determiners and i < head:
            return (i, head) if i == 0 or toks[i - 1][2].lower() in _CLAUSE_STARTS else None
        if not _description_word(toks[i][2]):
            return None
        i -= 1
    return None


def indefinite_np(text: str, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """Where the indefinite description that ends at ``hi`` is printed
    ("Another federal judge", "a senior aide"), when it opens the text
    from ``lo`` or a clause; None otherwise."""
    toks = tokens(text, lo, hi)
    found = indefinite_subject(toks)
    return (toks[found[0]][0], toks[found[1]][1]) if found is not None and found[1] == len(toks) - 1 else None


def indefinite_after(toks: list[tuple[int, int, str]]) -> Optional[int]:
    """The index after the head noun when the tokens, which start right
    after a speech verb, open with an indefinite description ("said one
    former manager who ...", "said a source inside the board"): the
    determiner, then plain words up to a lower-case noun."""
    if not toks or toks[0][2].lower() not in INDEFINITES:
        return None
    j = 1
    while j < len(toks) and j <= 6 and _description_word(toks[j][2]):
        j += 1
    if j == 1 or not toks[j - 1][2].islower():
        return None
    return j


def definite_description_end(toks: list[tuple[int, int, str]], d: int) -> Optional[int]:
    """The index of the last word of a definite description that opens at
    ``d`` ("the") with a lower-case modifier before its role noun ("the
    Senate minority leader", "the billionaire businessman") or a place
    after it ("the senator from Oregon", "the mayor of Tallow"); None for
    any other phrase, which the plainer rules read."""
    if d >= len(toks) or toks[d][2].lower() != "the":
        return None
    head = None
    j = d + 1
    while j < len(toks) and j - d <= 5 and _description_word(toks[j][2]):
        word = toks[j][2]
        if word.islower() and (role_noun(word) or descriptor_gender(word)):
            head = j
        elif word.islower() and (word in ADVERBS or word.endswith(("ly", "ed", "ing"))):
            break  # "the senator reportedly ...", "the chair asked ...": a clause
        j += 1
    if head is None:
        return None
    modified = any(toks[t][2].islower() for t in range(d + 1, head))
    e = head + 1
    if e + 1 < len(toks) and toks[e][2] in {"from", "of"}:
        # "the senator from Oregon": a place of one to three capitalised words.
        p = e + 1
        while p < len(toks) and p - e <= 3 and capitalised(toks[p][2]) and toks[p][2].lower() not in FUNCTION_WORDS:
            p += 1
        if p > e + 1 and (p == len(toks) or not capitalised(toks[p][2])):
            return p - 1
    if e < len(toks) and toks[e][2] in FUNCTION_WORDS - {"and", "or", "but", "who", "that"}:
        return None  # "the former top aide to X": the description goes on
    if head + 1 < len(toks) and capitalised(toks[head + 1][2]):
        return None  # "the Senate minority leader Jane Roe": a name follows
    return head if modified else None


def kind_noun(word: str, next_word: str = "") -> bool:
    """A common noun for a kind of organisation, capitalised only because
    it opens a sentence ("Drugmaker Halvex Pharmaceuticals said"): it says
    what the name is and is no part of it. Organisation words that head
    names themselves ("Bank", "Energy") are not such nouns, nor is one
    before an organisation word (``next_word``): "Business Council" is a
    name."""
    low = bare_word(word)
    if low in ORG_WORDS or not word[:1].isupper() or bare_word(next_word) in ORG_WORDS:
        return False
    return low in ORG_DESCRIPTORS or (low.endswith("maker") and len(low) > 6)


def compound_head(word: str) -> str:
    """The noun a descriptive compound is about: "grandmother-of-five" ->
    "grandmother"; any other word as it is."""
    head, of, _ = word.partition("-of-")
    return head if of and head else word


def descriptor_gender(head: str) -> Optional[str]:
    """The gender a descriptive noun carries ("Frenchwoman", "Englishman",
    "mother", "mum-of-three"); None for role nouns ("spokesman") and
    neutral ones."""
    head = compound_head(head.lower())
    if head in GENDERED:
        return GENDERED[head]
    if head in TITLE_WORDS or len(head) < 6:
        return None
    if head.endswith("woman"):
        return "f"
    if head.endswith("man") and not head.endswith("woman"):
        return "m"
    return None


def roles_gender(roles: Iterable[str]) -> Optional[str]:
    """The gender a person's printed roles give: a role in its feminine
    form ("spokeswoman", "chairwoman") is a woman's, a described "-man" role
    ("businessman") a man's, a title of rank only one sex holds ("King",
    "Duchess") that sex's; a title in "-man" ("spokesman", printed for
    anyone) and a kin word ("daughter", often the one spoken of) say nothing."""
    roles = list(roles)
    if any(r.endswith("woman") for r in roles):
        return "f"
    ranked = {RANK_GENDER[r] for r in roles if r in RANK_GENDER}
    if len(ranked) == 1:
        return ranked.pop()
    return next((g for r in roles if r.endswith("man") and (g := descriptor_gender(r))), None)


def org_descriptors(toks: list[tuple[int, int, str]], i: int, j: int, text: str) -> set[str]:
    """Descriptor nouns next to the name toks[i..j]: up to two
    lower-case words before it ("supermarket chain FreshWay") or an
    appositive after it ("FreshWay, the supermarket chain,")."""
    found: set[str] = set()
    p = i - 1
    words: list[str] = []
    while p >= 0 and i - p <= 2 and toks[p][2].islower() and toks[p][2] not in FUNCTION_WORDS:
        words.append(toks[p][2])
        p -= 1
    if words and words[0] in ORG_DESCRIPTORS:
        found |= set(words)
    if j + 2 < len(toks) and toks[j + 1][2] == "," and toks[j + 2][2].lower() in {"the", "a", "an"}:
        tail = []
        q = j + 3
        while q < len(toks) and q - j <= 6 and toks[q][2].islower() and toks[q][2] not in FUNCTION_WORDS:
            tail.append(toks[q][2])
            q += 1
        if tail and tail[-1] in ORG_DESCRIPTORS and (q >= len(toks) or toks[q][2] in {",", ";", "—", "–"} or MASK in toks[q][2]):
            found |= {w for w in tail if not is_possessive(w)}  # "the choir's agency": an agency, not a choir
    if i >= 4 and toks[i - 1][2] == "the" and toks[i - 2][2] == "," and toks[i - 3][2] in ORG_DESCRIPTORS and j + 1 < len(toks) and toks[j + 1][2] in {",", "("}:
        # "The aviation regulator, the Tallow Civil Aviation Board, said": the description the name is set off after
        q = i - 4
        while q >= 0 and i - q <= 6 and toks[q][2].islower() and toks[q][2] not in FUNCTION_WORDS:
            q -= 1
        if q >= 0 and toks[q][2].lower() in {"the", "a", "an"}:
            found |= {t[2] for t in toks[q + 1 : i - 2]}
    return found


def bare_org_word(words: list[str]) -> bool:
    """"the Trust", "the Society": a capitalised kind of organisation
    standing alone, a short form that only an earlier full name explains."""
    with_article = len(words) == 2 and bare_word(words[0]) == "the"
    if with_article:
        words = words[1:]
    if len(words) != 1 or not capitalised(words[0]):
        return False
    if not with_article and words[0].isupper() and len(words[0]) > 2:
        return False  # "said HAVEN in a statement": a body's initials that spell a word
    word = bare_word(strip_possessive(words[0]))
    return word in ORG_NOUNS and word not in SINGULAR_BODIES


def role_description(printed: str) -> bool:
    """A definite description headed by a role only a person holds ("the
    governor", "the B.C. premier", "The Director General" in capitals as
    British pages print it): someone the text has named, unlike "the
    company" or "the council"."""
    words = printed.split()
    if len(words) < 2 or words[0].lower() != "the":
        return False
    head = bare_word(strip_possessive(words[-1]))
    printed_as_role = words[-1].islower() or (len(words) <= 4 and all(w[:1].isupper() for w in words[1:]))
    return printed_as_role and (head in PERSON_ROLES or head in TITLE_WORDS) and head not in ORG_WORDS


def body_description(printed: str) -> bool:
    """A definite description headed by a kind of organisation, its
    modifiers in lower case ("the union", "the tech giant"): a body the
    text has named, as "the governor" is a person it has named."""
    words = printed.split()
    if len(words) < 2 or len(words) > 4 or words[0].lower() != "the":
        return False
    head = bare_word(strip_possessive(words[-1]))
    return words[-1].islower() and all(w.isalpha() and w.islower() and w not in FUNCTION_WORDS for w in words[1:-1]) and (head in ORG_NOUNS or head in ORG_DESCRIPTORS)


def described_lead(words: list[str]) -> bool:
    """"Tallow Valley Growers president Jo Roe": a body, a role and a
    person's name, a longer subject than a bare name."""
    return any(w.islower() and role_noun(w) for w in words[:-1]) and person_printed(" ".join(words)) is not None


def described_name_before_aside(printed: str) -> bool:
    """Descriptors and a name, then a description set off by commas: "lead
    author Ana Roe, a professor at Tallow University," before the verb."""
    head, comma, aside = printed.partition(",")
    aside_words = aside.strip(" ,\u00a0").split()
    if not comma or not 0 < len(aside_words) <= 14 or "," in aside.strip(" ,\u00a0"):
        return False
    return aside_words[0].islower() and not finite_verb(aside_words[0]) and described_name(head.split())


def _portfolio_follows(words: list[str]) -> bool:
    return len(words) == 1 and words[0].isalpha() and words[0].islower() and words[0] not in FUNCTION_WORDS and not words[0].endswith("ly")


def portfolio_before_name(before: list[str], printed: str) -> bool:
    """A role or title, a preposition, then ``printed``: a portfolio in lower
    case and a name ("spokesman on | transport Jo Roe", "secretary of |
    education Jo Roe"), not a body someone is of or a spokesman is for."""
    words = printed.split()
    if len(before) < 2 or (before[-1] == "for" and before[-2].lower().startswith("spokes")):
        return False  # "a spokeswoman for council Greens": whose spokeswoman
    if before[-1] in {"on", "for"} and is_title_word(before[-2]) and printed[:1].islower() and person_printed(printed):
        return True
    return (
        before[-1] in {"of", "for"} and role_noun(before[-2])
        and len(words) >= 3 and _portfolio_follows(words[:1]) and all(capitalised(w) for w in words[1:])
        and person_printed(" ".join(words[1:])) is not None and not looks_like_org(" ".join(words[1:]))
    )


def described_name(words: list[str]) -> bool:
    """Lower-case descriptors, then a name: "cable host Chris Mathers",
    "retired general Lloyd Newman", "super PAC spokeswoman Kelly Roe",
    "former Ohio governor Jed Roe" before the verb."""
    if _descriptors_then_name(words):
        return True
    place = next((i for i, w in enumerate(words) if w in {"of", "from"}), 0)
    if place > 1 and all(capitalised(w) for w in words[place + 1 :]) and len(words) - place <= 4:
        return described_name(words[:place])  # "former Gov. Jed Roe of Florida"
    lower = portfolio = 0
    while lower < len(words) and (words[lower] == "&" or (words[lower].islower() and strip_possessive(words[lower]).replace("-", "").isalpha())):
        if words[lower] in {"and", "&"} and 0 < lower and _role_follows(words[lower + 1 : lower + 3]):
            lower += 1  # "navy wife and parish councillor Ana Roe": two descriptions of one person
            continue
        if words[lower] in {"of", "for"} and 0 < lower and role_noun(words[lower - 1]) and _portfolio_follows(words[lower + 1 : lower + 2]):
            lower, portfolio = lower + 1, 2  # "party secretary of education Jo Roe": a role's portfolio in lower case
            continue
        if words[lower] in FUNCTION_WORDS or words[lower] in ADVERBS or words[lower].endswith(("ly", "ed", "ing")):
            return False
        lower += 1
    # "former Obama Education Secretary Jed Roe": a longer run when a
    # title is in it.
    longest = 6 if any(is_title_word(w) for w in words[lower:]) else 4
    if not 0 < lower <= (5 if {"and", "&"} & set(words[:lower]) else 3) + portfolio or lower == len(words) or len(words) - lower > longest:
        return False
    # A particle inside the name ("Karim el Fassi", "Anna van Dijk") is no descriptor.
    name = words[lower:]
    return (
        all(capitalised(w) or (0 < n < len(name) - 1 and w in PARTICLES) for n, w in enumerate(name))
        and clean_name(" ".join(name)) is not None
    )


def _role_follows(words: list[str]) -> bool:
    """A role noun within the lower-case words given ("parish councillor")."""
    for w in words:
        if not (w.isalpha() and w.islower()) or w in FUNCTION_WORDS:
            return False
        if role_noun(w):
            return True
    return False


def _descriptors_then_name(words: list[str]) -> bool:
    """Descriptors that mix lower-case nouns and capitalised words (a
    place, a party, a body's initials), then a name of a given name and a
    surname; no verb, function word or punctuation among them."""
    if not 3 <= len(words) <= 8 or not words[0].islower():
        return False
    tail = 0
    while tail < min(4, len(words)) and capitalised(words[-1 - tail]) and words[-1 - tail].replace("-", "").replace("'", "").replace("’", "").isalpha():
        tail += 1
    head = words[: len(words) - tail]
    # The role noun before the name shows a person, so the given name need
    # not be a common one ("party spokeswoman Kellis Roe").
    if tail < 2 or not head:
        return False
    for w in head:
        low = w.lower().strip(".")
        if not w.replace("-", "").replace(".", "").isalpha() or low in FUNCTION_WORDS or low in ADVERBS or low in SPEECH_VERBS:
            return False
    if head[-1].islower() and (role_noun(head[-1]) or bare_word(head[-1]) in TITLE_WORDS):
        return True
    # "former FBI agent Jane Roe": any plain noun before a given name and a surname.
    last = head[-1]
    return last.isalpha() and last.islower() and not last.endswith(("ed", "ing", "ly")) and is_given_name(words[-tail])


_PARTY = {"democrat": "democratic", "democrats": "democratic", "republicans": "republican", "gop": "republican"}


def other_party(described: set[str], beside: set[str]) -> bool:
    """A description names a party (lower-cased words), and the words
    printed beside a person name parties, none of them that one."""
    want = {_PARTY.get(w, w) for w in described if w in AFFILIATIONS}
    have = {_PARTY.get(w, w) for w in beside if w in AFFILIATIONS}
    return bool(want and have and not want & have)


# Someone described, then named only as the article was allowed to name them:
# "a man who asked to be identified only as Kevin", "who gave her name as Marcia",
# "the base chief, known only as Bob".
_NAMED_AS_RE = re.compile(
    r"\b(?:(?:known|identified)\s+(?:(?:himself|herself|themselves)\s+)?(?:only\s+|simply\s+)?as"
    r"|gave\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as"
    r"|goes\s+by(?:\s+the\s+name)?)"
    r"\s+([A-Z][\w'’-]+(?:\s+[A-Z]\.?)?)(?=\W|$)"
)


def name_given_as(sentence: str) -> Optional[str]:
    """The one name a sentence gives someone it otherwise describes ("...,
    said a man who asked to be identified only as Kevin"), or None."""
    found = {m.group(1) for m in _NAMED_AS_RE.finditer(sentence)}
    return found.pop() if len(found) == 1 else None


def former_of(printed: str) -> Optional[tuple[str, str]]:
    """(possessor, role noun) for "X's former speechwriter": a
    named possessor, a past qualifier and a lower-case role noun. Someone
    unnamed is "a former aide"; "X's former speechwriter" is one person the
    article has just named. None for any other phrase."""
    words = printed.split()
    if len(words) < 3 or not is_possessive(words[0]) or not words[0][:1].isupper():
        return None
    rest = [bare_word(w) for w in words[1:]]
    if not all(w.islower() for w in words[1:]) or not set(rest) & PAST_QUALIFIERS or not role_noun(rest[-1]):
        return None
    return strip_possessive(words[0]), rest[-1]


def body_kind_before(toks: list[tuple[int, int, str]], i: int) -> set[str]:
    """The kind of organisation printed just before the name at toks[i]
    when it introduces the name as that organisation: "campaign group X",
    "housing charity X", "The charity X" opening a sentence. A kind alone
    after "the" elsewhere may be the object of a verb and the name the
    next clause's subject ("told the paper X had lied")."""
    if i >= 3 and toks[i - 1][2] == "the" and toks[i - 2][2] in BODY_KINDS and toks[i - 3][2].isalpha() and toks[i - 3][2].lower() not in FUNCTION_WORDS:
        return {toks[i - 2][2]}  # "music venue the Velvet Anchor": the kind, then the name with its article
    if i < 2 or toks[i - 1][2] not in BODY_KINDS:
        return set()
    kind, mod = toks[i - 1][2], toks[i - 2][2]
    opens = i == 2 or toks[i - 3][2] in {".", "!", "?", ":", ";"}
    if mod.isalpha() and mod.islower() and mod not in FUNCTION_WORDS:
        return {kind}  # "conservative group X", "housing charity X"
    low = mod.lower()
    if opens and mod.isalpha() and mod[:1].isupper() and (low == "the" or (low not in FUNCTION_WORDS and not is_given_name(mod))):
        return {kind}  # "The charity X", "Campaign group X" opening the sentence
    return set()


# Nouns for a person that are no role: "a man", "the woman", "one voter".
PERSON_NOUNS = {"man": "m", "woman": "f", "guy": "m", "person": "", "resident": "", "voter": ""}


def description_says(text: str, lo: int, hi: int, gender: Optional[str]) -> bool:
    """The sentence from ``lo`` opens, past a phrase set off by a comma or a
    joining word, with a definite description of a person and a verb of
    saying before ``hi`` ("Even so, the harbour official said Vale
    had ..."): whoever is named after the verb is reported, not speaking."""
    toks = tokens(text, lo, hi)
    c = next((n + 1 for n, t in enumerate(toks[:6]) if t[2] == ","), 0)
    c += int(c < len(toks) and toks[c][2].lower() in CONJUNCTIONS)
    head = described_person_head(text, toks[c][0], gender or "", {"the"}) if c < len(toks) and toks[c][2].lower() == "the" else None
    if not (head in PERSON_ROLES or head in PERSON_NOUNS or head in GENDERED):
        return False  # a person surely ("the harbour official"), not "the indictment"
    v = next((n for n in range(c + 1, min(len(toks), c + 8)) if toks[n][2] in SPEECH_VERBS), None)
    return v is not None and all(t[2].replace("-", "").isalpha() for t in toks[c + 1 : v])


def described_person_head(text: str, start: int, gender: str, openers: set[str]) -> Optional[str]:
    """The noun heading a description of a person of ``gender`` that opens
    at ``start`` with one of ``openers`` ("A 29-year-old nurse", "the
    detective inspector"); None when the words describe something else or
    someone of another gender ("an economic downturn", "a woman" for "he")."""
    toks = tokens(text, start, min(len(text), start + 80))
    if len(toks) < 2 or toks[0][2].lower() not in openers:
        return None
    for n in range(1, min(7, len(toks))):
        w = toks[n][2]
        low = w.lower()
        if not w.replace("-", "").isalnum() or low in FUNCTION_WORDS or is_verb(w) or low in BE_FORMS or low in AUXILIARIES:
            return None  # the description ended at its verb ("A young couple are planning ...") with no person's noun
        if w[:1].isupper() or not w.replace("-", "").isalpha():
            continue  # "a 29-year-old Berlin woman", "a Tallow resident"
        if _modifies_next(toks, n):
            continue  # "a musician couple", "a vegetarian pair": the noun after heads it
        # The first noun for a person heads the description.
        if low in PERSON_NOUNS:
            return low if PERSON_NOUNS[low] in {"", gender} else None
        own = GENDERED.get(low) or descriptor_gender(low)
        if own is not None:
            return low if own == gender else None
        if role_noun(low) and (low in PERSON_ROLES or low not in TITLE_WORDS):
            return low  # "a reporter", "a nurse"; not "an economic downturn"
    return None


def _modifies_next(toks: list[tuple[int, int, str]], n: int) -> bool:
    """A word set before another lower-case noun describes it ("a female
    pair", "a musician couple", "a student nurse"): the noun after heads
    the description. A participle after it ("a nurse working at ...")
    starts the clause, not a noun."""
    if n + 1 >= len(toks):
        return False
    nxt = toks[n + 1][2]
    low = nxt.lower()
    return (
        nxt.isalpha()
        and nxt.islower()
        and not nxt.endswith("ing")
        and low not in FUNCTION_WORDS
        and low not in BE_FORMS
        and low not in AUXILIARIES
        and not is_verb(nxt)
        and not finite_verb(nxt)
    )


_AFFILIATION_JOINERS = frozenset({"of", "at", "from"})
_BODY_LINKS = frozenset({"the", "of", "and", "for", "&"})


def without_affiliation(words: list[str]) -> list[str]:
    """The words up to a body named after a capitalised name ("chief author
    Ana Roe of the Halden Institute of Marine Studies (HIMS)" -> "chief
    author Ana Roe"): the body is one unit, however many words it takes."""
    for n in range(1, len(words) - 1):
        if words[n].lower() not in _AFFILIATION_JOINERS or not words[n - 1][:1].isupper():
            continue
        body = [w.strip("()").rstrip("'’s") for w in words[n + 1 :]]
        if any(w[:1].isupper() for w in body) and all(w[:1].isupper() or w.lower() in _BODY_LINKS for w in body if w):
            return words[:n]
    return words


# Kinds of body printed beside a body's own name ("the Unite union", "the union Unite").
# A person may hold some of these ("the Brackwater developer" may be a man): those stay out.
NAMED_KINDS = (ORG_DESCRIPTORS | {"party", "union", "authority"}) - ORG_CAPABLE_ROLES - {"club", "giant", "service", "business", "fund"}


def body_after_kind(words: list[str]) -> Optional[tuple[str, str]]:
    """(kind, name) for "the union Unite", "the carrier AeroVale", "primary
    teachers' union Tavra": lower-case words ending in a kind of body ("the"
    or a few descriptors before it), then a capitalised name of one or two
    words; None otherwise."""
    # "Aviation authority HAA said": the descriptor's capital may be the sentence's
    opening = 1 if len(words) > 2 and capitalised(words[0]) and words[1].islower() and not is_given_name(words[0]) else 0
    i = next((n for n, w in enumerate(words) if n >= opening and not w.islower() and not (n == 0 and bare_word(w) == "the")), len(words))
    if i == 0 or not 1 <= len(words) - i <= 2 or i > 5:
        return None
    kind = bare_word(words[i - 1])
    if kind not in NAMED_KINDS or any(bare_word(w) in FUNCTION_WORDS - {"the"} for w in words[opening : i - 1]):
        return None
    rest = [strip_possessive(w) for w in words[i:]]
    if not all(capitalised(w) and bare_word(w) not in FUNCTION_WORDS for w in rest):
        return None
    return kind, " ".join(rest)


def proper_body(words: list[str], head: str) -> bool:
    """"the French delegation", "the Ontario government", "the Congress
    party", "the Unite union": "the", one or two capitalised words (no
    function word), and a lower-case noun for a government, a party or a
    kind of body."""
    if not 3 <= len(words) <= 4 or bare_word(words[0]) != "the" or not words[-1].islower():
        return False
    if head not in NATIONAL_BODIES and head not in NAMED_KINDS:
        return False
    return all(capitalised(w) and bare_word(w) not in FUNCTION_WORDS for w in words[1:-1])


def article_dropped(printed: str, headline: bool) -> bool:
    """A description printed without its article: a headline's role in lower
    case ("..., says lord mayor"), or a capitalised title alone that lost the
    words before it ("The new Harbour Secretary told the committee" printed
    as "Harbour Secretary")."""
    words = printed.split()
    if not words or bare_word(words[0]) in {"the", "a", "an"}:
        return False
    if headline:
        # "Headteacher hits out ...": a role that opens the headline, capitalised
        if office_and_place(words):
            return True  # "mayor of Tallow tells ...": an office and its place
        return (printed.islower() or (len(words) == 1 and words[0][1:].islower() and not is_given_name(words[0]))) and role_noun(words[-1].lower())
    return 1 < len(words) <= 3 and all(w[:1].isupper() for w in words) and is_title_word(words[-1])


# Nouns for a side or a group of people, which a party name may qualify as it
# does a person's title: "the Green opposition warned" is no one person.
_GROUP_HEADS = frozenset({"opposition", "caucus", "camp", "side", "benches", "leadership", "establishment"})


def anaphoric_description(words: list[str], head: str) -> bool:
    """A definite description with a modifier before its role noun, which
    news uses for someone just named ("the Senate minority leader", "the
    billionaire businessman"), or an age alone ("the 46-year-old"); not a
    bare role ("the senator"), a source news leaves unnamed ("the senior
    official"), nor a phrase with a preposition ("the spokesman for the
    mill")."""
    if len(words) == 2 and bare_word(words[0]) == "the" and (AGE_RE.fullmatch(bare_word(words[1])) or words[1] in PARTY_MEMBERS):
        return True  # "said the 46-year-old", "the Republican said"
    if office_in_capitals(words, head):
        return True  # no source left unnamed
    # "the senior official" is a source left unnamed; "the Tallow resident" describes someone just named by where they are from.
    placed = len(words) == 3 and words[1][:1].isupper()
    if len(words) < 3 or bare_word(words[0]) != "the" or (head in UNNAMED_SOURCE_HEADS and not placed) or head in ORG_WORDS or head in ORG_NOUNS or head in _GROUP_HEADS:
        return False
    if any(bare_word(w) in FUNCTION_WORDS for w in words[1:]):
        return False
    return role_noun(head) or descriptor_gender(head) is not None or words[-1] in PARTY_MEMBERS


def owned_role(toks: list[tuple[int, int, str]], j: int) -> Optional[tuple[int, int]]:
    """After a possessor, a kin or role noun that ends up to three lower-case
    words from ``j`` ("said Roe's mother", "Roe's elder brother"): the
    whole phrase, or the name a comma sets after it ("Roe's mother,
    Annette"); None otherwise."""
    e = j
    while e < len(toks) and e - j < 3 and toks[e][2].isalpha() and toks[e][2].islower() and toks[e][2] not in FUNCTION_WORDS:
        e += 1
    if e == j or (e < len(toks) and toks[e][2].isalpha()) or not (toks[e - 1][2] in GENDERED or role_noun(toks[e - 1][2])):
        return None
    if e + 1 < len(toks) and toks[e][2] == "," and name_token(toks[e + 1][2]):
        return toks[e + 1][0], toks[run_end(toks, e + 1)][1]
    return toks[0][0], toks[e - 1][1]


def kin_subject(toks: list[tuple[int, int, str]], n: int, gender: str) -> Optional[int]:
    """The index of a kin noun of ``gender`` heading a subject that opens
    at token ``n`` with its possessor ("His grieving mother said", "Roe's
    elder brother told"): someone the text leaves unnamed. None when the
    subject is of another shape, the kin of another gender, or a name is
    set after the noun ("his mother, Ann Roe, said")."""
    m = n
    if m < len(toks) and toks[m][2].lower() in {"his", "her", "their"}:
        m += 1
    else:
        while m < len(toks) - 1 and m - n < 3 and name_token(toks[m][2]) and not is_possessive(toks[m][2]):
            m += 1
        if m >= len(toks) or not is_possessive(toks[m][2]) or not name_token(strip_possessive(toks[m][2])):
            return None
        m += 1
    for e in range(m, min(m + 3, len(toks))):
        word = toks[e][2]
        if not (word.isalpha() and word.islower()) or word in FUNCTION_WORDS:
            return None
        if word in GENDERED:
            named_after = e + 1 < len(toks) and toks[e + 1][2] == ","
            return e if GENDERED[word] == gender and not named_after else None
    return None
