"""Where a sentence's subject starts: past opening phrases ("Hours
later,", "At a rally in Tallow, N.H., on Tuesday,", "And then") to the
noun phrase that does what the sentence says; and the subject of a speech
verb where a clause's shape places it (an inverted verb after a comma, the
name before a headline's first verb, a body's name before a role)."""

from __future__ import annotations

import bisect
import re
from typing import Optional

from .lexicon import ADDRESSEE_VERBS, ADVERBS, AUXILIARIES, BE_FORMS, CALENDAR_NAMES, CONJUNCTIONS, DETERMINERS, BODY_KINDS, CALL_VERBS, FUNCTION_WORDS, HONORIFICS, MASK, NP_ING, ORG_NOUNS, PARTICIPLES, PERSON_ROLES, PARTICLES, POSSESSIVE_PRONOUNS, PRONOUNS, SPEECH_HEADS, SPEECH_VERBS, TIME_NOUNS, URGING_VERBS
from .names import bare_word, capitalised, clean_name, is_initial, is_possessive, is_title_word, looks_like_org, role_noun
from .cuenames import person_printed, personal
from .given_names import is_given_name
from .apposition import appositive_name
from .descriptors import SUBORDINATORS, indefinite_after
from .settings import time_span_opening
from .phrases import np_after, np_before
from .places import country_not_person
from .placetags import place_tag
from .subjectshapes import pronoun_after_participle, role_after_place
from .wordforms import AGE_RE, IRREGULAR_PAST, finite_verb, is_verb, number_word, opening_adverb, verb_adverb
from .text import tokens
from .titleruns import name_after_seat




def sentence_subject(text: str, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """The subject at the start of a sentence, past an introductory phrase
    ("Turning to NATO, the General Secretary ...")."""
    toks = tokens(text, lo, hi)
    if not toks:
        return None
    i = 0
    first = toks[0][2].lower()
    that = 1 + (len(toks) > 2 and toks[1][2].lower() in {"also", "too"})
    if (
        len(toks) > that + 1
        and toks[that][2].lower() == "that"
        and toks[0][2][:1].isupper()
        and first not in FUNCTION_WORDS | {"except", "save"}
        and not first.endswith(("ed", "ing", "en"))  # "Given that", "Assuming that": the clause is introductory
    ):
        # "Recall also that ... X admitted": a verb of the imperative opens
        # the sentence, and the clause after "that" has the subject.
        return sentence_subject(text, toks[that + 1][0], hi)
    if len(toks) > 1 and AGE_RE.fullmatch(toks[0][2]) and capitalised(toks[1][2]):
        i = 1  # "17-year-old Dara Finch echoed:": the age describes the name
    # Introductory phrases, possibly several ("Eighteen months later,
    # sitting in a café, she ..."), are skipped comma by comma.
    for _ in range(3):
        if i >= len(toks):
            return None  # the introductory phrase runs to the end: no subject
        word = toks[i][2].lower()
        if i > 0 and toks[i][2][:1].isupper():
            break  # "Following the briefing, Trading Standards officer X"
        fronted = fronted_participle(toks, i)
        if not (_introductory(word) or fronted or time_span_opening(toks, i)) or _opens_name(toks, i):
            break
        if word in PRONOUNS or word in POSSESSIVE_PRONOUNS or word in {"the", "a", "an"}:
            # "A week after the vote, X ...": a span of time opens the sentence
            if not (word in {"a", "an"} and i + 1 < len(toks) and toks[i + 1][2].lower() in TIME_NOUNS):
                break
        # A participle's phrase may run long ("Alarmed by the firm's plan
        # to cut jobs as part of ..., the government ...").
        comma = next((n for n in range(i, min(len(toks), i + (45 if fronted else 25))) if toks[n][2] == ","), None)
        if comma is None:
            return None
        clause = _name_with_verb(toks, i, comma) if word in _PREPOSITIONS else None
        if clause is not None:
            i = clause  # "On Thursday evening Jane Roe delivered her speech, ...": no comma after the opening
            break
        i = comma + 1
        region = _region_after_place(text, toks, i)
        if region is not None:
            i = region  # "At a rally in Tallow, N.H., on Tuesday, X said"
    if i < len(toks) and number_word(toks[i][2].lower()) and toks[i][2].lower() not in {"one"}:
        return None
    if first in POSSESSIVE_PRONOUNS and i == 0:
        if len(toks) < 2 or toks[1][2] in {",", ";", ":"}:
            return None
        # "Her colleague ..., Professor Liam O'Connor, put it bluntly:" is
        # spoken by the colleague the appositive names.
        name = appositive_name(toks, 1)
        if name is not None:
            return name
        # "His message to X was blunt:": the possessor speaks; "Her
        # colleague put it bluntly:" names nobody.
        if any(t[2].lower() in SPEECH_HEADS for t in toks[1:4]):
            return toks[0][0], toks[0][1]
        return None
    if i >= len(toks):
        return None
    span = np_after(text, toks[i][0], hi, after_verb=False)
    span = role_after_place(toks, span) if span is not None else None
    if span is None and toks[i][2][:1].isupper() and _opens_name(toks, i) and not is_given_name(toks[i][2]):
        # The capital is the sentence's, not a name's: "Packing worker Ana Roe" reads as "packing worker Ana Roe".
        a = toks[i][0]
        span = np_after(text[:a] + text[a].lower() + text[a + 1 :], a, hi, after_verb=False)
    titled = _name_after_title_phrase(text, toks, i, span, hi) or name_after_seat(text, toks, span)
    if titled is not None:
        return titled
    if span is not None and (toks[i][2].lower() in {"the", "a", "an"} or _capitalised_role(toks, i) or (is_possessive(toks[i][2]) and capitalised(toks[i][2]))):
        # "The company's general counsel, Rahul Mehta, went further",
        # "the mayor's 2019 campaign manager, X, wrote": the name in the
        # appositive rather than the description.
        name = appositive_name(toks, i)
        if name is not None:
            return name
    if span is not None:
        later = _subject_after_opening(text, toks, span, hi) or _role_after_joined_name(text, toks, span, hi)
        if later is not None:
            return later
    return span


def _role_after_joined_name(text: str, toks: list[tuple[int, int, str]], span: tuple[int, int], hi: int) -> Optional[tuple[int, int]]:
    """"Orrin and Vale Moor councillor Jo Roe is upset", "Ana and Ivo Roe
    Trust Chairperson Jo Ames also spoke": a ward's or a body's name joined
    by "and", then a role and a person's name; the person is the subject,
    not the first part of the joined name."""
    j = next((n for n, t in enumerate(toks) if t[0] >= span[1]), None)
    if j is None or toks[j][2] != "and":
        return None
    k = j + 1
    while k < len(toks) and capitalised(toks[k][2]) and not is_title_word(toks[k][2]):
        k += 1
    if k == j + 1 or k >= len(toks) or not (is_title_word(toks[k][2]) or role_noun(toks[k][2])):
        return None
    role = np_after(text, toks[k][0], hi, after_verb=False)
    return role if role is not None and named_person(text[role[0] : role[1]]) and clean_name(text[role[0] : role[1]]) != text[role[0] : role[1]] else None


def _region_after_place(text: str, toks: list[tuple[int, int, str]], i: int) -> Optional[int]:
    """Where an opening phrase goes on after the region of the place that
    ends its first part ("in Tallow, N.H., on Tuesday,", "in Tallow,
    Alabama, at a rally,"): a state's abbreviation, or one capitalised
    word that is no given name followed by a preposition; None when the
    words after the comma are the subject."""
    if i < 2 or not capitalised(toks[i - 2][2]):
        return None
    c = next((n for n in range(i + 1, min(len(toks), i + 4)) if toks[n][2] == ","), None)
    if c is None or c + 1 >= len(toks):
        return None
    group = toks[i:c]
    if all(is_initial(t[2]) for t in group) or (len(group) == 1 and place_tag(text, group[0]) and not is_title_word(group[0][2])):
        return c + 1
    if toks[c + 1][2].lower() in {"the", "a", "an"} and all(capitalised(t[2]) for t in group) and clean_name(" ".join(t[2] for t in group)) is None:
        return c + 1  # "at the Harbour Hotel, St Bride’s, the mayor said": a place’s district
    word = group[0][2]
    if (
        len(group) == 1
        and word[:1].isupper()
        and word.isalpha()
        and not is_given_name(word)
        and not is_title_word(word)
        and toks[c + 1][2].lower() in _PLACE_FOLLOWERS
    ):
        # the phrase goes on after the region and a preposition
        comma = next((n for n in range(c + 1, min(len(toks), c + 12)) if toks[n][2] == ","), None)
        return comma + 1 if comma is not None else None
    return None


# Prepositions that carry an opening phrase on after a place's region.
_PLACE_FOLLOWERS = {"on", "in", "at", "last", "this", "during", "earlier", "late", "early", "before", "after", "where", "over"}


def _subject_after_opening(
    text: str, toks: list[tuple[int, int, str]], span: tuple[int, int], hi: int
) -> Optional[tuple[int, int]]:
    """The subject after an opening phrase that starts with a capital and
    names no one ("Hours later, X returned", "Reached by phone, X denied",
    "... in Tallow, Kent, on Friday, Mrs. X tried"): a capitalised span
    that is no person's name, a comma within a few words, and after it a
    name (or pronoun) followed by its verb. "X, Y said, has" and "X,
    R-Ky., said" keep X."""
    c = bisect.bisect_left(toks, span[1], key=lambda t: t[0])
    start = c
    while c < len(toks) and c - start < 8 and toks[c][2] != ",":
        if toks[c][2] in SPEECH_VERBS or MASK in toks[c][2] or toks[c][2] in {";", ":", "(", ")"}:
            return None
        c += 1
    if c >= len(toks) - 1 or toks[c][2] != ",":
        return None
    words = text[span[0] : span[1]].split()
    if not words or is_possessive(words[-1]) or text[span[1] : span[1] + 1] in ("'", "’"):
        return None  # "X's comments came on Sunday, Y reported": X's
    name = clean_name(" ".join(words))
    if name is not None and (
        any(bare_word(w) in HONORIFICS or is_title_word(w) for w in words[:-1])
        or (len(name.split()) > 1 and is_given_name(name.split()[0]))
    ):
        return None
    nxt = toks[c + 1]
    possessive = is_possessive(nxt[2]) or text[nxt[1] : nxt[1] + 1] in ("'", "’")
    if MASK in nxt[2] or not (nxt[2][:1].isupper() or _introductory(nxt[2].lower())) or possessive or place_tag(text, nxt):
        return None
    if nxt[2].lower() in {"a", "an", "the"} | set(POSSESSIVE_PRONOUNS):
        return None  # "X, an Obama supporter, said": an appositive
    later = sentence_subject(text, nxt[0], hi)
    if later is None or is_possessive(text[later[0] : later[1]]) or text[later[1] : later[1] + 1] in ("'", "’"):
        return None
    after = tokens(text, later[1], min(hi, later[1] + 40))[:1]
    if not after or not after[0][2].isalpha() or not after[0][2].islower() or after[0][2] in SPEECH_VERBS:
        return None
    if after[0][2] in FUNCTION_WORDS - {"has", "had", "is", "was", "will", "would", "did"}:
        return None
    return later


# Prepositions and adverbs the function-word list lacks that open an
# adverbial phrase ("Amid the protests, ...", "Given the result, ...").
_OPENING_WORDS = {"amid", "amidst", "given", "across", "regardless", "ever", "already", "amongst", "ahead", "prior", "contrary", "thanks", "due", "pending", "beyond", "barring"}


_PREPOSITIONS = {"on", "in", "at", "during", "under", "over", "across", "inside", "outside", "near"}


def _name_with_verb(toks: list[tuple[int, int, str]], i: int, comma: int) -> Optional[int]:
    """Where a capitalised name past the first words of an opening
    preposition's phrase is followed by a verb in the past before the
    comma: the phrase ended without one, and the name is the subject."""
    for n in range(i + 2, comma - 1):
        verb = toks[n + 1][2]
        if capitalised(toks[n][2]) and finite_verb(verb):
            start = n
            while start > i + 1 and capitalised(toks[start - 1][2]) and toks[start - 1][2].lower() not in FUNCTION_WORDS:
                start -= 1
            if start == i + 1:
                return None  # the name runs from the phrase's first word: "In Ames Roe said"
            if toks[start - 1][2].lower() in FUNCTION_WORDS:
                continue  # "in a vote for Roe ...": the object of a preposition
            return start
    return None


def _name_after_title_phrase(
    text: str, toks: list[tuple[int, int, str]], i: int, span: Optional[tuple[int, int]], hi: int
) -> Optional[tuple[int, int]]:
    """The name after a title whose complement is printed in lower case
    ("Minister of state in the PMO's office V. Roe said"), when the noun
    phrase found stops at the title."""
    if span is None or not is_title_word(toks[i][2]) or not capitalised(toks[i][2]):
        return None
    n = bisect.bisect_left(toks, span[1], key=lambda t: t[0])
    if not all(is_title_word(t[2]) for t in toks[i:n]):
        return None  # "Chancellor Jane Roe of Ruritania": the name is in the phrase already
    if n >= len(toks) or toks[n][2] not in {"of", "for", "in"}:
        return None
    m = n
    while m < len(toks) and m - n <= 6 and ((toks[m][2].isalpha() and toks[m][2].islower()) or is_possessive(toks[m][2])):
        m += 1
    if m >= len(toks) or m - n > 6 or not capitalised(toks[m][2]) or is_title_word(toks[m][2]):
        return None
    name = np_after(text, toks[m][0], hi, after_verb=False)
    return name if name is not None and clean_name(text[name[0] : name[1]]) is not None else None


def _capitalised_role(toks: list[tuple[int, int, str]], i: int) -> bool:
    """A capitalised word, then a lower-case role before the first comma
    ("Ward president of Eastmoor, M. Roe,", "Opposition spokesman on
    health, Jane Roe,"): a description whose appositive names its holder."""
    if i + 1 < len(toks) and capitalised(toks[i][2]) and is_title_word(toks[i][2]) and toks[i + 1][2] in {"of", "for"}:
        return True  # "Chairperson of Tallow District, Cllr Jane Roe,": a title and its body
    n = i
    while n < len(toks) and n - i < 4 and capitalised(toks[n][2]):
        n += 1
    m = n
    while m < len(toks) and toks[m][2].isalpha() and toks[m][2].islower() and toks[m][2] not in FUNCTION_WORDS and not is_verb(toks[m][2]):
        m += 1
    # "Jane Roe took her daughter, Ann,": a verb, so a clause and its object
    return n > i and m > n and role_noun(toks[m - 1][2]) and m < len(toks) and (toks[m][2] == "," or toks[m][2] in FUNCTION_WORDS)


def fronted_participle(toks: list[tuple[int, int, str]], i: int) -> bool:
    """A past participle and its preposition open the sentence ("Alarmed
    by the plan, ...", "Angered at the vote, ..."): a phrase before the
    subject, not a name."""
    word = toks[i][2].lower()
    if i + 1 >= len(toks) or not word.endswith(("ed", "en")):
        return False
    after = toks[i + 1][2].lower()
    if after in _PARTICIPLE_PREPOSITIONS:
        return True
    # "Offered the chance to ..., X declined", "Handed a lifeline, ...": a
    # participle with its object; a name such as "Ahmed" is no participle.
    return word.endswith("ed") and (after in {"the", "a", "an"} or after in POSSESSIVE_PRONOUNS) and not is_given_name(toks[i][2])


_PARTICIPLE_PREPOSITIONS = frozenset({"by", "with", "at", "over", "about", "from", "after"})


def _introductory(word: str) -> bool:
    """A sentence-opening word that starts an adverbial phrase rather than
    the subject: function words, -ing and -ly words, numbers of time."""
    if word.rstrip(".") in HONORIFICS:
        return False  # "Ms Roe has ...": a form of address opens the subject
    return (
        word in FUNCTION_WORDS
        or word in ADVERBS
        or word in _OPENING_WORDS
        or (word.endswith("ing") and word not in NP_ING)
        or word.endswith("ly")
        or (number_word(word) and word != "one")
    )


# Words opening a sentence before its subject, no comma: "And then Roe went on the attack, saying", "However Roe disagreed".
_OPENERS = {"and", "but", "so", "then", "yet", "while", "when", "as", "though", "although", "because", "once", "whereas", "however"}


def subject_past_openers(text: str, lo: int, hi: int, joining: bool = False) -> Optional[tuple[int, int]]:
    """The sentence's subject, also after connectives that open it with no
    comma of their own (where ``sentence_subject`` finds none); with
    ``joining``, only after a joining one, however the subject is described
    ("But the GTP's Ana Roe said", "And party leader Ana Roe went on")."""
    span = sentence_subject(text, lo, hi)
    if span is not None:
        return span
    toks = tokens(text, lo, hi)
    i = 0
    # after "While" or "When" the subject is the clause's: only joining words with ``joining``
    while i < len(toks) - 1 and i < 3 and toks[i][2].lower() in (CONJUNCTIONS if joining else _OPENERS):
        i += 1
    if joining:
        return sentence_subject(text, toks[i][0], hi) if i else None
    if i < len(toks) and toks[i][2].lower().endswith("ing") and toks[i][2].isalpha():
        return pronoun_after_participle(toks, i)  # "However speaking in Tallow she defended it"
    # "Then he ended, saying ...": a pronoun after the connective is the subject too.
    if i == 0 or not (capitalised(toks[i][2]) or toks[i][2].lower() in {"he", "she"}):
        return None
    return sentence_subject(text, toks[i][0], hi)


def subordinate_clause_subject(text: str, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """"After the court threw the scheme out, calling it “...”, ...", "The
    minister's exit followed soon after party leader Ana Roe had asked for
    an inquiry, saying ...": a participle right after a clause that a
    subordinator opens is that clause's subject's; inside the sentence,
    only when the clause has its verb and its subject ends in a name."""
    toks = tokens(text, lo, hi)
    s = max((n for n in range(len(toks) - 2) if toks[n][2].lower() in SUBORDINATORS), default=None) if len(toks) > 2 and toks[-1][2] == "," else None
    if s is None or any(t[2] == "," for t in toks[s + 1 : -1]):
        return None
    if s == 0:
        return sentence_subject(text, toks[1][0], hi)  # the clause opens the sentence: its subject, however described
    # a clause has its verb: "went after Ana Roe, calling her" has none, "after" being a preposition there
    v = next((n for n in range(s + 2, len(toks)) if finite_verb(toks[n][2]) or toks[n][2] in AUXILIARIES or toks[n][2] in BE_FORMS), 0)
    span = np_before(text, toks[s + 1][0], toks[v][0]) if v else None
    return span if span is not None and span[1] >= toks[v - 1][1] and capitalised(text[span[0] : span[1]].split()[-1]) else None


def _opens_name(toks: list[tuple[int, int, str]], i: int) -> bool:
    """A given name before a capitalised word ("Kelly Roe", "Sterling
    Hay"), though it ends as an adverb or a participle does; or such a word
    describing the kind of body named next ("Housing charity Open Doors
    said", but not "Visiting charity Open Doors, she said")."""
    word = toks[i][2]
    if not word.endswith(("ly", "ing")) or i + 1 >= len(toks):
        return False
    if is_given_name(word) and capitalised(toks[i + 1][2]):
        return True
    if i + 2 < len(toks) and word.endswith("ing") and toks[i + 1][2].islower() and role_noun(toks[i + 1][2]) and is_given_name(toks[i + 2][2]):
        return True  # "Packing worker Ana Roe has ...": a noun that says what work the person does
    if i + 2 >= len(toks) or toks[i + 1][2] not in BODY_KINDS or not capitalised(toks[i + 2][2]):
        return False
    e = i + 2
    while e + 1 < len(toks) and capitalised(toks[e + 1][2]):
        e += 1
    return e + 1 < len(toks) and toks[e + 1][2].isalpha()


# "calls him “...”", "says it's “...”", "says he is “...”": a pronoun, or a
# clause of one and a form of "be", between a speech verb and its quotation
# names no other speaker.
_CLAUSE_BEFORE_QUOTE = {"him", "her", "them", "this", "as", "s", "re", "that"} | set(PRONOUNS) | BE_FORMS


def inverted_after_comma(text: str, prev: list[tuple[int, int, str]], word: str, ve: int, qs: int) -> Optional[tuple[int, int]]:
    """"The council wrecked the port, says Jane Roe: “...”": after a
    comma, a speech verb and the noun phrase that fills the rest of the
    way to the quotation; the noun phrase speaks."""
    if not prev or prev[-1][2] != "," or word in ADDRESSEE_VERBS | URGING_VERBS | CALL_VERBS:
        return None
    # A full stop closes a sentence of reported speech read for the
    # quotation after it ("The union is striking again, said Ivo Brand.").
    if text[ve:qs].rstrip()[-1:] not in {",", ":", ".", "\u2014", "\u2013"}:
        return None  # nothing set off before the quotation: no name fills the way to it
    span = np_after(text, ve, qs)
    if span is None:
        return None
    # The noun phrase ends in a colon, comma or dash before the quotation:
    # "said Roe “understood ...”" is Roe in what someone said.
    rest = text[span[1] : qs].strip()
    return span if rest and not rest.strip(",:.\u2014\u2013") else None


def first_verb_subject(
    text: str, sent: int, prev: list[tuple[int, int, str]], word: str, ve: int, qs: int
) -> Optional[tuple[int, int]]:
    """"Jane Roe slams Centre, says “...”": a clause of a name, a verb and
    its object, then a comma and the speech verb right before the
    quotation; the verbs share the name before the first, not the object
    before the comma. None otherwise."""
    if len(prev) < 4 or prev[-1][2] != "," or any(t[2] in {",", ";", ":", "(", ")"} for t in prev[:-1]):
        return None
    between = [w.lower() for w in re.findall(r"\w+", text[ve:qs])]
    # "..., vows to offer ‘...’": an infinitive after the verb is the first verb's subject's too
    if word not in CALL_VERBS and any(w not in _CLAUSE_BEFORE_QUOTE for w in between) and not (between[:1] == ["to"] and len(between) <= 3):
        return None  # "..., says the harbour master: “...”": someone else speaks
    v = next((n for n, t in enumerate(prev) if not capitalised(t[2])), None)
    if not v or v >= len(prev) - 2 or not _finite_verb(prev[v][2]):
        return None
    span = np_before(text, sent, prev[v][0])
    if span is None or span[0] != prev[0][0]:
        return None
    return span


def _finite_verb(word: str) -> bool:
    """A lower-case word that reads as a verb in the present or the past
    ("slams", "hits", "attacked", "met")."""
    if not word.isalpha() or not word.islower() or word in FUNCTION_WORDS:
        return False
    return word in IRREGULAR_PAST or word.endswith("ed") or (word.endswith("s") and not word.endswith(("ss", "us", "is")))


def body_before_role(text: str, sent: int, span: tuple[int, int]) -> Optional[tuple[int, int]]:
    """"Islanders for Justice executive director Jane Roe", "Friends of the
    Harbour campaigner Jane Roe": a body's name with "for" or "of" inside it
    opens the sentence, or follows an opening phrase set off by a comma
    ("At the forum, Chamber of Commerce president Jane Roe"), then a
    lower-case role and a person's name. The span of the role and the name
    (the "for" is no preposition the name sits inside, as in "a spokesman
    for Jane Roe"); None otherwise."""
    before = tokens(text, sent, span[0])
    if len(before) < 2 or before[-1][2] not in {"for", "of", "the"}:
        return None
    comma = next((n for n in range(len(before) - 1, -1, -1) if before[n][2] == ","), -1)
    before = before[comma + 1 :]
    if len(before) < 2 or not capitalised(before[0][2]):
        return None
    if not all(capitalised(t[2]) or t[2] in {"for", "of", "the", "and"} for t in before):
        return None
    words = tokens(text, span[0], span[1])
    while words and words[0][2] == "the":
        words = words[1:]  # "Friends of the Harbour": "the" inside the body's name
    # The rest of the body's name, then the lower-case role words, then the name.
    r = next((n for n, t in enumerate(words) if t[2].islower()), None)
    if r is None or r == 0:
        return None
    e = r
    while e < len(words) and words[e][2].islower():
        e += 1
    if e >= len(words) or not role_noun(words[e - 1][2]) or not personal(text[words[e][0] : span[1]]):
        return None
    return words[r][0], span[1]


# Nouns for a thing a name set off after them names ("the town's weekly
# newspaper, the Tallow Gazette,"), not the person the sentence is about.
_THING_NOUNS = ORG_NOUNS | {
    "newspaper", "paper", "magazine", "station", "channel", "website", "company", "firm", "charity",
    "party", "club", "school", "church", "show", "programme", "program", "network",
}


def subject_before_thing_name(text: str, sent: int, span: tuple[int, int]) -> Optional[tuple[int, int]]:
    """"Jane Roe, the editor of the town's weekly newspaper, the Tallow
    Gazette, said": a name set off after a noun for a thing names the
    thing, when a person's name and a description open the sentence; that
    person is the subject. None otherwise ("The chair of the company, Jane
    Roe, said" is Jane Roe)."""
    toks = tokens(text, sent, span[0])
    if len(toks) < 5 or toks[-1][2] != "," or not toks[-2][2].islower() or toks[-2][2] not in _THING_NOUNS:
        return None
    first = sentence_subject(text, sent, span[0])
    if first is None or first[1] >= toks[-2][0] or not re.match(r",\s+(?:the|a|an)\s", text[first[1] : first[1] + 6]):
        return None  # the name must open the sentence, set off before its description
    return first if personal(text[first[0] : first[1]]) and not looks_like_org(text[first[0] : first[1]]) else None


# Participles of speaking that open a clause whose subject follows its comma.
_SPEAKING_PARTICIPLES = PARTICIPLES | {"speaking", "talking"}


def clause_subject(text: str, prev: list[tuple[int, int, str]], hi: int) -> Optional[tuple[int, int]]:
    """The name that opens the last clause of result, time or cause
    before a verb joined by "and" ("The ferry is so popular that Roe
    praised its crews and called it “...”", "When Roe arrived she
    waved and called it “...”"); None when the clause opens with no
    name, or "that" follows no "so" or "such" (after "said that" the
    joined verb may be the main clause's)."""
    for n in range(len(prev) - 2, -1, -1):
        word = prev[n][2].lower()
        if word == "that":
            if not any(prev[m][2].lower() in {"so", "such"} for m in range(max(0, n - 4), n)):
                return None
        elif word not in SUBORDINATORS:  # a clause of result, time or cause, whose own subject does what the joined verbs say
            continue
        following = prev[n + 1][2]
        if not capitalised(following) or bare_word(following) in FUNCTION_WORDS:
            return None
        span = np_after(text, prev[n][1], hi, after_verb=False)
        # "Days after Roe's speech, the board said": a possessor opens no clause
        return None if span is not None and is_possessive(text[span[0] : span[1]]) else span
    return None


_DESCRIPTION_OPENERS = {"the", "a", "an", "one", "some", "his", "her", "its", "their"}


def with_clause_subject(text: str, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """The name in a last ", with X doing ..." clause before ``hi``: the
    subject of its participles ("Republicans piled on, with Jane Roe
    calling it a disaster and asking, “...”")."""
    toks = tokens(text, lo, hi)
    for i in range(len(toks) - 3, -1, -1):
        # "With Mayor Jane Roe saying ..., the port shut": the clause may open the sentence
        # "The sale collapsed with the board declaring it “...”": with no comma,
        # only a body or a person's role of one word before the participle.
        bare = (
            toks[i][2] == "with" and 0 < i and i + 3 < len(toks) and toks[i - 1][2] != "," and toks[i + 1][2] in {"the", "its", "their"}
            and (toks[i + 2][2] in ORG_NOUNS or toks[i + 2][2] in PERSON_ROLES) and toks[i + 3][2] in PARTICIPLES
        )
        if not (toks[i][2] == "with" and i > 0 and toks[i - 1][2] == ",") and not (toks[i][2] == "With" and i == 0) and not bare:
            continue
        e = b = i + 1
        while b < len(toks) and b - i <= 2 and toks[b][2].islower() and is_title_word(toks[b][2]):
            b += 1  # "with coach Jane Roe saying": the role before the name
        e = b if b < len(toks) and capitalised(toks[b][2]) else i + 1
        first = i + 1
        while e < len(toks) and e - i <= 4 + b - i - 1 and capitalised(toks[e][2]) and MASK not in toks[e][2]:
            e += 1
        if e == i + 1 and i + 1 < len(toks) and toks[i + 1][2].lower() in _DESCRIPTION_OPENERS:
            # "..., with one of its posters asking, “...”": a description is the
            # participle's subject too; it resolves like any other.
            while e < len(toks) and e - first <= 5 and toks[e][2].isalpha() and not toks[e][2].endswith("ing"):
                if toks[e][2] == "and" and e + 1 < len(toks) and toks[e + 1][2].lower() in _DESCRIPTION_OPENERS:
                    first = e + 1  # "with some unhappy and the Greens calling it ...": the last one named calls
                e += 1
            name = appositive_name(toks, i + 1) if e < len(toks) and toks[e][2] == "," else None
            after = next((n for n in range(e + 1, len(toks)) if name is not None and toks[n][0] >= name[1]), None)
            if name is not None and after is not None and toks[after][2] == "," and after + 1 < len(toks) and toks[after + 1][2].endswith("ing"):
                return name  # "..., with its leader, Jane Roe, saying “...”": the name set off after the role
        if e > i + 1 and e < len(toks) and toks[e][2] == ",":
            # "..., with Jane Roe, head of public affairs, saying “...”": the name, then its description
            close = next((n for n in range(e + 1, min(len(toks), e + 16)) if toks[n][2] == ","), None)
            if close is not None and close + 1 < len(toks) and toks[close + 1][2].islower() and toks[close + 1][2].endswith("ing"):
                return toks[i + 1][0], toks[e - 1][1]
        last = e - 1
        if e + 3 < len(toks) and toks[e][2] == "(" and toks[e + 1][2].isupper() and toks[e + 2][2] == ")":
            e += 3  # "with the Green Alliance (GA) calling it": the initials in brackets are the name's
        if e == i + 1 or e >= len(toks) or not (toks[e][2].islower() and toks[e][2].endswith("ing")):
            return None
        return toks[first][0], toks[last][1]
    return None


# Words after which a name is where a text went or a place, not who speaks
# in it: "a letter to Jane Roe saying ...", "a post on Facebook saying ...",
# "plans for fields north of Marlow saying ...".
_DESTINATIONS = {"to", "on", "onto", "into", "toward", "towards", "at", "in", "for", "of", "near", "outside", "across", "around"}
# What shows a person speaking: "footage of Jane Roe saying ..." is hers.
_RECORDINGS = {"footage", "video", "videos", "clip", "clips", "recording", "recordings", "audio", "tape", "tapes", "film", "image", "images", "photo", "photos", "picture", "pictures"}


def name_before_participle(text: str, lo: int, vs: int) -> Optional[tuple[int, int]]:
    """"An advert featuring Jane Roe calling her “...”", "with party
    leader Jane Roe saying ...": a person's name right before a speech
    participle, with no comma between, is the participle's subject (after
    a comma the participle goes with the clause's subject instead).
    An adverb may stand between ("with Jane Roe repeatedly calling")."""
    toks = tokens(text, lo, vs)
    while len(toks) > 1 and toks[-1][2].islower() and toks[-1][2].endswith("ly") and verb_adverb(toks[-1][2]):
        toks.pop()
    if not toks or not capitalised(toks[-1][2]) or MASK in toks[-1][2] or toks[-1][2].lower() in CALENDAR_NAMES:
        return None
    i = len(toks) - 1
    while i > 0 and MASK not in toks[i - 1][2] and (capitalised(toks[i - 1][2]) or (toks[i - 1][2].lower() in PARTICLES and i - 1 > 0 and capitalised(toks[i - 2][2]))):
        i -= 1
    before = toks[i - 1][2].lower() if i > 0 else ""
    recorded = before == "of" and i > 1 and toks[i - 2][2].lower() in _RECORDINGS
    if (before in _DESTINATIONS and not recorded) or (before in {"from", "with"} and i == len(toks) - 1):
        # "the senator from Tallow saying": one word after "from" is where
        # someone is from; "with Harbour Rail tweeting": a body as often as a person.
        return None
    if i == 0 and len(toks) == 1 and opening_adverb(toks[0][2]):
        return None  # "Repeatedly calling ...": an adverb opens the sentence, no name ("Kelly calling" is one)
    span = toks[i][0], toks[-1][1]
    printed = text[span[0] : span[1]]
    return span if personal(printed) and not country_not_person(printed) else None


def gerund_subject(text: str, lo: int, vs: int) -> Optional[tuple[int, int]]:
    """"A row followed when Roe came under fire for calling it “...”": a
    gerund after "for" or "by" does what the subject of its clause does,
    which may open a clause inside the sentence."""
    prev = tokens(text, lo, vs)
    if not prev or prev[-1][2].lower() not in {"for", "by"}:
        return None
    return clause_subject(text, prev, vs)


def subject_before_appositive(text: str, sent: int, span: tuple[int, int], vs: int) -> Optional[tuple[int, int]]:
    """"Inspectors from the Harbour Patrol, a unit of Coast and Border
    Enforcement, said": when the name before the verb ends a description
    set off by commas (opening with "a", "an" or "the"), the subject is
    the noun phrase before that description; None otherwise."""
    if text[span[1] : vs].strip() != ",":
        return None
    toks = tokens(text, sent, span[0])
    comma = next((n for n in range(len(toks) - 1, -1, -1) if toks[n][2] == ","), None)
    # "Ana Roe, Tallow and Marren MSP, said": a place joined by "and" before the office.
    lead = toks[comma + 1 :] if comma is not None else []
    joined = len(lead) >= 2 and lead[-1][2] == "and" and all(capitalised(t[2]) for t in lead[:-1])
    # "X, the chief executive of Ashford, Dale and Tallow trust, said": a
    # comma between capitalised names is the description's own list.
    while not joined and comma is not None and comma > 0 and comma + 1 < len(toks) and capitalised(toks[comma - 1][2]) and capitalised(toks[comma + 1][2]):
        comma = next((n for n in range(comma - 1, -1, -1) if toks[n][2] == ","), None)
    if comma is not None and (comma == len(toks) - 1 or joined) and comma > 0 and _bare_office(text[lead[0][0] if joined else span[0] : span[1]]):
        # "Ana Roe, North Tallow MSP, added": a place and its office with
        # no determiner describe the name before them.
        before = sentence_subject(text, sent, toks[comma][0])
        if before is not None and personal(text[before[0] : before[1]]):
            return before
    if comma is not None and (comma == len(toks) - 1 or joined) and comma > 1 and _department(text[lead[0][0] if joined else span[0] : span[1]]):
        # "Assistant Commissioner, Ana Roe, Roads Policing and Community
        # Safety, said": the portfolio after the name describes it.
        opening = next((n for n in range(comma - 1, -1, -1) if toks[n][2] == ","), -1)
        name = text[toks[opening + 1][0] : toks[comma - 1][1]]
        if personal(name) and is_given_name(name.split()[0]) and not is_title_word(name.split()[0]):
            return toks[opening + 1][0], toks[comma - 1][1]
    if comma is not None and comma == len(toks) - 1 and comma > 0 and text[span[0] : span[1]].split()[0].lower() in {"a", "an"}:
        # "Ana Roe, a Democrat, said": the whole description stands between
        # the commas; the name it describes is the subject.
        before = sentence_subject(text, sent, toks[comma][0])
        if before is not None and capitalised(text[before[0] : before[1]]) and personal(text[before[0] : before[1]]):
            return before
    if comma is None or comma == 0 or comma + 2 >= len(toks) or toks[comma + 1][2].lower() not in {"a", "an", "the"}:
        return None
    if any(t[2] in {",", ";", ":"} or MASK in t[2] for t in toks[:comma]):
        return None
    return sentence_subject(text, sent, toks[comma][0])


def _department(printed: str) -> bool:
    """Capitalised words joined by "and" or "of", no given name first and no
    office last ("Roads Policing and Community Safety"): a portfolio."""
    words = printed.split()
    return (
        2 <= len(words) <= 8
        and all(capitalised(w) or w in {"and", "of", "for", "&"} for w in words)
        and ("and" in words or "&" in words)
        and not is_given_name(words[0])
        and not is_title_word(words[-1])
    )


def _bare_office(printed: str) -> bool:
    """A short description that ends in an office held by one person
    ("North Tallow MSP", "ward councillor"), with no determiner."""
    words = printed.split()
    longest = 6 if "and" in words else 4  # "Highlands and Islands MSP": a place's two parts
    return 1 < len(words) <= longest and words[0].lower() not in DETERMINERS and is_title_word(words[-1]) and not words[-1].lower().endswith("s")


# Prepositions that open an aside between an auxiliary and its verb.
_ASIDE_OPENERS = {"in", "at", "on", "during", "after", "before", "through", "via"}


def subject_before_aside(text: str, sent: int, prev: list[tuple[int, int, str]]) -> Optional[tuple[int, int]]:
    """"X had in a letter to members warned": a phrase opened by
    a preposition between an auxiliary and its verb is an aside; the noun
    phrase before the auxiliary is the subject, not the aside's object."""
    for n in range(len(prev) - 2, max(0, len(prev) - 10), -1):
        if prev[n][2] in AUXILIARIES and n > 0:
            aside = prev[n + 1 :]
            if len(aside) < 3 or aside[0][2] not in _ASIDE_OPENERS or aside[1][2].lower() not in DETERMINERS | set(POSSESSIVE_PRONOUNS):
                return None  # "X had at last said": an adverb, no aside
            if any(not t[2].isalpha() for t in aside):
                return None
            return np_before(text, sent, prev[n][0])
    return None


# Words that open a clause of its own after a comma ("..., while Reyes
# proposed “...”"); after a semicolon any clause is new.
_COORDINATORS = {"while", "whereas", "but", "and", "as", "when", "after", "because", "though", "although", "so", "yet"}


def main_clause_start(masked: str, sent: int, hi: int) -> int:
    """Where the last clause with a subject of its own starts, unless a
    subordinator opens it ("In June, after Roe fell ill, Lee wrote ...":
    the main clause's subject comes after that clause, and Lee speaks)."""
    start = last_clause(masked, sent, hi)
    before = tokens(masked, max(sent, start - 20), start)
    return sent if before and before[-1][2].lower() in SUBORDINATORS else start


def last_clause(masked: str, sent: int, qs: int) -> int:
    """Where the clause holding the quotation starts: the sentence start,
    or the last clause after it with a subject of its own ("X signed the
    order, while Y proposed “...”" is Y's)."""
    toks = tokens(masked, sent, qs)
    start = sent
    for i in range(1, len(toks) - 1):
        word, prev, nxt = toks[i][2], toks[i - 1][2], toks[i + 1][2]
        if MASK in word:
            continue
        if word == ";" or (prev == "," and word.lower() in _COORDINATORS):
            # "..., and said", "..., but went on to say": the same subject
            # goes on; a capitalised word or a pronoun is a new subject.
            if word == ";" or nxt[:1].isupper() or nxt.lower() in PRONOUNS:
                start = toks[i + 1][0]
            elif word.lower() == "and" and nxt.lower() in _SPEAKING_PARTICIPLES and any(t[2] == "," for t in toks[i + 2 :]):
                start = toks[i + 1][0]  # "..., and speaking later, Ana Roe was pleased": the participle's subject follows its comma
        elif (
            word == "and"
            and prev.isalpha()
            and prev.islower()
            and capitalised(nxt)
            and not is_possessive(nxt)
            and i + 2 < len(toks)
            and toks[i + 2][2].isalpha()
            and toks[i + 2][2].islower()
            and toks[i + 2][2] not in FUNCTION_WORDS - AUXILIARIES
        ):
            # "The reporter asked again and Roe had a fuller answer (“...”)":
            # a name and its verb after "and" open a clause of their own.
            start = toks[i + 1][0]
        elif word == "and" and (nxt.lower() in SUBORDINATORS or nxt.lower() in _SPEAKING_PARTICIPLES) and any(t[2] == "," for t in toks[i + 2 :]):
            # "Stations called it early and as that happened, Roe weighed in",
            # "... a late goal and speaking later, Ana Roe was pleased": a clause
            # opener after "and" leads to a main clause of its own.
            start = toks[i + 1][0]
        elif word in {"—", "–"} and (capitalised(nxt) or nxt.lower() in PRONOUNS) and i + 2 < len(toks) and toks[i + 2][2].islower():
            # "... history — Roe cites the strike, “...”": a name and its
            # verb after a dash open a clause of their own.
            start = toks[i + 1][0]
    return start


# "quoted Mayor X as", "was quoted by the Gazette as": a report's quoting, right before "saying".
_QUOTED_AS_RE = re.compile(r"\bquoted(?:\s+(\S[^;:]{0,100}?))?\s+as$")
_PERFECT = frozenset({"has", "had", "have"})


def quoted_as(text: str, lo: int, vs: int) -> Optional[tuple[tuple[int, int], bool]]:
    """Who a report quotes when "saying" at ``vs`` closes "quoted X as"
    ("the Gazette quoted Eli Marsh as saying") or its passive ("Eli Marsh
    was quoted by the Gazette as saying"): the one quoted speaks, not the
    report. Their span and whether the text names them ("quoted a source
    as saying" names no one); None when no such phrase ends at ``vs``."""
    found = _QUOTED_AS_RE.search(text, lo, len(text[:vs].rstrip()))
    if found is None:
        return None
    before = tokens(text, lo, found.start())
    n = len(before)
    while n and (before[n - 1][2].lower() in BE_FORMS | _PERFECT or (before[n - 1][2].islower() and (before[n - 1][2].endswith("ly") or before[n - 1][2] in ADVERBS))):
        n -= 1  # "X was also quoted as saying": an adverb may stand in the passive
    if n < len(before) and before[n][2].lower() in BE_FORMS | _PERFECT:
        span = np_before(text, lo, before[n][0]) if n else None
        return (span, True) if span is not None else None
    if found.group(1) is None:
        return None  # "... quoted as saying" with nobody before or between
    a, b = found.span(1)
    span = np_after(text, a, b)
    if span is None or indefinite_after(tokens(text, a, b)) is not None:
        return (a, b), False
    return span, True


def named_person(printed: str) -> bool:
    """A cue that names a person, not a body ("Harbour party leader Jo Roe"
    is Roe; "the Harbour Trust" is no person)."""
    name = clean_name(printed) if person_printed(printed) is not None else None
    return name is not None and not looks_like_org(name)


def joined_verb_subject(text: str, prev: list[tuple[int, int, str]], sent: int, vs: int) -> Optional[tuple[int, int]]:
    """"In a video on its website, owner Jo Roe praised the staff but added:": a speech verb
    that "and" or "but" joins, with no comma, to a verb before it shares
    that verb's subject: a pronoun opening the clause after the last comma
    ("When X was asked ..., he laughed and said"), else the sentence's."""
    if not prev or prev[-1][2].lower() not in {"but", "and"}:
        return None
    comma = next((n for n in range(len(prev) - 2, -1, -1) if prev[n][2] == ","), None)
    if comma is not None and comma + 1 < len(prev) - 1 and prev[comma + 1][2].lower() in {"he", "she", "they"}:
        return prev[comma + 1][0], prev[comma + 1][1]
    # "The county gave no details but Ana Roe appeared on TV and said": a clause joined
    # with its own subject ("but", "while", or "and" after a comma) is the verbs' clause.
    joined = next((n for n in range(len(prev) - 3, 0, -1) if capitalised(prev[n + 1][2]) and (prev[n][2].lower() in {"but", "while", "yet"} or (prev[n][2] == "and" and prev[n - 1][2] == ","))), None)
    closed = joined is not None and any(t[2] == "," for t in prev[joined + 1 :])  # "..., while X stayed silent, and said": the main subject goes on
    own = subject_past_openers(text, prev[joined + 1][0], vs) if joined is not None and not closed else None
    return own or subject_past_openers(text, sent, vs)
