"""Finding the organisations an article names and the nouns that refer back to them."""

from __future__ import annotations

import bisect
import re
from typing import Callable, Optional

from .entities import ANY_BODY_NOUNS, BODY_LOOKBACK, Person, insort_unique, last_before, of_kind
from .lexicon import (
    PLACE_BODY_WORDS,
    OFFICE_QUALIFIERS,
    FUNCTION_WORDS,
    HONORIFICS,
    MASK,
    SAID_FORMS,
    INSTITUTION_WORDS,
    MAX_ORGS,
    ORG_ACT_RE,
    ORG_CAPABLE_ROLES,
    ORG_DESCRIPTORS,
    CALENDAR_NAMES,
    ORG_CONNECTORS,
    ORG_GAPS,
    ORG_NOUNS,
    ORG_TYPES,
    ORG_WORDS,
    WEEKDAYS,
    PERSON_ROLES,
    POSSESSIVE_PRONOUNS,
    STATEMENT_RE,
    PUBLIC_BODY_NOUNS,
    UNTYPED_ORG,
    BOARD_TITLES,
)
from .names import (
    possessive_in_body,
    bare_word,
    capitalised,
    clean_name,
    is_acronym,
    is_possessive,
    is_title_word,
    looks_like_org,
    strip_possessive,
    titled_person_at,
)
from .cuenames import body_then_name_at
from .apposition import unit_of_body
from .identity import fold, person_key
from .bodykinds import kind_after_name, kinds_by_copula
from .descriptors import bare_org_word, body_kind_before, kind_noun, org_descriptors
from .documents import is_platform
from .given_names import is_given_name
from .places import country_not_person
from .titleruns import listed_portfolio_end
from .wordforms import finite_verb, headline_verb_at, without_seat
from .text import MARKS, UNIT, Unit, bracketed, headline_like, sentence_of, tokens
from .state import ArticleState


class OrganisationScan(ArticleState):
    """Finding the organisations an article names and the nouns that refer back to them. Part of ``Article``."""

    def scan_orgs(self) -> None:
        """Organisations named outside quotations, in reading order, with the
        nouns that may refer back to them: a capitalised run built on an
        organisation word ("the Ministry of Finance", "Harbour Employers'
        Association", "Halden Therapeutics"), or a single capitalised name
        that says something in a statement ("Orbita said in a statement")."""
        body = "\n".join(u.text for u in self.units if u.number > 0)
        for k, unit in enumerate(self.units):
            toks = unit.masked_tokens
            i = 0
            headline_verb = -1  # the index of a headline's verb, which opens no name
            headline = headline_like(unit)
            while i < len(toks):
                if not capitalised(toks[i][2]) or MASK in toks[i][2] or i == headline_verb:
                    i += 1
                    continue
                j = i
                # A possessive ends the body's name: "the Daily Ledger's Ivo
                # Renk" is a person after it.
                while j + 1 < len(toks) and unit.masked[toks[j][1] : toks[j + 1][0]] in ORG_GAPS and not (is_possessive(toks[j][2]) and not possessive_in_body(toks, j)):
                    nxt = toks[j + 1][2]
                    if capitalised(nxt) and MASK not in nxt and not (j > i and nxt.lower() in WEEKDAYS):
                        j += 1  # not "City Council Monday": a weekday after a name is the date
                    elif (
                        nxt.lower() in ORG_CONNECTORS
                        and j + 2 < len(toks)
                        and capitalised(toks[j + 2][2])
                        and toks[j + 2][2].lower() not in CALENDAR_NAMES
                        and toks[j + 2][0] - toks[j + 1][1] <= 1
                    ):
                        j += 2
                    elif (
                        nxt.lower() in {"of", "for"}
                        and bare_word(toks[j][2]) in ORG_WORDS
                        and j + 3 < len(toks)
                        and toks[j + 2][2] == "the"
                        and capitalised(toks[j + 3][2])
                        and toks[j + 3][2].lower() not in CALENDAR_NAMES
                        and unit_of_body(toks[i : j + 12]) is None
                    ):
                        # "the Department of the Harbour", "Ministry of the
                        # Interior": an organisation's head word and "of the";
                        # not a unit and its body, each named in full.
                        j += 3
                    elif nxt == "," and (listed := listed_portfolio_end(toks, i, j)) is not None:
                        j = listed  # "the Department of Roads, Parks and Wildlife": its portfolio's whole list
                    else:
                        break
                words = [t[2] for t in toks[i : j + 1]]
                verb = headline_verb_at(words) if headline else None
                if verb is not None:
                    # "Newspaper Says Mayor Must Quit": a headline's verb ends the name.
                    j = i + verb - 1
                    words = words[:verb]
                    headline_verb = i + verb
                titled = titled_person_at(words)
                if titled is None and is_title_word(words[-1]) and _initials_then_name(toks, j):
                    titled = len(words)  # "Tallow Agency Director General (DG) Ana Roe": a title, not the body's name
                named = body_then_name_at(words) if titled is None else None
                if named is not None:
                    # "the Tallow Weavers' Association Ana Roe": the body ends where its member's name begins.
                    j, words = i + named - 1, words[:named]
                board_title = False
                if titled is not None:
                    # "European Council President Donald Tusk": the body ends
                    # where a person's title and name begin.
                    t = titled - 1  # "Chairman and President Ana Roe": the whole run of titles
                    while t > 1 and (is_title_word(words[t - 1]) or words[t - 1] in {"and", "&"}):
                        t -= 1
                    board_title = any(bare_word(w) in BOARD_TITLES for w in words[t:titled])
                    j = i + t - 1
                    words = words[:t]
                    if not words:
                        i = i + titled
                        continue
                # Sentence openers and titles before the name are not part of it.
                a = 0
                while a < len(words) and (bare_word(words[a]) in FUNCTION_WORDS or bare_word(words[a]) in ORG_CONNECTORS):
                    a += 1
                kind = None
                if (
                    len(words) - a > 1
                    and kind_noun(words[a], words[a + 1])
                    and unit.masked[: toks[i + a][0]].rstrip(" \u00a0" + MARKS)[-1:] in {"", ".", "!", "?"}
                ):
                    kind = bare_word(words[a])  # sentence-initial "Drugmaker Halvex ..."
                    a += 1
                words = words[a:]
                heads = [bare_word(strip_possessive(w)) for w in words]
                types: set[str] = set()
                if kind:
                    types |= set(UNTYPED_ORG) | {kind}
                for h in heads:
                    types |= ORG_TYPES.get(h, set())
                # "Party strategists said": one organisation word alone names none.
                typed = any(h in ORG_WORDS for h in heads) and any(h not in ORG_WORDS for h in heads)
                if kind and not self.person_for(" ".join(words), create=False):
                    typed = True
                if (
                    len(words) == 2
                    and words[0].isupper()
                    and is_acronym(words[0])
                    and words[0].isalpha()
                    and not is_acronym(words[1])  # "SHORT READS": a crosshead in capitals
                    and not is_given_name(words[1])
                    and not is_title_word(words[1])
                    and not is_title_word(words[0])  # "PM Roe", "DA Roe": a title's initials
                    and not is_possessive(words[0])
                    # "CJI Varadan" after "Chief Justice R K Varadan"; two letters may be initials ("CJ Roe")
                    and not (len(words[0]) > 2 and self._surname_of_named(words[1]))
                    and not self._initials_of_named(words)  # "RT Roe" after "Ana RT Roe"
                ):
                    # "NHS England", "BBC Scotland": initials and a word that is
                    # no given name or title name a body ("GOP Sen." is a title).
                    typed = True
                if (
                    board_title
                    and not typed
                    and len(words) - a >= 2
                    and not is_given_name(words[a])
                    and self.person_for(" ".join(words[a:]), create=False) is None
                ):
                    # "Harbour Oil Chairman Ana Roe": only a body has a
                    # chairman, so the words before the title name one.
                    typed, types = True, set(UNTYPED_ORG)
                introduced = body_kind_before(toks, i + a) if words and not typed and len(words) <= 5 else set()
                if introduced and not is_title_word(words[0]) and self.person_for(" ".join(words), create=False) is None:
                    # "campaign group Fair Roads", "The charity Open Doors": the
                    # kind of body printed before the name says what it is.
                    typed, types = True, set(UNTYPED_ORG) | introduced | org_descriptors(toks, i + a, j, unit.masked)
                if words and not typed and len(words) == 1 and not is_title_word(words[0]):
                    after = unit.masked[toks[j][1] : toks[j][1] + 40]
                    described = org_descriptors(toks, i + a, j, unit.masked)
                    owns = _owns_next(after) and not is_given_name(words[0])
                    if (described or STATEMENT_RE.match(after) or ORG_ACT_RE.match(after) or owns) \
                            and self.person_for(words[0], create=False) is None:
                        typed, types = True, set(UNTYPED_ORG) | described
                elif words and not typed and len(words) <= 3 and j + 1 < len(toks) and toks[j + 1][2] == "," and not is_given_name(words[0]) and not is_title_word(words[0]):
                    # "Castlegate Health, the insurer, said": a longer name
                    # that opens with no given name, described as a body.
                    described = org_descriptors(toks, i + a, j, unit.masked)
                    # "Tallow Sound, the label, said": a name read as a
                    # person's until the description says it is a body.
                    taken = self.person_for(" ".join(words), create=False)
                    if described and (taken is None or not taken.shown_person(by_speech=False)):
                        typed, types = True, set(UNTYPED_ORG) | described
                if words and typed and unit.number == 0 and strip_possessive(unit.text[toks[i + a][0] : toks[j][1]]) not in body:
                    typed = False  # a headline's Title Case words the body never prints as a name
                if words and typed and ends_in_title(words):
                    typed = False  # "the Union Minister": a person's title, no body's name
                if words and typed and capitalised(words[-1]):
                    # A lower-case noun just before says what it is
                    # ("utility company Pacific Ridge Power").
                    p = i + a - 1
                    if p >= 0 and toks[p][2] in ORG_NOUNS:
                        types.add(toks[p][2])
                    types |= org_descriptors(toks, i + a, j, unit.masked)  # "Big Marren Entertainment, the choir's agency,"
                    name = strip_possessive(unit.text[toks[i + a][0] : toks[j][1]])
                    org = self.add_org(name, k * UNIT + toks[i + a][0], types)
                    short = bracketed(toks, j + 3)
                    if (
                        short is not None
                        and (is_acronym(short) or _spelt_initials(short, name))
                        and short.replace("-", "").isalpha()  # "(NTF-HC)": initials of two parts
                        and short.lower() not in self.org_by_name
                    ):
                        # "The International Cycling Union (UCI)", "the Tallow
                        # Airline Pilots Association (Talpa)": the short form
                        # defined here names the same body later.
                        acronym = short
                        self.org_by_name[acronym.lower()] = org
                        if acronym not in org.forms:
                            org.forms.append(acronym)
                elif words and not typed and j + 1 < len(toks) and toks[j + 1][2] == ",":
                    self._appositive_org(unit, k, toks, i + a, j)
                elif words and not typed and self._place_before_body_word(unit, toks, i + a, j):
                    # "cleared by Tallow police": the place's force, which a
                    # later "the police said" goes back to.
                    body_word = toks[j + 1][2]
                    self.add_org(unit.text[toks[i + a][0] : toks[j + 1][1]], k * UNIT + toks[i + a][0], ORG_TYPES.get(body_word, set()) | {body_word})
                i = j + 1

    def _appositive_org(self, unit: Unit, k: int, toks, i: int, j: int) -> None:
        """"Her promoter, Lantern Live, said": a name in apposition to a role
        an organisation can fill may be that organisation. It is kept
        aside (``maybe_person``) and only answers for a later "the company"
        while nothing shows it to be a person."""
        if i < 2 or toks[i - 1][2] != ",":
            return
        role = bare_word(toks[i - 2][2])
        if role not in ORG_CAPABLE_ROLES or not toks[i - 2][2].islower():
            return
        d = i - 3
        if d < 0 or not (toks[d][2].lower() in {"the", "a", "an"} or toks[d][2].lower() in POSSESSIVE_PRONOUNS or is_possessive(toks[d][2])):
            return
        words = [t[2] for t in toks[i : j + 1]]
        if not 1 <= len(words) <= 4 or any(bare_word(w) in HONORIFICS or is_title_word(w) for w in words):
            return
        name = strip_possessive(unit.text[toks[i][0] : toks[j][1]])
        if name.lower() in self.org_by_name or len(self.orgs) >= MAX_ORGS:
            return
        org = Person(names=[name], forms=[name], org=True, maybe_person=True)
        org.types = set(UNTYPED_ORG) | {role}
        org.positions.append(k * UNIT + toks[i][0])
        self.orgs.append(org)

    def add_org(self, name: str, pos: int, types: set[str]) -> Person:
        name = without_seat(name)
        if " " in name and is_platform(name.rsplit(" ", 1)[1]):
            name = name.rsplit(" ", 1)[0]  # "the Harbour Party Twitter account" is the party's
        key = name.lower()
        org = self.org_by_name.get(key)
        if org is None and len(self.orgs) >= MAX_ORGS:
            return self.orgs[-1]  # a bound keeps resolution linear on hostile input
        if org is None:
            expansion = (self._acronym_expansion(name) or self._named_with_initials(name) if is_acronym(name) else None) or self.longer_body_name(name)
            org = self.org_by_name.get(expansion.lower()) if expansion else None
            if org is None:
                org = Person(names=[name], forms=[name], org=True)
                self.orgs.append(org)
            if expansion:
                # "the IMF report" where the article prints "the
                # International Monetary Fund": one body, by its full name.
                for form in (name, expansion):
                    if form not in org.names:
                        org.names.append(form)
                        org.forms.append(form)
                self.org_by_name[expansion.lower()] = org
            self.org_by_name[key] = org
        org.types |= types
        insort_unique(org.positions, pos)
        return org

    def _named_with_initials(self, initials: str) -> Optional[str]:
        """The one body the article named by ``initials`` and one word more
        ("KRV Analytics" for "KRV said"): a firm named in full once is
        named by its initials after."""
        found = {org.full for org in self.orgs if len(words := org.full.split()) == 2 and words[0] == initials}
        return found.pop() if len(found) == 1 else None

    def _acronym_expansion(self, acronym: str) -> Optional[str]:
        """The one run of capitalised words in the article whose initials
        spell ``acronym`` ("International Monetary Fund" for "IMF", "Port
        of Tallow Authority" for "PTA"); None when there is none or more
        than one."""
        letters = acronym.replace(".", "").upper()  # "DoD" spells "Department of Defense" as "DOD" does
        if not 2 <= len(letters) <= 6 or not letters.isalpha():
            return None
        if self._expansions is None:
            # Built once: every acronym the article asks about looks it up.
            self._expansions = {}
            for m in _CAPITALISED_RUN_RE.finditer(self.whole_text()):
                words = m.group().split()[:12]
                for start in range(len(words)):
                    if not words[start][:1].isupper() or words[start] in {"The", "A", "An"}:
                        continue
                    for end in range(start + 2, len(words) + 1):
                        if words[end - 1][:1].isupper():
                            # "the Tallow Wildlife Service’s rangers": the name without its possessive
                            name = strip_possessive(" ".join(words[start:end]))
                            for initials in {_initials(words[start:end]), _initials(words[start:end], joiners=True)}:
                                self._expansions.setdefault(initials, set()).add(name)
        # Only a body's name: "PM" is never the "Paul Mann" the article quotes;
        # but a name the article defines so, the initials in brackets right
        # after it, is one ("Fair Streets and Open Courts Africa (FSOCA)").
        expansions = self._expansions.get(letters, set())
        # A given name may open a body's name of three words or more that a
        # body's word ends ("London Renters Union", "Victoria Nurses Union").
        found = {e for e in expansions if looks_like_org(e) and (not is_given_name(e.split()[0]) or _body_word_ends(e))}
        if not found:
            # three capitalised words or more, no given name first ("Veterans of
            # Tallow Wars" for "VTW"), or a name defined so in brackets
            found = {
                e for e in expansions
                if f"{e} ({acronym})" in self.whole_text()
                # "the SDDJ" for "Senior Deputy District Judge X": a person's title, whose holder the initials mean
                or (sum(w[:1].isupper() for w in e.split()) >= 3 and not is_given_name(e.split()[0]) and e.split()[-1].lower() not in PERSON_ROLES)
            }
        return next(iter(found)) if len(found) == 1 else None

    def body_naming_itself(self, quoted: str) -> Optional[Person]:
        """The body a quotation opens on as its subject, when the text names
        it outside the quotation too, among its bodies or in a name that
        reads as one: "the agency wrote: “Tallowvolc urges everyone ...”" is
        Tallowvolc speaking of itself; never a person or a place."""
        m = _SELF_NAMED_RE.match(quoted)
        if m is None:
            return None
        name = m.group(1)
        if len(re.findall(r"(?<![\w’'])" + re.escape(name) + r"(?![\w’'])", self.whole_text())) < 2:
            return None  # named only in these words: maybe another body the speaker speaks of
        known = self.org_of_name(name)
        if known is not None or not looks_like_org(name):
            return known  # "Tallow faces a hot summer": a place, a person, no body of the article's
        if is_given_name(name.split()[0]) or self.person_for(name, create=False) is not None or country_not_person(name):
            return None
        return self.add_org(name, self.body_start, set())

    def closing_body(self, sentence: str) -> Optional[Person]:
        """The body a sentence's closing attribution names ("Some 900 trains
        will be cut, the THB said on Monday."): an "it" in the next sentence
        goes on with it. "The" before a body's initials names no person."""
        m = _CLOSING_ATTRIBUTION_RE.search(sentence) or _CLOSING_ACCORDING_RE.search(sentence)  # "..., according to the Tallow Agency."
        if m is None:
            return None
        printed = m.group(1) if m.re is _CLOSING_ATTRIBUTION_RE else m.group(1).rstrip(".")
        org = self.org_named(printed)
        words = printed.split()
        if org is None and len(words) == 2 and words[0] == "the" and is_acronym(words[1]) and words[1].isalpha():
            org = self.add_org(words[1], 0, set())
        elif org is None and 1 < len(words) <= 4 and words[0] != "the" and not is_given_name(words[0]) and not is_title_word(words[0]):
            # "..., Tallow Rail announced. It added": a name no given name
            # opens, which the "it" after shows to be a body's
            taken = self.person_for(printed, create=False)
            if taken is None or not taken.shown_person(by_speech=False):
                org = self.add_org(printed, 0, set())
        return org

    def printed_with_body(self, person: Person, words: set[str], pos: int) -> bool:
        """A sentence that names ``person`` before ``pos`` also prints the
        body the lower-cased ``words`` of a description stand for ("ths" of
        "the THS boss"): as those words, or as the body's full name."""
        forms = set(words)
        for word in words:
            org = self.org_by_name.get(word)
            forms |= {form.lower() for form in org.forms} if org is not None else set()
        for p in person.positions[: bisect.bisect_left(person.positions, pos)][-8:]:
            k, off = divmod(p, UNIT)
            start, end = sentence_of(self.units[k], off)
            sentence = self.units[k].text[start:end].lower()
            if any(re.search(r"\b" + re.escape(form) + r"\b", sentence) for form in forms):
                return True
        return False

    def org_named(self, printed: str, pos: Optional[int] = None) -> Optional[Person]:
        """The organisation a printed cue names, if it names one."""
        words = kind_after_name(without_seat(printed).split())
        if titled_person_at(words) is not None:
            return None  # "White House Press Secretary X" is a person
        short = self._short_form(words, pos)
        if short is not None or bare_org_word(words):
            return short
        # The capitalised tail: "utility company Pacific Ridge Power".
        start = len(words)
        while start > 0 and (
            capitalised(words[start - 1])
            or bare_word(words[start - 1]) in ORG_CONNECTORS
            or (words[start - 1] == "the" and start > 1 and words[start - 2] in ORG_CONNECTORS)
        ):
            start -= 1
        words = words[start:]
        while words and (bare_word(words[0]) in FUNCTION_WORDS or bare_word(words[0]) in ORG_CONNECTORS):
            words = words[1:]
        if len(words) > 1 and kind_noun(words[0], words[1]):
            words = words[1:]  # "Carmaker Veltro Motors said"
        if not words:
            return None
        whole = " ".join(words)
        if (unit_of := unit_of_body(tokens(whole))) is not None:
            # "the Storms Laboratory of the Tallow Weather Service said": the unit speaks
            words = whole[unit_of[0] : unit_of[1]].split()
        name = strip_possessive(" ".join(words)).strip(",;: ")
        org = self.org_by_name.get(name.lower())
        if org is not None:
            return org
        if len(words) == 1 and is_acronym(name) and (spelt := self._acronym_expansion(name)) is not None and looks_like_org(spelt):
            return self.add_org(name, 0, set())  # "the IDA" after "the International Dockers’ Association", not "the COO"
        heads = {bare_word(strip_possessive(w)) for w in words}
        if not looks_like_org(" ".join(words)) or bare_word(words[-1]) in ORG_CONNECTORS or ends_in_title(words):
            return None
        person_name = clean_name(name)
        if person_name and self.person_for(person_name, create=False) is not None:
            return None  # "Council Leader Tom Becker" is a person
        types: set[str] = set()
        for h in heads:
            types |= ORG_TYPES.get(h, set())
        return self.add_org(name, 0, types)

    def _short_form(self, words: list[str], pos: Optional[int]) -> Optional[Person]:
        """"the Trust" after "the East African Wildlife Trust", "the High
        Court" after "the Tallow High Court": an organisation word alone, or
        a capitalised run ending in one, refers back to the organisation last
        named before it whose longer name holds that word or ends in that run."""
        if len(words) >= 2 and bare_word(words[0]) == "the":
            words = words[1:]
        tail = [bare_word(strip_possessive(w)) for w in words]
        if 2 <= len(words) <= 3 and all(capitalised(w) for w in words) and tail[-1] in ORG_WORDS:
            return self._last_org_named(lambda n: len(n) > len(tail) and n[-len(tail) :] == tail, pos, tail)
        if len(words) != 1 or not capitalised(words[0]) or tail[0] not in ORG_WORDS:
            return None
        return self._last_org_named(lambda n: len(n) > 1 and tail[0] in n, pos)

    def org_by_place_and_kind(self, words: list[str], pos: Optional[int]) -> Optional[Person]:
        """"Tallow council say" after "Tallow City Council": capitalised
        words and a lower-case kind of body name the organisation named
        before whose name holds those words and ends in that kind."""
        if len(words) >= 3 and bare_word(words[0]) == "the":
            words = words[1:]
        if not 2 <= len(words) <= 3 or not words[-1].islower() or bare_word(words[-1]) not in ORG_WORDS:
            return None
        if not all(capitalised(w) for w in words[:-1]):
            return None
        tail = [bare_word(strip_possessive(w)) for w in words]
        return self._last_org_named(lambda n: len(n) > len(tail) and n[-1] == tail[-1] and set(tail[:-1]) <= set(n[:-1]), pos)

    def _last_org_named(self, fits: Callable[[list[str]], bool], pos: Optional[int], own: Optional[list[str]] = None) -> Optional[Person]:
        """The organisation last named before ``pos`` with a name whose
        words (lower-cased, possessives off) ``fits``; none of whose names
        is ``own`` (the words are then a name of their own)."""
        best, best_pos = None, -1
        for org in self.orgs:
            names = [[bare_word(strip_possessive(w)) for w in n.split()] for n in org.names]
            if (own is not None and own in names) or not any(fits(n) for n in names):
                continue
            last = last_before(org.positions, pos)
            if last > best_pos:
                best, best_pos = org, last
        return best

    def org_of_type(self, noun: str, before: Optional[int]) -> Optional[Person]:
        """The organisation of that kind named last before ``before`` ("the
        association" after "the Harbour Employers' Association"); failing
        one, the last organisation whose kind the text never gave ("SkyNorth
        said in a statement" ... "the airline said"), unless the noun is a
        public body's ("the council")."""
        best, best_pos = None, -1
        fallback, fallback_pos = None, -1
        for org in self.orgs:
            if org.maybe_person and self._shown_person(org.full):
                continue
            last = last_before(org.positions, before)
            if noun in org.types or noun in ANY_BODY_NOUNS or self._said_to_be(org, noun, before):  # "the organisation": any body
                if last > best_pos:
                    best, best_pos = org, last
            elif org.types <= UNTYPED_ORG and org.types and last > fallback_pos and noun not in PUBLIC_BODY_NOUNS:
                fallback, fallback_pos = org, last
        return best if best is not None else fallback

    def _said_to_be(self, org: Person, noun: str, before: Optional[int]) -> bool:
        """The text says ``org`` is a body of that kind before ``before``
        ("The HFP is one of the opposition parties")."""
        last = len(self.units) if before is None else before // UNIT + 1
        for unit in self.units[1:last]:
            for form in org.forms:
                at = unit.masked.find(form)
                while at >= 0:
                    if noun in kinds_by_copula(unit.masked, at + len(form)):
                        return True
                    at = unit.masked.find(form, at + 1)
        return False

    def municipality_named(self, kind: str, before: int) -> Optional[Person]:
        """The last "City of X" (or "Town of X", "County of X") printed
        before ``before``, for a later "the city said": the council speaks
        by its formal name."""
        found = self._last_printed(re.compile(r"\b(" + kind.capitalize() + r" of (?:[A-Z][\w’'-]*)(?: [A-Z][\w’'-]*){0,2})"), before)
        return self.add_org(found[1], found[0], {kind}) if found is not None else None

    def _last_printed(self, pattern: re.Pattern[str], before: int) -> Optional[tuple[int, str]]:
        """(position, text) of the last match of ``pattern``'s first group
        that starts before ``before``, in the units up to it."""
        found = None
        for k, unit in enumerate(self.units[: before // UNIT + 1]):
            for m in pattern.finditer(unit.text):
                if k * UNIT + m.start() < before:
                    found = (k * UNIT + m.start(1), m.group(1))
        return found

    def org_ending_in(self, noun: str, before: int) -> Optional[Person]:
        """The organisation named last before ``before`` whose own name
        ends in ``noun`` ("the operator" after "the Tallow Energy Market
        Operator"), whatever else that noun may name."""
        best, best_pos = None, -1
        # "sheriff's office": a noun and its possessor; "the regulator's responses": the noun alone
        tail = strip_possessive(noun).replace("’", "'").split()
        for org in self.orgs:
            if any([w.lower() for w in form.replace("’", "'").split()[-len(tail) :]] == tail for form in org.forms if form.split()):
                last = last_before(org.positions, before)
                if last > best_pos:
                    best, best_pos = org, last
        if best is not None or self.org_of_type(noun, before) is not None:
            return best
        # A capitalised run the scan did not take for a body: "The Tallow
        # Grid Operator shed demand".
        printed = r"\s+".join(re.escape(w.capitalize()).replace("'", "[’']") for w in tail)
        pattern = re.compile(r"\b((?:[A-Z][\w’'-]*\s+){1,5}" + printed + r")\b(?![\s\u00a0]+(?:of|for|and|on)[\s\u00a0]+[A-Z])")
        found = self._last_printed(pattern, before)
        if found is None:
            return None
        words = found[1].split()
        if words[0] in {"The", "A", "An"}:
            words = words[1:]
        if len(words) < 2 or any(bare_word(w) in FUNCTION_WORDS for w in words):
            return None
        return self.add_org(" ".join(words), found[0], {tail[-1]})

    def superlative_kind(self, printed: str, pos: int) -> Optional[str]:
        """The kind of body a possessive and a superlative describe
        ("Europe's largest bank", "the country's biggest lender"), as "the
        bank" does: from the cue's own noun, or from the words after a cue
        cut at the possessive; None for any other cue."""
        k, off = divmod(pos, UNIT)
        if not 0 <= k < len(self.units):
            return None
        text = self.units[k].text
        if printed.islower() and printed in ORG_NOUNS | ORG_DESCRIPTORS:
            return printed if _OWNED_SUPERLATIVE_RE.search(text[max(0, off - 60) : off]) else None
        if not is_possessive(printed.strip()):
            return None
        m = _SUPERLATIVE_NOUN_RE.match(text, off + len(printed))
        return m.group(1) if m is not None and m.group(1) in ORG_NOUNS | ORG_DESCRIPTORS else None

    def untitled_body_before(self, pos: int, head: str = "company") -> Optional[Person]:
        """The last name before ``pos`` that the text never shows to be a
        person ("Halden Ports said ... The company said"): no given name,
        gender, honorific, age or person's role, and more than a word a
        sentence could open with; a trading body the text gave no kind."""
        i = bisect.bisect_left(self.mentions, pos, key=lambda m: m.pos)
        seen: set[int] = set()
        for m in reversed(self.mentions[max(0, i - BODY_LOOKBACK) : i]):
            person = m.person
            if id(person) in seen:
                continue
            seen.add(id(person))
            if person.org:
                if of_kind(person, "company"):
                    return person
                continue
            if (
                not self.says_itself(person.full)
                or len(person.names) > 1  # printed by surname too, as a person is
                or person.shown_person(by_speech=False)
                or any(is_given_name(n.split()[0]) or country_not_person(n) for n in person.names)
            ):
                continue
            words = person.full.split()
            if len(words) == 1 and (self.common_word(words[0]) or not self.printed_inside(words[0])):
                continue  # "Reporters ...", a word capitalised only to open a sentence
            if 1 <= len(words) <= 4 and all(capitalised(w) and bare_word(w) not in FUNCTION_WORDS for w in words):
                return self.add_org(person.full, m.pos, set())
        # "Tallow Ferries has cancelled ... the company said": the one body
        # named before whose name says no kind ("Senate", "House" do), when
        # no name is in view and the noun says no kind either.
        kindless = [
            org for org in self.orgs
            if not org.types and not org.maybe_person and last_before(org.positions, pos) >= 0 and not any(bare_word(w) in INSTITUTION_WORDS for w in org.full.split())
        ]
        return kindless[0] if len(kindless) == 1 and head in UNTYPED_ORG else None

    def _place_before_body_word(self, unit: Unit, toks: list[tuple[int, int, str]], i: int, j: int) -> bool:
        """The capitalised words ``i``..``j`` name a place whose body the
        lower-case word right after them is ("Tallow police", "Marren
        council"): not a person, a title or a sentence's capitalised opening
        word ("Local police") the article never prints inside a sentence."""
        if j + 1 >= len(toks) or toks[j + 1][2] not in PLACE_BODY_WORDS or toks[j + 1][0] - toks[j][1] != 1 or j - i > 2:
            return False
        words = [t[2] for t in toks[i : j + 1]]
        if any(not w.isalpha() or is_title_word(w) for w in words):
            return False
        opening = unit.masked[: toks[i][0]].rstrip(" \u00a0" + MARKS)[-1:] in {"", ".", "!", "?", ":"}
        return not (opening and len(words) == 1 and not self.printed_inside(words[0])) and self.person_for(" ".join(words), create=False) is None

    def headline_topic(self, printed: str) -> bool:
        """A headline's label before a colon that the story prints as a
        thing after "the" ("Tallow Budget: ..." over "The Tallow Budget
        set out by ..."): a topic, not a person or a body the article names."""
        words = printed.split()
        if not words or is_title_word(words[-1]) or self.known_person(printed) or self.org_named(printed) is not None:
            return False
        pattern = re.compile(r"\b[Tt]he\s+" + re.escape(printed) + r"\b")
        return any(pattern.search(unit.text) for unit in self.units if unit.number > 0)

    def printed_inside(self, word: str) -> bool:
        """The article prints ``word`` capitalised inside a sentence too, as a name is."""
        pattern = re.compile(r"[a-z0-9,;] " + re.escape(word) + r"\b")
        return any(pattern.search(unit.text) for unit in self.units)

    def _surname_of_named(self, word: str) -> bool:
        """``word`` is the surname of someone the article names in full:
        initials before it are a title's, not a body's name."""
        return any(len(p.full.split()) > 1 and not p.org for p in self.by_key.get(person_key(word), []))

    def _initials_of_named(self, words: list[str]) -> bool:
        """``words`` end the full name of someone the article names, the
        middle initials with the surname ("RT Roe" of "Ana RT Roe")."""
        tail = [fold(w) for w in words]
        return any(not p.org and [fold(w) for w in n.split()[-len(words) :]] == tail and len(n.split()) > len(words) for p in self.by_key.get(person_key(words[-1]), []) for n in p.names)

    def _shown_person(self, name: str) -> bool:
        """The text treats ``name`` as a person's: a gender, a title or role
        only a person holds, or a second mention by surname alone."""
        clean = clean_name(name)
        person = self.person_for(clean, create=False) if clean else None
        if person is None:
            return False
        roles = person.roles - ORG_CAPABLE_ROLES
        return bool(person.gender or roles & PERSON_ROLES or len(person.names) > 1)


# A reported sentence closed by its attribution: ", the THB said on Monday."
_CLOSING_NAME = r"((?:the[\s\u00a0]+)?[A-Z][\w&.'’-]*(?:[\s\u00a0]+(?:of[\s\u00a0]+)?[A-Z][\w&.'’-]*){0,4})"
_CLOSING_ATTRIBUTION_RE = re.compile(r",[\s\u00a0]+" + _CLOSING_NAME + r"[\s\u00a0]+" + SAID_FORMS + r"\b[^,;“”\"]{0,30}[.!?]?[\s\u00a0]*$")
# ... or by "according to" (", according to the Tallow Agency."): the same name after it.
_CLOSING_ACCORDING_RE = re.compile(r",[\s\u00a0]+according[\s\u00a0]+to[\s\u00a0]+" + _CLOSING_NAME + r"[.!?]?[\s\u00a0]*$")

# A superlative, perhaps after a word that qualifies it: "largest", "second-biggest", "most trusted".
_SUPERLATIVE = r"(?:[a-z-]+[\s\u00a0]+)?(?:[a-z-]+est|most[\s\u00a0]+[a-z]+)"
# "Europe's largest", "the country's biggest": a possessive and a superlative before a noun.
_OWNED_SUPERLATIVE_RE = re.compile(r"\b[\w-]+['’]s?[\s\u00a0]+" + _SUPERLATIVE + r"[\s\u00a0]+$")
# "... largest bank", "... second-biggest lender": a superlative, then the noun.
_SUPERLATIVE_NOUN_RE = re.compile(r"[\s\u00a0]+" + _SUPERLATIVE + r"[\s\u00a0]+([a-z]+)\b")

# A run of capitalised words, joined by the small words of a body's name,
# a plural's or an owner's apostrophe kept ("International Dockers’ Association").
# A capitalised word, hyphenated parts ("Anti-Doping") or dotted initials ("U.S.") included.
_CAPITALISED_WORD = r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)*|(?:[A-Z]\.){2,}(?!\w))"
_CAPITALISED_RUN_RE = re.compile(r"\b" + _CAPITALISED_WORD + r"(?:['’]s?)?(?:\s+(?:(?:of|for|and|on|the|to)\s+)*" + _CAPITALISED_WORD + r"(?:['’]s?)?)+")


def _owns_next(after: str) -> bool:
    """Whether the words after a name are its own verb and then "its"
    ("Orbita had raised its offer", "Orbita cut its forecast"): only a
    body is referred to so."""
    words = after.split()[:5]
    if words and words[0] in {"has", "have", "had"}:
        words = words[1:]
    if len(words) < 2:
        return False
    verb = words[0]
    if not (finite_verb(verb) or (len(verb) > 4 and verb.isalpha() and verb.islower() and verb.endswith("s"))):
        return False
    return "its" in words[1:3]


# A member's initials after the house or the party they sit for.
_MEMBER_INITIALS = frozenset({"mp", "mep", "msp", "mla", "mpp", "mna", "mlc", "td"})


def ends_in_title(words: list[str]) -> bool:
    """The words end in a title only a person holds ("Union Minister",
    "Council President"): a person's title, never a body's name ("the
    Office of the President" is one, and so is a longer name)."""
    last = bare_word(strip_possessive(words[-1]))
    if words[-1].isupper() and last in _MEMBER_INITIALS:
        return True  # "the Harbour Party Senate MP": a member's seat, however long
    if any(bare_word(w) == "of" for w in words):
        return False
    # A ranking word opens an office however long ("Chief Harbour Court Judge"),
    # and so does a body's possessive ("Tallow Mills' Managing Director").
    owned = any(is_possessive(w) for w in words[:-1])
    if len(words) > 3 and bare_word(words[0]) not in OFFICE_QUALIFIERS and not owned:
        return False  # "The New Hampshire Union Leader": a paper's longer name
    return is_title_word(words[-1]) and last in PERSON_ROLES and last not in ORG_WORDS


def _spelt_initials(word: str, name: str) -> bool:
    """A short form printed as a word ("Talpa" for "Tallow Airline Pilots
    Association"): capitalised, opening with the name's first initial and
    holding all its initials in order."""
    initials = _initials(name.split()).lower()
    if len(initials) < 3 or not word[:1].isupper() or word[0].lower() != initials[0]:
        return False
    rest = iter(word.lower())
    return all(letter in rest for letter in initials)


def _initials(words: list[str], joiners: bool = False) -> str:
    """The first letters of the capitalised words ("IMF" for "International
    Monetary Fund", "CPTW" for "Committee to Protect Tallow Writers"), of
    each part of a hyphenated one ("WADA" for "World Anti-Doping Agency") and
    every letter of dotted initials ("USADA" for "U.S. Anti-Doping Agency");
    with ``joiners``, the lower-case words' too ("DOH" for "Department of
    Health")."""
    return "".join(
        "".join(p[0] for p in re.split(r"[.-]", w) if p[:1].isupper()) if w[:1].isupper() else (w[0].upper() if joiners else "")
        for w in words
    )


def _initials_then_name(toks: list[tuple[int, int, str]], j: int) -> bool:
    """Initials in brackets after token ``j``, then a capitalised word."""
    return (
        (initials := bracketed(toks, j + 3)) is not None and is_acronym(initials)
        and j + 4 < len(toks) and capitalised(toks[j + 4][2]) and toks[j + 4][0] - toks[j + 3][1] <= 1
    )

# A quotation opening on a capitalised name and a verb of its own in the
# third person: "Tallowvolc urges everyone", "Harbour Aid will".
_SELF_NAMED_RE = re.compile(r"\s*(?:The\s+)?((?:[A-Z][\w&’'.-]*\s+){0,3}[A-Z][\w&’'.-]*)\s+(?:would|will|is|has|continues|[a-z]{3,}[^s\W]s)\b")


def _body_word_ends(name: str) -> bool:
    """Three words or more that a body's word ends ("London Renters Union")."""
    words = name.split()
    return len(words) >= 3 and bare_word(strip_possessive(words[-1])) in ORG_WORDS
