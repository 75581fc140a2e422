"""Who spoke last before a pronoun or a description: the attribution that
closes the sentence before, a second speaker joined to a sentence, a name
that just spoke though no list knows it. Part of ``Article``."""

from __future__ import annotations

import bisect
import re
from typing import Optional

from .entities import Mention, Person
from .given_names import is_given_name
from .lexicon import ADVERBS, MASK, PARTICIPLES, PARTICLES, QUESTION_VERBS, SET_OFF_ASIDE, SPEECH_VERBS, TITLE_WORDS
from .names import looks_like_org, role_noun
from .organisations import OrganisationScan
from .text import UNIT, sentence_of, tokens


class Turns(OrganisationScan):
    """The turns of speech before a pronoun or a description. Part of ``Article``."""

    def _attribution_before(self, pos: int) -> Optional[Person]:
        """The person whose attribution closes the sentence before ``pos``
        ("... has been “robbed”, Treasurer Jane Roe says."), whom a
        description opening the next sentence goes on with."""
        before = self._mentions_before(pos)
        for m in reversed(before[2] if before is not None else []):
            if not m.person.org and self._speech_verb_beside(m.pos, past_title=True):
                return m.person
        return None

    def _mentions_before(self, pos: int) -> Optional[tuple[int, int, list[Mention]]]:
        """The unit and start of the sentence before ``pos``, with the
        mentions inside it; None when there is no sentence before."""
        k, off = divmod(pos, UNIT)
        before = self.sentence_before(k, off)
        if before is None:
            return None
        k, lo, end = before
        a = bisect.bisect_left(self.mentions, k * UNIT + lo, key=lambda m: m.pos)
        b = bisect.bisect_left(self.mentions, k * UNIT + end, key=lambda m: m.pos)
        return k, lo, self.mentions[a:b]

    def named_gender_speaker(self, pos: int, gender: str, exclude: tuple[Person, ...]) -> Optional[Person]:
        """The one whose attribution closes the sentence before a pronoun
        no one agrees with, when only a list of given names gave them the
        other gender ("..., Minister Nicola Roe said. “...,” he said."): the
        text's pronoun tells their gender better than the list."""
        person = self._attribution_before(pos) or self._opening_subject_before(pos)
        if person is None or person.org or not self._loosely_gendered(person) or person.gender == gender or any(person is x for x in exclude):
            return None  # "Ben Roe told the court ... “...,” she said": a name only one sex bears is never the text's other
        person.gender, person.named_gender = gender, False
        return person

    def _opening_subject_before(self, pos: int) -> Optional[Person]:
        """The person named as the subject that opens the sentence before
        ``pos``, past capitalised titles only ("Tallow MP Jess Roe has quit
        the front bench. ... she wrote"); not one named inside what someone
        else said ("The council lead said Jess Roe had ...")."""
        before = self._mentions_before(pos)
        if before is None:
            return None
        k, lo, mentions = before
        first = next((m for m in mentions if m.salient and not m.person.org), None)
        if first is None or any(w[:1].islower() for w in self.units[k].text[lo : first.pos - k * UNIT].split()):
            return None
        return first.person

    def _plain_name(self, person: Person) -> bool:
        """A name nothing shows to be a person's, yet that reads as one: no
        body's, no word the article also prints in lower case ("New
        Harbour"), no participle opening a sentence, no place the article
        prints after "in"."""
        words = person.full.split()
        if looks_like_org(person.full) or any(self.common_word(w) for w in words) or not all(w[:1].isupper() for w in words):
            return False
        first = words[0].lower()
        if not is_given_name(words[0]) and (first in ADVERBS or first.endswith(("ed", "ing", "ly"))):
            return False  # "Dismayed by the vote, he ...": a participle opening the sentence
        return not self.printed_as_place(person.full)  # "in Port Ellis" elsewhere: a place

    def _quotation_speaker_before(self, pos: int) -> Optional[Person]:
        """When the sentence before opens with a quotation ("“...,” an
        emotional Ruiz told supporters. The 64-year-old warned ..."), the
        person whose attribution closes it, who stands where a subject would."""
        k, off = divmod(pos, UNIT)
        before = self.sentence_before(k, off)
        if before is None:
            return None
        bk, lo, end = before
        text = self.units[bk].masked
        if not text[lo:end].lstrip(" \u00a0").startswith(MASK):
            return None
        closed = text.rfind(MASK, lo, end) + 1  # the attribution follows the quotation
        a = bisect.bisect_left(self.mentions, bk * UNIT + closed, key=lambda m: m.pos)
        for m in self.mentions[a:]:
            if m.pos >= bk * UNIT + end:
                break
            if not m.person.org and SPEECH_AFTER_NAME_RE.match(text, m.pos - bk * UNIT):
                return m.person
        return None

    def _plain_speaker_just_before(self, m: Mention, pos: int) -> bool:
        """Mention ``m`` is a name nothing shows to be a person's, the
        subject of a verb of speech in the sentence of ``pos`` or the one
        before it: a "he" or "she" right after goes on with the one who
        just spoke, though no list knows the given name."""
        person = m.person
        reported = self.reported_by(m.pos)  # "According to Zanele Okafor, the teams ..."
        # One name alone only with a role that shows a person ("her friend Banoteya said").
        alone = len(person.full.split()) < 2 and not any(role_noun(r) for r in person.roles)
        if person.org or person.maybe_person or (person.gender and not self._loosely_gendered(person)) or not (m.salient or reported) or alone:
            return False
        k, off = divmod(pos, UNIT)
        before = self.sentence_before(k, off)
        start = before[0] * UNIT + before[1] if before is not None else self.sentence_key(pos)
        if not start <= m.pos < pos:
            return False
        return self._plain_name(person) and (reported or any(self.says_itself(form, m.pos) for form in person.forms))

    def _speaker_before_in_sentence(self, n: int, after_comma: bool = False) -> bool:
        """A name earlier in the sentence of mention ``n`` is its closing
        or parenthetical attribution ("..., said Y, a former aide"); with
        ``after_comma``, only when a comma sets mention ``n`` apart from it
        ("said Y, who backed X", not "Y asked X")."""
        pos = self.mentions[n].pos
        key = self.sentence_key(pos)
        for o in range(n - 1, -1, -1):
            other = self.mentions[o]
            if other.pos < key:
                return False
            if other.salient and self._speech_verb_beside(other.pos):
                k = pos // UNIT
                if not after_comma or other.pos // UNIT != k:
                    return True
                between = self.units[k].masked[other.pos % UNIT : pos % UNIT]
                # "Y asked X how ...": the one asked answers next.
                words = [w for _, _, w in tokens(between, 0, len(between)) if not w[:1].isupper()]
                return "," in between or not (words and words[0].lower() in QUESTION_VERBS)
        return False

    def _name_tokens(self, pos: int) -> Optional[tuple[list[tuple[int, int, str]], int, int]]:
        """The tokens of the sentence around the name at ``pos``, with the
        indexes of the name's first and last capitalised words; None when
        the name opens the sentence or no token starts at ``pos``."""
        k, off = divmod(pos, UNIT)
        lo, hi = sentence_of(self.units[k], off)
        toks = tokens(self.units[k].masked, lo, hi)
        n = bisect.bisect_left(toks, off, key=lambda t: t[0])
        if n == 0 or n >= len(toks) or toks[n][0] != off:
            return None
        end = n
        while end + 1 < len(toks) and toks[end + 1][2][:1].isupper():
            end += 1
        return toks, n, end

    def _second_speaker(self, pos: int) -> bool:
        """The name at ``pos`` is the subject of a speech verb in a clause
        joined after an earlier one with a speech verb of its own ("X said
        the sites should be used while his colleague, Y, said ..."): the
        one who spoke last in the sentence."""
        found = self._name_tokens(pos)
        if found is None:
            return False
        toks, n, end = found
        after = end + 2 if end + 2 < len(toks) and toks[end + 1][2] == "," else end + 1
        if after >= len(toks) or toks[after][2] not in SPEECH_VERBS:
            return False
        before = [t[2] for t in toks[:n]]
        said = next((i for i, w in enumerate(before) if w in SPEECH_VERBS), None)
        return said is not None and any(w in _CLAUSE_JOINS for w in before[said + 1 :]) and MASK not in "".join(before)

    def _speaks_in_clause(self, pos: int) -> bool:
        """The name at ``pos`` opens a clause of its own with a speech verb
        ("He baked for Quillan in 1998, and Dunmore said it was ..."): a speaker,
        though the sentence opened with a pronoun."""
        found = self._name_tokens(pos)
        if found is None:
            return False
        toks, n, end = found
        return toks[n - 1][2].lower() in {"and", "but", ","} and end + 1 < len(toks) and toks[end + 1][2] in SPEECH_VERBS

    def _speech_verb_beside(self, pos: int, past_title: bool = False) -> bool:
        """The name at ``pos`` is a parenthetical or closing attribution
        of its sentence: "..., X said", "X, Y said, has ...", "..., said X,
        a professor"; not "when X asked", "X said Y had" (Y). With
        ``past_title``, capitalised title words may stand before the name
        ("..., Ports Minister X said")."""
        k, off = divmod(pos, UNIT)
        unit = self.units[k]
        text = unit.masked
        lo, hi = sentence_of(unit, off)
        toks = tokens(text, lo, hi)
        n = bisect.bisect_left(toks, off, key=lambda t: t[0])
        if n >= len(toks) or toks[n][0] != off:
            return False
        end = n
        while end + 1 < len(toks) and (toks[end + 1][2][:1].isupper() or toks[end + 1][2] in PARTICLES):
            end += 1
        after = toks[end + 1][2] if end + 1 < len(toks) else ""
        before = [t[2] for t in toks[max(0, n - 2) : n]]
        t = n
        while past_title and t > 0 and toks[t - 1][2][:1].isupper():
            t -= 1
        opens_clause = t == 0 or toks[t - 1][2] == "," or MASK in toks[t - 1][2]
        if opens_clause and (after in SPEECH_VERBS or (after in {"has", "had"} and end + 2 < len(toks) and toks[end + 2][2] in SPEECH_VERBS)):
            return True  # "X said", "X has said"
        if opens_clause and after == ",":
            # "X, another organiser of the march, said": a description set
            # off between the name and its verb; "..., the leader, X, told":
            # the name set off itself.
            named_after = end + 3 < len(toks) and toks[end + 3][2][:1].isupper()  # "Lowe, said Roe,": Roe speaks
            if n > 0 and toks[n - 1][2] == "," and end + 2 < len(toks) and toks[end + 2][2] in SPEECH_VERBS and not named_after:
                return True
            aside = _ASIDE_THEN_WORD_RE.match(text, toks[end][1])
            if aside is not None and aside.group(1) in SPEECH_VERBS:
                return True
        w = n
        while w > 0 and n - w < 2 and toks[w - 1][2] in TITLE_WORDS:
            w -= 1
        if w > 0 and toks[w - 1][2] == "with" and after in PARTICIPLES:
            return True  # "..., with coach X saying ...": X speaks in the sentence
        inverted = len(before) == 2 and before[-1] in SPEECH_VERBS and (before[0] == "," or MASK in before[0])
        if inverted and before[0] == "," and _relative_closes(toks[: n - 2]):
            return False  # "X, who spoke first, said Y was ...": X says it, Y is reported on
        return inverted and after in {"", ",", "("}


# Words that join a second clause to a sentence ("X said ... while Y said").
_CLAUSE_JOINS = frozenset({"while", "whereas", "and", "but", ";"})
# A name, then its verb of speech: "an emotional Ruiz told supporters".
# A set-off description right after a name, then the word after it.
_ASIDE_THEN_WORD_RE = re.compile(r"\s*" + SET_OFF_ASIDE + r"\s*(\w+)")
SPEECH_AFTER_NAME_RE = re.compile(r"(?:[A-Z][\w’'.-]*[\s\u00a0]+){0,3}[A-Z][\w’'-]*[\s\u00a0]+(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b")


def _relative_closes(toks: list[tuple[int, int, str]]) -> bool:
    """The words before a comma make a name and a relative clause about it
    ("Ivo Renk, who spoke to the press on Friday"), not a quotation or a
    clause of its own: the verb after the comma is that name's."""
    if any(MASK in t[2] for t in toks):
        return False
    return any(
        toks[r][2] in {"who", "which"} and toks[r - 1][2] == "," and toks[r - 2][2][:1].isupper()
        for r in range(2, len(toks))
    )
