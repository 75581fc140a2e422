"""Resolving the words of an attribution (a name, a pronoun, a role) to a person or an organisation."""

from __future__ import annotations

import bisect
import re
from typing import Optional

from .descriptors import INDEFINITES
from .entities import Person, of_kind
from .placetags import places_before_role
from .given_names import given_name_gender, is_given_name
from .lexicon import (
    MASK, PARTY_MEMBERS, BODY_HEAD_WORDS, OFFICE_QUALIFIERS, TRADING_BODIES, OFFICE_PHRASES, ABBREV, AFFILIATIONS, DEMONYMS,
    EPITHET_HEADS, FUNCTION_WORDS, HONORIFICS, ORG_DESCRIPTORS, ORG_NOUNS, ORG_TYPES, ORG_WORDS, PAST_QUALIFIERS, PERSON_ROLES,
    TITLE_ABBREVIATIONS, TITLE_WORDS, POSSESSIVE_PRONOUNS, PRONOUNS, ROLE_SYNONYMS, SPEECH_VERBS, UNNAMED_SOURCE_HEADS,
)
from .titleruns import office_in_capitals, place_before_role
from .organisations import ends_in_title
from .names import (
    bare_word, capitalised, office_of_lords, clean_name, is_acronym, is_initial, is_possessive, is_title_word, looks_like_org,
    name_from_tokens, name_token, plural_role_noun, role_noun, strip_possessive, uncontracted,
)
from .identity import fold, name_gender, person_key, same_person
from .descriptors import anaphoric_description, article_dropped, bare_org_word, body_after_kind, compound_head, descriptor_gender, former_of, other_party, proper_body
from .documents import document_noun, document_of_kind, document_spoken_in, document_owner_pronoun, law_name, opening_document_issuer, owned_document, publisher_of
from .places import country_not_person
from .wordforms import AGE_RE, without_loose_modifiers
from .subjects import sentence_subject
from .text import MARKS, UNIT, sentence_of, tokens
from .spokespeople import ROLE_WORDS
from .inverted import InvertedAttributions


class Resolution(InvertedAttributions):
    """Resolving the words of an attribution (a name, a pronoun, a role) to a person or an organisation. Part of ``Article``."""

    def _named_body(self, words: list[str], pos: int) -> Optional[str]:
        """The name of a body that speaks though the article never named
        it before: "the ACU said", "The Daily Caller reported", "CNN
        reported". A person is never "the X", and a word in capitals is
        initials; a role, a party or a nationality is no body's name.
        "The" stays when printed in capitals inside a sentence."""
        if not words or len(words) > 6:
            return None
        the = bare_word(words[0]) == "the"
        rest = [w.strip(",.;:") for w in (words[1:] if the else words)]
        if not rest or not (the or (len(rest) == 1 and is_acronym(rest[0]) and 2 <= len(rest[0]) <= 6)):
            return None
        for n, w in enumerate(rest):
            low = bare_word(w)
            if low in {"of", "for", "and", "on"} and 0 < n < len(rest) - 1:
                continue
            if not w[:1].isupper() or not w.replace("-", "").replace("&", "").replace(".", "").isalpha():
                return None
            if low in HONORIFICS or is_title_word(w) or low in PERSON_ROLES:
                return None
        last = bare_word(rest[-1])
        if last in AFFILIATIONS or last in DEMONYMS or last.rstrip("s") in AFFILIATIONS or last.rstrip("s") in DEMONYMS:
            return None
        if the and words[0] == "The":
            k, off = divmod(pos, UNIT)
            if 0 <= k < len(self.units):
                unit = self.units[k]
                start, _ = sentence_of(unit, off)
                if unit.masked[start:off].strip(" \u00a0\"“”‘’'"):
                    return " ".join(["The"] + rest)
        return " ".join(rest)

    def _title_word_surname(self, words: list[str], besides: str = "") -> Optional[str]:
        """"King said", "Marshal added": a title word alone is the surname of
        someone the article named in full ("Colm King"); no one otherwise.
        ``besides``: a name printed with it that is no one else's."""
        if len(words) != 1 or not words[0][:1].isupper():
            return None
        word = strip_possessive(words[0]).rstrip(".,")
        people = [p for p in self.by_key.get(fold(word), []) if len(p.full.split()) > 1 and not p.org and p.full != besides]
        return people[0].full if len(people) == 1 else None

    def _role_then_surname(self, words: list[str]) -> Optional[str]:
        """"Recorder Roe told the court" after "Ana Roe, sitting as a
        recorder": a capitalised role, then the surname of the one person
        named in full with it; a given name ("Hunter Roe") is no role."""
        if len(words) != 2 or not words[0].isalpha() or not words[0].istitle() or is_given_name(words[0]) or not role_noun(words[0].lower()):
            return None
        if is_title_word(words[0]):
            return None  # "President Roe": a title the title rules read
        full = self._title_word_surname(words[1:], besides=" ".join(words))  # the scan may have taken "Recorder Roe" for a name
        role = words[0].lower()
        if full is not None and role not in PERSON_ROLES and not any(role in p.roles for p in self.by_key.get(fold(strip_possessive(words[1]).rstrip(".,")), [])):
            # "Tavender Roe" after "Imam Tariq Roe": a word only its ending
            # makes a role, which that person was never given, is a given
            # name the list lacks: someone else of the surname.
            return None
        return full

    def _placed_elsewhere(self, person: Person, role: str, places: set[str]) -> bool:
        """The text prints ``person`` with the role after another place's
        name ("Tallow Governor X"), and never after one of ``places``."""
        printed_at = {w for w in places_before_role(self.whole_text(), role, person.names) if not self.common_word(w)}
        return bool(printed_at) and not printed_at & places

    def resolve(self, printed: str, pos: int, headline: bool, quoted: str = "") -> tuple[Optional[str], list[str]]:
        printed = without_loose_modifiers(printed)
        if headline and article_dropped(printed, headline) and self._title_word_surname(printed.split()) is None:
            # a headline's "says lord mayor"; not "Roe vows ..." where "roe"
            # would read as a role noun, though it is someone's surname
            printed = "the " + printed
        owned = None if headline else self.superlative_kind(printed, pos)  # "Europe's largest bank said"
        if owned is not None:
            # Only a body of that very kind: "the country's largest union" is no bank.
            of_owned = self.org_ending_in(owned, pos) or self.org_of_type(owned, pos)
            return (of_owned.full, list(of_owned.forms)) if of_owned is not None else (None, [])
        words = printed.split()
        low = printed.lower().strip()
        named = words[1:] if words and bare_word(words[0]) == "the" else words
        if law_name(named) and all(capitalised(w) for w in named):
            return " ".join(named), [" ".join(named)]  # "The Tallow Housing Code defines ...": the law, whole
        if not headline and 2 <= len(words) <= 5 and bare_word(words[0]) == "the" and words[-1] in EPITHET_HEADS:
            # "“...,” the star continued", "said the Harbour Lights singer": an
            # epithet news uses for the one just quoted, no office of anyone's.
            speaker = self.last_speaker_near(pos) or self.only_person_near(pos)
            if speaker is not None:
                self.add_mention(pos, speaker)
                return speaker.full, list(speaker.forms)
        if low in {"police", "the police"} and printed.strip().islower():
            # "“...,” police said": the one force the page names, as "Police
            # said" is; with none named, nobody named speaks.
            force = self.resolve("Police", pos, headline, quoted)
            return force if force[0] not in {None, "Police"} and " and " not in (force[0] or "") else (None, [])
        if uncontracted(low) in PRONOUNS:
            low = uncontracted(low)  # "He’s claiming ...", "I'm old enough ...": the pronoun, contracted
        if low in PRONOUNS or low in POSSESSIVE_PRONOUNS:
            gender = PRONOUNS.get(low, POSSESSIVE_PRONOUNS.get(low))
            if gender == "n":
                # "The company said ... It added that ...": "it" carries on
                # the organisation the sentence before was about.
                org = self.org_subject_before(pos)
                return (org.full, list(org.forms)) if org else (None, [])
            spoken_for = self.spokesperson_goes_on(pos, gender) if gender != "n" else None
            if spoken_for is not None:
                return spoken_for.full, list(spoken_for.forms)  # "A spokesman for the Board said ... “...,” he said"
            if gender == "p" and low in {"they", "them"}:
                # "Northwest Aid said on Friday it had been fined. “...,” they said":
                # a body the sentence before is about, as British pages speak of one.
                org = self.org_subject_before(pos)
                return (org.full, list(org.forms)) if org is not None and org.org else (None, [])
            if gender in {"p", None}:
                return None, []
            # The pronoun used for a person tells their gender for later ones.
            # "he said of Roe" is not Roe; nor is a "he" whose words speak of
            # someone by name ("His better bet is ...; Roe's best argument").
            target = self.object_of_pronoun(pos)
            excluded = self.named_in(quoted) + ((target,) if target is not None else ()) + self.fronted_clause_names(pos)
            person = self._role_subject_before(pos, gender) or self.inverted_description_before(pos, gender)
            if person is None or any(person is x for x in excluded):
                person = self._recent(pos, gender, exclude=excluded)
            if person is None:
                person = self._role_subject_holder(pos, gender)
            if person is None:
                person = self._unshown_subject(pos, gender, excluded)
            if person is None:
                person = self.only_agreeing(pos, gender, exclude=excluded)
            if person is None:
                person = self.named_gender_speaker(pos, gender, excluded)
            return self.resolved_as(person, pos, gender)
        if len(words) == 2 and low.split()[0] == "the" and low.split()[1] in ROLE_WORDS:
            spoken_for = self.spokesperson_role_goes_on(low.split()[1], pos)
            if spoken_for is not None:
                return spoken_for.full, list(spoken_for.forms)  # "A Tallowtel spokeswoman said ... the spokeswoman said"
        if len(words) > 1 and low.split()[0] in {"a", "an"} and all(w.isupper() for w in words[1:]):
            return None, []  # "A COUNCIL has denied ...": a story's capitalised opening words, no name
        former = former_of(printed)
        if former is not None and not headline:
            # "X's former speechwriter said": the named subject just
            # before, when that is not X.
            gender = descriptor_gender(former[1])
            person = self.described_subject(pos, gender, former[1], {bare_word(w) for w in words})
            owner = self.person_for(former[0], create=False)
            return self.resolved_as(person if person is not owner else None, pos, gender)
        as_printed = printed
        printed, words = place_before_role(printed, words)
        placed = printed != as_printed  # "the MP for Tallow": a role and its seat, no name
        org = self.org_named(printed, None if headline else pos) or self.org_by_place_and_kind(words, None if headline else pos)
        if org is not None:
            return org.full, list(org.forms)
        if len(words) == 1 and not headline and words[0][:1].isupper() and not words[0].endswith("s") and words[0] not in PARTY_MEMBERS and bare_word(words[0]) in AFFILIATIONS and self.person_for(words[0], create=False) is None:
            named_party = self.add_org(words[0], pos, set())  # "Labour said", "GOP says": a party by its own name, no one's surname
            return named_party.full, list(named_party.forms)
        if len(words) == 2 and bare_word(words[0]) == "the" and words[1].istitle() and bare_word(words[1]) in ORG_NOUNS - ORG_TYPES.keys():
            # "the Bench said": a noun for a kind of body that heads no body's
            # name, in capitals as some papers print it, is read as in lower
            # case ("the Government", "the Council" head names, and go back
            # only to a body so named).
            return self.resolve("the " + words[1].lower(), pos, headline, quoted)
        if bare_org_word(words):
            return None, []  # "the Trust" with no trust named before it
        publisher = publisher_of(words)
        if publisher is not None:
            # "the Harbour Trust website notes": the body that publishes it.
            return self._published_by(publisher, pos, headline, quoted)
        owning = document_owner_pronoun(printed)
        if owning is not None:
            # "“...,” her statement read": the one "her" means wrote it.
            return self.resolve(owning, pos, headline, quoted)
        possessor = owned_document(words)
        if possessor is not None:
            # "Roe's Facebook post reads": the post speaks for Roe.
            found = self.resolve(possessor, pos, headline, quoted)
            if found[0] is not None:
                return found
        kind = document_of_kind(printed)
        if kind is not None and words and bare_word(words[0]) in {"a", "an", "the"}:
            return self.resolve("the " + kind[0], pos, headline, quoted)  # "A terse ministry statement noted"
        noun = document_noun(printed)
        if noun is not None:
            # "The Trust sent out an email ... “...,” the email read".
            issuer = self._issuer_of(noun, pos)
            return (issuer.full, list(issuer.forms)) if issuer else (None, [])
        holder = self.initials_holder(words, None if headline else pos)
        if holder is not None:
            self.add_mention(pos, holder)
            return holder.full, list(holder.forms)
        kind = body_after_kind(words)
        if kind is not None and self.person_for(kind[1], create=False) is None:
            # "The union Unite said", "the carrier AeroVale said": a kind of
            # body, then its name.
            org = self.add_org(kind[1], pos, {kind[0]})
            return org.full, list(org.forms)
        # "the top Democrat" is a description, though "Democrat" is in capitals.
        party = bare_word(words[0]) == "the" and words[-1] in PARTY_MEMBERS
        name = None if placed or party else self._role_then_surname(words) or clean_name(printed) or self._title_word_surname(words) or _held_name(words)
        if name and country_not_person(name):
            if not any(is_possessive(w) for w in words):
                org = self.add_org(name, pos, set())  # "Even Ruritania said": the state speaks
                return org.full, list(org.forms)
            return None, []  # "Ruritania's opposition leader": someone of the country's, not the country
        if name:
            gender = None
            first = bare_word(words[0]) if words else ""
            if first in HONORIFICS and len(words) > 1 and not office_of_lords(words):
                gender = HONORIFICS[first]  # not "Lord Advocate X", an office
            # "Cllr Roe said" where a councillor and a publican share the surname.
            titles = frozenset({first, *TITLE_ABBREVIATIONS.get(first, first).split()[-1:]}) if len(words) > 1 else frozenset()
            person = self.person_for(name, create=False, gender=gender, pos=pos, titles=titles) or self.named_at_given_name(name)
            if gender and " " not in name and (person is None or person.gender not in {None, gender} or " " not in person.full):
                person = self.kin_by_honorific(name, gender) or person  # "Roe's wife, Ana," ... "Ms Roe said"
            if person is None and " " not in name:
                # "Ravi said" after "Ravi Kohlan"; "Minister Marchettti said"
                # after "Ivo Marchetti": a given name, or a misspelt surname.
                person = self.by_given_name(name) or self.by_misspelt_surname(name, pos)
            if person is None:
                if (looks_like_org(printed) and _held_name(words) is None) or (" " not in name and _group_word(name)):
                    # "Austrian" alone describes someone, "Republicans" a
                    # group; neither names anybody.
                    return None, []
                if " " not in name and name.endswith("s") and (self.common_word(name) or self.common_word(name[:-1])) and not is_given_name(name):
                    return None, []  # "Allies say ...", "Records indicated ...": a plural the article also prints in lower case, or its singular
                if gender is None and self.longer_body_name(name) is not None:
                    org = self.add_org(name, pos, set())  # "Tallow said" where "Tallow University" is printed
                    return org.full, list(org.forms)
                person = self.register(self._fullest_unclaimed(name, gender), name, gender=gender)
            if gender and not person.gender:
                person.gender = gender
            self.add_mention(pos, person)
            return person.full, list(person.forms)
        if not headline and article_dropped(printed, headline):
            # Only past the names and bodies it might be: "Harbour Secretary"
            # printed for "The new Harbour Secretary told the committee".
            return self.resolve("the " + printed, pos, headline, quoted)
        roles = {bare_word(strip_possessive(w)) for w in re.split(r"[\s\-]+", printed) if w}
        roles -= {"the", "a", "an"}
        if not roles or not words:
            return None, []
        if bare_word(words[0]) in INDEFINITES and words[-1].islower():
            return None, []  # "a campaign memo", "one senior aide": someone the text does not name
        word = bare_word(strip_possessive(re.split(r"[\s\-]+", compound_head(printed))[-1]))
        head = TITLE_ABBREVIATIONS.get(word, word).rpartition(" ")[2]  # "Gov": a governor; "PM": a (prime) minister
        # "Unite union warns": a headline, or a page, may drop the article.
        with_article = words if bare_word(words[0]) == "the" else ["the"] + words
        if proper_body(with_article, head) and self.person_for(" ".join(with_article[1:-1]), create=False) is None:
            # "the French delegation said", "the Congress party said": a body
            # speaks. A trading body is known by its name alone ("the
            # Harbourline company" is Harbourline); a union, a party, a council
            # or a nation's body by the whole phrase, whose first word is often
            # a place's ("the Tallow union", "the French delegation").
            kind_word = [] if head in TRADING_BODIES else [strip_possessive(with_article[-1])]
            org = self.add_org(" ".join(with_article[1:-1] + kind_word), pos, {head})
            return org.full, list(org.forms)
        owned_kind = len(words) == 3 and is_possessive(words[1]) and words[1].islower()  # "the sheriff's office said"
        if (len(words) == 2 or owned_kind) and bare_word(words[0]) == "the" and words[-1].islower() and head in ORG_NOUNS | ORG_DESCRIPTORS and not headline:
            named_kind = self.org_ending_in(" ".join(words[1:]).lower(), pos)
            if named_kind is not None or owned_kind:
                # "the Tallow Market Operator ... the operator said"; "the mayor's office" is no other office
                return (named_kind.full, list(named_kind.forms)) if named_kind is not None else (None, [])
        if len(words) == 2 and bare_word(words[0]) == "the" and words[1].islower() and head in _MUNICIPALITIES and not headline:
            town = self.municipality_named(head, pos)  # "The City of Tallow ... the city said", "the Port of Tallow ... the port"
            return (town.full, list(town.forms)) if town is not None else (None, [])
        held_office = next((held for phrase, held in OFFICE_PHRASES.items() if low.endswith(phrase)), None)
        if (
            (head in ORG_NOUNS or head in ORG_DESCRIPTORS)
            and head not in PERSON_ROLES
            and held_office is None
            and bare_word(words[0]) == "the"
            and not any(capitalised(w) for w in words[1:])
        ):
            org = None if headline else self.body_naming_itself(quoted)
            org = org or self.org_of_type(head, None if headline else pos)
            if org is None and not headline:
                # "Harbour Rail will cut jobs. “...,” the company said": the
                # body the sentence before is about, though no kind was given.
                org = self.org_subject_before(pos)
                if org is not None and head in TRADING_BODIES and not of_kind(org, head):
                    org = None  # "The dockers' union struck at X, and the company said": not the union
            if org is None and not headline and head in TRADING_BODIES:
                org = self.untitled_body_before(pos, head)
            return (org.full, list(org.forms)) if org else (None, [])
        heads = {head} | ROLE_SYNONYMS.get(head, set())
        if held_office is not None:
            head, heads = "head", set(held_office)  # "the head of state": a president or a monarch
        if head in TITLE_WORDS and head not in PERSON_ROLES and head not in ORG_WORDS:
            heads = set()  # "the opposition said": a word of titles ("Opposition Leader X"), no one's role alone
        # "the former minister" is not whoever holds the post now: only
        # someone introduced as former (or as a predecessor) fits.
        past = roles & PAST_QUALIFIERS
        # "the Ruritanian leader", "the Ohio senator": among the holders of
        # the role, the one printed beside those words ("Ruritanian President
        # X") is meant.
        places: set[str] = set()
        if bare_word(words[0]) == "the" and (words[-1].islower() or (is_acronym(words[-1]) and (placed or is_title_word(words[-1])))):
            places = {bare_word(w) for w in words[1:-1] if w[:1].isupper() and not is_possessive(w)}
        # "the First Minister", "the Home Secretary": a title printed in capitals
        # with its own first word names one office, held by whoever is printed so.
        # "the former Chief Minister" too: a past qualifier before it is no part of the office.
        office = [w for w in words[1:] if bare_word(w) not in PAST_QUALIFIERS]
        # "the Head of State" in capitals is an office phrase, no title with a place in it.
        compound_title = held_office is None and bare_word(words[0]) == "the" and len(office) == 2 and all(w[:1].isupper() for w in office)
        if held_office is not None:
            places = set()
        elif compound_title:
            places = {bare_word(office[0])}
        best = None
        # "Roe gave no figure. The Labour nominee later toured ...": among
        # holders who fit as well, the subject just before is the one meant.
        subject = None if headline else self._subject_before(pos)
        # A description with a seat of two words or more ("the North Tallow MP").
        seat = len(places - AFFILIATIONS) > 1
        just_quoted = None if headline or not seat else self.last_speaker_near(pos)
        leads = head in BODY_HEAD_WORDS and bool(places) and not headline  # "the THS boss": its head, by any title
        of_body = leads and any(place in self.org_by_name for place in places)  # and only its head
        for person in self.persons:
            led = leads and person.roles & TITLE_WORDS and self.printed_with_body(person, places, pos)
            if (of_body and not led) or not led and (not person.roles or not (heads & person.roles) or (head in {"general"} and len(roles & person.roles) < 2)):
                continue
            if past and not (person.roles & (PAST_QUALIFIERS | {"predecessor"})) and not any(
                q in form.lower().split() for form in person.forms for q in past
            ):
                continue
            score = len(roles & person.roles)
            if places:
                beside = self._printed_beside(person, None if headline else pos)
                if other_party(places, beside):
                    continue  # "the Democratic nominee" is no nominee printed only as a Republican
                if seat and not places & beside and not (person is subject or person is just_quoted):
                    # "the Northfield East MP" is no MP printed nowhere near that seat,
                    # unless the MP is the one the sentence before is about or just quoted.
                    continue
                if not seat and places - AFFILIATIONS and not places & beside and self._placed_elsewhere(person, head, places):
                    continue  # "the Marren governor" is not "Tallow Governor X"
                if compound_title and places - AFFILIATIONS and not places & beside and not self.titled_in_headline(person, head, pos):
                    # "the First Minister" is not the "Harbour minister"; "the Labour MP" may be the one MP whose
                    # party went unprinted; the lead's "the House Speaker" is the headline's "Speaker Lowe".
                    continue
                score += len(places & beside)
            last = self.last_pos(person, None if headline else pos)
            if last is None:
                continue
            # "the Minister" is the minister now, not a "Chief Minister" nor a former one.
            other = len((person.roles & OFFICE_QUALIFIERS) - roles) + (0 if past else len(person.roles & PAST_QUALIFIERS))
            if headline:
                # A headline's "the minister" is the one the story opens on,
                # not whoever the page names last.
                last = -person.positions[0]
            key = (score, -other, person is subject, last)
            if best is None or key > best[0]:
                best = (key, person)
        if best is not None and places and head not in best[1].roles and subject is not None and subject is not best[1] and not subject.roles and self.describable(subject, None):
            # "Sir Tomas Lunde called for an election. The Harbour leader said": the subject just
            # before, given no role, not a chairman named earlier by a kindred title ("the band leader" is anyone's).
            best = (best[0], subject)
        # "the Tallow Fund's chief said": a body's possessive stands for "the".
        determined = bare_word(words[0]) in {"the", "a", "an"} or (
            len(words) > 1 and is_possessive(words[0]) and capitalised(words[0]) and words[-1].islower() and head not in ORG_NOUNS | ORG_WORDS | ORG_DESCRIPTORS
        )
        if best is None and determined:
            # A role the article names its holder for only later ("the
            # spokesperson said" ... "spokesperson for the case, X").
            later = self._later_holder(heads, pos, None)
            introduced = self._introduced_unnamed(heads, pos)
            if later is not None and introduced and not introduced & {strip_possessive(w) for w in self._printed_beside(later, None)}:
                later = None  # "a committee spokeswoman", then "the spokeswoman": not another body's spokesperson
            if later is not None and places and (not places & self._printed_beside(later, None) or (placed and places - self._printed_beside(later, None))):
                later = None  # "the Ruritanian senator" is no senator of another place named later; "the MP for X" is X's
            if later is not None and bare_word(words[0]) not in {"the", "a", "an"}:
                beside = {w.lower().rstrip("s") for w in later.roles | self._printed_beside(later, None)}
                if {w.rstrip("s") for w in words[1:-1]} - beside:
                    later = None  # "Tallow's finance minister" is no wildlife minister named later
            if later is not None and past and not later.roles & (PAST_QUALIFIERS | {"predecessor"}):
                later = None  # "the former minister" is not whoever holds the post now
            if later is None and bare_word(words[0]) == "the" and not past and not places:
                later = self.delayed_name(heads, pos)
                if later is not None and head in PERSON_ROLES | TITLE_WORDS:
                    # The lead's "the federal minister said", then "X told reporters":
                    # a later "the minister said" goes on with X.
                    later.roles.add(head)
                later = later or self.headline_speaker(heads & PERSON_ROLES, pos)
            if later is None and bare_word(words[0]) == "the" and not past and not headline:
                later = self.lead_description_named(printed, heads)
            if later is not None:
                self.add_mention(pos, later)
                return later.full, list(later.forms)
            noun = bare_word(strip_possessive(words[-1]))  # "front-runner" whole
            # "the Cruz adviser" is someone's adviser left unnamed, not Cruz nor the one named before
            if not of_body and anaphoric_description(words, noun) and not (noun in UNNAMED_SOURCE_HEADS and self.person_for(words[1], create=False) is not None):
                gender = descriptor_gender(noun)
                if party:
                    described = self.party_member_subject(pos, words)
                else:
                    described = self.described_subject(pos, gender, noun, {bare_word(w) for w in words}, lower_head=words[-1].islower())
                    described = described or self.first_described(printed, pos, gender, noun, {bare_word(w) for w in words}, words[-1].islower())
                    if described is not None and office_in_capitals(words, noun) and (described.roles or self._office_printed_before(printed, pos)):
                        described = None  # someone given no role, the office not printed unnamed before
                    of_named = {bare_word(w) for w in words[1:-1] if capitalised(w)}
                    if described is not None and len(of_named) > 1 and of_named & (ORG_WORDS | ORG_NOUNS) and not of_named & self._printed_beside(described, pos):
                        described = None  # "the leader of Marren City Council" is no one printed away from that body ("the Senate leader" is a title)
                if (
                    described is not None
                    and seat
                    and noun in TITLE_WORDS
                    and not (described.roles | self._printed_beside(described, pos)) & PERSON_ROLES
                    and any(heads & person.roles for person in self.persons if not person.org)
                ):
                    # "the North Tallow MP" is no ferry user in view when the page prints
                    # an MP the place passed over; a shadow minister in view may be one.
                    described = None
                if AGE_RE.fullmatch(bare_word(words[1])):
                    # "the 57-year-old said": news gives an age for the person
                    # the story is on, the last in view; only a person has an
                    # age, so a name that may be a body's ("Harbour Rail") is not meant.
                    described = described or self._recent(pos, gender)
                    if described is not None and not (self.describable(described, gender) and (described.shown_person() or is_given_name(described.full.split()[0]))):
                        described = None
                if described is not None:
                    return self.resolved_as(described, pos, gender)
        if best is None:
            gender = descriptor_gender(head) if bare_word(words[0]) == "the" and len(words) <= 3 else None
            if gender is None and head in DEMONYMS and len(words) == 2 and bare_word(words[0]) == "the":
                # "the Spaniard said", "the Brazilian added": the person
                # described so ("Spanish coach X"), else the last in view.
                return self.resolved_as(self._described(head, pos, None) or self._recent_person(pos), pos, None)
            if gender is None:
                body = self._named_body(words, pos)
                if body is None:
                    return None, []
                org = self.add_org(body, pos, set())
                return org.full, list(org.forms)
            # "the Frenchwoman said": the person the text described so
            # ("French player X", "X, 29, the Frenchwoman"), else the person
            # last in view who can be one.
            return self.resolved_as(self._described(head, pos, gender) or self._recent(pos, gender), pos, gender)
        person = best[1]
        self.add_mention(pos, person)
        return person.full, list(person.forms)

    def _office_printed_before(self, printed: str, pos: int) -> bool:
        """"The First Minister has told ...": the office opened the story unnamed."""
        k, off = divmod(pos, UNIT)
        low = printed.lower()
        return any(low in unit.masked.lower() for unit in self.units[:k]) or low in self.units[k].masked[:off].lower()

    def _role_subject_before(self, pos: int, gender: str) -> Optional[Person]:
        """"The mayor stood up and called for a fresh count. “...,” he
        told council": a pronoun after a sentence of its own paragraph
        whose subject is a role, with no name printed since, is the role's
        holder rather than the last name printed."""
        k, off = divmod(pos, UNIT)
        unit = self.units[k]
        starts = [sentence_of(unit, off)[0]]
        before = self.sentence_before(k, off)
        if before is not None and before[0] == k:
            starts.append(before[1])
        for lo in starts:
            toks = tokens(unit.masked, lo, min(len(unit.masked), lo + 60))
            if len(toks) < 3 or toks[0][2].lower() != "the":
                continue
            end = next((n for n in range(1, min(4, len(toks) - 1)) if role_noun(toks[n][2]) and toks[n + 1][2].islower() and toks[n + 1][2] not in {"of", "for"}), None)
            if end is None or not all(t[2].isalpha() and t[2].islower() for t in toks[1 : end + 1]) or toks[end][2] in ORG_NOUNS | ORG_WORDS | ORG_DESCRIPTORS:
                return None
            start = k * UNIT + lo
            i = bisect.bisect_left(self.mentions, start, key=lambda m: m.pos)
            if i < len(self.mentions) and self.mentions[i].pos < pos:
                return None  # a name printed since the role
            full, _ = self.resolve(unit.text[toks[0][0] : toks[end][1]], start, headline=False)
            person = self.person_for(full, create=False) if full else None
            if person is None or person.org or not self._agrees(person, gender):
                return None
            return person
        return None

    def _recent_person(self, pos: int) -> Optional[Person]:
        """The last in view whom the text shows to be a person, or whose
        name opens with a given name: "the Spaniard" is never "Grand Slam"."""
        passed: tuple[Person, ...] = ()
        for _ in range(4):
            person = self._recent(pos, None, passed)
            if person is None or person.shown_person() or is_given_name(person.full.split()[0]):
                return person
            passed += (person,)
        return None

    def lead_holder(self, printed: str, pos: int) -> tuple[Optional[str], list[str]]:
        """A story's lead that describes its speaker without a name ("A
        council leader has said ...", as British pages open a story, or
        "Tallowland's wildlife minister has apologised ...") means the
        holder of that role whom the next paragraph names first."""
        owner = publisher_of(printed.split())
        if owner is not None:
            return self._published_by(owner, pos, headline=False)  # "a Tallow Zoo statement read"
        words = printed.split()
        k = pos // UNIT
        # "A council leader has said", "Tallowland's wildlife minister has apologised"
        opener = words[0].lower() in {"a", "an"} or (is_possessive(words[0]) and capitalised(words[0])) if words else False
        if len(words) < 2 or not opener or k * UNIT != self.body_start or not words[-1].islower():
            return None, []
        head = bare_word(words[-1])
        if head not in PERSON_ROLES | TITLE_WORDS:
            return None, []
        heads = {head} | ROLE_SYNONYMS.get(head, set())
        holder = self.delayed_name(heads, pos, role_printed=True)
        plain = holder is None and is_possessive(words[0])
        if plain:
            # "Tallowland's education minister is frustrated ...", then "Ana
            # Roe said ...": a place has one holder of the office, and the
            # name the next paragraph gives as speaking, with no role of its
            # own, is theirs.
            holder = self.delayed_name(heads, pos)
            if holder is not None and holder.roles:
                holder = None
        if holder is None:
            return None, []
        # "the wildlife minister" is not the finance minister named next
        modifiers = {bare_word(w) for w in words[1:-1] if w.islower()} - {"former", "new", "top", "senior"}
        if is_possessive(words[0]) and modifiers and not plain and not modifiers <= self._printed_beside(holder, None) | holder.roles:
            return None, []
        self.add_mention(pos, holder)
        return holder.full, list(holder.forms)

    def _published_by(self, owner: str, pos: int, headline: bool, quoted: str = "") -> tuple[Optional[str], list[str]]:
        """Who the words printed before a document name ("the Harbour Trust
        website", "a Harbour Security memo"): words that are no one's name
        and no person the page knows name a body, never a role's holder."""
        if clean_name(owner) is None and not looks_like_org(owner) and self.person_for(owner, create=False) is None:
            org = self.org_named(owner, pos) or self.add_org(owner, pos, set())
            return org.full, list(org.forms)
        return self.resolve(owner, pos, headline, quoted)

    def _fullest_unclaimed(self, name: str, gender: Optional[str]) -> str:
        """A surname that speaks for the first time takes the one full name
        the article printed with it before anything showed a person ("the
        Ann Dorn campaign" ... "Dorn said" is Ann Dorn); the surname stays
        alone when two full names end in it."""
        if len(name.split()) != 1:
            return name
        found = {
            full for full in self.unclaimed.get(person_key(name), set())
            if same_person(name, full) and not (gender and name_gender(full) and name_gender(full) != gender)
        }
        return found.pop() if len(found) == 1 else name

    def given_name_printed(self, name: str) -> str:
        """A person the prose names by surname alone, with the given name
        the article prints before that surname elsewhere: in the headline, a
        Title-Case subheading or a quotation ("Lena Voss Answers Her
        Critics", "“... The Lena Voss Hour”"). The surname stays alone when
        two given names are printed with it, or when the only one disagrees
        with the gender the text gives the person."""
        if " " in name or not name[:1].isupper():
            return name
        person = self.person_for(name, create=False)
        if person is None or person.org or len(person.full.split()) > 1:
            return name
        found = set()
        for unit in self.units:
            at = unit.text.find(name)
            while at >= 0:
                end = at + len(name)
                m = _WORDS_BEFORE_RE.search(unit.text, max(0, at - 120), at) if _SURNAME_END_RE.match(unit.text, end) else None
                at = unit.text.find(name, end)
                if m is None:
                    continue
                run: list[str] = []
                for word in reversed(m.group(0).split()):
                    if not capitalised(word) or word[-1] in ",;:!?" or bare_word(word) in FUNCTION_WORDS:
                        break  # "“The Lena Voss Hour”", "Ivo And Lena Voss"
                    if word[-1] == "." and not is_initial(word) and bare_word(word) not in ABBREV:
                        break  # "... Mr. Ruiz. Voss said": the sentence before
                    run.insert(0, word)
                full = name_from_tokens(run + [name]) if run else None
                if not full or len(full.split()) < 2 or full.split()[-1] != name:
                    continue
                given = full.split()[0]
                if bare_word(given) in SPEECH_VERBS or self.common_word(given):
                    continue  # "Said Voss", "Will Voss run?": a word of the sentence, not a name
                gender = given_name_gender(given)
                if person.gender and gender and gender != person.gender:
                    continue
                found.add(full)
                start = m.end() - 1 - len(" ".join(run))
                pair = _SHARED_SURNAME_RE.search(unit.text, max(0, start - 40), start)
                if pair and name_token(pair.group(1)):
                    found.add(f"{pair.group(1)} {name}")  # "Lena and Piet Voskuijl": either could be meant
        # Any capitalised word before the surname makes another candidate;
        # only a given name the list knows is taken.
        full = found.pop() if len(found) == 1 else name
        return full if is_given_name(full.split()[0]) else name

    def org_subject_before(self, pos: int, past_kinds: bool = True) -> Optional[Person]:
        """The organisation that is the subject of the sentence before the
        one at ``pos`` (the paragraph's, or the last of the paragraph
        before); a chain of "It ... It ..." is followed a few steps back,
        and past a kind of body named nowhere unless ``past_kinds`` is False."""
        k, off = divmod(pos, UNIT)
        own = self._org_subject_of_own(k, off)
        if own is not None:
            return own  # "The Harbour Trust condemned what it called “...”"
        head = self.units[k].masked[sentence_of(self.units[k], off)[0] : off].lstrip()[:1] if 0 <= k < len(self.units) else ""
        after_quote = head != "" and head in MARKS + MASK  # "“...,” it added": the cue follows a quotation
        for _ in range(4):
            if not 0 <= k < len(self.units):
                return None
            before = self.sentence_before(k, off)
            if before is None:
                return None
            k, lo, end = before
            unit = self.units[k]
            issuer = self._issuer_named(unit, opening_document_issuer(unit.masked[lo:end]), lo)
            issuer = issuer or self.closing_body(unit.masked[lo:end])
            if issuer is not None:
                return issuer  # "A letter from the X Association ... “...,” it said"
            spoken = document_spoken_in(unit.masked[lo:end])
            if spoken is not None and (issuer := self._issuer_of(spoken, k * UNIT + end)) is not None:
                return issuer  # "In a statement, she said ..." then "It continued": the statement goes on
            span = sentence_subject(unit.masked, lo, end)
            spoke = self.body_speakers.get(k * UNIT + lo)
            if spoke is not None and (span is None or self.org_named(unit.text[span[0] : span[1]].strip()) is None):
                # "“...,” the Tallow Times wrote. “...,” it added"; "Some
                # 900 trains will be cut, the operator said. It added":
                # the body that spoke, not a subject that is none.
                return spoke
            if span is None and unit.masked[lo:end].lstrip().startswith("Its "):
                off = lo  # "Its members voted ...": the body of the sentence before
                continue
            if span is None:
                return self._body_quoted_on(k, lo, end) if after_quote else None
            printed = unit.text[span[0] : span[1]].strip()
            low = printed.lower()
            if low in {"it", "its"}:
                off = lo
                continue
            org = self.org_named(printed)
            if org is not None:
                return org
            words = low.split()
            plain_modifiers = all(w.isalpha() and w.islower() for w in printed.split()[1:-1])  # "the power company"
            if 2 <= len(words) <= 4 and words[0] == "the" and plain_modifiers and (words[-1] in ORG_NOUNS or words[-1] in ORG_DESCRIPTORS):
                # "The regulator, the Tallow Aviation Board, said": the name set off after it is the one meant
                named = _SET_OFF_NAME_RE.match(unit.masked, span[1], end)
                org = self.org_of_type(words[-1], k * UNIT + (named.end() if named is not None else span[0]))
                if org is not None or len(words) > 2 or not past_kinds:
                    return org  # "the weather service" of no body named: nobody named
                off = lo  # "X did not respond. Later the company released figures. It said": X
                continue
            if 3 <= len(words) <= 4 and words[0] == "the" and words[-1] in ORG_NOUNS and printed.split()[1][:1].isupper():
                body = self.resolve(printed, k * UNIT + span[0], headline=False)[0]  # "The Tallowland government said ..."
                return self.org_of_name(body) if body is not None else None
            return self._body_by_pronoun(printed, k * UNIT + span[0])
        return None

    def _body_quoted_on(self, k: int, lo: int, end: int) -> Optional[Person]:
        """The body that spoke earlier in unit ``k`` when its sentence at ``lo`` is only quotation
        ("“...,” said the TPP. “This win is yours." then "“...,” it added"): its words run on."""
        if self.units[k].masked[lo:end].replace(MASK, "").strip(" \u00a0.,;:!?" + MARKS):
            return None
        earlier = [key for key in self.body_speakers if k * UNIT <= key < k * UNIT + lo]
        return self.body_speakers[max(earlier)] if earlier else None

    def _org_subject_of_own(self, k: int, off: int) -> Optional[Person]:
        """The organisation named as the subject of the sentence an "it" at
        ``off`` stands in, before it."""
        if not 0 <= k < len(self.units):
            return None
        unit = self.units[k]
        lo, _ = sentence_of(unit, off)
        span = sentence_subject(unit.masked, lo, off)
        if span is None or span[1] > off:
            return None
        printed = unit.text[span[0] : span[1]].strip()
        if printed.lower() in PRONOUNS:
            return None
        words = printed.lower().split()
        if len(words) == 2 and words[0] == "the" and words[1] in ORG_NOUNS:
            return self.org_of_type(words[1], k * UNIT + span[0])  # "The union is seeking what it calls “...”"
        return self.org_named(printed)

    def _body_by_pronoun(self, printed: str, pos: int) -> Optional[Person]:
        """A capitalised name the article never shows to be a person, which
        "it" goes on with ("Harbour Rail announced cuts. “...,” it said"): a
        body, known so from now on."""
        printed = re.sub(r"['’]s?$", "", printed)  # "Harbour Rail's shares fell": the owner
        words = printed.split()
        if len(words) > 1 and words[0].lower() == "the" and not is_title_word(words[-1]):
            words = words[1:]  # "The THB said it ...": a body's name after its article, not "The Mayor"
            printed = " ".join(words)
            if len(words) == 1 and printed.endswith("s") and printed[:-1].isupper():
                return None  # "The PACs spent ...": several bodies of a kind, none named
        if not 1 <= len(words) <= 4 or not all(capitalised(w) and bare_word(w) not in FUNCTION_WORDS for w in words):
            return None
        if is_given_name(words[0]) or self.known_person(printed) or ends_in_title(words):
            return None  # "Ferro Steel's Managing Director said ... It added": no body's name
        if len(words) == 1 and (plural_role_noun(printed) or self.common_word(printed) or _group_word(printed) or not self.printed_inside(printed)):
            return None  # "Reporters asked ...", "Pay no attention ...": a plural or a word capitalised only to open a sentence
        person = self.person_for(printed, create=False)
        if person is not None and person.shown_person():
            return None
        return self.add_org(printed, pos, set())


# A body's name set off after a description: ", the Tallow Aviation Board," or its initials in brackets after it.
_SET_OFF_NAME_RE = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:the[ \u00a0]+)?[A-Z][^,;:.()" + MASK + r"]*(?=[,(])")
# Up to five words before a surname, and the end of a surname (a possessive may follow).
_WORDS_BEFORE_RE = re.compile(r"(?:[^\s\"“”‘]+ ){1,5}$")
_SURNAME_END_RE = re.compile(r"(?:['’]s)?(?:[^\w'’-]|$)")

# A given name joined to the next one, which shares its surname: "Lena and Piet Voskuijl".
_SHARED_SURNAME_RE = re.compile(r"([A-Z][\w'’-]*),? (?:and|And|&) $")


def _held_name(words: list[str]) -> Optional[str]:
    """The person after a body's possessive or a title that follows one
    ("The Daily Ledger's Jane Roe", "the House Rep. Jane Roe"): a given
    name and a surname after the last possessive or title."""
    owner = max((i for i, w in enumerate(words[:-2]) if is_possessive(w) or is_title_word(w)), default=-1)
    held = words[owner + 1 :]
    if owner < 0 or len(held) > 4 or not is_given_name(held[0]):
        return None
    return clean_name(" ".join(held))


def _group_word(name: str) -> bool:
    """A nationality or a party word, or its plural ("Austrian",
    "Americans", "Democrats"): a description, never a name."""
    low = bare_word(name)
    return any(w in DEMONYMS or w in AFFILIATIONS for w in (low, low[:-1] if low.endswith("s") else low))


# Bodies known by a formal "Kind of Place" name that "the <kind> said" means:
# councils, and the authorities that run a port ("the Port of Tallow").
_MUNICIPALITIES = frozenset({"city", "town", "county", "borough", "municipality", "port"})

