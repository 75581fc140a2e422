"""Who said each quotation, and how names of one person are recognised.

``attribute`` reads the article the way a reader does:

1. the attribution in the quote's own sentence (``“...,” said Mr X``,
   ``X told reporters``, ``X said: “...``, ``X said it held “...``);
   when there is one before and one after the quote, the nearer wins;
2. a lead-in ending with a colon in the previous paragraph
   (``the Secretary General said:``);
3. an earlier quote of the same paragraph, or, for a paragraph that opens
   with a quote, the last speaker of the previous paragraph (a quote-only
   paragraph continues the speech before it);
4. for a quotation over several paragraphs, the attribution of any part.

The words found (``speaker_as_printed``) are then resolved to a person:
a name to the fullest form of that name in the article, a pronoun to the
most recent person named as a subject (not an organisation, not a name in
a prepositional phrase or a possessive), a role noun (``the alliance
chief``) to the person the article introduced with that role. Nothing is
guessed: an organisation, a plural or an unknown role leaves ``speaker``
empty.

``clean_name``, ``person_key`` and ``same_person`` are also used by the
database layer to keep one row per person across articles.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, field, replace
from typing import Optional

from ..model import Quote, Segmented

# -- vocabulary ---------------------------------------------------------------

HONORIFICS = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": None, "dr": None, "sir": "m", "dame": "f",
    "lord": "m", "lady": "f", "prof": None, "rev": None, "fr": "m", "sr": None, "jr": None,
    "mister": "m", "madam": "f", "madame": "f", "monsieur": "m", "herr": "m", "frau": "f",
    "baroness": "f", "baron": "m",
}

# Words of a title or role: they precede a name but are never part of it.
TITLE_WORDS = set(
    """
    president vice secretary general minister prime deputy chief chancellor premier governor mayor
    senator congressman congresswoman representative rep sen gov councillor councilor alderman
    commissioner ambassador envoy spokesman spokeswoman spokesperson director chairman chairwoman chair
    ceo cfo coo cto executive officer manager coach head leader speaker judge justice magistrate attorney
    prosecutor inspector superintendent sheriff constable detective sergeant sgt lieutenant lt captain
    capt colonel col major maj commander admiral general gen marshal brigadier corporal private
    king queen prince princess duke duchess emperor pope cardinal bishop archbishop rabbi imam sheikh
    professor doctor dean rector provost principal founder owner boss chairperson treasurer clerk
    assistant associate senior junior acting interim former foreign defence defense finance health
    interior home state affairs economy economic justice education transport environment energy
    trade culture sport sports labour labor treasury commerce agriculture security intelligence
    striker midfielder defender goalkeeper winger forward player captain referee analyst expert
    economist scientist researcher author writer editor correspondent reporter lawyer barrister
    solicitor counsel adviser advisor aide official officials delegate negotiator lawmaker mp mep
    council cabinet committee board alliance ministry department office agency commission union
    government administration parliament congress senate assembly court tribunal club team party
    company firm group bank university institute organisation organization association federation
    league service authority house kremlin supt insp cllr cmdr det adm
    architect curator engineer designer chef artist nurse surgeon physician pilot teacher lecturer
    historian geologist biologist chemist physicist psychologist neurologist epidemiologist virologist
    consultant campaigner activist volunteer organiser organizer investor entrepreneur photographer
    journalist novelist poet actor actress composer musician athlete cyclist swimmer pundit
    commentator candidate paramedic midwife pharmacist vet dentist therapist priest vicar pastor
    mechanic electrician plumber operator student pupil graduate archivist librarian auditor
    accountant ombudsman coroner registrar caretaker investigator
    """.split()
)
# Words that make a capitalised run an organisation, never a person.
ORG_WORDS = set(
    """
    council cabinet committee board alliance ministry department office agency commission union
    government administration parliament congress senate assembly court tribunal club team party
    company firm group bank university institute organisation organization association federation
    league service authority house kremlin network foundation trust coalition campaign society fund
    partnership initiative forum centre center partners holdings media news times post corporation
    inc ltd plc llc appliances industries motors airlines systems technologies foods standards
    police army navy command united city county school hospital forces force airways railway
    therapeutics pharmaceuticals pharma labs bureau power energy corp co regulator
    """.split()
)
TITLE_WORDS |= ORG_WORDS
# Titles and roles only a person holds: evidence that a name is a person's.
PERSON_ROLES = TITLE_WORDS - set(
    """
    assistant associate senior junior acting interim former foreign defence defense finance health
    interior home state affairs economy economic education transport environment energy trade culture
    sport sports labour labor treasury commerce agriculture security intelligence council cabinet
    committee board alliance ministry department office agency commission union government
    administration parliament congress senate assembly court tribunal club team party company firm
    group bank university institute organisation organization association federation league service
    authority house kremlin officials
    """.split()
) - ORG_WORDS

PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "they": "p", "it": "n", "we": "p", "i": None, "you": None}

# A possessive determiner opening a lead-in ("His message was blunt:").
POSSESSIVE_PRONOUNS = {"his": "m", "her": "f", "their": "p", "its": "n", "our": "p", "my": None}

# Role nouns a headline or a later sentence uses for a role given otherwise.
ROLE_SYNONYMS = {
    "boss": {"manager", "coach", "chief", "head"},
    "chief": {"head", "boss"},
    "head": {"chief", "boss"},
    "leader": {"head", "chief", "president", "chair", "chairman", "chairwoman", "chairperson"},
    "rider": {"cyclist", "jockey"},
    "cyclist": {"rider"},
    "jockey": {"rider"},
    "singer": {"star", "artist", "musician"},
    "star": {"singer", "actor", "actress", "player"},
}

# Capitalised at the start of a sentence but never a name.
FUNCTION_WORDS = set(
    """
    a an the this that these those and but or nor so yet for of in on at to by with from into onto
    upon about above after against along among around as before behind below beneath beside between
    beyond during except inside near off out outside over past since through throughout till toward
    towards under until up via within without however meanwhile moreover furthermore nevertheless
    nonetheless still also then later earlier now today yesterday tomorrow tonight here there while
    when where whether which who whom whose what why how if though although because since unless
    once after despite including like unlike than instead indeed thus hence therefore otherwise
    speaking asked according following turning referring highlighting emphasising emphasizing
    touching lastly finally first second third next last both either neither each every all some
    any many much more most few several no not only even just it its it's his her their our my your
    he she they we i you him them us me mr mrs ms dr sir on monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october november
    december yes no please thank thanks let one two three four five six seven eight nine ten
    another other others such whatever
    """.split()
)

# Abbreviated titles and the role a later definite noun calls them by
# ("Gov. X" ... "the governor said").
TITLE_ABBREVIATIONS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "col": "colonel",
    "lt": "lieutenant", "dr": "doctor", "prof": "professor", "supt": "superintendent",
    "insp": "inspector", "cllr": "councillor", "capt": "captain", "sgt": "sergeant", "maj": "major",
    "cmdr": "commander", "det": "detective", "adm": "admiral",
}

# Organisation head words and the definite nouns that refer back to such an
# organisation ("the Harbour Employers' Association" ... "the association").
ORG_TYPES = {
    "association": {"association", "group", "organisation", "organization", "body"},
    "federation": {"federation", "group", "body", "organisation", "organization"},
    "ministry": {"ministry", "department", "government"},
    "department": {"department", "ministry", "government"},
    "institute": {"institute", "organisation", "organization", "body", "group"},
    "commission": {"commission", "body", "regulator"},
    "service": {"service", "agency", "body"},
    "agency": {"agency", "body", "regulator"},
    "authority": {"authority", "agency", "regulator", "body"},
    "office": {"office", "agency", "department"},
    "bureau": {"bureau", "agency"},
    "administration": {"administration", "agency"},
    "council": {"council", "body", "authority"},
    "union": {"union", "group", "organisation", "organization"},
    "company": {"company", "firm", "group", "business"},
    "corporation": {"company", "firm", "group", "corporation", "business"},
    "group": {"group", "company", "firm"},
    "holdings": {"company", "firm", "group"},
    "inc": {"company", "firm"}, "ltd": {"company", "firm"}, "plc": {"company", "firm"},
    "llc": {"company", "firm"}, "corp": {"company", "firm"}, "co": {"company", "firm"},
    "therapeutics": {"company", "firm", "developer", "drugmaker"},
    "pharmaceuticals": {"company", "firm", "developer", "drugmaker"},
    "pharma": {"company", "firm", "drugmaker"},
    "biotech": {"company", "firm"}, "labs": {"company", "firm"},
    "motors": {"company", "firm", "carmaker"}, "airlines": {"company", "airline", "carrier"},
    "airways": {"company", "airline", "carrier"}, "industries": {"company", "firm", "group"},
    "technologies": {"company", "firm"}, "systems": {"company", "firm"}, "foods": {"company", "firm"},
    "appliances": {"company", "firm", "manufacturer"}, "energy": {"company", "firm", "utility"},
    "power": {"company", "firm", "utility"}, "bank": {"bank", "lender"},
    "university": {"university", "institution"}, "foundation": {"foundation", "charity"},
    "trust": {"trust", "charity"}, "network": {"network", "group"}, "forum": {"forum", "group"},
    "coalition": {"coalition", "group"}, "party": {"party"}, "club": {"club"}, "court": {"court"},
    "committee": {"committee"}, "board": {"board"}, "police": {"police", "force"},
    "society": {"society", "group", "charity"}, "alliance": {"alliance"}, "league": {"league"},
    "government": {"government"}, "parliament": {"parliament"}, "school": {"school"},
    "hospital": {"hospital"}, "campaign": {"campaign", "group"},
}
# Every noun that refers back to some organisation.
ORG_NOUNS = set().union(*ORG_TYPES.values())

# Name particles written in lower case inside a name ("Erik ten Hag").
PARTICLES = {"de", "da", "di", "del", "della", "der", "den", "van", "von", "ten", "ter", "la", "le", "du", "dos", "das", "bin", "ibn", "al", "el", "st", "y"}

SPEECH_VERBS = set(
    """
    said says say told tells stated added adds explained explains continued continues concluded
    concludes noted asserted asserts stressed stresses argued argues insisted insists warned warns
    declared declares announced announces wrote writes tweeted posted replied responded responds
    answered remarked commented emphasised emphasized emphasises emphasizes acknowledged acknowledges
    admitted admits claimed observed observes urged urges vowed predicted predicts confirmed confirms
    recalled recalls conceded concedes suggested suggests cautioned underlined underscored maintained
    contended complained reiterated reiterates affirmed boasted joked quipped shouted mused exclaimed
    lamented revealed disclosed ruled wrote countered pledged promised told asked described
    fumed blasted raged stormed snapped laughed sighed pleaded begged gushed beamed retorted
    raged ranted seethed scoffed sneered groaned smiled grinned chuckled cried sobbed wept
    """.split()
)
PARTICIPLES = set(
    """
    adding saying noting stressing explaining insisting warning declaring arguing telling writing
    concluding emphasising emphasizing asserting claiming acknowledging urging promising vowing
    continuing remarking recalling cautioning reiterating countering
    """.split()
)
SPEECH_NOUNS = set(
    """
    announcement announcements statement statements comment comments remark remarks words message
    speech address interview tweet post pledge promise warning claim declaration testimony letter
    questions
    """.split()
)
_MULTIWORD_VERBS = re.compile(
    r"\b(?:pointed|points|went|goes|summed|sums) (?:out|on|up)\b|\b[Aa]ccording to\b"
    # Tabloid comebacks: "X shot back", "X hit out", "X lashed out".
    r"|\b(?:shot|shoots|hit|hits|fired|fires|snapped|snaps|struck|strikes|bit|bites) back\b"
    r"|\b(?:hit|hits|lashed|lashes) out\b"
)

ADVERBS = {
    "also", "later", "then", "further", "again", "previously", "recently", "once", "reportedly",
    "subsequently", "simply", "just", "repeatedly", "quickly", "earlier", "had", "has", "have", "was",
    "is", "would", "will", "already", "publicly", "privately", "separately", "herself",
    "himself", "themselves", "however", "meanwhile", "though", "too", "firmly",
    "clearly", "angrily", "calmly", "bluntly", "flatly",
}
# Words that end a noun phrase scanned leftwards from a verb.
_NP_BREAK = FUNCTION_WORDS - {"the", "a", "an", "mr", "mrs", "ms", "dr", "sir"} | {"that", "said", "who", "which"}
_OBLIQUE = {
    "with", "to", "by", "from", "for", "of", "about", "on", "at", "in", "into", "against", "between",
    "among", "toward", "towards", "alongside", "than", "like", "including", "via", "upon", "over",
    "under", "after", "before", "behind", "beside", "and",
}
_ABBREV = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "lt", "col", "capt", "sgt", "rev", "no", "vs", "fr", "gov", "sen", "rep", "maj", "u.s", "u.k", "e.g", "i.e", "inc", "ltd", "co", "corp"} | set(TITLE_ABBREVIATIONS)

_APPOSITIVE_END = {"for", "of", "at", "in", "responsible", "who", "which", "on", "to", "since", "with", "from", "and"}
_PAST_QUALIFIERS = {"former", "ex", "outgoing", "previous"}
_ROLE_ADJECTIVES = {"new", "former", "top", "senior", "longtime", "long-time", "outgoing", "incoming", "current", "then", "chief", "lead", "veteran"}
MASK = "\u25a0"
_QUOTE_RE = re.compile("[\"“”„‟«»‘‚‛]|(?<![^\\W_])['’]|['’](?![^\\W_])")
_WORD = r"[^\W_](?:[\w\-]|['’](?=[^\W_]))*"
_TOKEN_RE = re.compile(_WORD + r"\.?|" + MASK + r"+|[,;:()\[\]—–]")
_APOS = "'’"
_ORG_CONNECTORS = {"of", "for", "and", "on", "de", "du", "des", "del", "der", "für", "&"}
# A name that speaks "in a statement" or "in a filing" is an organisation.
_STATEMENT_RE = re.compile(r"\s+(?:also\s+)?(?:said|says|announced|confirmed|added|warned|stated)\s+(?:on\s+\w+\s+)?in\s+a\s+(?:statement|filing|press\s+release|blog\s+post)\b")
_ORG_GAPS = {"", " ", "' ", "’ "}
_MAX_ORGS = 200
_UNTYPED_ORG = {"company", "firm", "group", "organisation", "organization", "body"}
_CONJUNCTIONS = {"but", "and", "yet", "so", "or", "however", "meanwhile", "still", "also", "then", "now", "instead"}
# Verbs that put a partial quotation in the subject's mouth only when it
# follows them in the sentence ("X called the findings “...”").
CALL_VERBS = {
    "called", "calls", "calling", "described", "describes", "describing", "branded", "brands", "branding",
    "dubbed", "dubs", "dubbing", "labelled", "labeled", "labelling", "labeling", "termed", "terming",
}
_CALL_PARTICIPLES = {"calling", "describing", "branding", "dubbing", "labelling", "labeling", "terming"}
# Nouns of speech after a possessive: "His message to X was blunt:".
_SPEECH_HEADS = SPEECH_NOUNS | {"reply", "answer", "response", "verdict", "advice", "view", "point", "argument", "tone", "assessment", "reaction"}
# Lower-case words with a role-noun ending that are no role ("the river",
# "however"): a description ends in a role, a clause does not.
_NOT_ROLES = {
    "never", "ever", "over", "under", "after", "other", "another", "rather", "whether", "together",
    "either", "neither", "later", "earlier", "water", "number", "order", "matter", "letter", "paper",
    "power", "weather", "corner", "border", "river", "summer", "winter", "october", "november",
    "december", "september", "register", "monster", "silver", "further", "whatever", "wherever",
    "whoever", "forever", "error", "floor", "door", "minor", "major", "interior", "exterior", "former",
    "per", "her", "their", "our", "your", "for", "nor", "or", "present", "different", "recent",
    "current", "important", "significant", "urgent", "moment", "comment", "statement", "agreement",
    "payment", "event", "content", "extent", "amount", "account", "want", "meant", "sent", "spent",
    "went", "plant", "grant", "relevant", "decent", "silent", "violent", "frequent", "consider",
    "remember", "wonder", "enter", "offer", "deliver", "discover", "answer", "suffer", "prefer",
    "cover", "recover", "counter", "transfer", "refer", "differ", "lower", "newer", "older", "younger",
    "bigger", "larger", "smaller", "higher", "better", "greater", "longer", "stronger", "harder",
    "faster", "lighter", "closer", "whenever", "however", "soever", "meanwhile",
}
_ROLE_SUFFIX_RE = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ant|ent)$")
# Nationality adjectives: printed alone they describe, they never name.
DEMONYMS = set(
    """
    american british english scottish welsh irish french german austrian swiss dutch belgian spanish
    portuguese italian greek turkish russian ukrainian polish czech slovak hungarian romanian
    bulgarian serbian croatian slovenian bosnian albanian danish swedish norwegian finnish icelandic
    estonian latvian lithuanian belarusian georgian armenian israeli palestinian lebanese syrian
    iraqi iranian saudi egyptian moroccan algerian tunisian libyan nigerian ghanaian kenyan
    ethiopian somali sudanese african south-african chinese japanese korean taiwanese vietnamese
    thai indonesian malaysian filipino indian pakistani afghan bangladeshi australian canadian
    mexican brazilian argentine argentinian chilean colombian peruvian venezuelan cuban european
    asian nordic arab kiwi luxembourgish maltese cypriot
    """.split()
)
# Role nouns an organisation can fill as well as a person ("Her promoter,
# Lantern Live, said"): a name in apposition to one may be a company.
_ORG_CAPABLE_ROLES = {
    "promoter", "sponsor", "employer", "landlord", "contractor", "organiser", "organizer", "partner",
    "supplier", "distributor", "publisher", "backer", "insurer", "lender", "label", "broadcaster",
    "operator", "owner", "developer", "manufacturer", "retailer", "carrier", "builder", "agency",
    "studio", "producer", "parent", "subcontractor", "franchisee", "franchisor", "provider",
    "competitor", "challenger", "member", "customer", "buyer", "seller", "bidder", "shareholder",
    "tenant", "client", "importer", "exporter", "rival", "defendant", "claimant", "applicant",
}
# Verbs whose object is who was spoken to, never who spoke ("told
# Austrian broadcaster ORF", "told reporters").
_ADDRESSEE_VERBS = {"told", "tells", "tell", "telling"}
# "heard from X", "evidence from X": X speaks, though after a preposition.
_HEARD_FROM = {"heard", "hear", "hears", "hearing", "evidence", "testimony"}
_AGE_ROLE_RE = re.compile(r"\bthe\s+[\w\-]+-year-old\s+(?:[a-z\-]+\s+){0,2}?([a-z\-]+)\b(?!\s+[A-Z])")


# -- names ----------------------------------------------------------------------


@lru_cache(maxsize=65536)  # asked for every word of every capitalised run
def _strip_possessive(word: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


def _is_possessive(word: str) -> bool:
    return word.endswith(("’s", "'s", "s’", "s'"))


def _bare(word: str) -> str:
    return word.strip(".,;:!?()[]\"“”‘’'").lower()


_HYPHENS_RE = re.compile(r"[-–]")


# The per-word tests below are pure functions of one word, asked again and
# again for the same words (every capitalised run is tested word by word, in
# every paragraph): their answers are cached.
@lru_cache(maxsize=65536)
def _is_title_word(word: str) -> bool:
    low = _bare(_strip_possessive(word))
    if low in TITLE_WORDS or low in HONORIFICS:
        return True
    parts = [p for p in _HYPHENS_RE.split(low) if p]
    return len(parts) > 1 and all(p in TITLE_WORDS for p in parts)


def _role_noun(word: str) -> bool:
    """A word that can head a description of someone: a known title or
    role, or a lower-case noun with an agent ending ("rider", "promoter",
    "cyclist", "guardian")."""
    low = _bare(_strip_possessive(word))
    if low in TITLE_WORDS:
        return True
    return (
        word.islower()
        and low not in FUNCTION_WORDS
        and low not in ADVERBS
        and low not in _NOT_ROLES
        and low not in SPEECH_VERBS
        and bool(_ROLE_SUFFIX_RE.fullmatch(low))
    )


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


_INITIAL_RE = re.compile(r"[^\W\d_]\.?|(?:[^\W\d_]\.){2,3}")
_ONE_INITIAL_RE = re.compile(r"[^\W\d_]\.")
_INITIALS_RE = re.compile(r"(?:[^\W\d_]\.)+")


@lru_cache(maxsize=65536)
def _is_initial(word: str) -> bool:
    # "J." or initials printed together, "J.K." — kept as printed.
    return bool(_INITIAL_RE.fullmatch(word)) and word[0].isupper()


def _join_initials(toks: list[tuple[int, int, str]]) -> list[str]:
    """Words of a token run with initials printed together ("J.K.") kept
    as one word, as printed."""
    words: list[str] = []
    prev_end = -1
    for s, e, w in toks:
        if words and s == prev_end and _ONE_INITIAL_RE.fullmatch(w) and _INITIALS_RE.fullmatch(words[-1]):
            words[-1] += w
        else:
            words.append(w)
        prev_end = e
    return words


# Generational suffixes belong to the name as printed ("Pablo Vargas III");
# post-nominal letters (honours, degrees, silk, seats) do not.
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_POST_NOMINALS = {"kc", "qc", "sc", "mp", "mep", "msp", "ms", "obe", "cbe", "mbe", "kbe", "dbe", "phd", "frs", "mla", "td"}


def _suffix_word(word: str) -> bool:
    return bool(word) and word[0].isupper() and word.rstrip(".,").lower() in _NAME_SUFFIXES


def _post_nominal(word: str) -> bool:
    bare = word.rstrip(".,")
    return bare.lower() in _POST_NOMINALS and (bare.isupper() or bare == "PhD")


_PARTICLE_PREFIX_RE = re.compile(r"(?:al|el|ad|ar|as|at|az|bin|ibn|ben|abu|bint|d|l|o)['’\-][^\W\d_]")


@lru_cache(maxsize=65536)
def _capitalised(word: str) -> bool:
    """A word that can open or continue a name: capitalised, or a lower-case
    particle glued to a capitalised part ("al-Sabah", "d'Estaing")."""
    if not word:
        return False
    if word[0].isupper():
        return True
    return bool(_PARTICLE_PREFIX_RE.match(word)) and any(c.isupper() for c in word[1:])


def _run_end(toks: list[tuple[int, int, str]], i: int) -> int:
    """The last token of the capitalised run opened at ``i``: capitalised
    words with at most three lower-case particles between them ("Ingrid van
    der Berg", "Ana de la Cruz"), never past a possessive."""
    j = i
    while not _is_possessive(toks[j][2]):
        k = j + 1
        while k < len(toks) and k - j <= 3 and toks[k][2].lower() in PARTICLES and toks[k][0] - toks[k - 1][1] <= 1:
            k += 1
        if k < len(toks) and _capitalised(toks[k][2]) and toks[k][0] - toks[k - 1][1] <= 1:
            j = k
        else:
            break
    return j


@lru_cache(maxsize=65536)
def _name_token(word: str) -> bool:
    """A word that can be part of a person's name."""
    if not word or not _capitalised(word) or not word[0].isalpha():
        return False
    if _is_initial(word):
        return True
    low = _bare(word)
    if low in FUNCTION_WORDS or _is_title_word(word) or _is_acronym(word.rstrip(".")):
        return False
    if _DESCRIPTOR_COMPOUND_RE.search(word):
        return False  # "Mum-of-three", "Father-of-two": a description, not a name
    return True


# A hyphenated word with a lower-case part after its capital ("Mum-of-three",
# "Ex-footballer") describes; names capitalise every part ("Smith-Jones").
_DESCRIPTOR_COMPOUND_RE = re.compile(r"^[^\W\d_][^\W_]*-(?:[^\W_]+-)*[a-z\d]")


_SYLLABLE_PAIR_RE = re.compile(r"[^\W\d_a-z][^\W\d_A-Z]{0,4}-[^\W\d_A-Z]{1,4}")
_ENGLISH_PREFIXES = {"ex", "co", "self", "part", "full", "well", "would", "non", "anti", "pro", "pre", "post", "half", "all", "one", "two", "mid", "vice", "re"}


def _syllable_pair(word: str) -> bool:
    """A two-syllable given name after a family name ("Kim Jong-un", "Park
    Seo-yeon"): short parts, the second in lower case, and no English
    prefix ("Ex-boss", "Self-made") in front."""
    return bool(_SYLLABLE_PAIR_RE.fullmatch(word)) and word.split("-")[0].lower() not in _ENGLISH_PREFIXES


def _name_from_tokens(words: list[str]) -> Optional[str]:
    """The trailing name of a run of words, titles before it dropped."""
    if not words:
        return None
    last = words[-1]
    if _is_possessive(last):
        words = words[:-1] + [_strip_possessive(last)]
    while len(words) > 1 and _post_nominal(words[-1]):
        words = words[:-1]
    suffix = ""
    if len(words) > 1 and _suffix_word(words[-1]) and _name_token(words[-2]):
        suffix = " " + words[-1].rstrip(",")
        words = words[:-1]
    kept: list[str] = []
    for n in range(len(words) - 1, -1, -1):
        word = words[n]
        if _name_token(word) or (kept and word.lower() in PARTICLES) or (n > 0 and _syllable_pair(word) and _name_token(words[n - 1])):
            kept.append(word)
            if len(kept) >= 5:
                break
        else:
            break
    while kept and kept[-1].lower() in PARTICLES:
        kept.pop()
    if not kept:
        return None
    kept.reverse()
    # A person is never "the X": "the White House", "the Kremlin".
    before = len(words) - len(kept) - 1
    if before >= 0 and words[before].lower() in {"the", "a", "an"}:
        return None
    return " ".join(w.rstrip(".") if not _is_initial(w) else w for w in kept) + suffix


@lru_cache(maxsize=8192)
def clean_name(printed: str) -> Optional[str]:
    """A person's name without titles, honorifics, roles or possessive.

    ``"NATO Chief Jens Stoltenberg"`` -> ``"Jens Stoltenberg"``,
    ``"Mr Stoltenberg"`` -> ``"Stoltenberg"``; ``None`` for a pronoun or a
    bare role noun. With an appositive (``"Olga Stefanishina, Ukraine's
    deputy prime minister"``) the part that is a name is taken."""
    if not printed or not printed.strip():
        return None
    for part in printed.split(","):
        words = [w for w in re.split(r"\s+", part.strip()) if w]
        words = [w.strip("\"“”‘:;()[]") for w in words]
        words = [w for w in words if w]
        if not words:
            continue
        if len(words) == 1 and _bare(words[0]) in PRONOUNS:
            continue
        # A run that carries lower-case role words keeps only its capitalised tail.
        tail: list[str] = []
        for w in reversed(words):
            if _capitalised(w) or (tail and w.lower() in PARTICLES):
                tail.append(w)
            else:
                if w.lower() in {"the", "a", "an"}:
                    tail.append(w)
                break
        tail.reverse()
        name = _name_from_tokens(tail)
        if name:
            return name
    return None


_TRANSLIT = [
    (re.compile(r"(?:yy|iy|yi|ij|yj|ii)(?=$|[^a-z])"), "y"),
    (re.compile(r"(?<=[^aeiou])i$"), "y"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"w"), "v"),
    (re.compile(r"(?<=[a-z])j(?=[aeiou])"), "y"),
    (re.compile(r"([a-z])\1"), r"\1"),
]
_SPECIAL = str.maketrans({"ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "ı": "i", "þ": "th", "ð": "d"})


def _fold(word: str) -> str:
    text = word.lower().translate(_SPECIAL)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if c.isascii() and c.isalpha())
    for pattern, repl in _TRANSLIT:
        text = pattern.sub(repl, text)
    return text


@lru_cache(maxsize=8192)  # asked again for each comparison; callers only read the list
def _name_parts(name: str) -> list[str]:
    cleaned = clean_name(name) or ""
    if not cleaned and name.isupper():
        cleaned = clean_name(name.title()) or ""  # "STOLTENBERG" in a caps byline
    words = cleaned.split()
    if len(words) > 1 and _suffix_word(words[-1]):
        words = words[:-1]  # "Danforth Jr." is a Danforth
    return [w for w in words if w.lower() not in PARTICLES]


@lru_cache(maxsize=8192)
def person_key(name: str) -> str:
    """A folded surname: the same for spelling variants of one surname
    (Zelensky, Zelenskyy, Zelenskiy, Zelenski; diacritics; case); empty
    when ``name`` holds no name."""
    parts = _name_parts(name)
    if not parts:
        return ""
    return _fold(parts[-1])


def _given_compatible(a: str, b: str) -> bool:
    fa, fb = _fold(a), _fold(b)
    if not fa or not fb:
        return True
    if _is_initial(a) or _is_initial(b):
        return fa[0] == fb[0]
    return fa == fb or (min(len(fa), len(fb)) >= 3 and (fa.startswith(fb) or fb.startswith(fa)) and abs(len(fa) - len(fb)) <= 3)


@lru_cache(maxsize=8192)
def same_person(a: str, b: str) -> bool:
    """Same surname key and given names that do not contradict each other
    (``"Stoltenberg"`` ~ ``"Jens Stoltenberg"``, ``"Jens Stoltenberg"`` !~
    ``"Camilla Stoltenberg"``)."""
    pa, pb = _name_parts(a), _name_parts(b)
    if not pa or not pb:
        return False
    short, long_ = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    if len(short) == 1 and len(long_) > 1 and _fold(short[0]) == _fold(long_[0]):
        # Family name first ("Xi Jinping", "Tran Minh Hoa"): the short form
        # a later paragraph prints is the first word of the full name.
        return True
    if _fold(pa[-1]) != _fold(pb[-1]):
        return False
    ga, gb = pa[:-1], pb[:-1]
    if not ga or not gb:
        return True
    # A compound surname printed without the given name ("Ms Fernández de
    # Castro" for "Lucía Fernández de Castro") is the tail of the full name.
    short, long_ = (pa, pb) if len(pa) < len(pb) else (pb, pa)
    if len(short) < len(long_) and [_fold(w) for w in short] == [_fold(w) for w in long_[-len(short) :]]:
        return True
    return _given_compatible(ga[0], gb[0])


def _looks_like_org(printed: str) -> bool:
    """A capitalised run naming an organisation ("Climate Action Network",
    "the Ministry of Transport"): any organisation word in it."""
    return any(_bare(_strip_possessive(w)) in ORG_WORDS for w in printed.split())


# -- article model ---------------------------------------------------------------


@dataclass
class _Person:
    names: list[str] = field(default_factory=list)  # clean names as printed
    forms: list[str] = field(default_factory=list)  # every name form printed
    roles: set[str] = field(default_factory=set)
    gender: Optional[str] = None
    positions: list[int] = field(default_factory=list)
    salient_positions: list[int] = field(default_factory=list)
    org: bool = False  # an organisation that speaks ("the association said")
    types: set[str] = field(default_factory=set)  # nouns that refer back to it
    maybe_person: bool = False  # an organisation only by its place in an appositive

    @property
    def full(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()), len(n)))

    def matches(self, name: str) -> bool:
        # A full name must agree with every full name of the person, not just
        # with a bare surname two people share.
        if not any(same_person(name, n) for n in self.names):
            return False
        if len(_name_parts(name)) < 2:
            return True
        return all(same_person(name, n) for n in self.names if len(_name_parts(n)) > 1)


def _last_before(positions: list[int], pos: Optional[int]) -> int:
    """The last of the sorted ``positions`` before ``pos`` (any when
    ``pos`` is None); -1 when there is none."""
    if not positions:
        return -1
    if pos is None:
        return positions[-1]
    i = bisect.bisect_left(positions, pos)
    return positions[i - 1] if i else -1


def _insort_unique(positions: list[int], pos: int) -> None:
    i = bisect.bisect_left(positions, pos)
    if i == len(positions) or positions[i] != pos:
        positions.insert(i, pos)


@dataclass
class _Mention:
    pos: int  # global position: unit * _UNIT + offset
    person: _Person
    salient: bool


_UNIT = 1 << 40
_MARKS = "\"“”„‟«»'‘’‚‛"
_WINDOW = 600  # characters of context either side of a quote
_LOOKBACK = 200  # mentions searched back for a pronoun's antecedent


@dataclass
class _Unit:
    number: int  # 0 headline, else paragraph number
    base: int  # offset of the unit in its source
    text: str
    masked: str
    quotes: list[int]  # indices into the quote list
    bounds: list[int]  # sentence start offsets (unit-relative), ascending
    # _tokens(masked), read by both scan_names and scan_orgs: tokenised once.
    masked_tokens: list[tuple[int, int, str]] = field(default_factory=list, repr=False)


def _mask(text: str, spans: list[tuple[int, int, str]]) -> str:
    chars = list(text)
    for a, b, qtext in spans:
        lo = a - 1 if a > 0 and text[a - 1] in "\"“”„‟«»'‘’‚‛" else a
        hi = b + 1 if b < len(text) and text[b] in "\"“”„‟«»'‘’‚‛" else b
        for i in range(lo, hi):
            chars[i] = MASK
        # A question or exclamation followed by a lower-case word runs on
        # into its attribution ("“...?” said X"): no sentence ends there.
        after = text[hi : hi + 80].lstrip(" \u00a0")
        runs_on = bool(after) and after[0].islower()
        if after and not runs_on:
            # "“...?” Ana Ruiz said.": a short clause with a speech verb is
            # the quotation's attribution, not a sentence of its own.
            clause = re.split(r"[.!?]", after, maxsplit=1)
            clause_words = clause[0].split()
            runs_on = (
                len(clause) > 1
                and 0 < len(clause_words) <= 5
                and any(w.lower().strip(",") in SPEECH_VERBS for w in clause_words[1:])
                and MASK not in clause[0]
                and not any(c in clause[0] for c in _MARKS)
            )
        if qtext.rstrip().endswith((".", "!", "?", "…")) and hi > lo and not runs_on:
            chars[hi - 1] = "."
    return "".join(chars)


_BOUNDARY_RE = re.compile(r"[.!?…]+[\"”’']?\s+(?=[\"“‘'" + MASK + r"]?[^\W\d_]|" + MASK + r")")
_SPACE_OR_PAREN_RE = re.compile(r"[\s(]")
_ABBREV_SHAPE_RE = re.compile(r"(?:[a-z]\.)*[a-z]")


def _sentence_bounds(masked: str) -> list[int]:
    bounds = [0]
    for m in _BOUNDARY_RE.finditer(masked):
        before = masked[max(0, m.start() - 6) : m.start()]
        word = _SPACE_OR_PAREN_RE.split(before)[-1].lower()
        if word in _ABBREV or _ABBREV_SHAPE_RE.fullmatch(word) and len(word) <= 3 and masked[m.start()] == ".":
            continue
        bounds.append(m.end())
    return bounds


def _tokens(text: str, lo: int = 0, hi: Optional[int] = None) -> list[tuple[int, int, str]]:
    hi = len(text) if hi is None else hi
    # Every token is taken as printed in one comprehension; the few that end
    # in a full stop are then looked at again (no token is empty, so
    # ``word[-1]`` is safe).
    out = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text, lo, hi)]
    for k, (start, end, word) in enumerate(out):
        if word[-1] == "." and len(word) > 1:
            core = word[:-1].lower()
            if not (core in _ABBREV or _is_initial(word) or "." in core):
                out[k] = (start, end - 1, word[:-1])
    return out


# -- noun phrases around attribution verbs -----------------------------------------


def _is_verb(word: str) -> bool:
    return word in SPEECH_VERBS


def _np_before(text: str, lo: int, end: int) -> Optional[tuple[int, int]]:
    """The subject noun phrase that ends just before ``end`` (a verb),
    skipping adverbs and an appositive between commas."""
    toks = _tokens(text, lo, end)
    i = len(toks) - 1
    while i >= 0 and toks[i][2].lower() in ADVERBS:
        i -= 1
    # "X, however, said" / "X, the spokesman for Y, said": look past comma groups.
    groups: list[tuple[int, int]] = []
    while i >= 0:
        if toks[i][2] == ",":
            i -= 1
            while i >= 0 and toks[i][2].lower() in ADVERBS:
                i -= 1
            continue
        j = i
        while j >= 0 and toks[j][2] not in {",", ";", ":", "(", ")", "—", "–"} and MASK not in toks[j][2]:
            j -= 1
        groups.append((j + 1, i))
        if j < 0 or toks[j][2] != "," or len(groups) >= 4:
            break
        i = j
    # The nearest group that is wholly a noun phrase is the subject; a
    # descriptive appositive in between ("the spokesman for Y", "Ukraine's
    # deputy prime minister") is looked past; a clause stops the search.
    nearest = None
    for a, b in groups:
        if a > b:
            break
        span = _trailing_np(toks, a, b)
        if nearest is None:
            nearest = span
        # "But Marcus Osei-Tutu, an economist at ..., said": a conjunction
        # opening the sentence is not part of the subject.
        a0 = a
        while a0 < b and toks[a0][2].lower() in _CONJUNCTIONS:
            a0 += 1
        if span is not None and span[0] == toks[a0][0]:
            return span
        first = toks[a][2]
        if not (first.lower() in {"the", "a", "an"} or _is_possessive(first) or not first[0].isupper()):
            break
    return nearest


def _trailing_np(toks: list[tuple[int, int, str]], a: int, b: int) -> Optional[tuple[int, int]]:
    """The noun phrase at the end of tokens a..b: a pronoun, a capitalised
    run with its titles, or a determiner phrase ("the alliance chief")."""
    if b < a:
        return None
    last = toks[b][2]
    if last.lower() in PRONOUNS:
        return toks[b][0], toks[b][1]
    # "the rider", "the young rider": a determiner and a lower-case noun
    # that reads as a role are a subject even when the role is not listed.
    for d in (b - 1, b - 2):
        if d < a or toks[d][2].lower() not in {"the", "a", "an"} or not _role_noun(last):
            continue
        if all(
            t[2].isalpha() and t[2].islower() and t[2] not in FUNCTION_WORDS and t[2] not in ADVERBS
            for t in toks[d + 1 : b + 1]
        ):
            return toks[d][0], toks[b][1]
    k = b
    while k >= a:
        word = toks[k][2]
        low = word.lower()
        # "Secretary for European and Eurasian Affairs James O'Brien"
        if low in {"for", "of", "and"} and k > a and k < b and toks[k - 1][2][0].isupper() and toks[k + 1][2][0].isupper():
            k -= 1
            continue
        if low in {"the", "a", "an"}:
            return toks[k][0], toks[b][1]
        if (
            _capitalised(word) or low in PARTICLES or _is_possessive(word) or low in TITLE_WORDS
            or (k == b and (low in _ORG_DESCRIPTORS or _descriptor_gender(low)))
        ):
            if low in _NP_BREAK and not word[0].isupper():
                break
            if word[0].isupper() and low in FUNCTION_WORDS and low not in HONORIFICS and not _is_acronym(word):
                break
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
            if not any(_is_title_word(toks[t][2]) for t in range(lo_i, c)):
                lo_i = c + 1
            break
    if lo_i > b:
        return None
    return toks[lo_i][0], toks[b][1]


def _np_after(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """The noun phrase right after a verb ("said the Secretary General")."""
    toks = _tokens(text, start, end)
    if not toks:
        return None
    first = toks[0][2]
    if first.lower() in PRONOUNS:
        return toks[0][0], toks[0][1]
    k = 0
    if first.lower() in {"the", "a", "an"}:
        k = 1
        # "said the returning officer, Jean-Pierre Martin, before ...": the
        # name in the appositive is the speaker.
        name = _appositive_name(toks, 0)
        if name is not None:
            return name
    if k == 0 and first.islower():
        # "says banned rider Lukas Brenner": lower-case descriptors ending
        # in a noun (not an adverb or a verb form), then the name.
        r = 0
        # Hyphenated descriptors count too: "fumed season-ticket holder X".
        while (
            r < min(3, len(toks) - 1)
            and toks[r][2].replace("-", "").isalpha()
            and toks[r][2].islower()
            and toks[r][2] not in FUNCTION_WORDS
        ):
            r += 1
        head = toks[r - 1][2] if r else ""
        nounish = head not in ADVERBS and head not in SPEECH_VERBS and not head.endswith(("ly", "ed", "ing"))
        if 0 < r < len(toks) and (_role_noun(head) or nounish) and _name_token(toks[r][2]):
            k = r
    j = k
    while j < len(toks):
        word = toks[j][2]
        low = word.lower()
        if word[0].isupper() and low not in FUNCTION_WORDS - set(HONORIFICS):
            j += 1
        elif j > k and (n := _org_connector_len(toks, k, j)):
            j += n  # "the International Committee of the Red Cross"
        elif j > k and low in PARTICLES:
            j += 1
        elif k == 1 and (low in TITLE_WORDS or _is_possessive(word)) and j - k < 5:
            j += 1
        elif low in TITLE_WORDS and j > 0 and j + 1 < len(toks) and toks[j + 1][2][0].isupper():
            j += 1  # "Trading Standards officer Janet Pryce"
        else:
            break
    if j == 0 or (k == 1 and j == 1):
        return None
    return toks[0][0], toks[j - 1][1]


def _org_connector_len(toks: list[tuple[int, int, str]], k: int, j: int) -> int:
    """How many tokens from ``j`` ("of", "of the", "for the") join the
    capitalised run toks[k:j], when an organisation word is in it, to the
    capitalised rest of its name ("Committee of the Red Cross", "Society
    for the Protection of Birds"); 0 when they do not ("Smith of the ...")."""
    if j == 0 or toks[j][2] not in {"of", "for", "on"} or not toks[j - 1][2][:1].isupper():
        return 0
    if not any(_bare(t[2]) in ORG_WORDS and t[2][:1].isupper() for t in toks[max(k, j - 8) : j]):
        return 0
    n = 2 if j + 1 < len(toks) and toks[j + 1][2] == "the" else 1
    if j + n < len(toks) and _capitalised(toks[j + n][2]) and MASK not in toks[j + n][2]:
        return n
    return 0


def _sentence_subject(text: str, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """The subject at the start of a sentence, past an introductory phrase
    ("Turning to NATO, the General Secretary ...")."""
    toks = _tokens(text, lo, hi)
    if not toks:
        return None
    i = 0
    first = toks[0][2].lower()
    # Introductory phrases, possibly several ("Eighteen months later,
    # sitting in a café, she ..."), are skipped comma by comma.
    for _ in range(3):
        word = toks[i][2].lower() if i < len(toks) else ""
        if i > 0 and toks[i][2][:1].isupper():
            break  # "Following the briefing, Trading Standards officer X"
        if not _introductory(word):
            break
        if word in PRONOUNS or word in POSSESSIVE_PRONOUNS or word in {"the", "a", "an"}:
            break
        comma = next((n for n in range(i, min(len(toks), i + 25)) if toks[n][2] == ","), None)
        if comma is None:
            return None
        i = comma + 1
    if i < len(toks) and _number_word(toks[i][2].lower()) and toks[i][2].lower() not in {"one"}:
        return None
    if first in POSSESSIVE_PRONOUNS and i == 0:
        if len(toks) < 2 or toks[1][2] in {",", ";", ":"}:
            return None
        # "Her colleague ..., Professor Liam O'Connor, put it bluntly:" is
        # spoken by the colleague the appositive names.
        name = _appositive_name(toks, 1)
        if name is not None:
            return name
        # "His message to X was blunt:": the possessor speaks; "Her
        # colleague put it bluntly:" names nobody.
        if any(t[2].lower() in _SPEECH_HEADS for t in toks[1:4]):
            return toks[0][0], toks[0][1]
        return None
    if i >= len(toks):
        return None
    span = _np_after(text, toks[i][0], hi)
    if span is not None and toks[i][2].lower() in {"the", "a", "an"}:
        # "The company's general counsel, Rahul Mehta, went further": the
        # name in the appositive rather than the description.
        name = _appositive_name(toks, i)
        if name is not None:
            return name
    return span


_INTRODUCING = {"like", "including", "as", "among"}
_NUMBER_WORDS = set(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    thousand million billion dozen dozens hundreds thousands millions half
    """.split()
)
_NP_ING = {"during", "morning", "evening", "something", "nothing", "anything", "everything", "king", "thing", "spring", "ring"}


# Lower-case nouns that say what a one-word organisation is ("supermarket
# chain FreshWay", "budget airline SkyNorth", "Orbita, the satellite operator").
_ORG_DESCRIPTORS = {
    "supermarket", "chain", "retailer", "grocer", "airline", "carrier", "operator", "company", "firm",
    "group", "bank", "lender", "insurer", "broadcaster", "publisher", "network", "startup", "start-up",
    "brand", "manufacturer", "maker", "carmaker", "developer", "utility", "charity", "club", "giant",
    "provider", "platform", "app", "store", "shop", "restaurant", "hotel", "brewery", "distributor",
    "supplier", "housebuilder", "builder", "broker", "fund", "newspaper", "website", "outlet", "agency",
    "consultancy", "regulator", "watchdog", "service", "business", "conglomerate", "producer", "studio",
    "label", "team", "airport", "railway", "university", "school", "hospital", "trust", "council",
    "drugmaker", "chipmaker", "automaker", "miner", "exporter", "importer", "refiner", "shipper",
    "shipbuilder", "telecoms", "delegation", "embassy",
}
# Bodies a nationality can head as a speaker: "the French delegation said".
_NATIONAL_BODIES = {"delegation", "government", "embassy", "mission", "army", "navy", "military", "presidency"}


def _kind_noun(word: str) -> bool:
    """A common noun for a kind of organisation, capitalised only because
    it opens a sentence ("Drugmaker Halvex Pharmaceuticals said"): it says
    what the name is and is no part of it. Organisation words that head
    names themselves ("Bank", "Energy") are not such nouns."""
    low = _bare(word)
    if low in ORG_WORDS or not word[:1].isupper():
        return False
    return low in _ORG_DESCRIPTORS or (low.endswith("maker") and len(low) > 6)


# A one-word name acting as only an organisation does: "FreshWay has recalled", "X apologised".
_ORG_ACT_RE = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:recalled|apologi[sz]ed|issued\s+a\s+statement|"
    r"(?:cancelled|canceled|grounded|axed)\s+(?:\d[\d,]*\s+)?(?:flights|services|orders|jobs))\b"
)
_GENDERED = {
    "mother": "f", "mum": "f", "mom": "f", "grandmother": "f", "gran": "f", "grandma": "f", "wife": "f",
    "widow": "f", "daughter": "f", "sister": "f", "girl": "f", "aunt": "f", "niece": "f", "lady": "f",
    "father": "m", "dad": "m", "grandfather": "m", "grandad": "m", "granddad": "m", "husband": "m",
    "widower": "m", "son": "m", "brother": "m", "boy": "m", "uncle": "m", "nephew": "m",
}


def _descriptor_gender(head: str) -> Optional[str]:
    """The gender a descriptive noun carries ("Frenchwoman", "Englishman",
    "mother"); None for role nouns ("spokesman") and neutral ones."""
    head = head.lower()
    if head in _GENDERED:
        return _GENDERED[head]
    if head in TITLE_WORDS or len(head) < 6:
        return None
    if head.endswith("woman"):
        return "f"
    if head.endswith("man") and not head.endswith("woman"):
        return "m"
    return None


def _org_descriptors(toks: list[tuple[int, int, str]], i: int, j: int, text: str) -> set[str]:
    """Descriptor nouns next to the one-word name toks[i..j]: up to two
    lower-case words before it ("supermarket chain FreshWay") or an
    appositive after it ("FreshWay, the supermarket chain,")."""
    found: set[str] = set()
    p = i - 1
    words: list[str] = []
    while p >= 0 and i - p <= 2 and toks[p][2].islower() and toks[p][2] not in FUNCTION_WORDS:
        words.append(toks[p][2])
        p -= 1
    if words and words[0] in _ORG_DESCRIPTORS:
        found |= set(words)
    if j + 2 < len(toks) and toks[j + 1][2] == "," and toks[j + 2][2].lower() in {"the", "a", "an"}:
        tail = []
        q = j + 3
        while q < len(toks) and q - j <= 6 and toks[q][2].islower() and toks[q][2] not in FUNCTION_WORDS:
            tail.append(toks[q][2])
            q += 1
        if tail and tail[-1] in _ORG_DESCRIPTORS and (q >= len(toks) or toks[q][2] in {",", ";", "—", "–"} or MASK in toks[q][2]):
            found |= set(tail)
    return found


def _number_word(word: str) -> bool:
    """A number spelt out or in digits ("Eighteen", "Twenty-two", "18")."""
    head = word.split("-")[0]
    return head in _NUMBER_WORDS or head[:1].isdigit()


def _introductory(word: str) -> bool:
    """A sentence-opening word that starts an adverbial phrase rather than
    the subject: function words, -ing and -ly words, numbers of time."""
    return (
        word in FUNCTION_WORDS
        or (word.endswith("ing") and word not in _NP_ING)
        or word.endswith("ly")
        or (_number_word(word) and word != "one")
    )


def _appositive_name(toks: list[tuple[int, int, str]], start: int) -> Optional[tuple[int, int]]:
    """The name between commas right after the noun phrase opened at
    ``start`` ("the club's manager, John Smith,")."""
    c = start
    while c < len(toks) and c - start <= 12 and toks[c][2] not in {",", ";", ":", "(", ")", "—", "–"}:
        if MASK in toks[c][2]:
            return None
        c += 1
    if c >= len(toks) or toks[c][2] != "," or c == start:
        return None
    d = c + 1
    while d < len(toks) and d - c <= 6 and (_capitalised(toks[d][2]) or toks[d][2].lower() in PARTICLES):
        d += 1
    if d == c + 1 or (d < len(toks) and toks[d][2] not in {",", ";", "—", "–"}):
        return None
    words = [t[2] for t in toks[c + 1 : d]]
    if clean_name(" ".join(words)) is None or _looks_like_org(" ".join(words)):
        return None
    return toks[c + 1][0], toks[d - 1][1]


# -- the article ---------------------------------------------------------------------


class _Article:
    def __init__(self, seg: Segmented, quotes: list[Quote]):
        self.seg = seg
        self.quotes = quotes
        self.units: list[_Unit] = []
        self.persons: list[_Person] = []
        self.mentions: list[_Mention] = []
        self.by_key: dict[str, list[_Person]] = {}
        self.by_first: dict[str, list[_Person]] = {}  # folded first word of a full name
        self.orgs: list[_Person] = []
        self.org_by_name: dict[str, _Person] = {}
        by_para: dict[int, list[int]] = {}
        for n, q in enumerate(quotes):
            by_para.setdefault(q.paragraph, []).append(n)
        if seg.title:
            self._add_unit(0, 0, seg.title, by_para.get(0, []))
        for p in seg.paragraphs:
            text = seg.body[p.start : p.end]
            self._add_unit(p.number, p.start, text, by_para.get(p.number, []))
        self.unit_of = {u.number: k for k, u in enumerate(self.units)}

    def _add_unit(self, number: int, base: int, text: str, qidx: list[int]) -> None:
        spans = []
        for n in qidx:
            q = self.quotes[n]
            a, b = q.start - base, q.end - base
            if 0 <= a <= b <= len(text):
                spans.append((a, b, q.text))
        masked = _mask(text, spans)
        self.units.append(_Unit(number, base, text, masked, qidx, _sentence_bounds(masked), _tokens(masked)))

    # persons ------------------------------------------------------------------

    def person_for(
        self, name: str, create: bool, gender: Optional[str] = None, pos: Optional[int] = None
    ) -> Optional[_Person]:
        # Two people may share a surname ("Helen Walsh", "Declan Walsh"): a
        # short form goes to one whose known gender fits its honorific, then
        # to the one last named as a subject before it, then to the one last
        # named at all; a full name before a bare surname breaks a tie.
        best, best_key = None, None
        key = person_key(name)
        for person in self.by_key.get(key, []):
            if not person.matches(name):
                continue
            if gender and person.gender and person.gender != gender:
                continue
            rank = (
                _last_before(person.salient_positions, pos),
                _last_before(person.positions, pos),
                len(person.full.split()),
            )
            if best_key is None or rank > best_key:
                best, best_key = person, rank
        if best is None and not self.by_key.get(key) and len(_name_parts(name)) == 1:
            best = self._family_name_first(key, gender)
        if best is None and create:
            best = _Person()
            self.persons.append(best)
            self.by_key.setdefault(key, []).append(best)
        return best

    def _family_name_first(self, key: str, gender: Optional[str]) -> Optional[_Person]:
        """The one person whose full name opens with the word ``key`` folds
        to ("Tran" for "Tran Minh Hoa", "Kim" for "Kim Jong-un") when nobody
        known has it as a surname; None when two people could be meant."""
        found = [p for p in self.by_first.get(key, []) if not (gender and p.gender and p.gender != gender)]
        if len(found) != 1:
            return None
        # Only someone the text shows to be a person: a capitalised run such
        # as "Tour de France" taken for a name must not swallow "Tour".
        person = found[0]
        return person if person.roles & PERSON_ROLES or person.gender else None

    def _index_first(self, person: _Person, name: str) -> None:
        parts = _name_parts(name)
        if len(parts) < 2:
            return
        first = self.by_first.setdefault(_fold(parts[0]), [])
        if person not in first and len(first) < 2:
            first.append(person)  # two already make the short form ambiguous

    def register(
        self, name: str, printed: str, roles: set[str] = frozenset(), gender=None, pos: Optional[int] = None, salient: bool = False
    ) -> _Person:
        person = self.person_for(name, create=True, gender=gender, pos=pos)
        if pos is not None:
            bisect.insort(person.positions, pos)
            if salient:
                bisect.insort(person.salient_positions, pos)
        if name not in person.names:
            person.names.append(name)
            self._index_first(person, name)
        for form in (name, printed):
            if form and form not in person.forms:
                person.forms.append(form)
        person.roles |= set(roles)
        if gender and not person.gender:
            person.gender = gender
        return person

    def scan_names(self) -> None:
        """Find the people the article names: names with a title or role
        ("Secretary General Jens Stoltenberg", "alliance chief X", "X, the
        spokesman"), then every other mention of them."""
        runs = []
        for k, unit in enumerate(self.units):
            toks = _tokens(unit.text)
            masked_toks = {t[0] for t in unit.masked_tokens}
            i = 0
            while i < len(toks):
                if not _capitalised(toks[i][2]):
                    i += 1
                    continue
                j = _run_end(toks, i)
                runs.append((k, toks, i, j, toks[i][0] in masked_toks))
                i = j + 1
        pending = []
        for k, toks, i, j, outside in runs:
            unit = self.units[k]
            words = [t[2] for t in toks[i : j + 1]]
            verb = _headline_verb_at(words) if unit.number == 0 else None
            if verb is not None:
                # "Governor Quits": a capitalised headline verb is no surname.
                j = i + verb - 1
                words = words[:verb]
            else:
                words = _join_initials(toks[i : j + 1])
            name = _name_from_tokens(words)
            if not name:
                continue
            name_len = len(name.split())
            title_words = words[: len(words) - name_len]
            roles = {_bare(_strip_possessive(w)) for w in title_words}
            gender = None
            honorific = False
            for w in title_words:
                if _bare(w) in HONORIFICS:
                    gender = HONORIFICS[_bare(w)]
                    honorific = True
                elif _DESCRIPTOR_COMPOUND_RE.search(w) and not gender:
                    # "Mum-of-three X", "Grandfather-of-five X"
                    gender = _GENDERED.get(w.split("-")[0].lower())
            # Lower-case role words just before the run ("alliance chief X").
            p = i - 1
            while p >= 0 and i - p <= 4 and (_role_noun(toks[p][2]) or _is_possessive(toks[p][2])) and not toks[p][2][0].isupper():
                roles.add(_bare(_strip_possessive(toks[p][2])))
                p -= 1
            # Appositives: "X, the spokesman for Y," and "the role, X,".
            comma_after = j + 1 < len(toks) and toks[j + 1][2] == ","
            fwd = j + 2
            if fwd + 1 < len(toks) and _number_word(toks[fwd][2].lower()) and toks[fwd + 1][2] == ",":
                fwd += 2  # "X, 27, a rider for Y": the age is no description
            if fwd < len(toks) and comma_after and not _QUOTE_RE.search(unit.text, toks[j][1], toks[fwd][0] + 1):
                roles |= self._appositive_roles(unit.text, toks, fwd, forward=True)
            # "The chair of the inquiry, retired judge Dame X,": the role
            # phrase stands before a further descriptor and the honorific.
            c = i - 1
            while c >= 0 and i - c <= 3 and toks[c][2].islower() and toks[c][2] not in FUNCTION_WORDS and MASK not in toks[c][2]:
                c -= 1
            if c >= 1 and toks[c][2] == "," and comma_after:
                roles |= self._appositive_roles(unit.text, toks, c - 1, forward=False)
            roles = {r for r in roles if r in TITLE_WORDS or _role_noun(r)}
            printed = unit.text[toks[i][0] : toks[j][1]]
            printed = _strip_possessive(printed)
            # The printed form keeps an honorific ("Mr Stoltenberg") but no title.
            form = name
            if title_words and _bare(title_words[-1]) in HONORIFICS:
                form = f"{title_words[-1]} {name}"
            roles |= {TITLE_ABBREVIATIONS[r] for r in roles if r in TITLE_ABBREVIATIONS}
            prev_word = toks[p][2].lower() if p >= 0 else ""
            salient = outside and prev_word not in _OBLIQUE and not _is_possessive(toks[j][2])
            if outside and prev_word == "from" and p >= 1 and toks[p - 1][2].lower() in _HEARD_FROM:
                # "the inquiry heard from Dr X": X is the one who speaks next.
                salient = True
            if (
                outside
                and not salient
                and comma_after
                and j + 2 < len(toks)
                and toks[j + 2][2].lower() in {"a", "an"}
                and prev_word in _INTRODUCING
            ):
                # "people like Jana Horvat, a 41-year-old nurse": a person
                # introduced with a description is who the story turns to.
                salient = True
            if salient and prev_word == ",":
                # An appositive shares the place of the noun it names:
                # "ahead of the Liberal candidate, Declan Walsh" is no subject.
                # The walk stops at the noun's determiner, a possessive one
                # included ("Its chief executive, X, defended ...").
                q = i - 2
                while (
                    q >= 0
                    and i - q <= 7
                    and toks[q][2].lower() not in {"the", "a", "an"} | set(POSSESSIVE_PRONOUNS)
                    and toks[q][2] not in {",", ";", ":", "(", ")"}
                ):
                    q -= 1
                if q >= 1 and toks[q][2].lower() in {"the", "a", "an"} and toks[q - 1][2].lower() in _OBLIQUE - {"and"}:
                    salient = False
            pos = k * _UNIT + toks[i][0]
            # An unlisted role noun ("rider", "skipper") is a person's unless
            # an organisation could hold it too ("operator", "promoter").
            described = roles - TITLE_WORDS - _ORG_CAPABLE_ROLES - _ORG_DESCRIPTORS
            if roles & PERSON_ROLES or honorific or described:
                self.register(name, form, roles, gender, pos, salient)
            elif (
                2 <= name_len <= 3
                and len([w for w in words if not _DESCRIPTOR_COMPOUND_RE.search(w)]) == name_len
                and prev_word not in {"the", "a", "an"}
                and not any(_bare(_strip_possessive(w)) in ORG_WORDS for w in words)
                and not _kind_noun(name.split()[0])  # "Insurer Castlegate said"
            ):
                # "Tom Becker met ...": a first name and a surname with no
                # title is taken as a person, for pronouns to find.
                self.register(name, form, roles, pos=pos, salient=salient)
            pending.append((pos, name, form, salient, roles, gender))
        # Second pass: other mentions of the people found, in reading order.
        for pos, name, form, salient, _roles, gender in pending:
            person = self.person_for(name, create=False, gender=gender, pos=pos)
            if person is None:
                continue
            if form not in person.forms:
                person.forms.append(form)
            if name not in person.names:
                person.names.append(name)
                self._index_first(person, name)
            if gender and not person.gender:
                person.gender = gender
            self.mentions.append(_Mention(pos, person, salient))
            _insort_unique(person.positions, pos)
            if salient:
                _insort_unique(person.salient_positions, pos)
        self._age_roles()

    # organisations ----------------------------------------------------------------

    def scan_orgs(self) -> None:
        """Organisations named outside quotations, in reading order, with the
        nouns that may refer back to them: a capitalised run built on an
        organisation word ("the Ministry of Finance", "Harbour Employers'
        Association", "Halden Therapeutics"), or a single capitalised name
        that says something in a statement ("Orbita said in a statement")."""
        for k, unit in enumerate(self.units):
            toks = unit.masked_tokens
            i = 0
            while i < len(toks):
                if not _capitalised(toks[i][2]) or MASK in toks[i][2]:
                    i += 1
                    continue
                j = i
                while j + 1 < len(toks) and unit.masked[toks[j][1] : toks[j + 1][0]] in _ORG_GAPS:
                    nxt = toks[j + 1][2]
                    if _capitalised(nxt) and MASK not in nxt:
                        j += 1
                    elif (
                        nxt.lower() in _ORG_CONNECTORS
                        and j + 2 < len(toks)
                        and _capitalised(toks[j + 2][2])
                        and toks[j + 2][0] - toks[j + 1][1] <= 1
                    ):
                        j += 2
                    else:
                        break
                words = [t[2] for t in toks[i : j + 1]]
                # Sentence openers and titles before the name are not part of it.
                a = 0
                while a < len(words) and (_bare(words[a]) in FUNCTION_WORDS or _bare(words[a]) in _ORG_CONNECTORS):
                    a += 1
                kind = None
                if (
                    len(words) - a > 1
                    and _kind_noun(words[a])
                    and unit.masked[: toks[i + a][0]].rstrip(" \u00a0" + _MARKS)[-1:] in {"", ".", "!", "?"}
                ):
                    kind = _bare(words[a])  # sentence-initial "Drugmaker Halvex ..."
                    a += 1
                words = words[a:]
                heads = [_bare(_strip_possessive(w)) for w in words]
                types: set[str] = set()
                if kind:
                    types |= set(_UNTYPED_ORG) | {kind}
                for h in heads:
                    types |= ORG_TYPES.get(h, set())
                # "Party strategists said": one organisation word alone names none.
                typed = any(h in ORG_WORDS for h in heads) and any(h not in ORG_WORDS for h in heads)
                if kind and not self.person_for(" ".join(words), create=False):
                    typed = True
                if words and not typed and len(words) == 1 and not _is_title_word(words[0]):
                    after = unit.masked[toks[j][1] : toks[j][1] + 40]
                    described = _org_descriptors(toks, i + a, j, unit.masked)
                    if (described or _STATEMENT_RE.match(after) or _ORG_ACT_RE.match(after)) \
                            and self.person_for(words[0], create=False) is None:
                        typed, types = True, set(_UNTYPED_ORG) | described
                if words and typed and _capitalised(words[-1]):
                    # A lower-case noun just before says what it is
                    # ("utility company Pacific Ridge Power").
                    p = i + a - 1
                    if p >= 0 and toks[p][2] in ORG_NOUNS:
                        types.add(toks[p][2])
                    name = _strip_possessive(unit.text[toks[i + a][0] : toks[j][1]])
                    org = self._add_org(name, k * _UNIT + toks[i + a][0], types)
                    if (
                        j + 3 < len(toks)
                        and toks[j + 1][2] == "("
                        and toks[j + 3][2] == ")"
                        and _is_acronym(toks[j + 2][2])
                        and toks[j + 2][2].isalpha()
                        and toks[j + 2][2].lower() not in self.org_by_name
                    ):
                        # "The International Cycling Union (UCI)": the
                        # acronym defined here names the same body later.
                        acronym = toks[j + 2][2]
                        self.org_by_name[acronym.lower()] = org
                        if acronym not in org.forms:
                            org.forms.append(acronym)
                elif words and not typed and j + 1 < len(toks) and toks[j + 1][2] == ",":
                    self._appositive_org(unit, k, toks, i + a, j)
                i = j + 1

    def _appositive_org(self, unit: _Unit, k: int, toks, i: int, j: int) -> None:
        """"Her promoter, Lantern Live, said": a name in apposition to a role
        an organisation can fill may be that organisation. It is kept
        aside (``maybe_person``) and only answers for a later "the company"
        while nothing shows it to be a person."""
        if i < 2 or toks[i - 1][2] != ",":
            return
        role = _bare(toks[i - 2][2])
        if role not in _ORG_CAPABLE_ROLES or not toks[i - 2][2].islower():
            return
        d = i - 3
        if d < 0 or not (toks[d][2].lower() in {"the", "a", "an"} or toks[d][2].lower() in POSSESSIVE_PRONOUNS or _is_possessive(toks[d][2])):
            return
        words = [t[2] for t in toks[i : j + 1]]
        if not 1 <= len(words) <= 4 or any(_bare(w) in HONORIFICS or _is_title_word(w) for w in words):
            return
        name = _strip_possessive(unit.text[toks[i][0] : toks[j][1]])
        if name.lower() in self.org_by_name or len(self.orgs) >= _MAX_ORGS:
            return
        org = _Person(names=[name], forms=[name], org=True, maybe_person=True)
        org.types = set(_UNTYPED_ORG) | {role}
        org.positions.append(k * _UNIT + toks[i][0])
        self.orgs.append(org)

    def _add_org(self, name: str, pos: int, types: set[str]) -> _Person:
        key = name.lower()
        org = self.org_by_name.get(key)
        if org is None and len(self.orgs) >= _MAX_ORGS:
            return self.orgs[-1]  # a bound keeps resolution linear on hostile input
        if org is None:
            org = _Person(names=[name], forms=[name], org=True)
            self.org_by_name[key] = org
            self.orgs.append(org)
        org.types |= types
        _insort_unique(org.positions, pos)
        return org

    def _org_named(self, printed: str, pos: Optional[int] = None) -> Optional[_Person]:
        """The organisation a printed cue names, if it names one."""
        words = [w for w in printed.split() if w]
        short = self._short_form(words, pos)
        if short is not None or _bare_org_word(words):
            return short
        # The capitalised tail: "utility company Pacific Ridge Power".
        start = len(words)
        while start > 0 and (
            _capitalised(words[start - 1])
            or _bare(words[start - 1]) in _ORG_CONNECTORS
            or (words[start - 1] == "the" and start > 1 and words[start - 2] in _ORG_CONNECTORS)
        ):
            start -= 1
        words = words[start:]
        while words and (_bare(words[0]) in FUNCTION_WORDS or _bare(words[0]) in _ORG_CONNECTORS):
            words = words[1:]
        if len(words) > 1 and _kind_noun(words[0]):
            words = words[1:]  # "Carmaker Veltro Motors said"
        if not words:
            return None
        name = _strip_possessive(" ".join(words)).strip(",;: ")
        org = self.org_by_name.get(name.lower())
        if org is not None:
            return org
        heads = {_bare(_strip_possessive(w)) for w in words}
        if not heads & ORG_WORDS or _bare(words[-1]) in _ORG_CONNECTORS:
            return None
        person_name = clean_name(name)
        if person_name and self.person_for(person_name, create=False) is not None:
            return None  # "Council Leader Tom Becker" is a person
        types: set[str] = set()
        for h in heads:
            types |= ORG_TYPES.get(h, set())
        return self._add_org(name, 0, types)

    def _short_form(self, words: list[str], pos: Optional[int]) -> Optional[_Person]:
        """"the Trust" after "the East African Wildlife Trust": an
        organisation word alone refers back to the organisation last named
        before it whose longer name holds that word."""
        if len(words) == 2 and _bare(words[0]) == "the":
            words = words[1:]
        if len(words) != 1 or not _capitalised(words[0]):
            return None
        word = _bare(_strip_possessive(words[0]))
        if word not in ORG_WORDS:
            return None
        best, best_pos = None, -1
        for org in self.orgs:
            if not any(len(n.split()) > 1 and word in {_bare(_strip_possessive(w)) for w in n.split()} for n in org.names):
                continue
            last = _last_before(org.positions, pos)
            if last > best_pos:
                best, best_pos = org, last
        return best

    def _org_of_type(self, noun: str, before: Optional[int]) -> Optional[_Person]:
        """The organisation of that kind named last before ``before`` ("the
        association" after "the Harbour Employers' Association"); failing
        one, the last organisation whose kind the text never gave ("SkyNorth
        said in a statement" ... "the airline said")."""
        best, best_pos = None, -1
        fallback, fallback_pos = None, -1
        for org in self.orgs:
            if org.maybe_person and self._shown_person(org.full):
                continue
            last = _last_before(org.positions, before)
            if noun in org.types:
                if last > best_pos:
                    best, best_pos = org, last
            elif org.types <= _UNTYPED_ORG and org.types and last > fallback_pos:
                fallback, fallback_pos = org, last
        return best if best is not None else fallback

    def _shown_person(self, name: str) -> bool:
        """The text treats ``name`` as a person's: a gender, a title or role
        only a person holds, or a second mention by surname alone."""
        clean = clean_name(name)
        person = self.person_for(clean, create=False) if clean else None
        if person is None:
            return False
        roles = person.roles - _ORG_CAPABLE_ROLES
        return bool(person.gender or roles & PERSON_ROLES or len(person.names) > 1)

    def _age_roles(self) -> None:
        """"the 22-year-old winger" names, by the journalistic convention, the
        person last named before it in the paragraph: the role is theirs."""
        for k, unit in enumerate(self.units):
            for m in _AGE_ROLE_RE.finditer(unit.masked):
                role = m.group(1).lower()
                if role not in PERSON_ROLES:
                    continue
                sent_start = k * _UNIT
                at = k * _UNIT + m.start()
                n = bisect.bisect_left(self.mentions, at, key=lambda x: x.pos)
                if n and self.mentions[n - 1].pos >= sent_start and not self.mentions[n - 1].person.org:
                    self.mentions[n - 1].person.roles.add(role)

    @staticmethod
    def _appositive_roles(text: str, toks, start: int, forward: bool) -> set[str]:
        """Role words of a descriptive appositive next to a name ("X, the
        spokesman for Y," / "the alliance's secretary general, X,"); empty
        when the neighbouring words are a clause rather than a description."""
        step = 1 if forward else -1
        idx = start
        span = []
        while 0 <= idx < len(toks) and toks[idx][2] not in {",", ";", ":", "(", ")"} and len(span) < 14:
            span.append(toks[idx][2])
            nxt = idx + step
            if 0 <= nxt < len(toks):
                a, b = (toks[idx][1], toks[nxt][0]) if forward else (toks[nxt][1], toks[idx][0])
                if _QUOTE_RE.search(text, a, b) or "." in text[a:b]:
                    break
            idx = nxt
        if not forward:
            span.reverse()
        if not span:
            return set()
        head = span[0]
        if head.lower() not in {"the", "a", "an", "its", "his", "her", "their", "our"} and not _is_possessive(head):
            return set()
        roles: list[str] = []
        for w in span[1:]:
            low = _bare(_strip_possessive(w))
            if low in _APPOSITIVE_END:
                break
            roles.append(low)
        # A description ends in its head noun, a role ("the district
        # superintendent"); a clause ("the Secretary General made several
        # comments") does not.
        if not roles or not _role_noun(roles[-1]):
            return set()
        # A second role joined by "and" is the person's too: "the Trust's
        # head of investigations and spokesperson for the case".
        lows = [_bare(_strip_possessive(w)) for w in span]
        for a, low in enumerate(lows):
            if low != "and":
                continue
            extra = []
            for nxt in lows[a + 1 :]:
                if nxt in _APPOSITIVE_END or nxt in {"the", "a", "an"}:
                    break
                extra.append(nxt)
            if extra and _role_noun(extra[-1]) and len(extra) <= 3:
                roles.extend(extra)
        return set(roles)

    def add_mention(self, pos: int, person: _Person) -> None:
        bisect.insort(self.mentions, _Mention(pos, person, True), key=lambda m: m.pos)
        bisect.insort(person.positions, pos)

    def _resolved(self, person: Optional["_Person"], pos: int, gender: Optional[str]) -> tuple[Optional[str], list[str]]:
        """The answer for a pronoun or gendered noun that found ``person``,
        who from now on is known to be of that gender."""
        if person is None:
            return None, []
        if not person.gender:
            person.gender = gender
        self.add_mention(pos, person)
        return person.full, list(person.forms)

    # resolution -----------------------------------------------------------------

    def resolve(self, printed: str, pos: int, headline: bool) -> tuple[Optional[str], list[str]]:
        words = printed.split()
        low = printed.lower().strip()
        if low in PRONOUNS or low in POSSESSIVE_PRONOUNS:
            gender = PRONOUNS.get(low, POSSESSIVE_PRONOUNS.get(low))
            if gender == "n":
                # "The company said ... It added that ...": "it" carries on
                # the organisation the sentence before was about.
                org = self._org_subject_before(pos)
                return (org.full, list(org.forms)) if org else (None, [])
            if gender in {"p", None}:
                return None, []
            # The pronoun used for a person tells their gender for later ones.
            person = self._recent(pos, gender)
            if person is None:
                person = self._role_subject_holder(pos, gender)
            return self._resolved(person, pos, gender)
        org = self._org_named(printed, None if headline else pos)
        if org is not None:
            return org.full, list(org.forms)
        if _bare_org_word(words):
            return None, []  # "the Trust" with no trust named before it
        name = clean_name(printed)
        if name:
            gender = None
            first = _bare(words[0]) if words else ""
            if first in HONORIFICS and len(words) > 1:
                gender = HONORIFICS[first]
            person = self.person_for(name, create=False, gender=gender, pos=pos)
            if person is None:
                if _looks_like_org(printed) or (" " not in name and _bare(name) in DEMONYMS):
                    # "Austrian" alone describes someone; it names nobody.
                    return None, []
                person = self.register(name, name, gender=gender)
            if gender and not person.gender:
                person.gender = gender
            self.add_mention(pos, person)
            return person.full, list(person.forms)
        roles = {_bare(_strip_possessive(w)) for w in re.split(r"[\s\-]+", printed) if w}
        roles -= {"the", "a", "an"}
        if not roles or not words:
            return None, []
        head = _bare(_strip_possessive(re.split(r"[\s\-]+", printed)[-1]))
        if len(words) == 3 and _bare(words[0]) == "the" and _bare(words[1]) in DEMONYMS and head in _NATIONAL_BODIES:
            # "the French delegation said": a national body speaks, under
            # the name the text gives it.
            org = self._add_org(f"{words[1]} {_strip_possessive(words[2])}", pos, {head})
            return org.full, list(org.forms)
        if (
            (head in ORG_NOUNS or head in _ORG_DESCRIPTORS)
            and head not in PERSON_ROLES
            and _bare(words[0]) == "the"
            and not any(_capitalised(w) for w in words[1:])
        ):
            org = self._org_of_type(head, None if headline else pos)
            return (org.full, list(org.forms)) if org else (None, [])
        heads = {head} | ROLE_SYNONYMS.get(head, set())
        # "the former minister" is not whoever holds the post now: only
        # someone introduced as former (or as a predecessor) fits.
        past = roles & _PAST_QUALIFIERS
        best = None
        for person in self.persons:
            if not person.roles or not (heads & person.roles) or (head in {"general"} and len(roles & person.roles) < 2):
                continue
            if past and not (person.roles & (_PAST_QUALIFIERS | {"predecessor"})) and not any(
                q in form.lower().split() for form in person.forms for q in past
            ):
                continue
            score = len(roles & person.roles)
            last = self._last_pos(person, None if headline else pos)
            if last is None:
                continue
            key = (score, last)
            if best is None or key > best[0]:
                best = (key, person)
        if best is None and _bare(words[0]) in {"the", "a", "an"}:
            # A role the article names its holder for only later ("the
            # spokesperson said" ... "spokesperson for the case, X").
            later = self._later_holder(heads, pos, None)
            if later is not None:
                self.add_mention(pos, later)
                return later.full, list(later.forms)
        if best is None:
            gender = _descriptor_gender(head) if _bare(words[0]) == "the" and len(words) <= 3 else None
            if gender is None:
                return None, []
            # "the Frenchwoman said": the person the text described so
            # ("French player X", "X, 29, the Frenchwoman"), else the person
            # last in view who can be one.
            return self._resolved(self._described(head, pos, gender) or self._recent(pos, gender), pos, gender)
        person = best[1]
        self.add_mention(pos, person)
        return person.full, list(person.forms)

    def _later_holder(self, heads: set[str], pos: int, gender: Optional[str]) -> Optional[_Person]:
        """The first person named after ``pos`` with one of the role
        ``heads``, when nobody before holds it: a role introduced before
        its holder's name ("The chair of the commission said ..." ...
        "Commission chair X")."""
        best, best_pos = None, None
        for person in self.persons:
            if person.org or not person.positions or not (heads & person.roles):
                continue
            if gender and person.gender and person.gender != gender:
                continue
            first = person.positions[0]
            if first <= pos:
                return None  # an earlier holder: not this rule's to answer
            if best_pos is None or first < best_pos:
                best, best_pos = person, first
        return best

    def _role_subject_holder(self, pos: int, gender: Optional[str]) -> Optional[_Person]:
        """For a pronoun with no person before it: when the sentence
        before (or the one it is in) has a role phrase for its subject ("The
        chair of the electoral commission told reporters ..."), the person
        later named with that role."""
        k, off = divmod(pos, _UNIT)
        if not 0 <= k < len(self.units):
            return None
        unit = self.units[k]
        start, _ = _sentence_of(unit, off)
        candidates = [(unit, start, off)]
        if start > 0:
            end = len(unit.masked[:start].rstrip())
            lo, _ = _sentence_of(unit, max(0, end - 1))
            candidates.append((unit, lo, end))
        elif k > 0 and unit.number > 0 and self.units[k - 1].number > 0:
            prev = self.units[k - 1]
            end = len(prev.masked.rstrip())
            lo, _ = _sentence_of(prev, max(0, end - 1))
            candidates.append((prev, lo, end))
        for u, lo, hi in candidates:
            toks = _tokens(u.masked, lo, hi)
            if len(toks) < 2 or toks[0][2].lower() not in {"the", "a", "an"}:
                continue
            head = ""
            for _, _, w in toks[1:6]:
                low = _bare(_strip_possessive(w))
                if low in _APPOSITIVE_END or w in {",", ";", ":"} or _is_verb(w):
                    break
                head = low
            if not head or not _role_noun(head) or head in ORG_NOUNS or head in ORG_WORDS:
                continue
            heads = {head} | ROLE_SYNONYMS.get(head, set())
            return self._later_holder(heads, pos, gender)
        return None

    def _org_subject_before(self, pos: int) -> Optional[_Person]:
        """The organisation that is the subject of the sentence before the
        one at ``pos`` (the paragraph's, or the last of the paragraph
        before); a chain of "It ... It ..." is followed a few steps back."""
        k, off = divmod(pos, _UNIT)
        for _ in range(4):
            if not 0 <= k < len(self.units):
                return None
            unit = self.units[k]
            start, _ = _sentence_of(unit, off)
            if start > 0:
                end = len(unit.masked[:start].rstrip())
                lo, _ = _sentence_of(unit, max(0, end - 1))
            elif k > 0 and unit.number > 0 and self.units[k - 1].number > 0:
                k -= 1
                unit = self.units[k]
                end = len(unit.masked.rstrip())
                lo, _ = _sentence_of(unit, max(0, end - 1))
            else:
                return None
            span = _sentence_subject(unit.masked, lo, end)
            if span is None:
                return None
            printed = unit.text[span[0] : span[1]].strip()
            low = printed.lower()
            if low in {"it", "its"}:
                off = lo
                continue
            org = self._org_named(printed)
            if org is not None:
                return org
            words = low.split()
            if len(words) == 2 and words[0] == "the" and (words[1] in ORG_NOUNS or words[1] in _ORG_DESCRIPTORS):
                return self._org_of_type(words[1], k * _UNIT + span[0])
            return None
        return None

    def _last_pos(self, person: _Person, before: Optional[int]) -> Optional[int]:
        if not person.positions:
            return None
        if before is None:
            return person.positions[-1]
        i = bisect.bisect_left(person.positions, before)
        return person.positions[i - 1] if i else None

    def _described(self, head: str, pos: int, gender: str) -> Optional[_Person]:
        """The last person before ``pos`` whose mention carries the
        descriptor: "French player X" or "X, 29, the Frenchwoman" for
        "Frenchwoman", "Mum-of-three X" for "mum"."""
        head = head.lower()
        stem = head[:-5] if head.endswith("woman") else head[:-3] if head.endswith("man") else head
        if len(stem) < 3:
            return None
        pattern = re.compile(r"\b" + re.escape(stem[:4] if len(stem) > 4 else stem), re.I)
        i = bisect.bisect_left(self.mentions, pos, key=lambda m: m.pos)
        for m in reversed(self.mentions[max(0, i - _LOOKBACK) : i]):
            if m.person.org or (m.person.gender and m.person.gender != gender):
                continue
            unit = self.units[m.pos // _UNIT] if m.pos // _UNIT < len(self.units) else None
            if unit is None:
                continue
            off = m.pos % _UNIT
            before = unit.masked[max(0, off - 30) : off]
            after = unit.masked[off : off + 60]
            after = after[: after.find(".")] if "." in after else after
            # The run may open with the descriptor itself ("Mum-of-three X").
            lead = before.rsplit(",", 1)[-1] + " " + after.split(" ", 1)[0]
            if pattern.search(lead) or pattern.search(after.split(",", 1)[-1] if "," in after else ""):
                return m.person
        return None

    def _recent(self, pos: int, gender: Optional[str]) -> Optional[_Person]:
        i = bisect.bisect_left(self.mentions, pos, key=lambda m: m.pos)
        # Bounded look-back: an antecedent further away is no antecedent.
        for m in reversed(self.mentions[max(0, i - _LOOKBACK) : i]):
            if m.salient:
                if gender and m.person.gender and m.person.gender != gender:
                    continue
                return m.person
        return None


# -- attribution -----------------------------------------------------------------------


@dataclass
class _Cue:
    printed: str
    pos: int  # global position of the phrase
    distance: int
    resolvable: bool = True


def _speech_verbs(masked: str, lo: int, hi: int):
    """(start, end, word) of speech verbs and participles in masked[lo:hi]."""
    for s, e, w in _tokens(masked, lo, hi):
        low = w.lower()
        if w in SPEECH_VERBS or w in PARTICIPLES or (w == low and low in SPEECH_VERBS):
            yield s, e, low
    for m in _MULTIWORD_VERBS.finditer(masked, lo, hi):
        yield m.start(), m.end(), m.group().lower()


# "A statement from the charity X read:" — the body that issued it speaks;
# the leading descriptor ("the charity") is dropped when the cue resolves.
_STATEMENT_FROM_RE = re.compile(
    r"\bstatement\s+(?:issued\s+|released\s+)?(?:from|by)\s+([^\W\d_][^" + MASK + r".;:,]{0,80}?)"
    r",?\s+(?:read|reads|said|says|stated|added)\s*[:,]?\s*$"
)


def _before_cue(unit: _Unit, k: int, sent: int, qs: int, call_verbs: bool = False) -> Optional[_Cue]:
    text = unit.masked
    m = _STATEMENT_FROM_RE.search(text[sent:qs][-160:])
    if m is not None:
        base = qs - len(text[sent:qs][-160:])
        a, b = base + m.start(1), base + m.end(1)
        return _Cue(unit.text[a:b], k * _UNIT + a, qs - b)
    verbs = list(_speech_verbs(text, sent, qs))
    if call_verbs:
        # Only with the quotation itself as the object: "X called it “...”".
        verbs += [(s, e, w.lower()) for s, e, w in _tokens(text, sent, qs) if w.lower() in CALL_VERBS and w[0].islower()]
    verbs.sort()
    if not verbs:
        return None
    vs, ve, word = verbs[-1]
    if word == "according to":
        span = _np_after(text, ve, qs)
    elif word in PARTICIPLES or word in _CALL_PARTICIPLES:
        span = _sentence_subject(text, sent, vs)
    else:
        span = _np_before(text, sent, vs)
        prev = _tokens(text, sent, vs)
        if span is None and (not prev or prev[-1][2].lower() in {"and", "but", "or", "then", ","}):
            span = _sentence_subject(text, sent, vs)
        if span is None and word not in _ADDRESSEE_VERBS:
            span = _np_after(text, ve, qs)  # "said Mr X: “...”"
    if span is None:
        return None
    prev = _tokens(text, max(sent, span[0] - 30), span[0])
    if prev and prev[-1][2].lower() in _OBLIQUE - {"and"} and word != "according to":
        # "A spokesman for the Ministry said": the speaker is the unnamed
        # spokesman, not the noun phrase inside his description.
        return _Cue(unit.text[span[0] : span[1]], k * _UNIT + span[0], qs - ve, resolvable=False)
    return _Cue(unit.text[span[0] : span[1]], k * _UNIT + span[0], qs - ve)


def _after_cue(unit: _Unit, k: int, qe: int, end: int) -> Optional[_Cue]:
    text = unit.masked
    for vs, ve, word in _speech_verbs(text, qe, end):
        pre = text[qe:vs]
        # A headline's "“...”: union leaders warn" has a colon after the quote.
        stripped = pre.strip(" ,—–-\u00a0" + (":" if unit.number == 0 else ""))
        if MASK in pre or len(stripped.split()) > 25 or word in PARTICIPLES:
            return None
        if not stripped:
            if word in _ADDRESSEE_VERBS:
                return None  # "“...,” told reporters": no speaker printed
            span = _np_after(text, ve, end)
        else:
            first = stripped.split()[0]
            pre_words = stripped.split()
            role_np = (
                len(pre_words) <= 5
                and _bare(pre_words[-1]) in TITLE_WORDS
                and all(not w[0].isupper() for w in pre_words)
            )
            if word in PARTICIPLES or not (
                _capitalised(first) or first.lower() in PRONOUNS or first.lower() in {"the", "a", "an"} or role_np
            ):
                return None
            span = _np_before(text, qe, vs)
        if span is None and not stripped:
            return None
        if span is None:
            # "a spokeswoman for the manufacturer said": someone unnamed.
            lo = qe + len(pre) - len(pre.lstrip(" ,—–-\u00a0"))
            return _Cue(unit.text[lo:vs].strip(), k * _UNIT + lo, vs - qe, resolvable=False)
        return _Cue(unit.text[span[0] : span[1]], k * _UNIT + span[0], vs - qe)
    return None


def _sentence_of(unit: _Unit, offset: int) -> tuple[int, int]:
    """The sentence around ``offset``, cut to a window so that very long
    unpunctuated text costs no more than a normal sentence."""
    i = bisect.bisect_right(unit.bounds, offset)
    start = unit.bounds[i - 1] if i else 0
    end = unit.bounds[i] if i < len(unit.bounds) else len(unit.masked)
    return max(start, offset - _WINDOW), min(end, offset + _WINDOW)


def _speech_noun_subject(unit: _Unit, k: int, sent: int, qs: int) -> Optional[_Cue]:
    words = {w.lower() for _, _, w in _tokens(unit.masked, sent, qs)}
    if not words & SPEECH_NOUNS:
        return None
    span = _sentence_subject(unit.masked, sent, qs)
    if span is None:
        return None
    return _Cue(unit.text[span[0] : span[1]], k * _UNIT + span[0], qs - span[1])


def _lead_in(unit: _Unit, k: int) -> Optional[_Cue]:
    """A paragraph that ends with a colon introduces the next one."""
    text = unit.masked.rstrip()
    if not text.endswith(":"):
        return None
    sent, _ = _sentence_of(unit, len(text) - 1)
    cue = _before_cue(unit, k, sent, len(text))
    if cue is None:
        span = _sentence_subject(unit.masked, sent, len(text))
        if span is not None:
            cue = _Cue(unit.text[span[0] : span[1]], k * _UNIT + span[0], 0)
    return cue


def _headline_label(unit: _Unit, k: int, qs: int) -> Optional[_Cue]:
    """Headline style "Marsh: rail link will be “on time”": a short name
    or role before a colon speaks the quotations after it."""
    colon = unit.masked.find(":", 0, qs)
    if colon <= 0:
        return None
    prefix = unit.text[:colon].strip()
    words = prefix.split()
    if not words or len(words) > 6 or MASK in unit.masked[:colon]:
        return None
    verb = _headline_verb_at(words)
    if verb is not None:
        # "Governor Quits: “...”": the subject before the verb speaks when it
        # is a name or a person's role; "Club Hits Back" leaves the quotation
        # to the body's attribution.
        words = words[:verb]
        prefix = " ".join(words)
        if not words:
            return None
        role = _bare(words[-1]) in PERSON_ROLES and _bare(words[-1]) not in ORG_WORDS
        name = clean_name(prefix)
        if not role and (name is None or _looks_like_org(prefix) or _bare(name.split()[-1]) in TITLE_WORDS):
            return None
        return _Cue(prefix, k * _UNIT, qs - colon)
    if clean_name(prefix) is None and _bare(words[-1]) not in TITLE_WORDS:
        return None
    return _Cue(prefix, k * _UNIT, qs - colon)


# Verbs headlines put after their subject ("Minister Resigns", "Boss Steps
# Down"), beyond the speech verbs.
_HEADLINE_VERBS = set(
    """
    quits quit resigns resign leaves exits steps hits slams blasts defends denies backs rejects
    demands calls apologises apologizes responds returns speaks breaks faces admits accepts
    """.split()
)
_VERB_PARTICLES = {"back", "out", "down", "up", "off", "in", "on"}


# Bodies a country has one of: "the Government said" names it alone.
_SINGULAR_BODIES = _NATIONAL_BODIES | {"parliament", "police", "cabinet", "kremlin", "congress", "senate", "pentagon"}


def _bare_org_word(words: list[str]) -> bool:
    """"the Trust", "the Society": a capitalised kind of organisation
    standing alone, a short form that only an earlier full name explains."""
    if len(words) == 2 and _bare(words[0]) == "the":
        words = words[1:]
    if len(words) != 1 or not _capitalised(words[0]):
        return False
    word = _bare(_strip_possessive(words[0]))
    return word in ORG_NOUNS and word not in _SINGULAR_BODIES


def _headline_verb_at(words: list[str]) -> Optional[int]:
    """Index of the verb in a capitalised headline label such as
    "Governor Quits" or "Club Hits Back"; None when the label is a noun
    phrase ("Defence Secretary Grant Shapps")."""
    for i in range(1, len(words)):
        low = _bare(words[i])
        nxt = _bare(words[i + 1]) if i + 1 < len(words) else ""
        if low in _HEADLINE_VERBS or (low in SPEECH_VERBS and low.endswith("s")):
            return i
        if low.endswith("s") and not low.endswith("ss") and nxt in _VERB_PARTICLES and i + 2 == len(words):
            return i
    return None


def _last_sentence_cue(unit: _Unit, k: int) -> Optional[_Cue]:
    """The speaker of the last sentence of a paragraph when it reports
    speech ("Smith said the club had offers.")."""
    text = unit.masked.rstrip()
    if not text or MASK in text[-3:]:
        return None
    sent, _ = _sentence_of(unit, max(0, len(text) - 1))
    cue = _before_cue(unit, k, sent, len(text))
    if cue is None:
        cue = _speech_noun_subject(unit, k, sent, len(text))
    return cue


def _personal(printed: str) -> bool:
    """A cue that can only be a person: he/she or a name."""
    low = printed.strip().lower()
    if low in {"he", "she"}:
        return True
    words = printed.split()
    if not words or not _capitalised(words[0]) or _bare(words[0]) in FUNCTION_WORDS:
        return False
    return clean_name(printed) is not None and not _looks_like_org(printed)


def _previous_sentence_cue(unit: _Unit, k: int, sent: int) -> Optional[_Cue]:
    """The speaker of the sentence that ends at ``sent``: whoever it
    reports ("Smith added that ...") or, failing a speech verb, its subject
    when that is a person ("He paused for a long moment.")."""
    end = len(unit.masked[:sent].rstrip())
    if end <= 0 or MASK in unit.masked[max(0, end - 2) : end]:
        return None
    lo, _ = _sentence_of(unit, end - 1)
    cue = _before_cue(unit, k, lo, end)
    if cue is not None:
        return cue if _personal(cue.printed) or not cue.resolvable else None
    span = _sentence_subject(unit.masked, lo, end)
    if span is None:
        return None
    printed = unit.text[span[0] : span[1]]
    if not _personal(printed):
        return None
    return _Cue(printed, k * _UNIT + span[0], sent - span[1])


def _dash_colon_lead(unit: _Unit, k: int, sent: int, qs: int) -> Optional[_Cue]:
    """A quotation set off by a dash or a colon with no speech verb is
    spoken by the sentence's subject when that is a person ("Okafor
    returned the favour — “...”"); a possessive just before the colon
    names the speaker ("to deliver his closing line: “...”")."""
    pre = unit.masked[sent:qs].rstrip(" \u00a0")
    if not pre or pre[-1] not in "—–:" or MASK in pre:
        return None
    toks = _tokens(unit.masked, sent, qs)
    if pre[-1] == ":":
        tail = toks[-6:]
        for t in range(len(tail) - 1, -1, -1):
            s_, e_, w = tail[t]
            nxt = tail[t + 1][2] if t + 1 < len(tail) else ""
            # "his closing line:" is possessive; "gave her the answer:" is not.
            if w.lower() in {"his", "her"} and nxt.islower() and nxt not in FUNCTION_WORDS:
                return _Cue(unit.text[s_:e_], k * _UNIT + s_, qs - e_)
            if MASK in w or w in {",", ";", "—", "–"}:
                break
    span = _sentence_subject(unit.masked, sent, qs)
    if span is None:
        return None
    printed = unit.text[span[0] : span[1]]
    if not _personal(printed):
        return None
    return _Cue(printed, k * _UNIT + span[0], qs - span[1])


# '“...,” Okafor shot back.': a name and one or two lower-case words closing
# the sentence after a quotation are its attribution even when the verb is
# not a known speech verb.
_BARE_AFTER_RE = re.compile(
    r"[\s\u00a0]*,?[\s\u00a0]*((?:[A-Z][^\W\d_]*['’\-]?[^\W\d_]*[\s\u00a0]+){0,2}[A-Z][^\W\d_]*['’\-]?[^\W\d_]*|[Hh]e|[Ss]he)"
    r"[\s\u00a0]+[a-z]+(?:[\s\u00a0]+[a-z]+)?[\s\u00a0]*(?:[.!?]|$)"
)


def _bare_verb_after(unit: _Unit, k: int, qe: int, end: int) -> Optional[_Cue]:
    q_text = unit.masked[max(0, qe - 3) : qe]
    if qe <= 0 or MASK not in q_text:
        return None
    # Only a quotation cut short by a comma or dash runs on into its
    # attribution; after a full stop a new sentence begins.
    inner = unit.text[:qe].rstrip(_MARKS + " \u00a0")
    if not inner or inner[-1] not in ",—–":
        return None
    m = _BARE_AFTER_RE.match(unit.masked, qe, min(end, qe + 80))
    if m is None:
        return None
    printed = unit.text[m.start(1) : m.end(1)]
    if not _personal(printed):
        return None
    return _Cue(printed, k * _UNIT + m.start(1), m.start(1) - qe)


def attribute(seg: Segmented, quotes: list[Quote]) -> list[Quote]:
    """The quotes with ``speaker_as_printed``, ``speaker`` and
    ``speaker_forms`` filled in where the article says who spoke."""
    if not quotes:
        return []
    art = _Article(seg, quotes)
    art.scan_names()
    art.scan_orgs()
    cues: list[Optional[_Cue]] = [None] * len(quotes)
    inherit: list[Optional[int]] = [None] * len(quotes)

    for k, unit in enumerate(art.units):
        prev_unit = art.units[k - 1] if k > 0 and unit.number > 0 and art.units[k - 1].number > 0 else None
        lead = len(unit.masked) - len(unit.masked.lstrip(" \u00a0—–-"))
        last_quote: Optional[int] = None  # the previous non-scare quote here
        prev_end = 0  # end of the previous quotation's closing mark
        spans = []
        for n in unit.quotes:
            q = quotes[n]
            qs, qe = q.start - unit.base, q.end - unit.base
            if qs > 0 and unit.text[qs - 1] in _MARKS:
                qs -= 1
            if qe < len(unit.text) and unit.text[qe] in _MARKS:
                qe += 1
            spans.append((qs, qe))
        for rank, n in enumerate(unit.quotes):
            q = quotes[n]
            qs, qe = spans[rank]
            # Context stops at the neighbouring quotations: each stretch of
            # text is read once or twice, keeping the whole pass linear.
            next_start = spans[rank + 1][0] if rank + 1 < len(spans) else len(unit.masked)
            sent_start, _ = _sentence_of(unit, qs)
            sent = max(sent_start, min(prev_end, qs))
            _, sent_end = _sentence_of(unit, max(qs, qe - 1))
            sent_end = max(qe, min(sent_end, next_start))
            prev_end = qe
            before = _before_cue(unit, k, sent, qs, call_verbs=True)
            after = _after_cue(unit, k, qe, sent_end)
            if before is None and after is None and sent_start < sent:
                # "X said the deal was “fair” and that ministers would
                # “continue ...”": one attribution for both partial quotes.
                before = _before_cue(unit, k, sent_start, qs, call_verbs=True)
            if before is None and after is None and q.kind != "scare":
                after = _bare_verb_after(unit, k, qe, sent_end)
            options = [c for c in (before, after) if c is not None]
            if not options and q.kind != "scare" and unit.number > 0:
                # "X returned the favour — “...”", "to deliver his line: “...”"
                lead_cue = _dash_colon_lead(unit, k, sent_start, qs)
                if lead_cue is not None:
                    options = [lead_cue]
            previous = last_quote
            if q.kind != "scare":
                last_quote = n
            if q.kind == "scare":
                cue = before if before is not None and before.distance < 80 else None
                cues[n] = cue
                continue
            if options:
                cues[n] = min(options, key=lambda c: c.distance)
                continue
            at_start = qs <= lead
            if unit.number == 0:
                cues[n] = _headline_label(unit, k, qs)
                continue
            if previous is not None and not at_start:
                inherit[n] = previous
                continue
            if sent == 0 and not at_start:
                cue = _speech_noun_subject(unit, k, sent, qs)
                if cue is not None:
                    cues[n] = cue
                    continue
            if at_start and prev_unit is not None:
                intro = _lead_in(prev_unit, k - 1)
                if intro is not None:
                    cues[n] = intro
                    continue
                pk = k - 1
                prev_quotes = [m for m in prev_unit.quotes if quotes[m].kind != "scare"]
                last_cue = _last_sentence_cue(prev_unit, pk)
                if prev_quotes and (last_cue is None or last_cue.pos < quotes[prev_quotes[-1]].start - prev_unit.base + pk * _UNIT):
                    inherit[n] = prev_quotes[-1]
                elif last_cue is not None:
                    cues[n] = last_cue
                continue
            if sent > 0 or not at_start:
                cue = _speech_noun_subject(unit, k, sent, qs)
                if cue is None and sent > 0 and not unit.masked[sent:qs].strip(" \u00a0" + _MARKS):
                    # A quotation opening a sentence speaks for the person
                    # the sentence before is about: "X added that ... “...”".
                    cue = _previous_sentence_cue(unit, k, sent)
                if cue is not None:
                    cues[n] = cue

    # A quotation over several paragraphs: a part without a cue of its own
    # takes the attribution printed with a later part.
    for k, unit in enumerate(art.units):
        for n in unit.quotes:
            if cues[n] is not None or inherit[n] is not None or quotes[n].kind == "scare":
                continue
            m = _continued_part(art, quotes, k, n)
            while m is not None and cues[m] is None and inherit[m] is None:
                m = _continued_part(art, quotes, art.unit_of.get(quotes[m].paragraph, -1), m)
            if m is not None and cues[m] is not None:
                cues[n] = cues[m]

    out: list[Quote] = []
    resolved: list[Optional[Quote]] = [None] * len(quotes)
    order = sorted(range(len(quotes)), key=lambda n: (art.unit_of.get(quotes[n].paragraph, 0), quotes[n].start))
    for n in order:
        q = quotes[n]
        cue = cues[n]
        if cue is None and inherit[n] is not None and resolved[inherit[n]] is not None:
            src = resolved[inherit[n]]
            resolved[n] = replace(q, speaker_as_printed=src.speaker_as_printed, speaker=src.speaker, speaker_forms=list(src.speaker_forms))
            continue
        if cue is None:
            resolved[n] = replace(q, speaker_as_printed=None, speaker=None, speaker_forms=[])
            continue
        printed = cue.printed.strip()
        speaker, forms = art.resolve(printed, cue.pos, headline=q.paragraph == 0) if cue.resolvable else (None, [])
        resolved[n] = replace(q, speaker_as_printed=printed, speaker=speaker, speaker_forms=forms)
    _headline_from_body(resolved)
    for n in range(len(quotes)):
        out.append(resolved[n])
    return out


_HEAD_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _words_of(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _HEAD_WORD_RE.findall(text)]


def _headline_from_body(resolved: list[Optional[Quote]]) -> None:
    """A headline quotation repeats words the body prints with their
    speaker: the body's attribution is the more explicit one. Matched when
    the headline's words run inside a body quote, or (for a quotation of
    four words or more) when nearly all of them appear in one."""
    body = [q for q in resolved if q is not None and q.paragraph != 0 and q.speaker is not None]
    if not body:
        return
    body_words = [(q, w, " " + " ".join(w) + " ") for q in body[:500] for w in [_words_of(q.text)]]
    for n, q in enumerate(resolved):
        if q is None or q.paragraph != 0:
            continue
        hw = _words_of(q.text)
        if len(hw) < 2:
            continue
        best, best_score = None, 0.0
        for bq, bw, joined in body_words:
            if len(bw) < len(hw) or len(bw) > 400:
                continue
            if " " + " ".join(hw) + " " in joined:
                score = 1.0
            elif len(hw) >= 4:
                present = set(bw)
                score = sum(1 for w in hw if w in present) / len(hw)
            else:
                continue
            if score > best_score:
                best, best_score = bq, score
        if best is not None and best_score >= 0.8:
            resolved[n] = replace(q, speaker=best.speaker, speaker_forms=list(best.speaker_forms))


def _continued_part(art: _Article, quotes: list[Quote], k: int, n: int) -> Optional[int]:
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
