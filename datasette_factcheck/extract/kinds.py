"""What each quotation is, from the evidence around it rather than its length.

* ``quote``: words put in someone's mouth. A quotation of four or more words
  is one unless it is a title; a shorter one needs evidence: it is shaped
  like an utterance (a whole sentence in quote marks, or a clause cut off
  by a comma, question or exclamation mark before a speech verb), or the
  attribution found its source, or its sentence gives it one: a reporting
  verb or noun after a subject ("X called the plan "reckless""), a speaker's
  label and colon ("Minister: ..."), a trailing ", said X", or a name's
  possessive ("X's "harbour first" view").
* ``title``: the name of a book, show, song, bill, campaign or slogan —
  stored so nothing is thrown away, but not a remark: in Title Case with a
  title noun beside it ("the book "..."", ""..." campaign"), after an
  owner's possessive ("Channel Nine's "..."") or alone on its line; or Title
  Case in the middle of a body sentence with no speech evidence. Headlines
  capitalise every word, so there only a title noun after it counts.
* ``scare``: a short phrase in quote marks with neither cue nor source.

``provisional_kind`` runs before attribution (it decides how hard the
attribution looks for a source); ``decide_kinds`` runs after it and gives the
final kind. Both are pure functions of the text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Quote, Segmented

_WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_MARKS = "\"“”„‟«»'‘’‚‛`"
SHORT = 3  # words: up to this many, a quotation needs evidence to be a remark

# Reporting verbs, by stem: any inflection counts ("accuse", "accused",
# "accusing"). The speech verbs of attribution plus the verbs that report a
# characterisation ("likened X to "..."", "hailed X as "..."").
_REPORTING_STEMS = (
    "say|said|tell|told|explain|insist|declar|announc|argu|writ|wrote|tweet|repl|respond|acknowledg|admit"
    "|urg|vow|predict|confirm|conced|suggest|caution|complain|affirm|boast|quip|shout|exclaim|lament|reveal"
    "|describ|dub|accus|criticiz|criticis|condemn|liken|compar|hail|prais|blam|exhort|demand|dismiss"
    "|proclaim|chant|mock|decr|denounc|tout|derid|lambast|characteriz|characteris|deem|assur|assert"
    "|emphasi[sz]|reiterat|contend|insult|ridicul|belittl|disparag|scoff|sneer|plead|gush|retort|chid|scold"
    "|invok|threaten|warn|ask|quer"
)
# Verbs that are also common nouns ("a state", "the rate", "a call for"):
# only their -ed and -ing forms report.
_REPORTING_NOUN_STEMS = (
    "stat|not|add|call|label|brand|term|rat|cit|quot|comment|answer|attack|blast|slam|pound|echo|coin"
    "|counter|recall|promis|pledg|claim|stress|maintain|referenc|jok|reject"
)
_REPORTING_RE = re.compile(
    r"(?<![\w\-])(?:(?:" + _REPORTING_STEMS + r")(?:e|es|ed|d|s|ing|ies|ied|y)?"
    r"|(?:" + _REPORTING_NOUN_STEMS + r")(?:ed|d|ing|led|ted|ged|ted)|calls)\b",
    re.I,
)
# "what X calls", "as X put it", "X's claim that", "in his words".
_REPORTING_PHRASE_RE = re.compile(
    r"\b(?:what\s+\S+(?:\s+\S+){0,3}\s+(?:call|calls|called|term|terms|termed|dub|dubs|dubbed)"
    r"|as\s+\S+(?:\s+\S+){0,4}\s+(?:put|puts)\s+it"
    r"|(?:claim|claims|statement|promise|pledge|words|phrase|term|remark|remarks|comment|comments|description"
    r"|assertion|warning|vow|call|calls|charge|accusation|slogan|motto|mantra|refrain|catchphrase|nickname)\b"
    r"|in\s+(?:his|her|their|its|my|our)\s+words)",
    re.I,
)
# A line led by its speaker's name or role and a colon, as headlines and
# transcripts print them ("Club Chairman: ...", "SMITH: ...").
_LABEL_RE = re.compile(r"^\s*[^\W\d_][\w.'’\-]*(?:\s+[\w.'’\-]+){0,4}:\s")
_SENTENCE_STOP_RE = re.compile(r"[.?!;]\s|[.?!;]$")
# A capitalised name's possessive right before a quotation.
_NAME_POSSESSIVE_RE = re.compile(r"\b[A-Z][\w\-]*(?:['’]s|s['’])[ \t]*$")
# A source in the sentence before the cue: a capitalised word past the first,
# or a personal pronoun.
_PRONOUN_RE = re.compile(r"\b(?:he|she|they|we|i|it)\b", re.I)
# Nouns that name what a title is the title of, before or after it.
_TITLE_NOUNS = (
    "book|books|novel|memoir|memoirs|biography|film|films|movie|movies|documentary|show|shows|series|programme"
    "|program|song|songs|album|musical|opera|poem|essay|column|op-ed|editorial|headline|episode|podcast"
    "|newsletter|bill|act|amendment|campaign|slogan|motto|hashtag|sign|signs|banner|banners|placard|placards"
    "|hat|hats|t-shirt|t-shirts|shirt|shirts|sticker|stickers|tour|forum|initiative|exhibit|exhibition"
    "|painting|magazine|newspaper|anthem|hymn|ballad"
)
_TITLE_BEFORE_RE = re.compile(
    r"\b(?:(?:" + _TITLE_NOUNS + r")(?:[ \t]+(?:reading|saying|that[ \t]+read|that[ \t]+said))?"
    r"|titled|entitled|headlined)[ \t]*,?[ \t]*$",
    re.I,
)
_TITLE_AFTER_RE = re.compile(r"^[ \t]*(?:[\w\-]+[ \t]+)?(?:" + _TITLE_NOUNS + r")\b", re.I)
# A work named after its owner's possessive: "MSNBC's "Morning Joe"".
_POSSESSIVE_BEFORE_RE = re.compile(r"[^\W\d_](?:['’]s|s['’])[ \t]*$")
# Words a title leaves in lower case.
_MINOR = frozenset(
    "a an the and or nor but of to in on at by for from with as into onto over under up via per vs than is "
    "are be".split()
)
_SENTENCE_END = ".?!:;"
# Prepositions before a work's name in Title Case ("on “Harbour Hour,”").
_TITLE_PREPOSITIONS = frozenset({"on", "in", "from", "of", "at"})
_CLAUSE_BREAK_RE = re.compile(r"[.?!;]\s")


def words(text: str) -> int:
    return len(_WORD_RE.findall(text))


def _before(source: str, start: int, limit: int = 240) -> str:
    """The text before a quotation's opening mark(s), back to ``limit``."""
    i = start
    while i > 0 and source[i - 1] in _MARKS and start - i < 3:
        i -= 1
    return source[max(0, i - limit) : i]


def _after(source: str, end: int, limit: int = 80) -> str:
    j = end
    while j < len(source) and source[j] in _MARKS and j - end < 3:
        j += 1
    return source[j : j + limit]


def _sentence_before(source: str, start: int) -> str:
    """The part of the quotation's sentence before it (other quotations
    included), from the last sentence break."""
    text = _before(source, start)
    cut = 0
    for m in _CLAUSE_BREAK_RE.finditer(text):
        cut = m.end()
    nl = text.rfind("\n")
    return text[max(cut, nl + 1) :]


def _starts_sentence(source: str, start: int) -> bool:
    head = _before(source, start, 8).rstrip()
    return not head or head[-1] in _SENTENCE_END or head[-1] in _MARKS or head[-1] in "—–-"


def utterance_shaped(source: str, q: Quote) -> bool:
    """A whole sentence in quote marks, or a clause cut off by , ? ! or a dash
    with a speech verb right after the closing mark ("“I would,” she said")."""
    text = q.text.rstrip()
    if not text:
        return False
    last = text[-1]
    if last in ",?!—–…":
        before = _before(source, q.start, 20).split()
        if before and before[-1].lower().strip("\"“‘'") in _TITLE_PREPOSITIONS and _title_case(text):
            return False  # "Speaking on “Harbour Hour,” Roe said": a show's name
        if _REPORTING_RE.search(" ".join(_after(source, q.end).split()[:5])):
            return True
    if last in ".?!…" and text[:1].isupper() and _starts_sentence(source, q.start):
        return True
    return False


def _reported(source: str, q: Quote, headline: bool = False) -> bool:
    """A reporting verb or noun earlier in the quotation's sentence with a
    possible source: a word other than a function word before the cue ("the
    mayor called it", "Critics likened it to"), or a name or pronoun anywhere
    in the stretch ("..., as The Herald put it,")."""
    sent = _sentence_before(source, q.start)
    if _LABEL_RE.match(sent):
        return True
    cues = list(_REPORTING_RE.finditer(sent)) + list(_REPORTING_PHRASE_RE.finditer(sent))
    if not cues:
        return False
    cue = max(cues, key=lambda m: m.start())
    subject = [t for t in _WORD_RE.findall(sent[: cue.start()]) if t.lower() not in _MINOR]
    if subject or headline:
        # In a headline every word is capitalised: no name shows by its shape.
        return bool(subject)
    toks = _WORD_RE.findall(sent)
    return any(t[:1].isupper() for t in toks[1:]) or bool(_PRONOUN_RE.search(sent))


def _sentence_after(source: str, end: int) -> str:
    """The rest of the quotation's sentence after its closing mark(s)."""
    text = _after(source, end, 240).split("\n")[0]
    m = _SENTENCE_STOP_RE.search(text)
    return text[: m.start()] if m else text


def _attributed_after(source: str, q: Quote) -> bool:
    """A trailing attribution later in the sentence: a comma, then a speech
    verb within a few words ("... in its dealings, said X", "..., the
    spokesman said")."""
    rest = _sentence_after(source, q.end)
    for m in re.finditer(r",\s+", rest):
        if _REPORTING_RE.search(" ".join(rest[m.end() :].split()[:5])):
            return True
    return False


def _said_as(source: str, q: Quote) -> bool:
    """The rest of the sentence says someone spoke the words too ("a
    T-shirt with the words "...", as Ana Roe said before she died")."""
    rest = _sentence_after(source, q.end)
    m = re.search(r"(?:^|[,\s])as\s", rest)
    return m is not None and _REPORTING_RE.search(rest[m.end() :]) is not None


def _possessed(source: str, q: Quote) -> bool:
    """A name's possessive right before a lower-case quotation ("Hale's
    "city of tomorrow"", "Ortiz's "fair shares" remark"): the words are put
    in the possessor's mouth."""
    before = _before(source, q.start, 40)
    m = _NAME_POSSESSIVE_RE.search(before)
    return m is not None and not _title_case(q.text)


def _title_case(text: str) -> bool:
    toks = [t for t in _WORD_RE.findall(text)]
    if len(toks) < 2 or text.isupper():
        return False
    if not toks[0][:1].isupper():
        return False
    major = [t for t in toks if t.lower() not in _MINOR]
    return len(major) >= 2 and all(t[:1].isupper() or t[:1].isdigit() for t in major)


def _capitalised_share(text: str) -> float:
    major = [t for t in _WORD_RE.findall(text) if t.lower() not in _MINOR]
    return sum(1 for t in major if t[:1].isupper() or t[:1].isdigit()) / len(major) if major else 0.0


def _title_noun(source: str, q: Quote, headline: bool = False) -> bool:
    """A quotation in Title Case that a title noun names or ends ("the book
    "Hard Choices"", ""Fight for Fifteen" campaign", "the "Freedom Act""),
    or that stands alone as a paragraph, as a section heading does. In a
    headline, where every word is capitalised, only a noun after it counts."""
    one_word = words(q.text) == 1 and q.text[:1].isupper()
    if not (one_word or _title_case(q.text)):
        return False
    if _TITLE_AFTER_RE.match(_after(source, q.end, 30)):
        return True
    if headline:
        return False
    before = _before(source, q.start, 40)
    if _TITLE_BEFORE_RE.search(before):
        return True
    if one_word:
        return False
    if _POSSESSIVE_BEFORE_RE.search(before):
        return True
    if _TITLE_AFTER_RE.match(_WORD_RE.findall(q.text)[-1]):
        return True
    line_start = source.rfind("\n", 0, q.start) + 1
    line_end = source.find("\n", q.end)
    line = source[line_start : len(source) if line_end < 0 else line_end]
    return words(line) == words(q.text)


# Things words are written on, then how the text says what they bear ("banners
# at the gates saying", "placards that read", "a T-shirt with the words"):
# a slogan, whatever its case, is no one's remark. "sign" is left to the title
# nouns, as a verb may take its place ("signs a letter saying").
_CARRIED_RE = re.compile(
    r"\b(?:banners?|placards?|posters?|t-shirts?|shirts?|hats?|stickers?|billboards?|graffiti)\b"
    r"(?:[ \t]+[\w’'-]+){0,6}?[ \t]+(?:reading|saying|that[ \t]+read|that[ \t]+said|which[ \t]+read|bearing|with[ \t]+the[ \t]+words)"
    r"[ \t]*[,:]?[ \t]*$",
    re.I,
)
# A second slogan joined to the first: "“...”, and “...”".
_JOINED_AFTER_RE = re.compile(r"[”\"][ \t]*,?[ \t]*(?:and|or)?[ \t]*$")


def carried_slogan(source: str, start: int, joined: int = 1) -> bool:
    """The quotation opening at ``start`` is what a banner, placard or
    garment bears, as the words just before it say, or a slogan joined to
    such a one by "and"."""
    before = _sentence_before(source, start)
    if _CARRIED_RE.search(before):
        return True
    m = _JOINED_AFTER_RE.search(before)
    if m is None or joined == 0:
        return False
    opening = max(source.rfind(mark, 0, start - len(before) + m.start()) for mark in "“\"")
    return opening >= 0 and carried_slogan(source, opening + 1, joined - 1)


def _title_shaped(source: str, q: Quote) -> bool:
    """Title Case inside a sentence that is not itself in Title Case (a
    headline capitalises every word, so there it says nothing)."""
    if not _title_case(q.text) or _starts_sentence(source, q.start):
        return False
    around = _sentence_before(source, q.start) + " " + _after(source, q.end, 60).split("\n")[0]
    return _capitalised_share(around) < 0.6


def provisional_kind(source: str, q: Quote) -> str:
    """The kind attribution starts from: ``quote`` when the text alone says
    so (four or more words, or an utterance's shape), else ``scare``."""
    return "quote" if words(q.text) > SHORT or utterance_shaped(source, q) else "scare"


def with_provisional_kinds(seg: Segmented, quotes: list[Quote]) -> list[Quote]:
    return [replace(q, kind=provisional_kind(_source(seg, q), q)) for q in quotes]


def _source(seg: Segmented, q: Quote) -> str:
    return seg.title if q.paragraph == 0 else seg.body


def decide_kind(source: str, q: Quote, headline: bool = False) -> str:
    """The final kind of an attributed quotation."""
    if _title_noun(source, q, headline) or (not headline and carried_slogan(source, q.start) and not _said_as(source, q)):
        return "title"
    if utterance_shaped(source, q):
        return "quote"
    if words(q.text) > SHORT:
        return "title" if not headline and _title_shaped(source, q) else "quote"
    # A short quotation whose source the attribution found was tied to it by
    # a cue ("called it "..."", "..." she said, a headline's "X:").
    if q.speaker_as_printed is not None or q.speaker is not None:
        return "quote"
    if _reported(source, q, headline) or (not headline and (_attributed_after(source, q) or _possessed(source, q))):
        return "quote"
    return "title" if not headline and _title_shaped(source, q) else "scare"


def decide_kinds(seg: Segmented, quotes: list[Quote]) -> list[Quote]:
    """Every quotation with its final kind (see the module docstring)."""
    out = []
    for q in quotes:
        kind = decide_kind(_source(seg, q), q, headline=q.paragraph == 0)
        out.append(q if kind == q.kind else replace(q, kind=kind))
    return out
