"""Names inside reported speech: the subject of a clause that someone
else's speech verb reports ("..., saying Lowe must explain", "told
reporters that Lowe had ...") is spoken of; the reporter stays the one a
later pronoun means."""

from __future__ import annotations

from .lexicon import ADDRESSEE_VERBS, SPEECH_VERBS


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
            return True
        if not verb.isalpha():
            return False  # a comma or a quotation between: another clause
    return False
