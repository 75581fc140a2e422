"""Which person a description or a pronoun points to: the people an article
prints beside a role, agreement in gender, and salience (who was last shown
speaking, the subject of the sentence). Part of ``Article``."""

from __future__ import annotations

import bisect
import re
from typing import Optional

from .entities import LOOKBACK, Mention, Person
from .lexicon import AFFILIATIONS, ANY_HOLDER, APPOSITIVE_END, DEMONYMS, FUNCTION_WORDS, HONORIFICS, MASK, ORG_NOUNS, ORG_WORDS
from .lexicon import QUESTION_VERBS, ROLE_SYNONYMS, UNNAMED_ROLE_HEADS, SPEECH_VERBS, TITLE_WORDS
from .names import bare_word, clean_name, is_possessive, is_title_word, looks_like_org, role_noun, strip_possessive, uncontracted
from .given_names import is_given_name
from .descriptors import CLAUSE_OPENERS, described_person_head, description_says, descriptor_gender, kin_subject, other_party
from .wordforms import is_verb
from .subjects import fronted_participle, sentence_subject, subject_past_openers
from .joinednames import joined_subject
from .text import UNIT, Unit, sentence_of, tokens
from .places import is_country
from .turns import Turns
from .layout import headline_label, headline_subject
from .titleruns import title_before


class Salience(Turns):
    """Finding the person a description or a pronoun refers to. Part of ``Article``."""

    def _printed_beside(self, person: Person, before: Optional[int]) -> set[str]:
        """The lower-cased words printed just before or after the first two
        and the last few mentions of ``person`` before ``before``: titles,
        places, parties (a title is printed where the name is introduced)."""
        positions = person.positions
        if before is not None:
            positions = positions[: bisect.bisect_left(positions, before)]
        found: set[str] = set()
        for p in {*positions[:2], *positions[-8:]}:
            k, off = divmod(p, UNIT)
            if 0 <= k < len(self.units):
                text = self.units[k].masked
                found.update(bare_word(w) for _, _, w in tokens(text, max(0, off - 30), min(len(text), off + 60)))
        return found

    def _later_holder(self, heads: set[str], pos: int, gender: Optional[str]) -> Optional[Person]:
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

    def delayed_name(self, heads: set[str], pos: int, role_printed: bool = False) -> Optional[Person]:
        """A story's lead that names a role and leaves the name for the
        paragraph after ("The chief executive of X says he wants to ...",
        then "..., Ivo Renk told reporters"): the first person the next
        paragraph names as the one speaking, when the text gives them no
        other role. With ``role_printed``, the one printed there with the
        role instead ("A council leader has said ...", then "X, leader of
        the council, ...")."""
        k = pos // UNIT
        if not heads or k * UNIT > self.body_start + UNIT:
            return None  # only in the first two paragraphs of the body
        first_pos = None
        found = None
        for person in self.persons:
            if person.org or not person.positions:
                continue
            first = person.positions[0]
            if first <= pos:
                if first // UNIT == k or person.roles & heads:
                    return None  # someone named before in the paragraph, or a holder: not a delayed name
                continue
            if first // UNIT != k + 1 or (first_pos is not None and first > first_pos):
                continue
            first_pos, found = first, person
        if found is None or first_pos is None or (found.roles - _STYLES and not found.roles & heads):
            return None  # "Professor Ana Roe" holds no other office for it
        if role_printed:
            return found if heads & (found.roles | self._printed_beside(found, None)) else None
        return found if self._speech_verb_beside(first_pos, past_title=True) else None

    def lead_description_named(self, printed: str, heads: set[str]) -> Optional[Person]:
        """A description the story's lead opens with and the paragraph after
        names ("The First Minister has told ...", then "Ana Roe admitted
        ..."): printed again later ("The First Minister said"), it is that
        person, as ``delayed_name`` finds them."""
        k = self.body_start // UNIT
        if k >= len(self.units) or not self.units[k].text.lower().startswith(printed.lower() + " "):
            return None
        return self.delayed_name(heads, k * UNIT)

    def titled_in_headline(self, person: Person, head: str, pos: int) -> bool:
        """``pos`` is in the lead and the headline prints ``person`` after the title ``head``."""
        lead = bool(self.body_start) and pos // UNIT <= self.body_start // UNIT + 1 and bool(person.positions) and person.positions[0] < UNIT
        return lead and title_before(self.units[0].text, head, person.names)

    def headline_speaker(self, heads: set[str], pos: int) -> Optional[Person]:
        """A headline labelled with a name ("Roe: we were not outplayed")
        gives the one the story quotes; a lead that prints only a role
        ("“...,” the national coach said") means that person when the text
        names no holder of the role and gives the name no other role. The
        name must be printed again in the body, as a name."""
        if not heads or not self.body_start or pos // UNIT > self.body_start // UNIT + 1:
            return None  # only in the first two paragraphs of the body
        headline = self.units[0]
        # "Roe: ...", or "Roe says ..." (the headline's subject speaks)
        label = headline_label(headline, 0, len(headline.masked)) or headline_subject(headline, 0, len(headline.masked))
        if label is None:
            return None
        printed = label.printed
        name = clean_name(printed)
        if name is None or looks_like_org(printed) or bare_word(name.split()[-1]) in TITLE_WORDS or self.common_word(name.split()[-1]):
            return None
        if any(p.roles & heads for p in self.persons if not p.org):
            return None
        person = self.person_for(name, create=False)
        if person is None:
            body = self.whole_text()[len(self.units[0].text) :]
            # Shown to be a person, not a topic ("Brexit: ...", "Budget: ..."):
            # a given name, or a he or she later in a sentence the name opens.
            shown = is_given_name(name.split()[0]) and " " in name
            # ("Brexit was late, he said": a pronoun that attributes the sentence shows nothing)
            shown = shown or any(
                m.group(1) not in SPEECH_VERBS or not m.group(2)
                for m in re.finditer(r"(?<![\w’'])" + re.escape(name) + r"\b[^.!?\n]{0,120}\b(?:he|she) (\w+)([.,!?]?)", body)
            )
            if not shown or self.printed_as_place(name) or re.search(r"\b(?:[Tt]he|of)\s+" + re.escape(name) + r"\b", body):
                return None
            person = self.register(name, name, pos=label.pos)
        if person.org or (person.roles and not person.roles & heads):
            return None
        return person

    def _role_subject_holder(self, pos: int, gender: Optional[str]) -> Optional[Person]:
        """For a pronoun with no person before it: when the sentence
        before (or the one it is in) has a role phrase for its subject ("The
        chair of the electoral commission told reporters ..."), the person
        later named with that role."""
        k, off = divmod(pos, UNIT)
        if not 0 <= k < len(self.units):
            return None
        unit = self.units[k]
        start, _ = sentence_of(unit, off)
        candidates = [(unit, start, off)]
        before = self.sentence_before(k, off)
        if before is not None:
            candidates.append((self.units[before[0]], before[1], before[2]))
        for u, lo, hi in candidates:
            toks = tokens(u.masked, lo, hi)
            if len(toks) < 2 or toks[0][2].lower() not in {"the", "a", "an"}:
                continue
            head = ""
            for _, _, w in toks[1:6]:
                low = bare_word(strip_possessive(w))
                if low in APPOSITIVE_END or w in {",", ";", ":"} or is_verb(w):
                    break
                head = low
            if not head or not role_noun(head) or head in ORG_NOUNS or head in ORG_WORDS:
                continue
            heads = {head} | ROLE_SYNONYMS.get(head, set())
            return self._later_holder(heads, pos, gender)
        return None

    def _common_plural(self, person: Person) -> bool:
        """A one-word "name" that is a plural the article also prints in
        lower case ("Supporters", "Critics")."""
        words = person.full.split()
        return len(words) == 1 and words[0].endswith("s") and not is_given_name(words[0]) and self.common_word(words[0])

    def _unshown_subject(self, pos: int, gender: str, exclude: tuple[Person, ...] = ()) -> Optional[Person]:
        """For a pronoun no one agreeing is found for: the name that is the
        subject of the sentence before it, or of its own sentence before it,
        though nothing yet shows its gender ("Ngozi Quaye chairs the group.
        Last week she wrote ..."). Not a body, a label, a name whose
        first word is also a common word of the article ("New Harbour"),
        nor after a subject described without a name."""
        if self._unnamed_subject(pos, gender):
            return None
        person = self._subject_before(pos)
        if person is None or person.org or person.maybe_person or _label_only(person) or (person.gender and person.gender != gender):
            return None
        if any(person is x for x in exclude):
            return None
        return person if self._plain_name(person) else None

    def only_agreeing(self, pos: int, gender: str, exclude: tuple[Person, ...] = ()) -> Optional[Person]:
        """The one person named in the body paragraph before ``pos`` or in
        its own paragraph who agrees with the pronoun and is known to be of
        its gender, though named only as an object or a possessor ("... did
        not match Roe's remarks. “...,” she said"); None when two agree, or
        someone is described unnamed. A headline's names are no
        antecedents."""
        k = pos // UNIT
        if k == 0 or self._unnamed_subject(pos, gender):
            return None
        lo = (k - 1 if self.units[k - 1].number > 0 else k) * UNIT
        a = bisect.bisect_left(self.mentions, lo, key=lambda m: m.pos)
        found = {
            id(m.person): m.person
            for m in self.mentions[a:]
            if m.pos < pos and self._agrees(m.person, gender) and not any(m.person is x for x in exclude)
        }
        # Someone whose gender nothing shows might be the one too.
        return next(iter(found.values())) if len(found) == 1 and all(p.gender == gender for p in found.values()) else None

    def _subject_before(self, pos: int) -> Optional[Person]:
        """The person of the named subject of ``pos``'s own sentence before
        ``pos``, else of the sentence before."""
        k, off = divmod(pos, UNIT)
        spots = [k * UNIT + sentence_of(self.units[k], off)[0]]
        before = self.sentence_before(k, off)
        if before is not None:
            spots.append(before[0] * UNIT + before[1])
        for spot in spots:
            m = self.subject_of_sentence(spot, past_openers=True)
            if m is not None and m.pos < pos:
                return m.person
        return None

    def _subject_past_description(self, pos: int) -> Optional[Person]:
        """When the sentence before opens with a description of someone
        ("Roe spoke on Friday. The Labour nominee was in Tallow. The
        county councillor said ..."), the named subject of the sentence
        before that one, whom both descriptions go on with."""
        k, off = divmod(pos, UNIT)
        before = self.sentence_before(k, off)
        if before is None:
            return None
        k, lo, end = before
        span = subject_past_openers(self.units[k].masked, lo, end)
        if span is None:
            return None
        words = self.units[k].text[span[0] : span[1]].split()
        if len(words) < 2 or words[0].lower() != "the" or not words[-1].islower() or not (role_noun(words[-1]) or descriptor_gender(words[-1])):
            return None
        earlier = self.sentence_before(k, lo)
        if earlier is None:
            return None
        m = self.subject_of_sentence(earlier[0] * UNIT + earlier[1], past_openers=True)
        # or the one who spoke last before the first description ("“...,” he said. The
        # former mayor went on ... The flamboyant politician claimed ...")
        return m.person if m is not None else self.last_speaker_near(k * UNIT + lo)

    def described_subject(self, pos: int, gender: Optional[str], head: str, words: set[str], lower_head: bool = False) -> Optional[Person]:
        """For a definite description that no one in view holds as a role
        ("the Senate minority leader said", "the billionaire businessman
        began"): the named person who is the subject of its own sentence
        before it, or of the sentence before; never a body or a label, nor
        someone of another gender, party or office than the description's
        (``head`` its noun, ``words`` all its words, lower-cased), nor the
        holder of the role itself, whom the role rules passed over ("the
        former minister")."""
        person = (
            self._subject_before(pos)
            or self._subject_past_description(pos)
            or self._pronoun_opening_before(pos)
            or self._quotation_speaker_before(pos)
        )
        if person is None:
            # "..., Treasurer X says. The state government minister added", "..., she said,
            # adding .... The outgoing leader said": who spoke last, no one named since; an
            # office in lower case only for an office holder, a post never for one printed
            # with another ("a tide scientist" is no "state health commissioner").
            last = self._attribution_before(pos) if lower_head and head in _OFFICES else None
            person = last or self.last_speaker_near(pos)
            if person is not None and (
                (lower_head and head in _OFFICES and not person.roles & TITLE_WORDS)
                or (last is None and head in TITLE_WORDS - ANY_HOLDER and person.roles and head not in person.roles)
            ):
                return None
        if person is None or not self.describable(person, gender):
            return None
        if _other_office(head, person.roles) or other_party(words, self._printed_beside(person, pos)):
            return None  # "the Republican candidate" is not Mayor X, nor a Democrat
        if head in person.roles:
            return None  # the holder of the role itself, whom the role rules passed over ("the former minister")
        return person

    def party_member_subject(self, pos: int, words: list[str]) -> Optional[Person]:
        """For "the Utah Republican said": the named subject of the sentence
        before, unless printed beside another party; else the last person
        printed as one of that party ("Republican Tom Vale"). Not a name in
        the description's own sentence, which may stand in an aside ("In a
        letter to X, the Republican asks")."""
        k, off = divmod(pos, UNIT)
        before = self.sentence_before(k, off)
        m = self.subject_of_sentence(before[0] * UNIT + before[1], past_openers=True) if before is not None else None
        if m is not None and self.describable(m.person, None) and not other_party({bare_word(w) for w in words}, self._printed_beside(m.person, pos)):
            return m.person
        return self._described(words[-1], pos, None)

    def describable(self, person: Person, gender: Optional[str]) -> bool:
        """A description of someone ("the billionaire businessman", "the
        57-year-old") can mean ``person``: a person the text shows as one,
        never a body or a label, and of no other gender."""
        if person.org or person.maybe_person or _label_only(person):
            return False
        return bool(person.shown_person() or self._plain_name(person)) and not (gender and person.gender and person.gender != gender)

    def _pronoun_opening_before(self, pos: int) -> Optional[Person]:
        """When the sentence before opens with "He" or "She" ("He hoped the
        party would behave. “...,” the party's leader warned"), the person
        that pronoun goes on with."""
        k, off = divmod(pos, UNIT)
        before = self.sentence_before(k, off)
        if before is None:
            return None
        bk, lo, _ = before
        found = self._sentence_pronoun(bk * UNIT + lo)
        if found is None or found[1] not in {"m", "f"}:
            return None
        person = self._recent(found[0], found[1])
        end = k * UNIT + sentence_of(self.units[k], off)[1]
        i = bisect.bisect_right(self.mentions, pos, key=lambda m: m.pos)
        if person is not None and any(m.person is person for m in self.mentions[i:] if m.pos < end):
            return None  # "“...,” the candidate said of running against X": X is spoken of
        return person

    def _described(self, head: str, pos: int, gender: Optional[str]) -> Optional[Person]:
        """The last person before ``pos`` whose mention carries the
        descriptor: "French player X" or "X, 29, the Frenchwoman" for
        "Frenchwoman", "Mum-of-three X" for "mum"."""
        head = head.lower()
        stem = head[:-5] if head.endswith("woman") else head[:-3] if head.endswith("man") else head
        if len(stem) < 3:
            return None
        pattern = re.compile(r"\b" + re.escape(stem[:4] if len(stem) > 4 else stem), re.I)
        i = bisect.bisect_left(self.mentions, pos, key=lambda m: m.pos)
        for m in reversed(self.mentions[max(0, i - LOOKBACK) : i]):
            if m.person.org or (gender and m.person.gender and m.person.gender != gender):
                continue
            unit = self.units[m.pos // UNIT] if m.pos // UNIT < len(self.units) else None
            if unit is None:
                continue
            off = m.pos % UNIT
            before = unit.masked[max(0, off - 30) : off]
            after = unit.masked[off : off + 60]
            after = after[: after.find(".")] if "." in after else after
            # The run may open with the descriptor itself ("Mum-of-three X").
            lead = before.rsplit(",", 1)[-1] + " " + after.split(" ", 1)[0]
            if pattern.search(lead) or pattern.search(after.split(",", 1)[-1] if "," in after else ""):
                return m.person
        return None

    def _agrees(self, person: Person, gender: Optional[str]) -> bool:
        if person.org or _label_only(person):
            return False
        if gender and self._common_plural(person):
            return False  # "Supporters say that he ...": a plural of the language, not a name
        if gender and person.gender and person.gender != gender:
            return False
        # "he"/"she" agree only with someone the text shows to be a person,
        # by a gender, a title or, for a given name no list knows, by the
        # surname speaking elsewhere ("Tumelo Baxa quits" and "Baxa added").
        return not (gender and not person.gender and not person.shown_person() and not self.surname_speaks(person.full))

    def plain_subject_just_before(self, m: Mention, pos: int, gender: str) -> bool:
        """Mention ``m`` is a full name no list gives a gender ("Ogbonna
        Tafawa"), the subject of the sentence before ``pos``: a "he" or
        "she" right after goes on with that person, not with someone of
        ``gender`` named further back, when no one else who might be meant
        is named in this paragraph or the one before."""
        person = m.person
        if person.org or person.maybe_person or person.gender or not m.salient or len(person.full.split()) < 2:
            return False
        k, off = divmod(pos, UNIT)
        before = self.sentence_before(k, off)
        if before is None or not before[0] * UNIT + before[1] <= m.pos < pos:
            return False
        lo = (k - 1 if k > 0 and self.units[k - 1].number > 0 else k) * UNIT
        if any(lo <= o.pos < pos and o.person is not person and o.person.gender in {None, gender} and not o.person.org for o in self.mentions):
            return False
        if is_country(person.full.split()[-1]) or any(other.full.startswith(person.full + " ") for other in self.persons):
            return False  # "Matters Ghana will raise": no name ends in a country; "Kofi Ade" may be "Kofi Ade Eze" printed short
        subject = self.subject_of_sentence(m.pos)
        return subject is m and self._plain_name(person)

    def _recent(self, pos: int, gender: Optional[str], exclude: tuple[Person, ...] = ()) -> Optional[Person]:
        i = bisect.bisect_left(self.mentions, pos, key=lambda m: m.pos)
        if gender and self._unnamed_subject(pos, gender):
            return None  # "A nurse from Tallow said ... “...,” she said": nobody named
        # Bounded look-back: an antecedent further away is no antecedent.
        n = i
        while n > max(0, i - LOOKBACK):
            n -= 1
            m = self.mentions[n]
            if any(m.person is x for x in exclude):
                continue
            if not self._agrees(m.person, gender):
                if gender and (self._plain_speaker_just_before(m, pos) or self.plain_subject_just_before(m, pos, gender)):
                    m.person.gender, m.person.named_gender = gender, False
                    return m.person  # "Zelphine Varnaby said ... “...,” she said"
                continue
            if gender and self._pronoun_subject(m.pos, gender):
                if self._speaks_in_clause(m.pos):
                    return m.person  # "He met X, and Roe said ...": Roe speaks last
                # "He said Trump needs ... “...,” he said": the sentence is
                # about whoever its own "he" is; the names inside it are not.
                key = self.sentence_key(m.pos)
                while n > 0 and self.mentions[n - 1].pos >= key:
                    n -= 1
                continue
            if gender and self._asks_pronoun(m.pos, gender):
                exclude += (m.person,)  # "Roe pressed him on it. “...,” he said": the one asked answers
                continue
            key = self.sentence_key(m.pos)
            if gender and description_says(self.units[m.pos // UNIT].masked, key % UNIT, m.pos % UNIT, gender):
                # "The harbour official said Vale had ... “...,” she said": the one described speaks
                while n > 0 and self.mentions[n - 1].pos >= key:
                    n -= 1
                continue
            if m.salient and (n == 0 or self.mentions[n - 1].pos < self.sentence_key(m.pos)):
                return m.person  # the first name of its sentence: no subject before it
            if self._second_speaker(m.pos):
                return m.person  # "X said ... while his colleague, Y, said ...": Y spoke last
            if self._speaker_before_in_sentence(n, after_comma=m.salient):
                # "..., said Y, an aide to the X campaign", "..., said Y,
                # who backed X": Y goes on; "Y asked X" keeps X.
                continue
            # The subject of the sentence is its topic: "X says Y “...” He
            # warns" is X, and so is "In an interview, Mr. X described ...";
            # the possessor of a subject too ("X's term expires. He said").
            subject = self.subject_of_sentence(m.pos, after_connective=True)
            if (
                subject is not None
                and not any(subject.person is x for x in exclude)
                and subject.pos < pos
                and self._agrees(subject.person, gender)
                # The subject must be shown a person by the text itself:
                # "in Salem, New Hampshire, X went" has a place first.
                and subject.person.shown_person(by_speech=False)
                # "X, Y said, has ...", "X's plan is bold, said Y": Y
                # speaks in that sentence and is the one who goes on.
                and not (m.salient and subject is not m and self._speech_verb_beside(m.pos))
            ):
                return subject.person
            if m.salient:
                return m.person
        return None

    def named_in(self, quoted: str) -> tuple[Person, ...]:
        """The people a quotation speaks of in the third person by surname
        alone ("Roe's best argument is ...", "the Roe campaign"): not the one
        who speaks it. A full name may be the speaker's own ("they say Jane
        Roe should drop out"), a name before a plural noun only qualifies it
        ("Roe supporters"), and a name inside a quotation within the
        quotation is someone else's words."""
        outer = re.sub(r"[‘'][^‘’']*[’']", " ", quoted)
        words = list(_WORD_RE.finditer(outer))
        toks = [w.group() for w in words]
        if not toks:
            return ()
        found = []
        for person in self.persons:
            if person.org or not person.names:
                continue
            parts = person.names[0].split()
            surname = parts[-1]
            if len(surname) < 3:
                continue
            if len(parts) > 1 and len(parts[0]) > 2 and is_given_name(parts[0]) and any(
                strip_possessive(word) == parts[0] and toks[n + 1 : n + 2] != [parts[1]] for n, word in enumerate(toks)
            ):
                # "we are gutted for Grace": a given name alone speaks of her
                found.append(person)
                continue
            for n, word in enumerate(toks):
                if strip_possessive(word) != surname:
                    continue
                if n > 0 and len(parts) > 1 and toks[n - 1] == parts[-2]:
                    continue  # the full name: maybe the speaker's own
                if n > 0 and toks[n - 1] not in parts and is_given_name(toks[n - 1]):
                    continue  # "his mother, Ann Roe": another given name, someone else of the name
                after = toks[n + 1] if n + 1 < len(toks) else ""
                if after[:1].isupper() and self.person_for(f"{surname} {after}", create=False) not in (None, person):
                    continue  # "Roe Brant will return" from Ana Roe: the given name of someone else
                if word == surname and after.islower() and after.endswith("s") and not after.endswith("ss") and (n == 0 or toks[n - 1].lower() not in CLAUSE_OPENERS):
                    continue  # "Roe supporters", but "if Roe walks in" speaks of Roe
                rest = outer[words[n].end() :].lstrip(" ")
                if (not rest or not rest[0].isalnum()) and _determined(toks, n):
                    continue  # "the wrong Roe": the name as a word, maybe the speaker's own
                found.append(person)
                break
        return tuple(found)

    def object_of_pronoun(self, pos: int) -> Optional[Person]:
        """The person named as the object of the verb the pronoun at
        ``pos`` is the subject of ("he told Hannity", "she thanked Mr.
        Roe"): never the pronoun's antecedent."""
        k, off = divmod(pos, UNIT)
        if not 0 <= k < len(self.units):
            return None
        unit = self.units[k]
        toks = tokens(unit.masked, off, min(len(unit.masked), off + 60))
        if len(toks) < 3 or not toks[1][2].isalpha() or not toks[1][2].islower() or toks[1][2] in FUNCTION_WORDS:
            return None
        if unit.masked[toks[0][1] : toks[2][0]].strip(" \u00a0" + toks[1][2]):
            return None  # "he said. Roe added": the name opens another sentence
        b = 2
        if toks[1][2] in SPEECH_VERBS and toks[2][2] in {"of", "about"}:
            b = 3  # "“...,” he said of Mr. Roe": Roe is who is spoken of
        e = b
        while e < len(toks) and e < b + 4 and toks[e][2][:1].isupper() and MASK not in toks[e][2]:
            e += 1
        if e == b:
            return None
        name = clean_name(unit.masked[toks[b][0] : toks[e - 1][1]])
        return self.person_for(name, create=False) if name else None

    def last_speaker_near(self, pos: int) -> Optional[Person]:
        """The person an attribution last gave words to before ``pos``, in
        its paragraph or the one before, with nobody else named since: whom
        an epithet right after a quotation means."""
        k = pos // UNIT
        i = bisect.bisect_left(self.attributions, pos, key=lambda m: m.pos)
        if not i or self.attributions[i - 1].pos < max(0, k - 1) * UNIT:
            return None
        last = self.attributions[i - 1]
        if last.person.org:
            return None
        a = bisect.bisect_right(self.mentions, last.pos, key=lambda m: m.pos)
        b = bisect.bisect_left(self.mentions, pos, key=lambda m: m.pos)
        return None if any(m.person is not last.person for m in self.mentions[a:b]) else last.person

    def only_person_near(self, pos: int) -> Optional[Person]:
        """The one person named in the paragraph of ``pos`` and the one
        before, before ``pos``: whom an epithet means when nobody has
        spoken yet ("Ana Roe won ... He posted a picture ... The star
        wrote, “...”")."""
        k = pos // UNIT
        lo = bisect.bisect_left(self.mentions, max(0, k - 1) * UNIT, key=lambda m: m.pos)
        hi = bisect.bisect_left(self.mentions, pos, key=lambda m: m.pos)
        people = {id(m.person): m.person for m in self.mentions[lo:hi]}
        if len(people) != 1:
            return None
        person = next(iter(people.values()))
        # a full name, or one the text shows a person's: never a place's one word
        return None if person.org or not (person.shown_person(by_speech=False) or len(person.full.split()) > 1) else person

    def fronted_clause_names(self, pos: int) -> tuple[Person, ...]:
        """The people named inside a participle clause that opens the
        sentence of the pronoun at ``pos`` ("Citing wardens X and Y, she
        said", "Joined by X, he said"): the pronoun is that clause's own
        subject, so none of them is its antecedent. A possessor ("Speaking
        after X's win, she said") may still be."""
        k, off = divmod(pos, UNIT)
        if not 0 <= k < len(self.units):
            return ()
        unit = self.units[k]
        start, _ = sentence_of(unit, off)
        lead = unit.masked[start:off]
        toks = tokens(unit.masked, start, off)
        if not toks or not lead.rstrip(" \u00a0").endswith(",") or not _opens_participle_clause(toks):
            return ()
        a = bisect.bisect_left(self.mentions, k * UNIT + start, key=lambda m: m.pos)
        b = bisect.bisect_left(self.mentions, pos, key=lambda m: m.pos)
        return tuple(m.person for m in self.mentions[a:b] if not _POSSESSOR_AFTER_RE.match(unit.masked, m.pos - k * UNIT))

    def _unnamed_subject(self, pos: int, gender: str) -> bool:
        """The pronoun at ``pos`` can only be someone the text describes
        without a name: the subject of its sentence, or of the sentence
        before when the pronoun's own sentence opens with it or with the
        quotation, is "a"/"an" and a noun for a person of that gender ("A
        29-year-old nurse", "a spokesman for the city"), and no one is
        named between that subject and the pronoun."""
        k, off = divmod(pos, UNIT)
        unit = self.units[k]
        lo, hi = sentence_of(unit, off)
        first = tokens(unit.masked, lo, min(off, lo + 40))[:1]
        if first and first[0][2].lower() in {"a", "an"}:
            return described_person_head(unit.masked, first[0][0], gender, {"a", "an"}) is not None and not self._named_between(k * UNIT + lo, pos)
        # "However, he said ...": a connective may open the pronoun's sentence.
        if unit.masked[lo:off].strip(" \u00a0,." + MASK).lower() not in _CONNECTIVES:
            return False
        if lo > 0:
            end = len(unit.masked[:lo].rstrip())
            plo, _ = sentence_of(unit, max(0, end - 1))
            prev, pk = unit, k
        elif k > 0 and unit.number > 0 and self.units[k - 1].number > 0:
            prev, pk = self.units[k - 1], k - 1
            end = len(prev.masked.rstrip())
            plo, _ = sentence_of(prev, max(0, end - 1))
        else:
            return False
        toks = tokens(prev.masked, plo, min(end, plo + 400))
        # "“...,” the spokesman added.": the attribution after a quotation that opens the sentence.
        n = next((i for i, t in enumerate(toks) if MASK not in t[2] and t[2] not in {",", ":"}), len(toks))
        first = toks[n : n + 1] if n > 0 else toks[:1]
        if not first:
            return False
        kin = kin_subject(toks, n, gender)
        if kin is not None:
            # "Roe's grieving mother said ... “...,” she said": the possessor is named, the speaker not
            return not self._named_between(pk * UNIT + toks[kin][0], pos)
        if self._named_between(pk * UNIT + plo, pos):
            return False
        if first[0][2].lower() in {"a", "an"}:
            return described_person_head(prev.masked, first[0][0], gender, {"a", "an"}) is not None
        return first[0][2].lower() == "the" and self._unheld_description(prev, first[0][0], gender, pos)

    def _named_between(self, lo: int, hi: int) -> bool:
        a = bisect.bisect_left(self.mentions, lo, key=lambda m: m.pos)
        return any(m.salient and not m.person.org and m.pos < hi for m in self.mentions[a : a + 12])

    def _unheld_description(self, unit: Unit, start: int, gender: str, pos: int) -> bool:
        """"The detective told the court ...": a definite description of a
        person by a role reports often leave unnamed, which nobody named
        before ``pos`` holds."""
        head = described_person_head(unit.masked, start, gender, {"the"})
        near = tokens(unit.masked, start, min(len(unit.masked), start + 60))[:4]
        if head is None and len(near) > 2 and near[1][2].islower() and is_possessive(near[1][2]):
            # "The victim's boyfriend said": someone known only through a
            # person the text leaves unnamed is unnamed too (the possessed
            # noun within two words: "the party's rules empower" is no one).
            head = described_person_head(unit.masked[: near[-1][1]], near[1][0], gender, {near[1][2].lower()})
            if head is None:
                return False
        elif head not in UNNAMED_ROLE_HEADS:
            return False  # "The Vermont senator vowed ...": a named person, described
        heads = {head} | ROLE_SYNONYMS.get(head, set())
        return not any(p.roles & heads for p in self.persons if not p.org and p.positions and p.positions[0] < pos)

    def _pronoun_subject(self, pos: int, gender: str) -> bool:
        """The sentence around ``pos`` opens with a pronoun of that gender
        as its subject, before ``pos``."""
        found = self._sentence_pronoun(pos)
        return found is not None and found[0] < pos and found[1] == gender

    def _sentence_pronoun(self, pos: int) -> Optional[tuple[int, str]]:
        """(position, gender) of the pronoun that is the subject of the
        sentence around ``pos`` ("He hoped ...", "Then she praised ..."),
        found once per sentence; None when its subject is no pronoun."""
        key = self.sentence_key(pos)
        if key not in self.pronoun_subjects:
            k, off = divmod(pos, UNIT)
            unit = self.units[k]
            lo, hi = sentence_of(unit, off)
            span = subject_past_openers(unit.masked, lo, hi)  # "Then he praised ..." too
            # "He’s among four runners picked", "She'd said so": a contracted pronoun.
            word = uncontracted(unit.masked[span[0] : span[1]].lower()) if span is not None else ""
            self.pronoun_subjects[key] = (k * UNIT + span[0], _SUBJECT_GENDER[word]) if span is not None and word in _SUBJECT_GENDER else None
        return self.pronoun_subjects[key]

    def _asks_pronoun(self, pos: int, gender: str) -> bool:
        """The name at ``pos`` asks someone a pronoun of ``gender`` stands
        for ("Roe asked him whether ...", "Roe pressed her on ...")."""
        k, off = divmod(pos, UNIT)
        text = self.units[k].masked
        toks = tokens(text, off, min(len(text), off + 80))
        end = 0
        while end + 1 < len(toks) and toks[end + 1][2][:1].isupper():
            end += 1
        words = [w.lower() for _, _, w in toks[end + 1 : end + 3]]
        return len(words) == 2 and words[0] in QUESTION_VERBS and words[1] == _OBJECT_PRONOUN[gender]

    def _name_after_title(self, unit: Unit, k: int, lo: int) -> Optional[Mention]:
        """"Minister for the Ports, Jane Roe, said": the person named after
        a capitalised title that opens the sentence and a comma."""
        m = _TITLE_THEN_NAME_RE.match(unit.text, lo)
        if m is None or not any(is_title_word(w.strip(",")) for w in m.group(0).split()):
            return None
        a = bisect.bisect_left(self.mentions, k * UNIT + m.end(), key=lambda x: x.pos)
        if a < len(self.mentions) and self.mentions[a].pos == k * UNIT + m.end() and not self.mentions[a].person.org:
            return self.mentions[a]
        return None

    def subject_of_sentence(self, pos: int, past_openers: bool = False, after_connective: bool = False) -> Optional[Mention]:
        """The mention that is the subject of the sentence around ``pos``,
        or whose possessive opens it ("X's term as chair expires"); None
        when the subject is no one's name or a role held for someone
        ("X's spokesman said"). With ``past_openers``, also after a
        connective that opens the sentence ("But Roe said"); with
        ``after_connective``, after a joining one only, however the subject
        is described ("But the party's Roe said"), not after "While"."""
        k, off = divmod(pos, UNIT)
        unit = self.units[k]
        lo, hi = sentence_of(unit, off)
        key = (self.sentence_key(pos), past_openers, after_connective)
        if key in self.subjects:
            return self.subjects[key]
        found: Optional[Mention] = None
        span = subject_past_openers(unit.masked, lo, hi, joining=not past_openers) if past_openers or after_connective else sentence_subject(unit.masked, lo, hi)
        if span is None and (titled := self._name_after_title(unit, k, lo)) is not None:
            span = (titled.pos - k * UNIT, titled.pos - k * UNIT + 1)
        if span is not None:
            a = bisect.bisect_left(self.mentions, k * UNIT + span[0], key=lambda m: m.pos)
            b = bisect.bisect_left(self.mentions, k * UNIT + span[1], key=lambda m: m.pos)
            inside = [m for m in self.mentions[a:b] if not m.person.org]
            if not inside and a > 0 and self.mentions[a - 1].pos >= k * UNIT + lo:
                # "Minister for Ports Jane Roe said": the mention opens with the
                # capitalised words of the title, the subject with the name.
                before = self.mentions[a - 1]
                if _CAPITALISED_WORDS_RE.fullmatch(unit.text[before.pos - k * UNIT : span[0]]):
                    inside, a = [before], a - 1
                    span = (before.pos - k * UNIT, span[1])
            titled = self._name_after_title(unit, k, lo) if not inside else None
            if titled is not None:
                inside, span = [titled], (titled.pos - k * UNIT, span[1])
            opening = inside[0] if inside and inside[0].pos == k * UNIT + span[0] else None
            printed = unit.text[span[0] : span[1]]
            if is_possessive(printed):
                # The possessed noun: "X's term" is about X; "X's spokesman"
                # and "X's teammate Jane Roe" are about someone else.
                nouns: list[str] = []
                named_after = False
                for _, _, w in tokens(unit.masked, span[1], min(hi, span[1] + 60))[:4]:
                    if not w.isalpha() or not w.islower() or w in FUNCTION_WORDS or is_verb(w):
                        named_after = w[:1].isupper()
                        break
                    nouns.append(w)
                if opening is not None and nouns and not any(role_noun(w) for w in nouns) and not named_after:
                    found = opening
            else:
                named = [m for m in inside if m.salient]
                possessor = "'s " in printed or "’s " in printed
                found = None if joined_subject(unit.masked, span[1], hi) else named[-1] if named else None if possessor else opening
        self.subjects[key] = found
        return found


_SUBJECT_GENDER = {"he": "m", "she": "f"}
# A capitalised title and the comma that sets the name after it apart.
_TITLE_THEN_NAME_RE = re.compile(r"(?:[A-Z][\w'’.\-]*[ \u00a0]+(?:(?:of|for|to|the)[ \u00a0]+)*){0,6}[A-Z][\w'’.\-]*,[ \u00a0]+")
_CAPITALISED_WORDS_RE = re.compile(r"(?:[A-Z][\w'’.\-]*[ \u00a0]+(?:(?:of|for)[ \u00a0]+)?){1,5}")
_OBJECT_PRONOUN = {"m": "him", "f": "her"}
# Words that may open a sentence before its subject pronoun ("However, he said").
_CONNECTIVES = {"", "however", "but", "and", "yet", "still", "later", "then"}


# Titles that style a person rather than name an office they hold.
_STYLES = frozenset({"professor", "doctor"})


def _label_only(person: Person) -> bool:
    """A "person" whose name ends in a party or nationality word
    ("Republican", "Ohio Democratic", "Turkish Americans"): a label
    taken for a name, which no pronoun refers to."""
    if not person.names or person.gender and any(f.split()[0].rstrip(".").lower() in HONORIFICS for f in person.forms if f.strip()):
        return False
    words = person.full.split()
    if len(words) > 1 and is_given_name(words[0]):
        return False  # "Ada Welsh", "Tom French": surnames, not labels
    last = bare_word(words[-1])
    return last in AFFILIATIONS or last in DEMONYMS or (last.endswith("s") and last[:-1] in DEMONYMS)


# Offices a person runs for or holds, as news names them; one of them in a
# description and another in a person's titles tell two people apart.
_CANDIDACY = {"candidate", "nominee", "frontrunner", "front-runner", "hopeful", "contender", "challenger"}
_OFFICES = {
    "president", "senator", "governor", "mayor", "congressman", "congresswoman", "representative",
    "secretary", "minister", "chancellor", "premier", "speaker", "judge", "justice", "ambassador",
} | _CANDIDACY


def _other_office(head: str, roles: set[str]) -> bool:
    """The description's office (any candidacy counts as one) is not among
    the offices a person's titles name, and those name some office."""
    if head not in _OFFICES:
        return False
    held = roles & _OFFICES
    wanted = _CANDIDACY if head in _CANDIDACY else {head}
    return bool(held) and not held & wanted


_DETERMINERS = {"the", "a", "an", "another"}
# Capitalised words ending in "-ing" that open no participle clause: a
# preposition's subject may be the pronoun's ("During X's visit, she said").
_NOT_PARTICIPLES = {"during", "following", "notwithstanding", "including", "morning", "evening", "spring", "king", "thing", "nothing", "something", "everything", "anything"}
_POSSESSOR_AFTER_RE = re.compile(r"[^\s,;:]*(?:\s+[A-Z][^\s,;:]*){0,3}?['’]s?\s")


def _opens_participle_clause(toks: list[tuple[int, int, str]]) -> bool:
    """A present participle ("Citing ...") or a past one with its
    preposition or object ("Joined by ...", the sentence subject's own
    test) opens the sentence."""
    word = toks[0][2]
    if not word[:1].isupper() or word.lower() in _NOT_PARTICIPLES:
        return False
    return (len(word) > 5 and word.endswith("ing")) or fronted_participle(toks, 0)
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def _determined(toks: list[str], n: int) -> bool:
    """A determiner stands before word ``n``, or a determiner and one
    lower-case word that is no function word ("the wrong Roe")."""
    if n >= 1 and toks[n - 1] in _DETERMINERS:
        return True
    return n >= 2 and toks[n - 2] in _DETERMINERS and toks[n - 1].islower() and toks[n - 1] not in FUNCTION_WORDS
