"""Shapes of the tokens around a name in its sentence that tell whether
the name is the sentence's subject (whom a later "he" may mean) or only
sits inside another phrase: "the Marlow campaign", "Marlow supporters",
"with Ann Roe lambasting", "heard from Dr X", ", Roe admits,", a title
that opens the sentence before the name."""

from __future__ import annotations

from typing import Optional

from .documents import issued_by
from .lexicon import ADVERBS, AUXILIARIES, BE_FORMS, CONJUNCTIONS, FUNCTION_WORDS, HEARD_FROM, OBLIQUE, PERSON_ROLES, SPEECH_VERBS
from .names import bare_word, capitalised, is_possessive, is_title_word, role_noun
from .phrases import np_before
from .given_names import is_given_name
from .text import MARKS, Unit, sentence_of, tokens
from .wordforms import AGE_RE, finite_verb

# Third-person subjects only: after "I told X", X is the one who answers.
SUBJECT_PRONOUNS = {"he", "she", "they"}
_DASHES = {"-", "—", "–"}


# Words that end a description: a preposition or conjunction puts the name after it in another role.
_NOT_DESCRIBING = frozenset(OBLIQUE | CONJUNCTIONS)


def possessed_np(text: str, span: tuple[int, int], hi: int) -> tuple[int, int]:
    """"Ben Lowe's foundation took up the demand, saying ...": a subject
    printed as a possessor goes on to what it owns, which is the subject,
    and to the name printed after it ("Tallow's first female senator Ana
    Roe took to the radio to"); the span unchanged otherwise."""
    words = tokens(text, span[0], span[1])
    if not words or not is_possessive(words[-1][2]):
        return span
    after = tokens(text, span[1], hi)
    for n in range(1, min(len(after) - 1, 6)):
        w = after[n - 1][2]
        if not w.replace("-", "").isalpha() or w in AUXILIARIES or w in BE_FORMS or w in _NOT_DESCRIBING or finite_verb(w):
            break  # "Roe's attack on Jane Lowe": a name after a preposition is no one described
        if is_given_name(after[n][2]) and capitalised(after[n + 1][2]):
            run = n + 1
            while run < len(after) and capitalised(after[run][2]) and after[run][2].replace("-", "").isalpha():
                run += 1
            return after[n][0], after[run - 1][1]
    end = None
    for _, e, w in after[:3]:
        if not w.replace("-", "").isalpha() or not w.islower() or w in FUNCTION_WORDS or w in AUXILIARIES or w in BE_FORMS or finite_verb(w):
            break
        end = e
    return (span[0], end) if end is not None else span


def opening_title_complement(text: str, toks: list[tuple[int, int, str]], d: int) -> bool:
    """The determiner at ``d`` opens the complement of a title that opens
    the sentence ("Councillor for the Rock Hall division, X, said"): the
    appositive names the title's holder, the subject, not the object of a
    preposition ("ahead of the Liberal candidate, X")."""
    h = d - 2
    if h < 0 or toks[d - 1][2].lower() not in {"for", "of"} or not (is_title_word(toks[h][2]) or role_noun(toks[h][2])):
        return False
    while h > 0 and (toks[h - 1][2].lower() in {"the", "a", "an"} or (capitalised(toks[h - 1][2]) and is_title_word(toks[h - 1][2]))):
        h -= 1  # "The Deputy Mayor of ...", "Acting Councillor for ..."
    return h == 0 or any(c in text[toks[h - 1][1] : toks[h][0]] for c in ".!?\n")


def whose_group(toks: list[tuple[int, int, str]], n: int) -> bool:
    """A plural role noun right after a name, with no determiner needed
    ("Marlow supporters", "Dorn aides said"): the name says whose people
    they are; they, not the name, are the clause's subject."""
    if n >= len(toks):
        return False
    word = toks[n][2]
    return (
        len(word) > 4
        and word.isalpha()
        and word.islower()
        and word.endswith("s")
        and word not in SPEECH_VERBS
        and (role_noun(word[:-1]) or bare_word(word[:-1]) in PERSON_ROLES)
    )


def opening_title(toks: list[tuple[int, int, str]], c: int) -> bool:
    """The words before the comma at ``c`` open the sentence and make a
    capitalised title with its body ("Vice Chancellor of Harbour
    University, Prof. X has ..."): the name after the comma holds it. A
    determiner or the possessive of a place or body may stand before the
    title ("Ruritania's Police Commissioner, X on Monday said", "the
    city's mayor, X told"): the comma that would close the name is often
    left out."""
    words = [t[2] for t in toks[:c]]
    determined = bool(words) and words[0].lower() == "the"
    if determined:
        words = words[1:]
    of = next((n for n, w in enumerate(words[:3]) if w in {"of", "at", "for"}), None)
    if (
        determined
        and of is not None
        and len(words) <= 8
        and all(w.isalpha() and w.islower() for w in words[:of])
        and role_noun(words[of - 1])
        and not any(finite_verb(w) for w in words)
    ):
        return True  # "The manager of the harbour shop, X is ...": a role and its place
    if len(words) >= 2 and is_possessive(words[0]):
        words = words[1:]
        if len(words) <= 3 and all(w.isalpha() and w.islower() for w in words) and role_noun(words[-1]):
            return True  # "the city's mayor", "the company's chief executive"
    return (
        1 <= len(words) <= 8
        and capitalised(words[0])
        and is_title_word(words[0])
        and all(capitalised(w) or w in {"of", "for", "the", "and"} for w in words)
    )


def modifies_noun(toks: list[tuple[int, int, str]], n: int) -> bool:
    """A lower-case common noun right after a name that follows "the" ("the
    Marlow campaign", "the Dorn administration"): the name modifies it."""
    if n >= len(toks):
        return False
    word = toks[n][2]
    return (
        word.isalpha()
        and word.islower()
        and word not in FUNCTION_WORDS
        and word not in ADVERBS
        and word not in SPEECH_VERBS
        and not word.endswith(("ed", "ly"))
    )


def aside_speaker(toks: list[tuple[int, int, str]], i: int, j: int) -> bool:
    """The run ``i``..``j`` stands between commas before a speech verb
    (", Roe admits, "): an attribution set inside the sentence."""
    return i > 0 and toks[i - 1][2] == "," and j + 2 < len(toks) and toks[j + 1][2] in SPEECH_VERBS and toks[j + 2][2] == ","


def issued_document_by(unit: Unit, toks: list[tuple[int, int, str]], p: int) -> bool:
    """The "by" at ``p`` names who issued a document that opens the
    sentence in the passive ("The statement was relayed by ...")."""
    end = issued_by(unit.text, sentence_of(unit, toks[p][0])[0])
    return end is not None and not unit.text[toks[p][1] : end].strip()


def opening_participle(unit: Unit, toks: list[tuple[int, int, str]], i: int) -> bool:
    """The capitalised word at ``i`` opens its sentence as a participle
    ("Giving details, she said", "Giving details she went on"): it ends in
    "-ing", is no given name, and a lower-case word that is no verb follows,
    then a comma or a subject pronoun within a few words."""
    word = toks[i][2]
    if not word.endswith("ing") or len(word) < 6 or is_given_name(word) or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1][2]
    if not (nxt.isalpha() and nxt.islower()) or nxt in SPEECH_VERBS or nxt in AUXILIARIES or nxt in BE_FORMS or nxt.endswith("ed"):
        return False
    if unit.masked[sentence_of(unit, toks[i][0])[0] : toks[i][0]].strip(" \u00a0" + MARKS):
        return False  # inside a sentence, not opening it
    return any(t[2] == "," or t[2].lower() in SUBJECT_PRONOUNS for t in toks[i + 2 : i + 6])


def participle_after(toks: list[tuple[int, int, str]], n: int) -> bool:
    """A lower-case participle at ``n``, or after an aside set off by
    dashes there ("with Ann Roe — who wants higher taxes — lambasting")."""
    if n < len(toks) and toks[n][2] in _DASHES:
        close = next((c for c in range(n + 1, min(len(toks), n + 16)) if toks[c][2] in _DASHES), None)
        if close is None:
            return False
        n = close + 1
    word = toks[n][2] if n < len(toks) else ""
    return word.islower() and word.isalpha() and len(word) > 4 and word.endswith("ing")


def heard_before(toks: list[tuple[int, int, str]], p: int) -> bool:
    """A verb or noun of hearing stands within a few words before the
    "from" at ``p``, in the same clause ("heard from", "heard a summary of
    the facts from")."""
    for n in range(p - 1, max(-1, p - 7), -1):
        word = toks[n][2]
        if not word.isalpha():
            return False
        if word.lower() in HEARD_FROM:
            return True
    return False


def aged_description(toks: list[tuple[int, int, str]], j: int) -> bool:
    """", a 27-year-old" set off after the name ending at ``j``."""
    return j + 3 < len(toks) and toks[j + 1][2] == "," and toks[j + 2][2].lower() in {"a", "an"} and AGE_RE.fullmatch(toks[j + 3][2]) is not None


def role_after_place(toks: list[tuple[int, int, str]], span: tuple[int, int]) -> tuple[int, int]:
    """``span`` with the lower-case role right after it, when no name
    follows the role ("Tallow mayor hit by eggs, warns ...": the mayor, not
    the town); ``span`` itself otherwise."""
    e = next((n for n, t in enumerate(toks) if t[0] >= span[1]), len(toks))
    if e >= len(toks) or not toks[e][2].islower() or not role_noun(toks[e][2]) or not capitalised(toks[e - 1][2]):
        return span
    if e + 1 < len(toks) and capitalised(toks[e + 1][2]):
        return span  # "Tallow mayor Ivo Marsh": the name is the subject
    return span[0], toks[e][1]


def pronoun_after_participle(toks: list[tuple[int, int, str]], i: int) -> Optional[tuple[int, int]]:
    """The "he" or "she" that a participle's phrase opened at ``i`` leads to
    with no comma ("However speaking in Tallow she defended it"), within six
    words; None when punctuation comes first or no such pronoun follows."""
    for n in range(i + 1, min(len(toks) - 1, i + 7)):
        if toks[n][2] in {"he", "she"}:
            return toks[n][0], toks[n][1]
        if not toks[n][2].isalpha():
            return None
    return None


def gerund_object(text: str, lo: int, vs: int) -> Optional[tuple[int, int]]:
    """"Lowe criticised Roe for calling it “...”", "took a swipe at Roe for
    labelling it": the one named right after a verb or "at", then "for" and
    the gerund, did it, not the one who blames them for it."""
    prev = tokens(text, lo, vs)
    if not prev or prev[-1][2].lower() != "for":
        return None
    span = np_before(text, lo, prev[-1][0])
    if span is None:
        return None
    before = tokens(text, lo, span[0])
    return span if before and (before[-1][2] in {"at", "on"} or finite_verb(before[-1][2])) else None
