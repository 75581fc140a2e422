"""Names of people: which words can be part of one and the clean form of a
printed name (also used by the database layer); whether two names are one
person's is ``identity``."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .given_names import is_given_name, name_after_place
from .places import country_opening, is_region
from .lexicon import (
    SURNAME_TITLES, CELTIC_ARTICLES, OFFICE_INITIALS, OFFICE_TAILS, PARTICIPLES, HEADLINE_VERBS, AFFILIATIONS,
    DEMONYMS, DESCRIPTION_NOUNS, ORG_CAPABLE_ROLES, WEEKDAYS, CALENDAR_NAMES, ADVERBS, ENGLISH_PREFIXES,
    FUNCTION_WORDS, GENDERED, GROUP_PLURALS, HONORIFICS, TITLE_ABBREVIATIONS, LEADING_VERBS, NAME_LABELS,
    LANDFORM_WORDS, NAMED_PLACE_TAILS, NAME_SUFFIXES, NOT_ROLES, ORG_WORDS, SEAT_WORDS, STREET_WORDS, PARTICLES, PERSON_ROLES, POST_NOMINALS,
    PRONOUNS, QUOTATION_NOUNS, ROLE_SUFFIX_RE, SPEECH_NOUNS, SPEECH_VERBS, TITLE_WORDS,
)


@lru_cache(maxsize=65536)  # asked for every word of every capitalised run
def strip_possessive(word: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=65536)  # asked for every word of every capitalised run
def is_possessive(word: str) -> bool:
    return word.endswith(("’s", "'s", "s’", "s'"))


def bare_word(word: str) -> str:
    return word.strip(".,;:!?()[]\"“”‘’'").lower()


_HYPHENS_RE = re.compile(r"[-–]")


# The per-word tests below are pure functions of one word, asked again and again
# (every capitalised run is tested word by word, in every paragraph): cached.
@lru_cache(maxsize=65536)
def is_title_word(word: str) -> bool:
    low = bare_word(strip_possessive(word))
    if low in TITLE_WORDS or low in HONORIFICS:
        return True
    parts = [p for p in _HYPHENS_RE.split(low) if p]
    # "Director-General"; "Lord-Lieutenant": a form of address may open it
    return len(parts) > 1 and parts[-1] in TITLE_WORDS and all(p in TITLE_WORDS or p in HONORIFICS for p in parts)


@lru_cache(maxsize=65536)
def role_noun(word: str) -> bool:
    """A word that can head a description of someone: a known title or
    role, or a lower-case noun with an agent ending ("rider", "promoter",
    "cyclist", "guardian")."""
    low = bare_word(strip_possessive(word))
    if low in TITLE_WORDS or (low in DESCRIPTION_NOUNS and word.islower()):
        return True
    return (
        word.islower()
        and low not in FUNCTION_WORDS
        and low not in ADVERBS
        and low not in NOT_ROLES
        and low not in SPEECH_VERBS
        and bool(ROLE_SUFFIX_RE.fullmatch(low))
    )


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


_INITIAL_RE = re.compile(r"[^\W\d_]\.?|(?:[^\W\d_]\.){2,3}|(?:[^\W\d_]\.){1,2}[^\W\d_]")
_ONE_INITIAL_RE = re.compile(r"[^\W\d_]\.")
_INITIALS_RE = re.compile(r"(?:[^\W\d_]\.)+")


@lru_cache(maxsize=65536)
def is_initial(word: str) -> bool:
    # "J." or initials printed together, "J.K.", "A.K.M" — kept as printed.
    return bool(_INITIAL_RE.fullmatch(word)) and word[0].isupper()


def join_initials(toks: list[tuple[int, int, str]]) -> list[str]:
    """Words of a token run with initials printed together ("J.K.") kept
    as one word, as printed."""
    words: list[str] = []
    prev_end = -1
    for s, e, w in toks:
        # "A.B.M Roe": the last initial of a run may go without its stop.
        if words and s == prev_end and (_ONE_INITIAL_RE.fullmatch(w) or (len(w) == 1 and w.isupper())) and _INITIALS_RE.fullmatch(words[-1]):
            words[-1] += w
        else:
            words.append(w)
        prev_end = e
    return words


def suffix_word(word: str) -> bool:
    return bool(word) and word[0].isupper() and word.rstrip(".,").lower() in NAME_SUFFIXES


def _post_nominal(word: str) -> bool:
    bare = word.rstrip(".,")
    return bare.lower() in POST_NOMINALS and (bare.isupper() or bare == "PhD")


# "al-Sabah", "d'Estaing"; and a particle glued to the capitalised part ("deJongh", "vanDyke").
_PARTICLE_PREFIX_RE = re.compile(r"(?:al|el|ad|ar|as|at|az|bin|ibn|ben|abu|bint|d|l|o)['’\-][^\W\d_]|(?:de|di|da|du|del|van|von|le|la)[A-Z][a-z]")


@lru_cache(maxsize=65536)
def capitalised(word: str) -> bool:
    """A word that can open or continue a name: capitalised, or a lower-case
    particle glued to a capitalised part ("al-Sabah", "d'Estaing")."""
    if not word:
        return False
    if word[0].isupper():
        return True
    return bool(_PARTICLE_PREFIX_RE.match(word)) and any(c.isupper() for c in word[1:])


def run_end(toks: list[tuple[int, int, str]], i: int) -> int:
    """The last token of the capitalised run opened at ``i``: capitalised
    words with at most three lower-case particles between them ("Ingrid van
    der Berg", "Ana de la Cruz"), never past a possessive."""
    j = i
    while not is_possessive(toks[j][2]):
        k = j + 1
        while k < len(toks) and k - j <= 3 and toks[k][2].lower() in PARTICLES and toks[k][0] - toks[k - 1][1] <= 1:
            k += 1
        # "X Saturday morning": a weekday after a name is when, not part of it.
        if k < len(toks) and capitalised(toks[k][2]) and toks[k][0] - toks[k - 1][1] <= 1 and toks[k][2].lower() not in WEEKDAYS:
            j = k
        elif k == j + 1 and k < len(toks) and possessive_in_body(toks, j):
            j = k  # "Halden Students’ Union": a plural possessive inside a body's name
        else:
            if k == j + 2 and toks[j + 1][2][:1].isupper():
                j += 1  # "Ana Das said": a capitalised particle that ends the run is the surname
            break
    return j


def possessive_in_body(toks: list[tuple[int, int, str]], j: int) -> bool:
    """Token ``j`` owns the body's kind after it inside one name: a plural
    whose apostrophe the tokens dropped (one character between it and the
    next word: "Students’ Union", "Farmers' Association"), or a possessive
    ("the Harbour Keeper’s Association")."""
    if j + 1 >= len(toks) or not capitalised(toks[j + 1][2]) or bare_word(toks[j + 1][2]) not in ORG_WORDS:
        return False
    gap = toks[j + 1][0] - toks[j][1]
    return (gap == 2 and toks[j][2].endswith("s")) or (gap <= 1 and is_possessive(toks[j][2]))


def plural_possessor(text: str, toks: list[tuple[int, int, str]], j: int) -> bool:
    """Token ``j`` is a capitalised plural whose apostrophe the tokens
    dropped, owning the name after it: "Tallow Investors’ Ana Roe"."""
    if j + 1 >= len(toks) or not (capitalised(toks[j][2]) and toks[j][2].endswith("s")) or text[toks[j][1] : toks[j + 1][0]] not in {"’ ", "' "}:
        return False
    nxt = toks[j + 1][2]
    return name_token(nxt) and (is_given_name(nxt) or (j + 2 < len(toks) and name_token(toks[j + 2][2]) and toks[j + 2][0] - toks[j + 1][1] == 1))


@lru_cache(maxsize=65536)
def name_token(word: str) -> bool:
    """A word that can be part of a person's name."""
    if not word or not capitalised(word) or not word[0].isalpha() or "/" in word:
        return False  # "A/Prof", "A/Commissioner": an acting or associate title, never a name
    if is_initial(word):
        return True
    low = bare_word(word)
    if low in FUNCTION_WORDS or is_title_word(word) or is_acronym(word.rstrip(".")):
        return False
    if uncontracted(low) != low or _NOT_RE.fullmatch(low):
        return False  # "They’re", "Don’t": a quotation's first word, not a name
    if descriptor_compound(word):
        return False  # "Mum-of-three", "Father-of-two": a description, not a name
    if _GLUED_CAPITALS_RE.search(word):
        return False  # "ROECllr": a credit in capitals run into the next word, as scraped pages print captions
    return True


_GLUED_CAPITALS_RE = re.compile(r"[A-Z]{2,}[A-Z][a-z]")


_CONTRACTION_RE = re.compile(r"(\w+)['’](?:s|re|ve|ll|d|m)")
_NOT_RE = re.compile(r"\w+n['’]t")


def uncontracted(low: str) -> str:
    """A lower-case function word without its contraction ("he’s" is
    "he", "they’re" "they"); any other word as it is: "roe’s" is a
    possessive."""
    m = _CONTRACTION_RE.fullmatch(low)
    return m.group(1) if m is not None and m.group(1) in FUNCTION_WORDS else low


# A hyphenated word with a lower-case part after its capital ("Mum-of-three",
# "Ex-footballer") describes; names capitalise every part ("Smith-Jones").
DESCRIPTOR_COMPOUND_RE = re.compile(r"^[^\W\d_][^\W_]*-(?:[^\W_]+-)*[a-z\d]")


def descriptor_compound(word: str) -> bool:
    """"Mum-of-three", "Ex-footballer": a hyphenated description; not the
    two syllables of a given name ("Min-seo", "Dae-ho")."""
    if DESCRIPTOR_COMPOUND_RE.search(word) is None or _SYLLABLE_PAIR_RE.fullmatch(word):
        return False
    # "Naeem-ur-Rehman" is a name; "Editor-in-Chief" a title.
    return not (_JOINED_NAME_RE.fullmatch(word) and not any(p.lower() in TITLE_WORDS for p in word.split("-")))


# "Naeem-ur-Rehman", "Zia-ul-Haq": two capitalised parts joined by a short particle.
_JOINED_NAME_RE = re.compile(r"[^\W\d_a-z][^\W\d_A-Z]+-(?:[a-z]{1,3}-)+[^\W\d_a-z][^\W\d_A-Z]+")


# The second syllable may be longer where romanisation spells it so
# ("Mi-kyeong", "Ji-hyeon", "Dae-seong"): consonants, a vowel or a pair, a closing nasal or stop.
_SYLLABLE_PAIR_RE = re.compile(r"[^\W\d_a-z][^\W\d_A-Z]{0,4}-(?:[^\W\d_A-Z]{1,4}|[b-df-hj-np-tv-z]{0,2}[yw]?(?:eo|eu|ae|oe|ui|[aeiou])(?:ng|[nklmpt])?)")


def _syllable_pair(word: str) -> bool:
    """A two-syllable given name after a family name ("Kim Jong-un", "Park
    Seo-yeon"): short parts, the second in lower case, and no English
    prefix ("Ex-boss", "Self-made") in front."""
    return bool(_SYLLABLE_PAIR_RE.fullmatch(word)) and word.split("-")[0].lower() not in ENGLISH_PREFIXES


@lru_cache(maxsize=65536)
def _headline_verb(word: str) -> bool:
    """A capitalised verb a headline puts between two names ("Calls",
    "Slams", "Says")."""
    low = bare_word(word)
    return word[:1].isupper() and (low in HEADLINE_VERBS or (low in SPEECH_VERBS and low.endswith("s")))


# Honorifics that stand only before a surname ("Mr. King"), unlike "Lord
# Chancellor" or "Dame Commander".
_SURNAME_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "mister", "madam", "monsieur", "herr", "frau"}


@lru_cache(maxsize=65536)
def _title_as_surname(before: str, word: str) -> bool:
    """A title word printed as a surname: after an honorific that stands
    before surnames, a given name or a middle initial ("Mr. King", "Larry
    King", "Ivo T. King")."""
    if not word[:1].isupper() or is_acronym(word) or not is_title_word(word):
        return False
    low = bare_word(word)
    if low in HONORIFICS and (len(low) <= 3 or word.endswith(".") or low in _SURNAME_HONORIFICS):
        # "Mr", "Dr.", "Sir", "Miss": forms of address that are no surnames;
        # ranks and forms spelt out are ("Lena Marshal", "Ivo Lord").
        return False
    if bare_word(before) in _SURNAME_HONORIFICS or is_initial(before):
        return True
    return name_token(before) and is_given_name(before) and not is_title_word(before)


# Months that are given names as often ("April Ryan"); "May" opens sentences as a verb.
_MONTH_NAMES = {"april", "june", "august"}


def mixed_initials(word: str) -> bool:
    """A short body's initials with a lower-case letter among them ("CaB", "DoT")."""
    return 2 < len(word) <= 5 and word.isalpha() and word[0].isupper() and sum(c.isupper() for c in word) >= 2 and not word.isupper()


def _month_surname(before: str, word: str) -> bool:
    """A month's name, capitalised, right after a given name or a form of
    address ("Ana May", "Mrs May"): a surname."""
    return word.lower() in CALENDAR_NAMES - WEEKDAYS and word[:1].isupper() and word[1:].islower() and (is_given_name(before) or bare_word(before) in HONORIFICS)


def month_given_name(word: str) -> bool:
    """"April", "June", "August" as a given name's spelling."""
    return word.lower() in _MONTH_NAMES and word[:1].isupper() and word[1:].islower()


# Two capitals before a name that are a place's, a body's or a title's,
# never a person's initials ("UK", "US", "PM", "MP").
_NOT_INITIALS = frozenset({"uk", "us", "eu", "un", "ny", "la", "dc", "tv", "fc", "ac", "ap", "up", "mp", "pm", "cm", "dj", "mc", "hr", "pr", "it", "cs", "dg"})


def _dotless_initials(word: str, titled: bool = False) -> bool:
    """Two capitals printed as a person's initials without full stops
    ("KK", "AK"), as South Asian pages print them; three after a title
    ("Finance Minister AHM Roe"), where a body's initials would not stand."""
    size = len(word) == 2 or (titled and len(word) == 3)
    low = word.lower()
    return size and word.isalpha() and word.isupper() and low not in _NOT_INITIALS and low not in TITLE_ABBREVIATIONS and low not in POST_NOMINALS


def name_from_tokens(words: list[str]) -> Optional[str]:
    """The trailing name of a run of words, titles before it dropped."""
    # Most runs are printed many times ("The", "But", a name said again):
    # the answer, a pure function of the words, is cached.
    return _name_from_words(tuple(words))


@lru_cache(maxsize=65536)
def _name_from_words(run: tuple[str, ...]) -> Optional[str]:
    words = list(run)
    if not words:
        return None
    last = words[-1]
    if is_possessive(last):
        words = words[:-1] + [strip_possessive(last)]
    while len(words) > 1 and _post_nominal(words[-1]):
        words = words[:-1]
    suffix = ""
    if len(words) > 1 and suffix_word(words[-1]) and name_token(words[-2]):
        suffix = " " + words[-1].rstrip(",")
        words = words[:-1]
    if len(words) > 2 and words[0].istitle() and not is_given_name(words[0]) and role_noun(words[0].lower()) and (
        is_given_name(words[1]) or len(words) in {3, 4} or words[0].lower() in DESCRIPTION_NOUNS
    ):
        # "Farmer Abi Reader", "Superstar Kavir Dorran Vine", "Trader Tam Kwai Lun": a description capitalised to open a sentence
        words = words[1:]
    if len(words) > 2 and words[0] in OFFICE_INITIALS and is_given_name(words[1]):
        words = words[1:]  # "investment GM Abi Reader": an office's initials, though "KK Abi Reader" is a name's
    kept: list[str] = []
    departmental = "of" in run or "for" in run  # a title's department may stand before the name
    for n in range(len(words) - 1, -1, -1):
        word = words[n]
        if kept and _headline_verb(word):
            break  # "Chris Hale Calls Maria Ortiz": a headline's verb ends the name
        if kept and is_possessive(word):
            break  # "the Daily Ledger's Ivo Renk": the name starts after the possessor
        if kept and word.endswith(".") and bare_word(word) in TITLE_ABBREVIATIONS:
            break  # "Del. Rosa Quint", "Pres. Ann Moss": an abbreviated title, though "Del" is a given name too
        if (
            departmental
            and len(kept) >= 2
            and (is_initial(kept[-1]) or is_given_name(kept[-1]) or (n >= 2 and words[n - 1] in {"of", "for"} and is_title_word(words[n - 2])))
            and not (is_initial(word) or is_given_name(word))
            and ("of" in words[:n] or "for" in words[:n])
        ):
            # "Minister for Roads V Rajan", "Commissioner for Security Policy
            # Ana Morgana": after a title's department, initials or a given
            # name open the name; the department's last word is no part of it.
            # The word right after a title's "for" or "of" is the department's
            # whatever the given name ("Minister for Harbours Prue Tallow").
            break
        if kept and _sentence_word(word) and (n == 0 or words[n - 1].lower() not in {"the", "a", "an"}):
            # "Interestingly Renk", "Backing Ivo Renk": an adverb or a participle
            # opens the run ("the Daily Ledger" is a name).
            break
        if n > 0 and (n == len(words) - 1 or (kept and bare_word(word) in SURNAME_TITLES and is_given_name(words[n - 1]))) and _title_as_surname(words[n - 1], word):
            kept.append(word)  # "Mr. King", "Tom King", "Ann Dean"; "Ann King Roe": a middle name
        elif len(kept) >= 2 and is_given_name(kept[-1]) and word.endswith("s") and not is_given_name(word):
            break  # "United Nations Ana Roe": a body's plural before a given name ends the name
        elif len(kept) >= 2 and is_given_name(kept[-1]) and not is_given_name(word) and (mixed_initials(word) or word.lower() in DEMONYMS):
            break  # "CaB Ana Roe", "Spanish Ana Roe": a body's initials or a nationality before a given name
        elif len(kept) == 2 and not is_given_name(word) and word.lower() in DEMONYMS and not any(bare_word(w) in ORG_WORDS for w in kept):
            break  # "Kenyan Oxo Tanui": a nationality before two names, the given one unknown to the list
        elif name_token(word) or (kept and word.lower() in PARTICLES) or (n > 0 and _syllable_pair(word) and name_token(words[n - 1])):
            kept.append(word)
            if len(kept) >= 5:
                break
        elif len(kept) == 1 and n > 0 and bare_word(word) in HONORIFICS and is_given_name(words[n - 1]):
            kept.append(word)  # "Gopal Sri Ram": an honorific's word between a given name and a surname is a name's
        elif not kept and n > 0 and _month_surname(words[n - 1], word):
            kept.append(word)  # "Ana May", "Lena August": a month as a surname after a given name
        elif len(kept) == 1 and n == 0 and month_given_name(word):
            kept.append(word)  # "April Mellody", "June Hollis": a month that is a given name, before a surname
            break
        elif len(kept) == 1 and n > 0 and is_given_name(words[n - 1]) and _dotless_initials(word):
            kept.append(word)  # "Ana RT Roe": middle initials printed without full stops, the given name before them
        elif kept and len(kept) <= 2 and (n == 0 or is_title_word(words[n - 1])) and _dotless_initials(word, titled=n > 0):
            kept.append(word)  # "KK Roe", "Minister AK Abdul Roe": initials printed without full stops
            break
        else:
            break
    # A particle opens no name ("de" in "said de Blasio" stays with the
    # surname only when capitalised: "De Blasio", "Van Hollen", "Al Roe").
    # "Judge Das", "Mr Das": a capitalised particle alone after a title is a surname.
    titled = len(kept) == 1 and len(words) > 1 and kept[0].istitle() and len(kept[0]) > 2 and (is_title_word(words[-2]) or bare_word(words[-2]) in HONORIFICS)
    while kept and kept[-1].lower() in PARTICLES and not ((len(kept) > 1 or titled) and kept[-1][:1].isupper() and kept[-1].isalpha()):
        kept.pop()
    if not kept:
        return None
    kept.reverse()
    if len(kept) == 2 and kept[0] in {"St", "St."}:
        return None  # "St Bride's", "St. Kilda": a saint's name is a place's
    # A person is never "the X": "the White House", "the Kremlin". A
    # sentence-initial "A" or "An" is capitalised like an initial, but an
    # initial carries its full stop: "A Becker aide" names no one.
    spaced_initials = kept[0] == "A" and len(kept) > 2 and len(kept[1].rstrip(".")) == 1 and kept[1][:1].isupper()
    if len(kept) > 1 and kept[0] in ("A", "An", "The") and not spaced_initials:
        return None  # but "A T Kumar": two initials printed apart, as Indian pages print them
    if len(kept) == 1 and len(kept[0]) == 1:
        return None  # "I" opening a quotation, "A" opening a sentence: an initial carries its full stop
    if len(kept) == 1 and kept[0].lower() in PARTICIPLES:
        return None  # "Adding: “...”": a speech participle opening a sentence
    if len(kept) == 1 and _role_plural(kept[0]):
        return None  # "Attorneys for X said", "Aides say": several holders of a role
    if len(kept) > 2 and is_region(kept[0]) and plural_role_noun(kept[-1]) and not is_given_name(kept[-2]):
        return None  # "Jordan Freight Engineers": a country's holders of a role, a body's first words
    before = len(words) - len(kept) - 1
    if len(kept) > 2 and title_of_start(words, before + 1, long_run=True) <= before and not is_given_name(kept[0]):
        # "Leader of the Opposition Harjit Dhillon", "Director of
        # Communications Amit Joshi": the words before the first given
        # name complete the title.
        given = next((n for n in range(1, len(kept) - 1) if is_given_name(kept[n])), None)
        if given is not None:
            kept, before = kept[_initials_before(kept, given) :], -1
    if before >= 0 and words[before].lower() in {"the", "a", "an"}:
        given = next((n for n in range(1, len(kept) - 1) if is_given_name(kept[n])), None)
        last = bare_word(kept[-1])
        if (
            given is None
            or words[before].lower() != "the"
            or any(is_given_name(w) for w in kept[:given])
            or any(bare_word(w) in ORG_WORDS for w in kept)
            or last in AFFILIATIONS
            or last in DEMONYMS
            or is_title_word(kept[-1])
        ):
            return None  # "a North Tallowshire Democrat": a description, no name
        # "Minister for Trade and the Pacific Ana Roe": the department's last words, then the name
        kept = kept[given:]
    kept = _without_labels(kept)
    # (a slice: this runs for every capitalised run) four words or more,
    # not right after a title: "President Ximeno Belarmo Rosa Lobo" is whole
    if kept[3:] and not (before >= 0 and is_title_word(words[before])):
        kept = _after_headline_words(kept)
    return " ".join(w.rstrip(".") if not is_initial(w) else w for w in kept) + suffix


def _initials_before(words: list[str], i: int) -> int:
    """Where a name that reaches ``i`` starts when initials stand before
    it ("... for Harbours K. Ravi Nandan"): they are the name's, not the title's."""
    while i > 0 and is_initial(words[i - 1]):
        i -= 1  # "A. B. Rafi Roe": initials alone before the given name are all the name's
    return i


def title_of_start(words: list[str], i: int, long_run: bool = False) -> int:
    """Where a title and its "of" start when they stand just before the
    word at ``i`` ("Leader of the Opposition X", "Director of
    Communications X"): a name there is read with them; ``i`` when there
    is none. "for" joins a title too when the run from ``i`` is longer
    than one word, a complement and a name ("Minister for Housing Jane
    Roe"), never alone ("the MP for Wealdham" names a seat)."""
    s = i - 1
    if s >= 0 and words[s] == "the":
        s -= 1
    if long_run and s >= 2 and words[s] == "and" and capitalised(words[s - 1]):
        s -= 2  # "Minister for Harbours and Canals X": a complement of two words
    joiners = ("of", "for") if long_run else ("of",)
    if s >= 1 and words[s] in joiners and capitalised(words[s - 1]) and is_title_word(words[s - 1]):
        return s - 1
    return i


@lru_cache(maxsize=65536)
def _label_word(word: str) -> bool:
    """A capitalised word that labels a person rather than naming them: a
    party or affiliation, a nationality, a role ("Rival", "Moderator")."""
    low = bare_word(word)
    if low in AFFILIATIONS or low in DEMONYMS or low in ORG_CAPABLE_ROLES or low in NAME_LABELS or low in GENDERED:
        return True
    if low.endswith("woman") or _plural_title(word):
        return True  # "Assemblywoman", "Senators"
    if low.endswith("ed") and len(low) > 4 and not is_given_name(word):
        return True  # an epithet: "Crooked X Y"
    # An agent noun that is no given name: "Moderator", "Narrator".
    return role_noun(low) and not is_given_name(word)


@lru_cache(maxsize=65536)
def _sentence_word(word: str) -> bool:
    """A capitalised adverb or participle ("Interestingly", "Backing"): a
    word of the sentence or headline before a name, unless the name list
    knows it as a given name ("Kelly", "Sterling")."""
    low = word.lower()
    return len(low) > 4 and low.endswith(("ly", "ing")) and low.isalpha() and not is_given_name(word)


def _after_headline_words(words: list[str]) -> list[str]:  # four words or more
    """A long run in Title Case ("Hedge Funds Back Ana Lee", "Port Authority
    Hires Ana Lee"): the name starts at the first given name when two or
    more words that are no given names stand before it ("Aung San Suu
    Kyi", one word before "San", stays whole)."""
    for g in range(2, len(words) - 1):
        if is_given_name(words[g]):
            if all(not is_given_name(w) for w in words[:g]):
                return words[_initials_before(words, g) :]
            break
    return words


def plural_role_noun(word: str) -> bool:
    """A plural role noun or a group word, as printed in lower case
    ("supporters", "experts", "sources"): a group of people."""
    low = word.lower()
    return low in GROUP_PLURALS or (low.endswith("s") and role_noun(low[:-1]))


def _role_plural(word: str) -> bool:
    """A role only people hold, or a group of people, in the plural
    ("Attorneys", "Aides", "Teachers", "Critics"), printed alone: never
    one person's name."""
    low = bare_word(word)
    if low in GROUP_PLURALS:
        return True  # "Critics said", "Sources said", "Witnesses told police"
    if len(low) <= 3 and not word[:-1].isupper():
        return False  # "MPs", "DAs" are plurals of initials; "Das" is a surname
    return low.endswith("s") and (low[:-1] in PERSON_ROLES or (low.endswith("es") and low[:-2] in PERSON_ROLES))


def _plural_title(word: str) -> bool:
    """"Senators", "Governors": a title for several people, never a name."""
    low = bare_word(word)
    return low.endswith("s") and low[:-1] in TITLE_WORDS


def _without_labels(words: list[str]) -> list[str]:
    """A name without the capitalised words a page prints before it that
    are no part of it: a party or role label before a given name
    ("Republican Donald Hale", "Rival Maria Ortiz") and a speech verb
    opening a sentence ("Said Tom Becker, ...")."""
    while len(words) >= 2 and words[0][0].isupper() and (
        bare_word(words[0]) in SPEECH_VERBS or words[0].lower() in LEADING_VERBS or _plural_title(words[0])
    ):
        words = words[1:]
    while len(words) >= 3 and (_label_word(words[0]) or _plural_label(words[0])) and (
        is_given_name(words[1]) or is_initial(words[1]) or bare_word(words[0]) in AFFILIATIONS
    ):
        words = words[1:]
    # "McCain Challenger Kelli Ward", "District Collector R.K. Verma": a
    # label before a given name or an initial ends whatever description
    # stands before it.
    for p in range(2, len(words) - 1):
        if (is_given_name(words[p]) or is_initial(words[p])) and _label_word(words[p - 1]) and not is_given_name(words[p - 1]):
            return words[p:]
    return words


def _plural_label(word: str) -> bool:
    """A plural noun opening a sentence before a given name ("Celebrities
    Jane Roe and ..."): what the people are, no part of a name. A given
    name ("Carlos", "Lucas") is not one."""
    return bare_word(word) in _PLURAL_LABELS and not is_given_name(word)


# Plurals for kinds of people pages print before their names ("Celebrities Jane Roe, Ann Lee and ...").
_PLURAL_LABELS = GROUP_PLURALS | {"celebrities", "stars", "actors", "actresses", "singers", "athletes", "players", "candidates", "lawmakers", "leaders"}


# A party member's label (singular): never the name of a body.
_PARTY_MEMBERS = {"republican", "democrat", "libertarian", "conservative", "socialist", "progressive"}


def titled_person_at(words: list[str]) -> Optional[int]:
    """Where a person's name starts after a title only a person holds, when
    a capitalised run ends in one ("European Council President Donald Tusk"
    -> 3, "State Party Chairman Ann Lee" -> 3); None when it does not. The
    name needs a given name or an initial and a surname."""
    if len(words) < 3:
        return None
    for t in range(len(words) - 2, 0, -1):
        # "House Republican Ann Dorn": a party label, like a role, is held by a person.
        role = bare_word(strip_possessive(words[t - 1]))
        if t > 1 and role in HONORIFICS:
            # "Harbour Trust Deputy Medical Officer Dr. Ana Roe": the
            # form of address stands between the title and the name.
            role = bare_word(words[t - 2])
        # "Chief of Staff Ivo Renk", "Secretary of State Ann Dorn"; a longer
        # complement only before a given name ("Chair of the Harbour Trust Delia Marsh").
        role = _role_of_complement(words, t, 4 if is_given_name(words[t]) or is_initial(words[t]) else 1) or role
        if ((role in PERSON_ROLES or role in _PARTY_MEMBERS) and (
            is_given_name(words[t]) or is_initial(words[t]) or plain_name(words[t:])
        )) or (_held_role(role) and (is_given_name(words[t]) or is_initial(words[t]))):
            t = _initials_before(words, t)
            rest = words[t:]
            name = name_from_tokens(rest)
            if name and len(name.split()) >= 2 and len(name.split()) >= len(rest) - 1:
                return t
            return None
    return None


def _role_of_complement(words: list[str], t: int, longest: int) -> Optional[str]:
    """The role before "of", "for" or "to" and a capitalised complement of at
    most ``longest`` words that ends just before ``t`` ("Chair of the
    Harbour Trust" before "Delia Marsh")."""
    k = t - 1
    # A complement may join its own words: "Minister of State for Roads",
    # "Minister for Roads and Highways".
    while k > 1 and t - k <= longest + 2:
        while k > 1 and t - k <= longest and capitalised(words[k]):
            k -= 1
        if words[k].lower() == "the":
            k -= 1
        role = bare_word(words[k - 1]) if k >= 1 else ""
        role = role.rsplit("-", 1)[-1] if is_title_word(role) else role  # "Vice-Chancellor of X": the last word's office
        if k >= 1 and words[k] in {"of", "for", "to"} and (role in PERSON_ROLES or role in OFFICE_TAILS):
            return role
        if not (k > 1 and words[k] in _COMPLEMENT_JOINERS and capitalised(words[k - 1]) and k < t - 1):
            return None
        k -= 1
    return None


_COMPLEMENT_JOINERS = {"of", "for", "and", "&"}


@lru_cache(maxsize=8192)
def _held_role(role: str) -> bool:
    """A role printed as a title that the lists lack: roles joined by a
    hyphen ("Secretary-Treasurer") or an agent noun that is no body
    ("County Recorder", not "Research Center")."""
    parts = [p for p in _HYPHENS_RE.split(role) if p]
    if len(parts) > 1:
        return all(p in PERSON_ROLES for p in parts)
    return bool(ROLE_SUFFIX_RE.fullmatch(role)) and role not in ORG_WORDS and role not in NOT_ROLES


def plain_name(words: list[str]) -> bool:
    """Two or three words that can only be a name, ending a run after a
    title ("Party Chairman Ivo Renk"): a given name the name list does not
    know still opens a name when nothing in the run names a body."""
    return 2 <= len(words) <= 3 and all(
        name_token(w) and not is_possessive(w) and bare_word(w) not in ORG_WORDS for w in words
    )


_PARENTHESIS_RE = re.compile(r"\s*\([^()]*\)")
_QUOTED_NICKNAME_RE = re.compile(r"(?<=\w)\s+[\"“‘'][^\"“”‘’\s]{1,20}[\"”’']\s+(?=[A-Z])")


_MARKUP_RE = re.compile(r"[<>={}|\\]")


# Plural words for what was said, which open a sentence in capitals and name no one.
_WORDS_SPOKEN = frozenset(w for w in SPEECH_NOUNS | QUOTATION_NOUNS if w.endswith("s"))


@lru_cache(maxsize=8192)
def clean_name(printed: str) -> Optional[str]:
    """A person's name without titles, honorifics, roles or possessive.

    ``"NATO Chief Jens Stoltenberg"`` -> ``"Jens Stoltenberg"``,
    ``"Mr Stoltenberg"`` -> ``"Stoltenberg"``; ``None`` for a pronoun or a
    bare role noun. With an appositive (``"Olga Stefanishina, Ukraine's
    deputy prime minister"``) the part that is a name is taken."""
    if not printed or not printed.strip():
        return None
    # "Rep. Gwen Moore (D-Wis.)", "X (pictured)": a parenthesis names nobody.
    printed = _PARENTHESIS_RE.sub(" ", printed)
    # 'Ivo "Bear" Renk': a nickname in quotation marks is no part of the name.
    printed = _QUOTED_NICKNAME_RE.sub(" ", printed)
    # Markup left in scraped text ('Mostly False">Ruiz', "<b>Ruiz"): no name
    # holds these characters, so a name can only start after the last one.
    printed = _MARKUP_RE.split(printed)[-1]
    for part in printed.split(","):
        words = [w for w in re.split(r"\s+", part.strip()) if w]
        words = [w.strip("\"“”‘:;()[]") for w in words]
        words = [w for w in words if w]
        if not words:
            continue
        if len(words) == 1 and (bare_word(words[0]) in PRONOUNS or bare_word(words[0]) in _WORDS_SPOKEN):
            continue  # "he"; "Comments from readers poured in:"
        if celtic_body([w for w in words if capitalised(w) or w in CELTIC_ARTICLES]):
            continue  # "Bord na Mara": a body's name, not "Mara"
        # A run that carries lower-case role words keeps only its capitalised tail.
        tail: list[str] = []
        for w in reversed(words):
            if capitalised(w) or (tail and w.lower() in PARTICLES):
                tail.append(w)
            elif w in {"and", "&"} and tail and is_title_word(tail[0]):
                tail.append(w)  # "the Tallow and Marren MSP": a place's two parts, then an office: no name
            else:
                if w.lower() in {"the", "a", "an"}:
                    tail.append(w)
                break
        tail.reverse()
        if any(w in {"and", "&"} for w in tail):
            continue
        if len(tail) > 2 and tail[-1].isupper() and is_acronym(tail[-1]) and not tail[-2].isupper() and not suffix_word(tail[-1]):
            # "HPU leader Jane Roe HPU said": a body's initials after the name.
            words, tail = words[:-1], tail[:-1]
        start = title_of_start(words, len(words) - len(tail), long_run=len(tail) > 1)
        run = words[start : len(words) - len(tail)] + tail
        if 0 < start < len(words) and (words[start - 1] in _COMPLEMENT_JOINERS | {"to"} or words[start].lower() == "the"):
            # "Minister for Roads and Highways Ravi Nand", "Envoy to the United
            # Nations Ana Roe": the name after the whole title.
            t = titled_person_at(words)
            run = words[t:] if t is not None and t > start else run
        elif len(tail) > 2 and (ts := len(words) - len(tail)) >= 2 and words[ts - 1] in {"of", "for"} and is_title_word(words[ts - 2]):
            run = name_after_place(tail)  # "Mayor of London Ana Roe": the place after "of" is the title's
        if len(run) > 2 and not is_given_name(run[0]) and is_given_name(run[1]) and {"of", "for"} & set(words[:start]):
            run = run[1:]  # "Minister for Schools and Diaspora Ana Roe": the department's last word
        joined = max((n for n, w in enumerate(run[:-2]) if w in {"of", "for"}), default=-1)
        if joined > 0 and (country := country_opening(run[joined + 1 : -2])):
            run = run[joined + 1 + country :]  # "President of France Ivo Roe": the country is the title's
        name = name_from_tokens(run)
        if name and (bare_word(name.split()[-1]) in (STREET_WORDS - SEAT_WORDS) | LANDFORM_WORDS or (len(run) > 1 and bare_word(name) in OFFICE_TAILS)):
            continue  # "the group from Quarry Road", "Prince Ivo Island": a place; "Roads Cabinet Member": an office's last word
        if name and len(name.split()) > 2 and bare_word(name.split()[-1]) in NAMED_PLACE_TAILS:
            continue  # "Ivo Marsh Bay": a place named after someone
        if name and named_storm(name.split()):
            continue  # "Storm Kathleen", "Hurricane Ivo": weather, which no pronoun means
        if name:
            return name
    return None


def office_of_lords(words: list[str]) -> bool:
    """"Lord Advocate", "Lord Provost", "Lord Chief Justice": "Lord"
    opening the name of an office any holder bears, no form of address,
    so it says nothing of the holder's gender."""
    return len(words) > 1 and bare_word(words[0]) == "lord" and is_title_word(words[1])


# Words that open the name forecasters give a storm ("Hurricane Ivo", "Typhoon Mara").
_STORM_KINDS = {"hurricane", "typhoon", "cyclone"}


def named_storm(words: list[str]) -> bool:
    """A storm's name ("Hurricane Ivo", "Tropical Storm Ana", "Storm
    Kathleen"), never a person: "Storm" opens one only before a lone given
    name, as people called Storm are printed with a surname ("Storm Uru")."""
    low = [bare_word(w) for w in words]
    if len(low) > 2 and low[0] in {"tropical", "super"} and low[1] in _STORM_KINDS | {"storm"}:
        low = low[1:]
    if len(low) < 2:
        return False
    return low[0] in _STORM_KINDS or (low[0] == "storm" and len(low) == 2 and is_given_name(words[-1]))


def looks_like_org(printed: str) -> bool:
    """A capitalised run naming an organisation ("Climate Action Network",
    "the Ministry of Transport"): any organisation word in it, or a party's
    members as a body ("College Republicans")."""
    words = printed.split()
    # a plural only inside a longer name: "Authorities" alone is nobody's name
    return any(bare_word(strip_possessive(w)) in ORG_WORDS for w in words) or body_plural_in(words) or group_name(words) or seat_name(words) or celtic_body(words)


def body_plural_in(words: list[str]) -> bool:
    """An organisation word in the plural inside a longer name that opens
    with no given name, before more of the name or after a nationality
    ("the Tallow Institutes of Science", "Kenyan Colleges"); "Ana
    Banks" and "Keri Banks" are people, whose surname ends the name."""
    if len(words) < 2 or is_given_name(words[0]):
        return False
    return any(_org_plural(bare_word(w)) and (n < len(words) - 1 or bare_word(words[0]) in DEMONYMS) for n, w in enumerate(words))


def _org_plural(word: str) -> bool:
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y" in ORG_WORDS
    return word.endswith("s") and len(word) > 4 and word[:-1] in ORG_WORDS


def celtic_body(words: list[str]) -> bool:
    """A name joined by an Irish, Gaelic or Welsh article ("Bord na Mara",
    "Cymdeithas yr Afon"): a body's, unless a given name, a title or a
    form of address opens it ("Coroner na Nagara")."""
    return any(
        w in CELTIC_ARTICLES and 0 < n < len(words) - 1 and capitalised(words[n - 1]) and capitalised(words[n + 1])
        for n, w in enumerate(words)
    ) and not (is_given_name(words[0]) or is_title_word(words[0]) or bare_word(words[0]) in HONORIFICS)


def seat_name(words: list[str]) -> bool:
    """A capitalised run ending in the kind of place that houses a body
    and speaks for it ("Downing Street said", "Buckingham Palace said"):
    never a person."""
    last = bare_word(strip_possessive(words[-1])) if words else ""
    return len(words) > 1 and last in SEAT_WORDS and all(w[:1].isupper() for w in words)


def group_name(words: list[str]) -> bool:
    """A capitalised run ending in a party's plural ("College Republicans",
    "Young Democrats"): a body of members, never a person."""
    last = bare_word(strip_possessive(words[-1])) if words else ""
    return len(words) > 1 and last.endswith("s") and last in AFFILIATIONS and words[-1][:1].isupper()
