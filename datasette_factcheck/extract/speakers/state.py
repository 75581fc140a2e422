"""The state of one article under attribution: its units with quotations masked, the people
and organisations it names, and how a name is found again among them."""

from __future__ import annotations

import bisect
from collections import Counter
from difflib import SequenceMatcher
import re
from typing import Iterable, Optional

from ...model import Quote, Segmented
from .entities import Mention, Person, insort_unique, last_before
from .lexicon import AFFILIATIONS, AUXILIARIES, GENDERED, MASK, ORG_WORDS, PERSON_ROLES, PLACE_APPOSITIVE, PORTFOLIO_WORDS, SAID_FORMS, SEAT_WORDS, SET_OFF_ASIDE, SPEECH_VERBS, STREET_WORDS, STRUCTURE_NOUNS, TITLE_WORDS
from .descriptors import roles_gender
from .given_names import firmly_gendered, is_given_name
from .places import is_country
from .names import bare_word, clean_name, is_initial, is_possessive, looks_like_org, strip_possessive
from .identity import family_name_first, fold, generation, name_gender, name_parts, one_slip, person_key
from .text import UNIT, Unit, credit_line, mask, sentence_bounds, sentence_of, tokens

# "the X" before a mark, an auxiliary or a speech verb: X printed as an office.
# (No leading \b: it makes the search try every position, more than twice
# as slow; a letter before "the" is checked on the few matches instead.)
_OFFICE_RE = re.compile(r"[Tt]he\s+([A-Z][^\W\d_]+)(?:\s*([,.;:])|\s+([a-z]+)\b)")
_OFFICE_FOLLOWERS = AUXILIARIES | {w for w in SPEECH_VERBS if w.isalpha() and w.islower()} | {"is", "was"}


_LOWER_WORD_RE = re.compile(r"(?<![\w'’])[a-z]+(?![\w'’])")
# "according to", or a speech verb after a comma, right before a name
# ("..., says Ana Roe"): the sentence is that person's account; not "X said
# Ana Roe had", which reports what someone else did.
_REPORTED_BY_RE = re.compile(r"(?:\b[Aa]ccording[\s\u00a0]+to|[,”’\"'][\s\u00a0]*" + SAID_FORMS + r")[\s\u00a0]+$")

# Countries by the short forms company names use ("Seven UK", "Tallowtel US").
_NATIONAL_ARMS = {"UK", "US", "USA", "UAE"}
_LEGAL_FORMS = "Ltd|Limited|Inc|Corp|Co|PLC|plc|LLC|GmbH|AG"
# Right after a name of two words or more, a legal form or a force's or service's word ("Tallow Police Force").
_REGISTERED_TAIL = r"[ \t]+(?:" + _LEGAL_FORMS + r"|Force|Service)\b\.?(?![ \t]+[A-Z])"
# Up to four more capitalised words ("and" among them), then a company's legal form, perhaps
# after a bracketed kind ("(Pty)", "(India)").
_COMPANY_TAIL = r"(?:[ \t]+(?:[A-Z][\w’'&-]*|and|&)){0,4}?[ \t]+(?:\([A-Z][A-Za-z]*\)[ \t]+)?(?:" + _LEGAL_FORMS + r")\b\.?"


class ArticleState:
    """An article's units, people, organisations and mentions, and the
    registry of names the scans and the resolution share."""

    def __init__(self, seg: Segmented, quotes: list[Quote]):
        self.seg = seg
        self.quotes = quotes
        self.units: list[Unit] = []
        self.persons: list[Person] = []
        self.mentions: list[Mention] = []
        self.attributions: list[Mention] = []  # the mentions that attributions resolved to, in order
        self.by_key: dict[str, list[Person]] = {}
        self.by_first: dict[str, list[Person]] = {}  # folded first word of a full name
        self._longer_names: dict[str, Optional[str]] = {}  # longer_body_name's answers
        self.by_surname_part: dict[str, list[Person]] = {}  # folded first of two surnames, or a part of a joined one
        self._lower_words: Optional[set[str]] = None  # words printed in lower case, built on demand
        self._text: Optional[str] = None  # the whole text, joined on demand
        self._expansions: Optional[dict[str, set[str]]] = None  # initials -> capitalised runs, built on demand
        self._offices: Optional[set[str]] = None  # words printed as "the X" before a verb, found on demand
        self._speaking: Optional[Counter[str]] = None  # capitalised word -> how often a speech verb follows it, on demand
        self._surname_speaks: dict[str, bool] = {}  # full name -> surname_speaks's answer
        self.orgs: list[Person] = []
        self.org_by_name: dict[str, Person] = {}
        self.subjects: dict[tuple[int, bool, bool], Optional[Mention]] = {}  # (sentence start, past openers, after a connective) -> its subject
        # Full names printed where nothing showed a person yet ("the Ann
        # Dorn campaign", "But Ivo Renk, ..."), by surname key: the fullest
        # form of someone who later speaks by surname alone.
        self.unclaimed: dict[str, set[str]] = {}
        # sentence start -> (position, gender) of a he/she that is its subject
        self.pronoun_subjects: dict[int, Optional[tuple[int, str]]] = {}
        # sentence start -> the body its attribution resolved to: "“...,” the
        # Tallow Times wrote. “...,” it added" goes on with the paper.
        self.body_speakers: dict[int, Person] = {}
        # paragraph number -> the subheads printed just before it
        self.lines_before: dict[int, list[str]] = {}
        for extra in seg.extras:
            if extra.before is not None:
                self.lines_before.setdefault(extra.before, []).append(extra.text)
        by_para: dict[int, list[int]] = {}
        for n, q in enumerate(quotes):
            by_para.setdefault(q.paragraph, []).append(n)
        if seg.title:
            self._add_unit(0, 0, seg.title, by_para.get(0, []))
        for n, p in enumerate(seg.paragraphs):
            text = seg.body[p.start : p.end]
            self._add_unit(p.number, p.start, text, by_para.get(p.number, []), opening=n <= 1)
        self.unit_of = {u.number: k for k, u in enumerate(self.units)}
        # Where the body starts: the headline (unit 0) introduces no one.
        self.body_start = UNIT if self.units and self.units[0].number == 0 else 0

    def _add_unit(self, number: int, base: int, text: str, qidx: list[int], opening: bool = False) -> None:
        spans = []
        for n in qidx:
            q = self.quotes[n]
            a, b = q.start - base, q.end - base
            if 0 <= a <= b <= len(text):
                spans.append((a, b, q.text))
        masked = mask(text, spans, opening)
        self.units.append(Unit(number, base, text, masked, qidx, sentence_bounds(masked), tokens(masked)))

    def named_at_given_name(self, name: str) -> Optional["Person"]:
        """The person already known by the part of ``name`` that opens at a
        given name past its first word ("the Pacific Ana Roe" after "...
        Minister for Trade and the Pacific Ana Roe" was read as "Ana Roe"):
        the words before are a portfolio's or a place's."""
        words = name.split()
        at = next((n for n, w in enumerate(words[1:-1], start=1) if is_given_name(w)), None)
        if at is None or any(is_given_name(w) for w in words[:at]):
            return None
        return self.person_for(" ".join(words[at:]), create=False)

    def person_for(
        self, name: str, create: bool, gender: Optional[str] = None, pos: Optional[int] = None, titles: frozenset[str] = frozenset()
    ) -> Optional[Person]:
        # Two people may share a surname ("Helen Walsh", "Declan Walsh"): a
        # short form goes to one whose known gender fits its honorific, then
        # to the one last named as a subject before it, then to the one last
        # named at all; a full name before a bare surname breaks a tie.
        best, best_key = None, None
        key = person_key(name)
        people = self.by_key.get(key, [])
        # (a slice, not len(): this runs for every name the scans meet)
        bare = bool(people[1:]) and pos is not None and len(name_parts(name)) == 1
        # "Marsh Jr. said" where the son and his father "Ivo Marsh" are both
        # named: the suffix picks the one printed with it.
        suffix = generation(name) if people[1:] else ""
        rank: tuple[int, ...]
        for person in people:
            if not person.matches(name):
                continue
            if gender and person.gender and person.gender != gender and not self._loosely_gendered(person):
                continue
            rank = (
                last_before(person.salient_positions, pos),
                last_before(person.positions, pos),
                len(person.full.split()),
            )
            if bare:
                assert pos is not None
                rank = self._bare_surname_rank(person, pos)
                # "Cllr Roe" where a councillor and a publican share the surname.
                rank = (int(bool(titles & person.roles)), *rank)
            if suffix:
                rank = (int(any(generation(n) == suffix for n in person.names)), *rank)
            if gender:
                # "Mr. Roe": the one known to be a man before one whose gender the text never gave.
                rank = (int(person.gender == gender), *rank)
            if best_key is None or rank > best_key:
                best, best_key = person, rank
        if best is not None and pos is not None and self._headline_only(best):
            # "Minister Kittor: ..." in the headline, then "Minister Kittor
            # Manavong" in the body: the one name was the first of the full,
            # or the first of two surnames ("Tulu" for "Samia Tulu Hassan").
            best = self._family_name_first(key, gender, pos) or self._first_surname(key, gender) or best
        if best is None and not self.by_key.get(key) and len(name_parts(name)) == 1:
            best = self._family_name_first(key, gender, pos)
            if best is None and key in self.by_surname_part:
                best = self._first_surname(key, gender)
        if best is None and not self.by_key.get(key) and key in self.by_surname_part and len(parts := name_parts(name)) == 2:
            # "Lucía Acevo" for "Lucía Acevo Ruiz": the given name and the first of two surnames.
            found = self._first_surname(key, gender)
            if found is not None and fold(found.full.split()[0]) == fold(parts[0]):
                best = found
        if best is None and not self.by_key.get(key) and len(parts := name_parts(name)) == 2:
            # "Vine Rowe said" for "Ana-Marie Vine-Rowe": a double-barrelled
            # surname printed without its hyphen.
            best = next((p for p in self.by_key.get(fold(parts[0] + parts[1]), []) if "-" in p.full.split()[-1]), None)
        if best is None and not self.by_key.get(key):
            best = self._misspelt(key, name, gender)
        if best is None and create and not self.by_key.get(key) and (best := self._printed_by_middle(name, gender)) is not None:
            self.by_key.setdefault(key, []).append(best)
        if best is None and create:
            best = Person()
            self.persons.append(best)
            self.by_key.setdefault(key, []).append(best)
        return best

    def _printed_by_middle(self, name: str, gender: Optional[str]) -> Optional[Person]:
        """The one person so far known only by a single word that is a
        middle part of the longer ``name`` ("President Lobo" before "Marta
        Ines Lobo da Costa"): the short name printed first was the one the
        person goes by."""
        found = {
            id(p): p
            # (the name's own words: its parts may be read from a listed given name on)
            for middle in name.split()[1:-1]
            if middle[:1].isupper() and not is_initial(middle)
            for p in self.by_key.get(fold(middle), [])
            if not p.org and all(" " not in n for n in p.names) and not (gender and p.gender and p.gender != gender and not self._loosely_gendered(p))
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def printed_as(self, name: str) -> Optional[Person]:
        """The person already known by exactly this name, whatever gender
        the name's given name would suggest."""
        return next((p for p in self.by_key.get(person_key(name), []) if name in p.names), None)

    @staticmethod
    def _loosely_gendered(person: Person) -> bool:
        """A gender only from a first name the list gives mostly, not only,
        to one sex ("Rene Vashti" ... "Ms Vashti"): the honorific decides."""
        return person.named_gender and not any(len(p := name_parts(n)) > 1 and firmly_gendered(p[0]) for n in person.names)

    def longer_body_name(self, name: str) -> Optional[str]:
        """The one longer body name the article prints opening with the one
        word ``name`` ("Harbour Airlines" for "Harbour",
        "Tallow University" for "Tallow", or a company's registered name,
        "Vashti Pulp Ltd" for "Vashti"): a body named in full once is named
        short after. None when there is none, or more than one."""
        if " " in name:
            return self._registered_name(name) if name[:1].isupper() and len(name.split()) <= 4 else None
        if not name[:1].isupper() or not name.isalpha():
            return None
        if name not in self._longer_names:  # asked again for each mention of the name
            self._longer_names[name] = self._longer_body_name(name)
        return self._longer_names[name]

    def _registered_name(self, name: str) -> Optional[str]:
        """"Vashti Pulp Ltd" for "Vashti Pulp", "Tallow Police Force" for
        "Tallow Police": the one form the article prints with a company's
        suffix or a force's or service's word after the name."""
        if name not in self._longer_names:
            found = {m.group(0).rstrip(".") for m in re.finditer(r"(?<![\w’'])" + re.escape(name) + _REGISTERED_TAIL, self.whole_text())}
            self._longer_names[name] = found.pop() if len(found) == 1 else None
        return self._longer_names[name]

    def _longer_body_name(self, name: str) -> Optional[str]:
        found = set()
        # One word more, or two where only the second is a body's word ("Harbour
        # Rowing Club"): "Harbour University Hospital" is another body.
        for m in re.finditer(r"(?<![\w’'])" + re.escape(name) + r"(?:[ \t]+([A-Z][\w’'-]*))?[ \t]+([A-Z][\w’'&-]*)(?![\w’'&-]|[ \t]+[A-Z])", self.whole_text()):
            middle, word = m.group(1), strip_possessive(m.group(2))
            last = bare_word(word)
            if middle is not None and (bare_word(middle) in ORG_WORDS or is_possessive(middle) or not middle.isalpha()):
                continue
            # "Harbour Airlines", never "Harbour Street" nor "Harbour Refuses"
            if last in ORG_WORDS and last not in STREET_WORDS | SEAT_WORDS | STRUCTURE_NOUNS:
                found.add(f"{name} {middle} {word}" if middle else f"{name} {word}")
            elif middle is None and (word in _NATIONAL_ARMS or is_country(word)):
                found.add(f"{name} {word}")  # "Tallowtel Nigeria", "Seven UK": a brand's arm in a country
        if not found:
            # "Vashti Pulp (Pty) Ltd", "Harbour Mills Co": a company's registered name.
            found = {m.group(0).rstrip(".") for m in re.finditer(r"(?<![\w’'])" + re.escape(name) + _COMPANY_TAIL, self.whole_text())}
        return found.pop() if len(found) == 1 else None

    def _misspelt(self, key: str, name: str, gender: Optional[str]) -> Optional[Person]:
        """The one person named in full whose surname differs from ``key``
        by a single letter added or dropped or two swapped ("Varbny" for
        "Varnby"): a page's slip on a later mention, when nobody has the
        surname as printed. Only a surname alone: a full name printed
        twice two ways may be two people."""
        if len(key) < 5 or len(name_parts(name)) != 1:
            return None
        found = [
            p
            for near, people in self.by_key.items()
            if near[:1] == key[:1] and abs(len(near) - len(key)) <= 1 and one_slip(near, key)
            for p in people
            if not p.org and len(name_parts(p.full)) > 1 and not (gender and p.gender and p.gender != gender)
        ]
        return found[0] if len(found) == 1 else None

    def by_given_name(self, word: str) -> Optional[Person]:
        """The one person whose full name opens with ``word`` ("Ravi" for
        "Ravi Kohlan"): sports pages and some national presses call people
        by the given name after naming them in full. Only someone the text
        shows to be a person ("Harbour" is no given name of "Harbour Research")."""
        found = []
        for person in self.persons:
            if person.org:
                continue
            first, _, rest = person.full.partition(" ")
            if rest and first == word and person.shown_person(by_speech=False):
                found.append(person)
        return found[0] if len(found) == 1 else None

    def by_misspelt_surname(self, word: str, pos: Optional[int]) -> Optional[Person]:
        """The one person whose surname ``word`` misspells: a surname of
        seven letters or more, with the same first letter, nine tenths alike
        ("Marchettti" for "Marchetti"), as real pages sometimes print a name
        the second time. "Lindqvist" and "Lindquist" are less alike: two people.
        Only someone named in this paragraph or the one before."""
        low = word.lower()
        if len(low) < 7 or not word[:1].isupper() or pos is None:
            return None
        found = []
        for person in self.persons:
            if person.org or " " not in person.full:
                continue
            last = last_before(person.positions, pos)
            if last < 0 or last < (pos // UNIT - 1) * UNIT:
                continue
            surname = person.full.rsplit(" ", 1)[1].lower()
            if low in (surname + "s", surname + "es"):
                continue  # "the Marchettis": the family, no misspelling
            if surname[:1] == low[:1] and surname != low and abs(len(surname) - len(low)) <= 2 and SequenceMatcher(None, surname, low).ratio() >= 0.9:
                found.append(person)
        return found[0] if len(found) == 1 else None

    def _bare_surname_rank(self, person: Person, pos: int) -> tuple[int, int, int]:
        """How surely a bare surname two people share names ``person``: one
        named as a subject in this paragraph or the one before goes on;
        otherwise the surname is the one the article introduced first (a
        relative named later is printed with a given name or a title)."""
        last = last_before(person.salient_positions, pos)
        if last >= 0 and last >= (pos // UNIT - 1) * UNIT:
            return (2, last, 0)
        n = bisect.bisect_left(person.positions, self.body_start)
        if n == len(person.positions) or person.positions[n] >= pos:
            return (0, 0, 0)  # not named yet, or only in the headline
        # A full name that opens with a given name or an initial is a person
        # introduced; "Top Roe" or "Endorsed Roe" is a capitalised run.
        words = person.full.split()
        introduced = int(len(words) > 1 and (is_given_name(words[0]) or is_initial(words[0])))
        return (1, introduced, -person.positions[n])

    def _headline_only(self, person: Person) -> bool:
        """``person`` is one name met only in the headline."""
        return " " not in person.full and bool(person.positions) and person.positions[-1] < self.body_start

    def _family_name_first(self, key: str, gender: Optional[str], pos: Optional[int] = None) -> Optional[Person]:
        """The one person whose full name opens with the word ``key`` folds
        to ("Tran" for "Tran Minh Hoa", "Kim" for "Kim Jong-un") when nobody
        known has it as a surname; None when two people could be meant.
        With ``pos``, two are told apart as two sharing a surname are: the
        subject of this paragraph or the one before, else the one the
        article introduced first ("Wong" for the premier named at the top,
        not his father named once further down)."""
        found = [p for p in self.by_first.get(key, []) if not (gender and p.gender and p.gender != gender)]
        if len(found) == 2 and pos is not None:
            ranks = [self._bare_surname_rank(p, pos) for p in found]
            # (two both named as subjects just before stay ambiguous)
            if ranks[0] != ranks[1] and max(ranks)[0] > 0 and min(ranks)[0] != 2:
                found = [found[ranks.index(max(ranks))]]
        if len(found) != 1:
            return None
        # Only someone the text shows to be a person: a capitalised run such
        # as "Tour de France" taken for a name must not swallow "Tour"; a
        # hyphenated given name after the family name ("Ng Pun-tak") is one,
        # and so is a word a pronoun has been tied to ("Zeb ... when she"), or
        # a name printed with an honorific ("Dr Lim Boon Keat").
        person = found[0]
        shown = person.roles & PERSON_ROLES or person.gender or gender or family_name_first(name_parts(person.full))
        return person if shown or person.printed_with_honorific() else None

    def _first_surname(self, key: str, gender: Optional[str]) -> Optional[Person]:
        """The one person whose name carries two surnames, the first folding
        to ``key`` ("Acevo" for "Lucía Acevo Ruiz"), or a joined surname with
        ``key`` as one part ("Tandang" for "Amara Belgo-Tandang"): a later
        paragraph names them by that part alone. None when two could be meant."""
        # A gender only the given-name list guessed yields to the text's, as for a full surname.
        found = [p for p in self.by_surname_part.get(key, []) if not (gender and p.gender and p.gender != gender and not self._loosely_gendered(p))]
        # (not a headline's Title Case run: "Ana Roe Unleashed", "Will Roe Stay?")
        if len(found) != 1 or not any(p >= self.body_start for p in found[0].positions):
            return None
        # A first word the list does not know as a given name ("Port Ellis
        # Harbour") only when the text shows a person.
        parts = name_parts(found[0].full)
        return found[0] if "-" in parts[-1] or is_given_name(parts[0]) or found[0].shown_person(by_speech=False) else None

    def add_alias(self, person: Person, alias: str) -> None:
        """Another name of the person, printed in brackets after the full
        one ("Jane Roe (Janro)"): the article may name them by it alone."""
        key = person_key(alias)
        if not key or alias in person.names:
            return
        person.names.append(alias)
        if alias not in person.forms:
            person.forms.append(alias)
        self.by_key.setdefault(key, []).append(person)

    def index_first(self, person: Person, name: str) -> None:
        parts = name_parts(name)
        if parts and "-" in parts[-1]:
            # "Amara Belgo-Tandang", "Rashed-ul-Karim": pages name someone by
            # either part of a joined surname, or by the first of a joined name.
            pieces = [p for p in parts[-1].split("-") if p[:1].isupper() and len(p) > 1]
            for piece in pieces if len(pieces) > 1 else ():
                joined = self.by_surname_part.setdefault(fold(piece), [])
                if person not in joined and len(joined) < 2:
                    joined.append(person)
        if len(parts) < 2:
            return
        first = self.by_first.setdefault(fold(parts[0]), [])
        if person not in first and len(first) < 2:
            first.append(person)  # two already make the short form ambiguous
        for middle in parts[1:-1]:
            # A given name and two surnames: the second word is a family name
            # ("Acevo" for "Lucía Acevo Ruiz"; "Tulu" for "President Juma Tulu
            # Ramadit", whose given name the list lacks), or the name the
            # person goes by ("Zahid" for "Ahmad Zahid Hamidi", "Lobo" for
            # "Marta Ines Lobo da Costa", a longer name's any middle part).
            if is_initial(middle):
                continue
            first_surname = self.by_surname_part.setdefault(fold(middle), [])
            if person not in first_surname and len(first_surname) < 2:
                first_surname.append(person)

    def register(
        self,
        name: str,
        printed: str,
        roles: Iterable[str] = (),
        gender: Optional[str] = None,
        pos: Optional[int] = None,
        salient: bool = False,
    ) -> Person:
        # A given name's gender keeps "Maria Ortiz" from joining the "Mr.
        # Ortiz" of the same article.
        roles = tuple(roles)
        # "spokeswoman Nicky Roe": a role printed in its feminine form says
        # more than a given name the list gives mostly to men; "-man" roles
        # stay silent, as news prints "spokesman" for anyone.
        role_gender = None if gender is not None else roles_gender(roles)
        given = gender is None and role_gender is None
        # (only from the name's own first word: "Ximeno Belarmo Rosa da Costa" is read
        # short as "Rosa da Costa", and "Rosa" is a listed woman's name)
        guessed = name_gender(name) if name_parts(name)[:1] == name.split()[:1] else None
        gender = gender or role_gender or guessed
        person = None
        if " " not in name and person_key(name) not in self.by_key:
            person = self.by_misspelt_surname(name, pos)  # "Minister Marchettti" after "Ivo Marchetti"
        if person is None:
            titles = frozenset(r for r in roles if r in TITLE_WORDS)
            # A given name's guess never splits a name from the person the text gave another gender.
            person = (self.printed_as(name) if given and gender else None) or self.person_for(name, create=True, gender=gender, pos=pos, titles=titles)
        assert person is not None  # created when missing
        if pos is not None:
            bisect.insort(person.positions, pos)
            if salient:
                bisect.insort(person.salient_positions, pos)
        if name not in person.names:
            person.names.append(name)
            self.index_first(person, name)
        for form in (name, printed):
            if form and form not in person.forms:
                person.forms.append(form)
        person.roles |= set(roles)
        if "secretary" in person.roles and person.roles & PORTFOLIO_WORDS:
            person.roles.add("minister")  # "Transport Secretary X" is the one "the minister" means
        if gender and (not person.gender or (role_gender and person.named_gender)):
            person.gender, person.named_gender = gender, given
        return person

    def common_word(self, word: str) -> bool:
        """A capitalised word the article also prints in lower case ("Will",
        "Rush"): a word of the language there, not a given name."""
        if self._lower_words is None:
            self._lower_words = set(_LOWER_WORD_RE.findall("\n".join(unit.text for unit in self.units)))
        return word.lower() in self._lower_words

    def printed_as_office(self, word: str) -> bool:
        """The article prints the capitalised ``word`` alone after "the"
        before a verb or a mark ("The Taoiseach has said", "the
        Tánaiste said"): an office, whoever holds it, and no given name
        ("the Kim regime" keeps "Kim" a name)."""
        if self._offices is None:
            text = "\n".join(unit.text for unit in self.units)
            self._offices = {
                m.group(1)
                for m in _OFFICE_RE.finditer(text)
                if (m.group(2) or m.group(3) in _OFFICE_FOLLOWERS) and not text[m.start() - 1 : m.start()].isalnum()
            }
        return word in self._offices

    def printed_as_place(self, name: str) -> bool:
        """The article prints ``name`` after "in", "from" or "across" ("in
        Port Ellis"), or describes it as a place ("Tallow Orrim, the state
        capital,"): a place, whatever else it is printed beside."""
        text = self.whole_text()
        return (
            # not "according to Ana Roe", which names a person
            re.search(r"\b(?:in|from|across|throughout|(?<![Aa]ccording )to)\s+" + re.escape(name) + r"\b", text) is not None
            or re.search(r"\b" + re.escape(name) + PLACE_APPOSITIVE, text) is not None
        )

    def quoted_at(self, pos: int) -> bool:
        """The global position ``pos`` lies inside a quotation (masked out of the unit's text)."""
        k, off = divmod(pos, UNIT)
        return 0 <= k < len(self.units) and off < len(self.units[k].masked) and self.units[k].masked[off] == MASK

    def whole_text(self) -> str:
        """The article's units joined, built once."""
        if self._text is None:
            self._text = "\n".join(unit.text for unit in self.units)
        return self._text

    def named_elsewhere(self, name: str) -> bool:
        """The headline or a paragraph prints the surname of ``name``: the
        person the page is about, not its author."""
        surname = name.split()[-1]
        return re.search(r"\b" + re.escape(surname) + r"\b", self.whole_text()) is not None

    def is_org_name(self, name: str) -> bool:
        """``name`` is the full name of an organisation of this article and
        of no person."""
        return self.org_of_name(name) is not None and not any(p.full == name for p in self.persons)

    def org_of_name(self, name: str) -> Optional[Person]:
        """The organisation of this article whose name is ``name``."""
        org = self.org_by_name.get(name.lower())
        return org if org is not None else next((o for o in self.orgs if o.full == name), None)

    def kin_by_honorific(self, surname: str, gender: str) -> Optional[Person]:
        """The relative the article names by a given name alone as the kin
        of someone printed with ``surname`` ("Roe's former wife, Ana,"),
        whom "Ms Roe" means when the Roe named in full is a man: shown from
        now on under the surname too ("Ana Roe")."""
        pattern = re.compile(r"\b" + re.escape(surname) + r"['’]s?\s+(?:(?:estranged|late|former|grieving)\s+)?(" + "|".join(_KIN_NOUNS) + r"),?\s+([A-Z][\w'’-]+)\b(?!\s+[A-Z])")
        found = {m.group(2) for m in pattern.finditer(self.whole_text()) if GENDERED.get(m.group(1)) in {gender, None}}
        kin = self.person_for(found.pop(), create=False) if len(found) == 1 else None
        if kin is None or kin.gender not in {None, gender} or len(kin.full.split()) > 1:
            return None
        self.add_alias(kin, f"{kin.full} {surname}")
        return kin

    def says_itself(self, name: str, at: Optional[int] = None, alone: bool = False) -> bool:
        """The article prints ``name`` right before a verb of speech
        ("Halden Ports said", "Ana Roe, an organiser of the march, said"),
        anywhere or at the position ``at``: something that speaks, not a
        place. With ``alone``, no capitalised word of the same phrase stands
        before it ("Mesuna said", "On Sunday, Mesuna said"; not "Harbour
        Freight said", where "Freight" ends a body's name)."""
        said = re.escape(name) + r"(?:" + SET_OFF_ASIDE + r")?\s+(?:also\s+)?(?:said|says|stated|announced|added|warned|told)\b"
        if alone:
            before = re.compile(r"(?:(\S+)\s+)?(?<![\w’'-])" + said)
            return any(
                m.group(1) is None or not m.group(1)[:1].isupper() or not m.group(1)[-1].isalnum() for unit in self.units for m in before.finditer(unit.text)
            )
        pattern = re.compile(said)
        if at is None:
            return any(pattern.search(unit.text) for unit in self.units)
        k, off = divmod(at, UNIT)
        return 0 <= k < len(self.units) and pattern.match(self.units[k].text, off) is not None

    def reported_by(self, at: int) -> bool:
        """The name at ``at`` follows "according to" or an inverted speech
        verb ("..., says Ana Roe"): what the sentence says is that person's,
        as after "X said"."""
        k, off = divmod(at, UNIT)
        return 0 <= k < len(self.units) and _REPORTED_BY_RE.search(self.units[k].text[max(0, off - 16) : off]) is not None

    def known_person(self, printed: str) -> bool:
        """A name that is surely a person's: one the article has found as a
        person with a gender, title or honorific, or one that opens with a given name or an initial (a
        signature or a label, "Jane Roe", "ROE", never "Getty Images",
        "Note")."""
        name = clean_name(printed)
        if not name:
            return False
        first = name.split()[0]
        if len(name.split()) > 1 and (is_given_name(first) or is_initial(first)):
            return True
        person = self.person_for(name, create=False)
        if person is not None and person.shown_person():
            return True
        return person is not None and self.surname_speaks(name)

    def surname_speaks(self, name: str) -> bool:
        """A full name whose surname the article prints alone before a verb
        of speech ("Ravoti Mesuna has blamed ..." and "Mesuna said"): a
        person's, though no list knows the given name."""
        if name not in self._surname_speaks:
            words = name.split()
            # not a description before a surname ("Republicans Baxa of Tallow and ..."), nor a word of the language
            given = bare_word(words[0])
            described = given in AFFILIATIONS or given.rstrip("s") in AFFILIATIONS or self.common_word(words[0])
            self._surname_speaks[name] = len(words) > 1 and not described and not looks_like_org(name) and self.says_itself(words[-1], alone=True)
        return self._surname_speaks[name]

    def add_mention(self, pos: int, person: Person) -> None:
        """A mention found by resolving an attribution: ``person`` speaks."""
        person.spoke = True
        bisect.insort(self.attributions, Mention(pos, person, True), key=lambda m: m.pos)
        bisect.insort(self.mentions, Mention(pos, person, True), key=lambda m: m.pos)
        bisect.insort(person.positions, pos)
        insort_unique(person.salient_positions, pos)  # one who speaks is in view
        key = self.sentence_key(pos)
        for past_openers, after_connective in ((False, False), (True, False), (False, True)):
            self.subjects.pop((key, past_openers, after_connective), None)  # it may be its sentence's subject

    def body_spoke(self, pos: int, name: str) -> None:
        """The attribution at ``pos`` named the body ``name``: an "it" in
        the next sentence may go on with it."""
        org = self.org_of_name(name)
        if org is not None:
            self.body_speakers[self.sentence_key(pos)] = org

    def sentence_before(self, k: int, off: int) -> Optional[tuple[int, int, int]]:
        """The sentence before the one at ``off`` in unit ``k`` as (unit,
        start, end): in the same paragraph, or the last of the body
        paragraph before when the sentence opens its paragraph."""
        unit = self.units[k]
        start, _ = sentence_of(unit, off)
        if start > 0:
            end = len(unit.masked[:start].rstrip())
            return k, sentence_of(unit, max(0, end - 1))[0], end
        if k > 0 and unit.number > 0 and self.units[k - 1].number > 0:
            prev = self.units[k - 1]
            end = len(prev.masked.rstrip())
            if credit_line(tokens(prev.masked, 0, end)):
                return self.sentence_before(k - 1, 0)  # a picture's credit between the two paragraphs
            return k - 1, sentence_of(prev, max(0, end - 1))[0], end
        return None

    def sentence_key(self, pos: int) -> int:
        """The position where the sentence around ``pos`` starts."""
        k, off = divmod(pos, UNIT)
        bounds = self.units[k].bounds
        return k * UNIT + bounds[bisect.bisect_right(bounds, off) - 1]

    def resolved_as(self, person: Optional["Person"], pos: int, gender: Optional[str]) -> tuple[Optional[str], list[str]]:
        """The answer for a pronoun or gendered noun that found ``person``,
        who from now on is known to be of that gender."""
        if person is None:
            return None, []
        if not person.gender:
            person.gender = gender
        elif person.gender == gender:
            person.named_gender = False  # the text's own pronoun now holds the given name's guess
        self.add_mention(pos, person)
        return person.full, list(person.forms)

    def last_pos(self, person: Person, before: Optional[int]) -> Optional[int]:
        if not person.positions:
            return None
        if before is None:
            return person.positions[-1]
        i = bisect.bisect_left(person.positions, before)
        return person.positions[i - 1] if i else None


# Kin nouns a relative is introduced by; their genders are the lexicon's ("partner", "cousin" give none).
_KIN_NOUNS = ("wife", "widow", "mother", "daughter", "sister", "husband", "widower", "father", "son", "brother", "partner", "cousin")
