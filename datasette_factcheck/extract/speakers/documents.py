"""Documents that speak for whoever issued them: "A statement from the
charity X read:", "A letter from X obtained by the paper warns that",
"X sent out an email saying ... “...,” the email read", an "it" that
goes on with such a document, and the source a report quotes ("“...,” the
report said, quoting the ministry"); and the names of laws, pacts,
schemes and bills, which are documents and never people."""

from __future__ import annotations

import re
from typing import Optional

from .given_names import is_given_name
from .lexicon import LAW_WORDS, MASK, ORG_DESCRIPTORS, ORG_NOUNS, ORG_WORDS
from .names import bare_word, capitalised, is_possessive, is_title_word, role_noun, strip_possessive

# The nouns for a document that someone issues.
DOCUMENT_NOUNS = (
    r"(?:statement|letter|memo|memorandum|e-?mail|press\s+release|release|ad|advert|advertisement"
    r"|filing|tweet|post|notice|lawsuit|complaint|report|petition|newsletter|circular|communiqu[eé]|bulletin|advisory"
    r"|notification|communication|article|story|editorial|column|piece|essay|op-ed|book|motion|manifesto|submission|message"
    r"|ruling|judge?ment|opinion|decision|order|warning|alert|update|announcement|affidavit|indictment|deposition|warrant"
    r"|forecast)"
)
# "A letter from X", "an email sent out by X": the issuer after "from" or
# "by", a capitalised name, possibly after a lower-case descriptor ("the
# charity X"). A name starts with a capital: "a letter from a neighbour"
# names nobody.
_ISSUER = r"((?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z][^" + MASK + r".;:,]{0,80}?)"
# "a statement issued yesterday by": when it was issued may stand before "by".
_FROM = (
    r"\s+(?:(?:issued|released|sent|sent\s+out|put\s+out|signed|written|posted|filed)\s+"
    r"(?:(?:yesterday|today|earlier|later|on\s+[A-Z]\w+|last\s+[a-z]+|this\s+[a-z]+)\s+)?)?(?:from|by)\s+"
)
# "rejected a claim by X that the mill would “...”": the words in the clause
# a remark's "that" opens are the words of whoever made it.
CLAIM_BY_RE = re.compile(
    r"\b(?:claims?|statements?|remarks?|assertions?|suggestions?|promises?|pledges?|warnings?|comments?|announcements?"
    r"|accusations?|allegations?|insistence|arguments?)" + _FROM + _ISSUER + r"\s+that\s+[^" + MASK + r".;:?!]*$"
)
STATEMENT_FROM_RE = re.compile(
    r"\b" + DOCUMENT_NOUNS + _FROM + _ISSUER
    + r"(?:\s+(?:obtained|seen|reviewed)\s+by\s+[^" + MASK + r".;:,]{1,60}?)?"
    # "on Monday", "last week", or a bare weekday ("from the council Monday said")
    r"(?:\s+(?:(?:on|last|this)\s+\w+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:\s+(?:night|morning|evening))?)?"
    r",?\s+(?:read|reads|said|says|stated|states|added|adds|warned|warns|argued|argues|noted|notes|claimed|claims|cautioned|cautions|stressed|stresses)"
    # "warned of the fight ahead:": what the document spoke of, before a colon
    r"(?:\s+that|\s+(?:of|about|against)\s+[^" + MASK + r".;:,]{1,60}?(?=\s*:))?\s*[:,]?\s*$"
)
# "“...,” a statement by the Harbour Trust said", "“...,” read a letter
# from the Trust": a document and "by" or "from" before its issuer, who
# speaks through it (unlike "a spokesman for the Trust", someone unnamed).
_ISSUER_NEXT_RE = re.compile(r"\b" + DOCUMENT_NOUNS + r",?" + _FROM + r"$")  # "The letter, released by ""
# "a report by the nonprofit Harbour Institute": the issuer's name begins
# after the lower-case words that describe it.
_DOCUMENT_ISSUER_AT_RE = re.compile(
    r"\s*(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?" + DOCUMENT_NOUNS + _FROM + r"(?:the\s+(?:[a-z][\w-]*\s+){1,2}(?=[A-Z]))?"
)


def issuer_follows(before: str) -> bool:
    """``before`` ends with a document and the word that introduces its
    issuer ("... a statement by ")."""
    return _ISSUER_NEXT_RE.search(before) is not None


def document_issuer_at(text: str, start: int, end: int) -> Optional[int]:
    """Where the issuer's name begins when ``text[start:end]`` opens with
    a document that names it ("a statement from the Harbour Party ..."); None
    otherwise."""
    m = _DOCUMENT_ISSUER_AT_RE.match(text, start, end)
    return m.end() if m is not None else None


# A sentence that opens with a document and names its issuer: "A letter
# sent to the council from the Tenants Association, which asked for a
# vote, listed two complaints."
_OPENING_DOCUMENT_RE = re.compile(
    r"^\W*(?i:the|a|an|its|their|his|her|this|that)\s+(?:[\w-]+\s+){0,3}?" + DOCUMENT_NOUNS
    + r"\b[^" + MASK + r".;:]{0,100}?\b(?:from|by)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}"
    r"([A-Z][\w'’&.-]*(?:\s+(?:of|for|and|on|[A-Z][\w'’&.-]*))*)"
)
# "X sent out a fundraising email", "X issued a statement": the subject
# before a verb of issuing and the document.
_ISSUED_RE = re.compile(
    r"\b(?:sent|sent\s+out|issued|released|put\s+out|posted|filed|published|wrote)\s+"
    r"(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?" + DOCUMENT_NOUNS + r"\b"
)
_TRAILING_LINKS = re.compile(r"(?:\s+(?:of|for|and|on))+$")
_NAME = r"([A-Z][\w'’&.-]*(?:\s+(?:of|for|and|on|[A-Z][\w'’&.-]*))*)"
# Inside a sentence: "reprinted a 1998 piece from the Tallow Times", "a
# Tallow Times article hailed ...": a document and, after "from" or "by"
# or before its noun, the name of who issued it.
_DOCUMENT_FROM_RE = re.compile(
    r"\b(?i:a|an|the|its|their|his|her|this|that)\s+(?:[\w-]+\s+){0,3}?" + DOCUMENT_NOUNS
    + _FROM + r"(?:the\s+)?" + _NAME
)
# ("the Harbour Police statement reads" names its issuer as "a ... statement" does)
_NAMED_DOCUMENT_RE = re.compile(r"\b(?:a|an|the)\s+" + r"([A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})\s+(?:[a-z-]+\s+){0,1}?" + DOCUMENT_NOUNS + r"\b")
# Where a body publishes in its own name, which then "says" what it prints:
# "the Tallow Rowing Club website ... the website says".
OWNED_MEDIA = frozenset({"website", "site", "blog", "page", "account", "feed", "channel"})
_NAMED_MEDIUM_RE = re.compile(r"\b(?i:a|an|the|its)\s+" + r"([A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})\s+(?:" + "|".join(sorted(OWNED_MEDIA)) + r")\b")


# "signed by the press secretary to the Governor, Ada Obi, ...": a
# description of the issuer, and the name set off after it.
_OPENING_DOCUMENT_START_RE = re.compile(r"^\W*(?i:the|a|an|its|their|his|her|this|that)\s+(?:[\w-]+\s+){0,3}?" + DOCUMENT_NOUNS + r"\b")
_DESCRIBED_ISSUER_RE = re.compile(
    r"\s+(?:(?:issued|released|sent|sent\s+out|put\s+out|signed|written|posted)\s+)?(?:from|by)\s+((?:the|an?|his|her|its|their)\s+[^" + MASK + r",.;:]{0,80}?),\s+"
    r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s*,"
)


def opening_document_issuer(sentence: str) -> Optional[tuple[int, int]]:
    """Where the issuer's name is printed when ``sentence`` opens with a
    document that names it ("A letter ... from the Riverside Tenants
    Association ...", "A statement issued by the Governor's spokeswoman,
    Ada Obi, ..."); None otherwise."""
    opening = _OPENING_DOCUMENT_START_RE.match(sentence)
    if opening is None:
        return None
    described = _DESCRIBED_ISSUER_RE.match(sentence, opening.end())
    if described is not None and any(role_noun(w) for w in described.group(1).split()):
        return described.span(2)
    m = _OPENING_DOCUMENT_RE.match(sentence)
    if m is None:
        return None
    name = _TRAILING_LINKS.sub("", m.group(1))
    return m.start(1), m.start(1) + len(name)


# Nouns one document may be called by in turn ("a press release" ... "the statement said").
_SAME_DOCUMENT = ({"statement", "release"}, {"article", "story", "piece", "column"}, {"post", "tweet"}, {"email", "e-mail"})


def _names_document(found: str, noun: Optional[str]) -> bool:
    """The document phrase ``found`` is of kind ``noun`` or one it may be
    called by; any kind when ``noun`` is None."""
    if noun is None:
        return True
    nouns = next((group for group in _SAME_DOCUMENT if noun.lower() in group), {noun.lower()})
    return any(re.search(r"\b" + re.escape(n) + r"\b", found, re.I) for n in nouns)


def document_issuer(sentence: str, noun: Optional[str] = None) -> Optional[tuple[int, int]]:
    """Where the issuer of a document mentioned inside ``sentence`` is
    printed ("a 1998 piece from the Tallow Times", "a Tallow Times
    article"); None when it names none. With ``noun``, only a document of
    that kind: "the report said" is not what "a memo by X" said."""
    regexes = (_NAMED_MEDIUM_RE,) if noun is not None and noun.lower() in OWNED_MEDIA else (_DOCUMENT_FROM_RE, _NAMED_DOCUMENT_RE)
    found = [m for regex in regexes for m in regex.finditer(sentence) if _names_document(m.group(0), noun)]
    m = found[0] if found else None
    if m is None:
        return None
    name = _TRAILING_LINKS.sub("", m.group(1))
    if name.endswith(".") and "." not in name.rsplit(" ", 1)[-1][:-1]:
        name = name[:-1]  # the sentence's full stop
    return m.start(1), m.start(1) + len(name)


def issued_document(sentence: str, noun: str) -> Optional[int]:
    """The offset of the verb when ``sentence`` says its subject issued a
    document of kind ``noun`` ("The Trust sent out a fundraising email"),
    for "the email read" after it; None otherwise."""
    for m in _ISSUED_RE.finditer(sentence):
        if m.group(0).lower().rstrip().endswith(noun.lower()):
            return m.start()
    # "X posted an update on its page ... the post read": the verb names the document.
    verb = _VERB_OF_DOCUMENT.get(noun.lower())
    found = re.search(r"\b" + verb + r"\b", sentence) if verb else None
    return found.start() if found else None


_VERB_OF_DOCUMENT = {"post": "posted", "tweet": "tweeted", "warning": "warned", "announcement": "announced"}


_SPOKEN_IN_RE = re.compile(
    r"\b[Ii]n\s+(?:an?|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(" + DOCUMENT_NOUNS + "|" + "|".join(sorted(OWNED_MEDIA)) + r")\b", re.I
)


def speaks_in_document(sentence: str, noun: str) -> bool:
    """``sentence`` has its subject speak "in a statement" (or another
    document of kind ``noun``): "In a statement, the Trust said:", "X
    said in an emailed statement", for "the statement continued" after it."""
    folded = " ".join(noun.lower().split())
    spoken = (" ".join(m.group(1).lower().split()) for m in _SPOKEN_IN_RE.finditer(sentence))
    return any(found == folded or found.endswith(" " + folded) for found in spoken)  # "the release" of "a press release"


def document_spoken_in(sentence: str) -> Optional[str]:
    """The noun of the document ``sentence`` has its subject speak in ("In
    a statement posted online, she said" -> "statement"), which an "It
    continued" after it may go on with; None when there is none."""
    found = _SPOKEN_IN_RE.search(sentence)
    return " ".join(found.group(1).lower().split()) if found is not None else None


def verb_before_document(sentence: str, noun: str) -> Optional[int]:
    """Where the speech verb starts whose speaker talks "in a statement"
    (or another document of kind ``noun``) right after it: "“...,” X said
    in a statement posted online"; None when no such verb stands there."""
    found = re.search(r"\b(?:said|says|added|wrote|announced)\s+(?:on\s+\w+\s+)?[Ii]n\s+(?:an?|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?" + re.escape(noun) + r"\b", sentence)
    return found.start() if found is not None else None


# "The statement was issued by X", "the bank's letter was signed by X": a
# document opening its sentence, in the passive, then its issuer.
_ISSUED_BY_RE = re.compile(
    r"\s*(?:the|a|an|this|that|his|her|its|their)\s+(?:[\w'’-]+\s+){0,2}?" + DOCUMENT_NOUNS + r"\s+(?:was|were)\s+[a-z]+ed\s+by\s+", re.I
)


def issued_by(text: str, lo: int) -> Optional[int]:
    """Where the issuer's name starts when the sentence at ``lo`` opens
    with a document issued in the passive ("The statement was relayed by
    X"); None otherwise."""
    m = _ISSUED_BY_RE.match(text, lo)
    return m.end() if m else None


def document_noun(printed: str) -> Optional[str]:
    """The document noun when ``printed`` is a definite document ("the
    email", "The statement", "the letter"), which speaks for its issuer."""
    m = _DEFINITE_DOCUMENT_RE.fullmatch(printed.strip())
    return m.group(1) if m else None


def bare_document(printed: str) -> bool:
    """"a statement", "a written statement", "one press release": a
    document the words give no issuer, which only the sentences before can
    place, as "a spokesman" is placed."""
    return _BARE_DOCUMENT_RE.fullmatch(printed.strip()) is not None


def document_owner_pronoun(printed: str) -> Optional[str]:
    """The pronoun that owns a document ("her statement", "his victim
    impact statement" -> "her", "his"), which speaks for whoever the
    pronoun means."""
    m = _OWNED_DOCUMENT_RE.fullmatch(printed.strip())
    return m.group(1).lower() if m else None


_OWNED_DOCUMENT_RE = re.compile(r"(his|her|its|their)\s+(?:[a-z-]+\s+){0,2}?(?:" + DOCUMENT_NOUNS + r")", re.I)
_BARE_DOCUMENT_RE = re.compile(r"(?:a|an|one)\s+(?:[a-z-]+\s+){0,2}?(?:statement|press\s+release|release|letter|notice)", re.I)
_DEFINITE_DOCUMENT_RE = re.compile(r"(?:the|this|that)\s+(?:[a-z-]+\s+){0,2}?(" + DOCUMENT_NOUNS + "|" + "|".join(sorted(OWNED_MEDIA)) + r")", re.I)


# Where a body publishes: "the Harbour Trust website notes".
_MEDIA_NOUNS = {"website", "site", "blog", "account", "page", "feed", "channel", "podcast", "magazine", "journal"}
# Social networks printed before the account a body or a person posts from.
_PLATFORMS = frozenset({"twitter", "facebook", "instagram", "tiktok", "youtube", "telegram", "linkedin", "bluesky", "weibo"})
_DOCUMENT_WORD_RE = re.compile(DOCUMENT_NOUNS, re.I)


def is_document_word(word: str) -> bool:
    """A noun for a document someone issues ("statement", "motion")."""
    return _DOCUMENT_WORD_RE.fullmatch(word) is not None


def is_medium_word(word: str) -> bool:
    """A noun for where someone publishes ("website", "account", "page")."""
    return word in _MEDIA_NOUNS


def is_platform(word: str) -> bool:
    """A social network's name printed before an account ("Twitter")."""
    return bare_word(word) in _PLATFORMS



# Lower-case words that make one document noun with the next ("press release").
_DOCUMENT_QUALIFIERS = {"press", "news", "media", "written", "official", "joint"}


def publisher_of(words: list[str]) -> Optional[str]:
    """The name before a lower-case document or medium noun ("the Harbour
    Trust website", "the Tallow Council report", "a Tallow Zoo statement"):
    whoever publishes it speaks through it. None for any other phrase."""
    if len(words) < 3 or words[0].lower() not in {"the", "a", "an"} or not words[-1].islower():
        return None
    head = words[-1].strip(".,;:")
    if head not in _MEDIA_NOUNS and not is_document_word(head):
        return None
    name = words[1:-1]
    if len(name) > 1 and name[-1] in _DOCUMENT_QUALIFIERS:
        name = name[:-1]  # "the Stats Tallow press release", "a Harbourline written statement"
    if len(name) > 1 and is_medium_word(head) and is_platform(name[-1]):
        name = name[:-1]  # "the Harbour Party Twitter account": the party's, not a body called so
    if not all(w[:1].isupper() and w.lower() not in {"the", "of", "and", "for"} or _portfolio_joiner(name, n) for n, w in enumerate(name)):
        return None
    return " ".join(name)


def _portfolio_joiner(name: list[str], n: int) -> bool:
    """``name[n]`` joins a body's portfolio to its name ("Department of
    Roads, Parks and Wildlife"): "of" or "for" after an organisation word,
    or "and" after one of those, between capitalised words."""
    word = name[n]
    if not 0 < n < len(name) - 1 or not name[n + 1][:1].isupper():
        return False
    if word in {"of", "for"}:
        return bare_word(name[n - 1]) in ORG_WORDS
    return word == "and" and any(w in {"of", "for"} and bare_word(name[m - 1]) in ORG_WORDS for m, w in enumerate(name[:n]) if m > 0)


# "“...,” the filing said, quoting the ports ministry": a document or an
# outlet that only passes on the words; who it quotes spoke them.
_OUTLET_NOUNS = r"(?:paper|newspaper|agency|broadcaster|outlet|media|channel|website|magazine|network|wire)"
_QUOTING_RE = re.compile(
    r"[\s\u00a0]+(?:said|says|reported|reports|wrote|writes|added|adds|stated|states)[\s\u00a0]*,[\s\u00a0]*"
    r"(?:quoting|citing)[\s\u00a0]+((?:the|an?)[\s\u00a0]+[^" + MASK + r",.;:]{2,60}?|[A-Z][^" + MASK + r",.;:]{1,60}?)[\s\u00a0]*(?:[.,;]|$)"
)
_PASSER_RE = re.compile(r"(?i:the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:" + DOCUMENT_NOUNS + "|" + _OUTLET_NOUNS + r")")


def quoted_source(printed: str, text: str, end: int) -> Optional[tuple[int, int]]:
    """Where the source's phrase is printed when ``printed``, a document or
    an outlet that ends at ``end`` of ``text``, only passes on its words
    ("the filing said, quoting the ports ministry"); None otherwise."""
    if _PASSER_RE.fullmatch(printed.strip()) is None:
        return None
    m = _QUOTING_RE.match(text, end)
    return m.span(1) if m else None


def law_name(words: list[str]) -> bool:
    """A capitalised run that names a law, a pact, a scheme or a bill, never
    a person, though its first word may read as a title ("the General
    Harbour Safety Regulation", "Senate Bill 77"); "Bill" only after a word
    that is no given name nor a person's title ("Uncle Bill" is a person)."""
    if len(words) < 2:
        return False
    last = bare_word(words[-1])
    if last in LAW_WORDS:
        return True
    return last == "bill" and not is_given_name(words[-2]) and (not is_title_word(words[-2]) or bare_word(words[-2]) in ORG_WORDS)


def issued_document_at(text: str, lo: int, hi: int) -> Optional[int]:
    """Where the verb starts when ``text[lo:hi]`` ends in a verb of issuing
    and the document issued ("X issued a statement" before "saying ..."):
    the verb's subject speaks through it. None otherwise."""
    last = None
    for m in _ISSUED_RE.finditer(text, lo, hi):
        last = m
    return last.start() if last is not None and not text[last.end() : hi].strip(" ,\u00a0") else None


def document_possessor(words: list[str]) -> Optional[str]:
    """The possessor that opens a phrase, a name or a kind of body: "Ana
    Roe's blog post" -> "Ana Roe", "the trust's statement" -> "the trust";
    None for anything else."""
    for n, w in enumerate(words[:4]):
        if is_possessive(w):
            owner = words[: n + 1]
            if all(capitalised(x) for x in owner):
                return " ".join(owner[:-1] + [strip_possessive(owner[-1])])
            kind = bare_word(strip_possessive(w))
            if n == 1 and bare_word(words[0]) == "the" and w.islower() and (kind in ORG_NOUNS or kind in ORG_DESCRIPTORS):
                return "the " + kind
            return None
    return None


def owned_document(words: list[str]) -> Optional[str]:
    """The possessor of a document or a medium the words name ("Ana Roe's
    blog post", "the trust's website" -> "Ana Roe", "the trust"), which
    speaks for it; None when the words name no owned document."""
    possessor = document_possessor(words)
    if possessor is None or not words:
        return None
    # "Roe's Facebook page", "the trust's website": a medium the possessor publishes on speaks for it too
    return possessor if document_noun("the " + words[-1]) is not None or is_medium_word(words[-1]) else None


# "A terse ministry statement", "the police report": a document named by
# the kind of body that issued it, in lower case before the noun.
_KIND_DOCUMENT_RE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+" + DOCUMENT_NOUNS + r"\b")


def document_of_kind(text: str) -> Optional[tuple[str, str]]:
    """The kind of body and the document noun of the first document named by
    its issuer's kind ("A terse ministry statement noted" -> ("ministry",
    "statement")); None when no such document is named."""
    for m in _KIND_DOCUMENT_RE.finditer(text):
        kind = m.group(1)
        if kind in ORG_NOUNS or kind in ORG_DESCRIPTORS:
            return kind, document_noun("the " + text[m.end(1) : m.end()].strip()) or ""
    return None
