"""Names inside reported speech: the subject of a clause that someone
else's speech verb reports ("..., saying Lowe must explain", "told
reporters that Lowe had ...") is spoken of; the reporter stays the one a
later pronoun means; a thing as such a clause's subject ("said that the
sales underlined") speaks for no one, and the reporter speaks."""

from __future__ import annotations

from .descriptors import indefinite_subject
from .documents import is_document_word
from .lexicon import ADDRESSEE_VERBS, DETERMINERS, PARTICIPLES, SPEECH_VERBS
from .names import looks_like_org, role_noun


def opens_reported_clause(toks: list[tuple[int, int, str]], p: int) -> bool:
    """The word at ``p``, right before a name, opens a clause a speech verb
    reports: "saying", or "that" a few words after a speech verb ("said on
    Monday that", "told a news conference that"). "said Lowe" is no such
    clause: there Lowe speaks."""
    if p < 0:
        return False
    word = toks[p][2].lower()
    if word == "saying":
        return True
    if word != "that":
        return False
    for n in range(p - 1, max(-1, p - 6), -1):
        verb = toks[n][2]
        if verb in SPEECH_VERBS or verb in ADDRESSEE_VERBS:
            return not _document_subject(toks, n)
        if not verb.isalpha():
            return False  # a comma or a quotation between: another clause
    return False


def _document_subject(toks: list[tuple[int, int, str]], n: int) -> bool:
    """The speech verb at ``n`` has a document for its subject, which opens
    the sentence or its main clause ("Beyond the footage, the affidavit
    cited ... and said that X had seen"): what it reports is its writer's
    account, and the people in it stay the ones a later "he" may mean, as
    the document cannot be."""
    s = n
    while s > 0 and toks[s - 1][2] not in {".", "!", "?"}:
        s -= 1
    for t in range(s + 1, n):
        if not is_document_word(toks[t][2].lower()):
            continue
        d = t - 1
        if d > s and toks[d][2].isalpha() and toks[d][2].islower() and toks[d][2] not in _DETERMINERS:
            d -= 1  # "the sworn affidavit"
        if toks[d][2].lower() in _DETERMINERS and (d == s or toks[d - 1][2] == ","):
            return True
    return False


# "the affidavit", "this report", "its statement": the words that may open a document's phrase.
_DETERMINERS = DETERMINERS | {"this", "that"}


def thing_in_reported_clause(prev: list[tuple[int, int, str]]) -> bool:
    """The tokens, which end just before a speech verb, close with a thing
    for its subject ("the sales"), in a clause that an earlier speech verb
    reports with "that" ("X said in its newsletter that the sales
    underlined"): no one speaks there, the reporter does."""
    # ("... adding that their vote reveals": a possessive determines a thing as "the" does)
    found = indefinite_subject(prev, frozenset({"the", "their", "its", "his", "her"}))
    if found is None or found[0] == 0 or prev[found[0] - 1][2] != "that":
        return False
    noun = prev[found[1]][2].lower()
    return any(t[2] in SPEECH_VERBS or t[2] in PARTICIPLES for t in prev[: found[0] - 1]) and not (role_noun(noun) or looks_like_org(noun) or is_document_word(noun))
