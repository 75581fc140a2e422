"""Finding the people an article names, with their roles and genders."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Optional

from .entities import Mention, Person, insort_unique
from .lexicon import (
    LITIGANTS,
    PLACE_APPOSITIVE,
    HOLIDAYS,
    EVENT_HEADS,
    RELATIVE_WHO_RE,
    AFFILIATIONS,
    DEMONYMS,
    AGE_ROLE_RE,
    FUNCTION_WORDS,
    GENDERED,
    HONORIFICS,
    INTRODUCING,
    MASK,
    OBLIQUE,
    ORG_CAPABLE_ROLES,
    ORG_DESCRIPTORS,
    ORG_WORDS,
    PARTICLES,
    PERSON_ROLES,
    PORTFOLIO_WORDS,
    REGNAL_TITLES,
    POSSESSIVE_PRONOUNS,
    SPEECH_VERBS,
    STRUCTURE_NOUNS,
    TITLE_ABBREVIATIONS,
    CLERGY_HONORIFICS,
    TITLE_WORDS,
)
from .joinednames import body_name_goes_on, names_only, shared_surname
from .names import (
    descriptor_compound,
    body_plural_in,
    office_of_lords,
    bare_word,
    capitalised,
    is_initial,
    is_acronym,
    is_possessive,
    is_title_word,
    looks_like_org,
    title_of_start,
    join_initials,
    name_from_tokens,
    name_token,
    role_noun,
    run_end,
    seat_name,
    strip_possessive,
)
from .identity import fold, name_gender, person_key
from .apposition import appositive_roles, predicate_role, role_of_body_at
from .documents import law_name
from .given_names import is_given_name, name_after_place
from .places import country_not_person, country_opening, is_country, office_region
from .placetags import region_after_town
from .genderclues import described_opener, fronted_possessive_gender, subordinate_subject_gender, later_pronoun_gender, opens_clause_at, owned_by_subject_gender, said_possessive_gender, said_pronoun_gender
from .nicknames import bracketed_alias, nickname_of, phrase_alias, without_nicknames
from .descriptors import body_kind_before, kind_noun
from .reported import opens_reported_clause
from .titleruns import after_office, after_office_joiner, before_portfolio_list, modifies_named_role, portfolio_title
from .wordforms import finite_verb, headline_verb_at, number_word, numbered_ordinal
from .text import QUOTE_RE, UNIT, bracketed, headline_like, tokens
from .state import ArticleState
from .subjectshapes import (
    SUBJECT_PRONOUNS,
    aged_description,
    aside_speaker,
    heard_before,
    issued_document_by,
    modifies_noun,
    opening_participle,
    opening_title,
    opening_title_complement,
    participle_after,
    whose_group,
)


class PeopleScan(ArticleState):
    """Finding the people an article names, with their roles and genders. Part of ``Article``."""

    def scan_names(self) -> None:
        """Find the people the article names: names with a title or role
        ("Secretary General Jens Stoltenberg", "alliance chief X", "X, the
        spokesman"), then every other mention of them."""
        runs = []
        for k, unit in enumerate(self.units):
            if k == 0 and names_only(unit.text):
                continue  # "Ana Roe and Ben Lowe" over a story: its writers, never its speakers
            toks = _opening_capitals(without_nicknames(unit.text, tokens(unit.text)))
            masked_toks = {t[0] for t in unit.masked_tokens}
            # A run opens at each capitalised word past the end of the one before.
            j = -1
            for i in [n for n, t in enumerate(toks) if capitalised(t[2])]:
                if i <= j:
                    continue
                j = run_end(toks, i)
                runs.append((k, toks, i, j, toks[i][0] in masked_toks))
        pending = []
        headlines = {k for k, unit in enumerate(self.units) if headline_like(unit)}
        for k, toks, i, j, outside in runs:
            unit = self.units[k]
            words = [t[2] for t in toks[i : j + 1]]
            verb = headline_verb_at(words) if k in headlines else None
            if verb is None and k in headlines and j > i and self._headline_s_verb(toks, j):
                verb = j - i  # "Bank Chief Tries to Shift ...": a verb the story never prints as a name
            if verb is not None:
                # "Governor Quits": a capitalised headline verb is no surname.
                j = i + verb - 1
                words = words[:verb]
            else:
                words = join_initials(toks[i : j + 1])
            lo = max(0, i - 4)
            start = lo + title_of_start([t[2] for t in toks[lo:i]], i - lo, long_run=j > i)
            words = [t[2] for t in toks[start:i]] + words
            name = name_from_tokens(words)
            if not name:
                continue
            parts = name.split()
            if bare_word(parts[-1]) in HOLIDAYS:
                continue  # "Merry Christmas to all": a greeting, nobody's name
            at = len(words) - len(parts)
            if after_office(words, at) and not is_given_name(parts[0]):
                continue  # "his successor as Mayor of Port Halden": the office's place, nobody's name
            given_at = next((n for n, w in enumerate(parts) if is_given_name(w)), 0)
            if len(parts) - given_at >= 2 and given_at and start == i and after_office_joiner(toks, i):
                # "mayor of Tallow Ana Roe", "Leader in Tallow Ana Roe", "Minister for Tallow
                # Bay Ana Roe": the place of the office, then the name
                name = " ".join(parts[given_at:])
            elif (region := office_region(parts)) and ((start == i and after_office_joiner(toks, i)) or (at and capitalised(words[at - 1]) and is_title_word(words[at - 1]))):
                # "chief minister of Alberta Ana Roe", "Chief Minister Alberta Ana Roe" with a
                # given name no list knows: a region the lists know is the office's
                words = words[:at] + parts[region:]
                name = " ".join(parts[region:])
            elif len(parts) > 2 and i >= 2 and toks[i - 1][2] in {"of", "for"} and is_title_word(toks[i - 2][2]) and parts[0] == toks[i][2]:
                name = " ".join(name_after_place(parts))  # "Mayor of London Ana Roe": a place that is also a given name
            if start < i and toks[i - 1][2] in {"of", "for"} and (country := country_opening(parts[:-2])):
                name = " ".join(parts[country:])  # "President of France Ivo Roe": the country is the title's
            if start == i and region_after_town(unit.text, toks, (toks[i][0], toks[j][1])):
                continue  # "in Fernhill, Alabama,", "Fernhill, Alta.": the region of the town before it
            if start == i and not is_given_name(parts[0]) and modifies_named_role(toks, j):
                continue  # "Green Lantern councillor for Tallow, Ana Roe": the role's party, nobody's name
            if i == j and opening_participle(unit, toks, i):
                continue  # "Giving details she went on to say": a participle opening the sentence
            if i == j and after_office([t[2] for t in toks[: i + 1]], i) and not is_given_name(toks[i][2]):
                continue  # "the Mayor of Tallow said": the place of an office, nobody's name
            shared = shared_surname(toks, i, j) if start == i else None
            if shared is not None:
                name = f"{name} {shared}"  # "Ana and Ben Roe": two people, Ana Roe the first
                words = name.split()
            first, _, rest = name.partition(" ") if " " in name else (name, "", "")
            office = None
            plain = self._without_common_lead(name)
            if plain != name:
                name = plain
            elif rest and len(rest.split()) <= 3 and not is_given_name(first) and first.isalpha() and self.printed_as_office(first):
                # "Taoiseach Jane Roe" where the article prints "the Taoiseach
                # said": an office before the name, and the holder's role.
                name, office = rest, bare_word(first)
            if country_not_person(name) or (is_country(" ".join(words)) and not is_given_name(name.split()[0])):
                # "Ruritania's opposition leader X said he ...", "Sri Lanka have not played spin
                # well": a country, whose first word may read as an honorific, is nobody.
                continue
            if law_name(words):
                continue  # "the General Harbour Safety Regulation": a law, whose first word reads as a title
            lead = start - 1 if start < i else i - 1
            lead -= 1 if lead >= 1 and (numbered_ordinal(toks[lead][2]) or toks[lead][2] in _SEQUENCE_WORDS) else 0  # "the 3rd General Assembly"
            if lead >= 0 and toks[lead][2] == "the" and len(words) > 1 and " " not in name and bare_word(words[0]) not in HONORIFICS and self.person_for(name, create=False) is None:
                continue  # "in the General Election", "the President Hotel": a title and one word after "the" name no one
            if _initialled_body(toks, i, j):
                continue  # "the Coalition Avenir Halden (CAH)": a body its initials follow, though a given name stands in it
            name_len = len(name.split())
            # "Ilse van der Marten", "Jan de Vos": lower-case particles are
            # no name parts of their own, so such a name counts two parts.
            parts_len = name_len if name.istitle() else len([w for w in name.split() if w not in PARTICLES])
            title_words = words[: len(words) - name_len]
            roles = {bare_word(strip_possessive(w)) for w in title_words}
            gender = None
            honorific = False
            # "Plaid MS Ana Roe": an honorific's letters in capitals before a
            # name in lower case are an office's initials (Member of the Senedd).
            title_words = [w for w in title_words if not (bare_word(w) in HONORIFICS and w.rstrip(".").isupper() and len(w.rstrip(".")) > 1 and not name.isupper())]
            for n, w in enumerate(title_words):
                if bare_word(w) in HONORIFICS and not office_of_lords(title_words[n:]):
                    gender = HONORIFICS[bare_word(w)]
                    honorific = True
                elif descriptor_compound(w) and not gender:
                    # "Mum-of-three X", "Grandfather-of-five X"
                    gender = GENDERED.get(w.split("-")[0].lower())
            in_brackets = bracketed(toks, i - 1)
            if not honorific and in_brackets is not None and bare_word(in_brackets) in HONORIFICS:
                # "Engr. (Mrs.) X", "Dr (Mrs) X": an honorific in brackets after a title
                gender, honorific = HONORIFICS[bare_word(in_brackets)], True
            elif in_brackets is not None and is_acronym(in_brackets) and i >= 4 and is_title_word(toks[i - 4][2]):
                roles |= {bare_word(in_brackets), bare_word(toks[i - 4][2])}  # "Director General (DG) X": the title's
            # Lower-case role words just before the run ("alliance chief X").
            p = i - 1
            while p >= 0 and i - p <= 4 and (role_noun(toks[p][2]) or is_possessive(toks[p][2])) and not toks[p][2][0].isupper():
                roles.add(bare_word(strip_possessive(toks[p][2])))
                p -= 1
                if p >= 1 and toks[p][2] == "of" and role_noun(toks[p - 1][2]) and toks[p - 1][2].islower():
                    p -= 1  # "secretary of state X", "chief of staff X": one title
                elif p >= 1 and toks[p][2] == "and" and role_noun(toks[p - 1][2].lower()) and toks[p - 1][2][1:].islower():
                    p -= 1  # "Owner and applicant X": two roles of one person
            q = p
            while q >= 0 and i - q <= 8 and ((toks[q][2].islower() and toks[q][2].isalpha()) or is_possessive(toks[q][2])):
                q -= 1
            if (
                q >= 0
                and q < p
                and capitalised(toks[q][2])
                and is_title_word(toks[q][2])
                and (q == 0 or toks[q - 1][2] in {".", ",", ";", ":"} or toks[q][0] in unit.bounds)
                and any(t[2] in _TITLE_JOINERS for t in toks[q + 1 : p + 1])
                and not any(t[2] in SPEECH_VERBS for t in toks[q + 1 : p + 1])  # "Councillor says X's plan of Y": a clause, no phrase
            ):
                # "Minister of state in the PMO's office X": a title that
                # opens the phrase, joined to the words before the name.
                roles.add(bare_word(toks[q][2]))
                p = q - 1
            title_at = portfolio_title(toks, i)
            if title_at is not None:
                # "Opposition spokesman on transport X": the title places X, not its portfolio's preposition.
                roles.add(bare_word(toks[title_at][2]))
                p = title_at - 1
            # Appositives: "X, the spokesman for Y," and "the role, X,".
            comma_after = j + 1 < len(toks) and toks[j + 1][2] == ","
            fwd = j + 2
            placed = _place_after_of(toks, j)
            if placed is not None:
                comma_after, fwd = True, placed + 1  # "Lord X of Tallow Bay, the ports minister,": X's role
            if i >= 2 and toks[i - 1][2] == "of" and capitalised(toks[i - 2][2]) and _place_after_of(toks, i - 2) == j + 1:
                comma_after = False  # and not the place's
            aged = False
            if fwd + 1 < len(toks) and number_word(toks[fwd][2].lower()) and toks[fwd + 1][2] == ",":
                fwd += 2  # "X, 27, a rider for Y": the age is no description
                aged = comma_after  # and only a person is given one
            if fwd < len(toks) and comma_after and not QUOTE_RE.search(unit.text, toks[j][1], toks[fwd][0] + 1):
                # "said X, minister of state for rail,": after a verb of speech a
                # role with no article describes the speaker too.
                # So does one before its body's name after a given name ("Ana
                # Roe, director of the Tallow Health Service,"), as wire copy prints it.
                bare = (i > 0 and toks[i - 1][2].lower() in SPEECH_VERBS) or (is_given_name(name.split()[0]) and role_of_body_at(toks, fwd))
                roles |= appositive_roles(unit.text, toks, fwd, forward=True, bare_role=bare)
            # "The chair of the inquiry, retired judge Dame X,": the role
            # phrase stands before a further descriptor and the honorific.
            c = i - 1
            if c >= 1 and toks[c][2] == "the" and toks[c - 1][2][:1].isupper() and (bare_word(toks[c - 1][2]) in HONORIFICS or is_title_word(toks[c - 1][2])):
                c -= 2  # "Minister of Roads, Dr. the Hon. X,": a form of address before "the Hon."
            while c >= 0 and i - c <= 3 and toks[c][2].islower() and toks[c][2] not in FUNCTION_WORDS and MASK not in toks[c][2]:
                c -= 1
            kin_gender = None
            # "a report filed by the vicar, X.": an appositive may close the sentence.
            closes = j + 1 == len(toks) or unit.text[toks[j][1] : toks[j][1] + 1] == "."
            if c >= 1 and toks[c][2] == "," and (comma_after or closes or opening_title(toks, c)):
                d = c - 1
                if d >= 3 and (initials := bracketed(toks, d)) is not None and is_acronym(initials):
                    # "chief executive officer (CEO), X,": the initials are the role's too
                    roles.add(bare_word(initials))
                    d -= 3
                roles |= appositive_roles(unit.text, toks, d, forward=False)
                if c == i - 1 and name_len == 1 and is_given_name(name):
                    # "the mayor's wife, Ottilie,": a relative named by the
                    # given name alone is a person of the relation's gender.
                    kin_gender = GENDERED.get(bare_word(toks[c - 1][2]))
            if _press_officer(title_words, toks, i):
                roles.add("spokesperson")  # "press secretary X" is later "the spokesman"
            # "director-general": titles joined by a hyphen, read word by word as descriptions are
            roles |= {part for r in roles if "-" in r and is_title_word(r) for part in r.split("-")}
            roles = {r for r in roles if r in TITLE_WORDS or role_noun(r)} | ({office} if office else set())
            printed = unit.text[toks[i][0] : toks[j][1]]
            printed = strip_possessive(printed)
            # The printed form keeps an honorific ("Mr Stoltenberg") but no title.
            form = name
            if title_words and bare_word(title_words[-1]) in HONORIFICS:
                form = f"{title_words[-1]} {name}"
            if name_len == 1 and title_words and bare_word(title_words[-1]) in REGNAL_TITLES and capitalised(title_words[-1]):
                # "King Olaf": a royal known by one name is printed with the
                # title; alone it names no one. A peer's title is dropped as
                # any title is ("Lord Pellow" is Pellow).
                name = form = f"{title_words[-1]} {name}"
            elif name_len > 1 and title_words == words[:1] and bare_word(title_words[0]) in {"prince", "princess"} and capitalised(title_words[0]):
                # "Prince Ama Boateng": a prince printed with a given name and a surname keeps the title
                name = form = f"{title_words[0]} {name}"
            # "PM Ana Roe" holds "prime minister" as "Prime Minister Ana Roe" does, word by word
            # (not one capitalised word after it: "Roe Vacates CM Residence")
            roles |= {w for r in roles if r in TITLE_ABBREVIATIONS for w in TITLE_ABBREVIATIONS[r].split(maxsplit=name_len - 1)}
            if title_words and bare_word(title_words[-1]) in CLERGY_HONORIFICS:
                roles.add("reverend")  # "the Rev. Ana Roe" is later "the pastor", "the vicar"
            # "Secretary of State Jane Roe", "Minister for Ports Jane Roe": the "of" or "for" is inside the title;
            # the word before the title is the one that places the name.
            while p >= 1 and toks[p][2] in {"of", "for"} and is_title_word(toks[p - 1][2]) and capitalised(toks[p - 1][2]):
                p -= 2
                while p >= 0 and capitalised(toks[p][2]) and is_title_word(toks[p][2]):
                    p -= 1
            if p >= 1 and toks[p][2] == "and" and title_words and is_title_word(toks[p - 1][2]) and capitalised(toks[p - 1][2]):
                # "Deputy Mayor and Minister for Ports X": one person's two titles
                p -= 1
                while p >= 0 and capitalised(toks[p][2]) and is_title_word(toks[p][2]):
                    p -= 1
            if p >= 1 and title_words and bare_word(title_words[0]) in PORTFOLIO_WORDS:
                p = before_portfolio_list(toks, p)  # "says Ports, Parks and Heritage Minister X": the list is the title's
            prev_word = toks[p][2].lower() if p >= 0 else ""
            if prev_word == "and" and (p == 0 or toks[p - 1][2] in {".", "!", "?"}):
                prev_word = ""  # "And party leader X said": the connective opening a sentence joins no names
            if title_words and bare_word(title_words[0]) in OBLIQUE - {"and"}:
                prev_word = bare_word(title_words[0])  # "On Chief Minister X being ...": the run opens with a preposition
            salient = outside and prev_word not in OBLIQUE and not is_possessive(toks[j][2]) and not opens_reported_clause(toks, p)
            if salient and _in_brackets(toks, i):
                salient = False  # "her friends (among them the broadcaster Mia Holt)": an aside, not whom the story turns to
            if salient and prev_word in {"the", "a", "an"} and (
                modifies_noun(toks, j + 1) or (j + 2 < len(toks) and toks[j + 1][2] == "and" and capitalised(toks[j + 2][2]))
            ):
                salient = False  # "the Marlow campaign", "the Marlow and Tallow unions": the name only says whose
            if salient and whose_group(toks, j + 1):
                salient = False  # "when Marlow protesters interrupted her": whose protesters
            if salient and p >= 1 and toks[p][2].isalpha() and toks[p][2].islower() and toks[p - 1][2].lower() in SUBJECT_PRONOUNS:
                salient = False  # "he likes Cruz": the object of someone else's verb
            if outside and not salient and prev_word == "and" and p >= 1 and toks[p - 1][2] == "," and j + 1 < len(toks) and finite_verb(toks[j + 1][2]):
                salient = True  # "..., and Kenner felt the result was fair": a clause's subject
            if outside and not salient and prev_word == "with" and participle_after(toks, j + 1):
                salient = True  # "..., with Ann Roe lambasting the plan": the clause's subject
            if outside and not salient and comma_after and j + 3 < len(toks) and toks[j + 2][2] == "who" and toks[j + 3][2] in SPEECH_VERBS:
                salient = True  # "echoed by Mr X, who said ...": X speaks in the clause, and goes on
            if outside and prev_word == "from" and heard_before(toks, p):
                # "the inquiry heard from Dr X", "the court heard the facts from Judge X": X speaks next.
                salient = True
            if outside and not salient and prev_word == "to" and p >= 1 and toks[p - 1][2].lower() == "according":
                salient = True  # "According to X, a farmer, the families ...": X is the source, who goes on
            if outside and prev_word == "by" and issued_document_by(unit, toks, p):
                salient = True  # "The statement was issued by X": X speaks in what follows
            if (
                outside
                and not salient
                and comma_after
                and j + 2 < len(toks)
                and toks[j + 2][2].lower() in {"a", "an"}
                and prev_word in INTRODUCING
            ):
                # "people like Jana Horvat, a 41-year-old nurse": a person
                # introduced with a description is who the story turns to.
                salient = True
            if salient and prev_word == ",":
                # An appositive shares the place of the noun it names:
                # "ahead of the Liberal candidate, Declan Walsh" is no subject.
                # The walk stops at the noun's determiner, a possessive one
                # included ("Its chief executive, X, defended ...").
                q = i - 2
                while (
                    q >= 0
                    and i - q <= 7
                    and toks[q][2].lower() not in {"the", "a", "an"} | set(POSSESSIVE_PRONOUNS)
                    and toks[q][2] not in {",", ";", ":", "(", ")"}
                ):
                    q -= 1
                if (
                    q >= 1
                    and toks[q][2].lower() in {"the", "a", "an"}
                    and toks[q - 1][2].lower() in OBLIQUE - {"and"}
                    and not opening_title_complement(unit.text, toks, q)
                    # "After the hearing, X said": a name after a phrase of time or place is the subject
                    and (role_noun(toks[i - 2][2].lower()) or not toks[i - 2][2].islower())
                ):
                    salient = False
                elif (
                    q >= 1
                    and toks[q][2].lower() in POSSESSIVE_PRONOUNS
                    and toks[q - 1][2].isalpha()
                    and toks[q - 1][2].islower()
                    and not (j + 1 < len(toks) and toks[j + 1][2] in SPEECH_VERBS)
                ):
                    # "He called the judge and his former wife, Ann Roe, liars":
                    # someone's relative named inside the sentence, not its subject.
                    salient = False
            if outside and prev_word not in OBLIQUE and not is_possessive(toks[j][2]):
                role = predicate_role(toks, j)
                if role:
                    roles.add(role)  # "X in May became the youngest mayor to ..."
            pos = k * UNIT + toks[i][0]
            # An unlisted role noun ("rider", "skipper") is a person's unless
            # an organisation could hold it too ("operator", "promoter").
            described = roles - TITLE_WORDS - ORG_CAPABLE_ROLES - ORG_DESCRIPTORS
            said_gender = None
            if not gender and outside and not is_possessive(toks[j][2]):
                said_gender = said_pronoun_gender(toks, j + 1) or said_possessive_gender(toks, j + 1, name)
                gender = said_gender
            fronted_gender = None
            if not gender and outside and prev_word == "," and not is_possessive(toks[j][2]):
                fronted_gender = fronted_possessive_gender(unit, toks, i)
                gender = fronted_gender
            owned_gender = None
            if not gender and outside and not is_possessive(toks[j][2]):
                opens = i == 0 or toks[i - 1][2] in {",", ".", ";"} or MASK in toks[i - 1][2]
                owned_gender = owned_by_subject_gender(toks, j + 1, opens) if not self.common_word(words[-1]) else None
                gender = owned_gender
            later_gender = None
            opens_clause = (i == 0 or toks[i - 1][2] in {".", "!", "?"}) and opens_clause_at(toks, j)
            if (
                not gender and outside and name_len == 1 and opens_clause and not is_possessive(toks[j][2]) and not looks_like_org(name) and not self.common_word(name)
                and not any(is_given_name(m.group(1)) for m in re.finditer(r"([A-Z][\w’'-]+)\s+" + re.escape(name) + r"\b", self.whole_text()))
            ):
                # "Roe had looked tired in his briefing": a surname alone, that
                # the article never prints after a given name, opening its clause.
                later_gender = gender = later_pronoun_gender(unit, toks, j)
            elif not gender and outside and name_len >= 2 and name_gender(name) is None and described_opener(unit, toks, i) and opens_clause_at(toks, j):
                # "Shopkeeper Vurro Quisk watched the water rise past his counter": a
                # full name the list cannot sex, opening its sentence.
                later_gender = gender = later_pronoun_gender(unit, toks, j)
            if not gender and outside and name_len >= 2 and name_gender(name) is None:
                # "When Vurro Quisk first asked the board, she got ...": the
                # main clause's pronoun after the clause the name opens.
                later_gender = gender = subordinate_subject_gender(unit, toks, j - name_len + 1, j)
            if kin_gender and not gender:
                gender = kin_gender
            if kin_gender:
                name = form = self._full_name_of_given(name)
            elif (
                name_len == 1
                and not honorific
                and (said_gender or fronted_gender or owned_gender)
                and is_given_name(name)
                and self.person_for(name, create=False) is None
                and self.person_for(full := self._full_name_of_given(name), create=False) is not None
            ):
                # "Carol began her career": the given name of one printed in full before ("Carol Brennick").
                name = full
            if (said_gender or fronted_gender or owned_gender) and not (roles or honorific or kin_gender) and (prev_word in {"the", "a", "an"} or bare_word(words[-1]) in EVENT_HEADS):
                # "The Harbour Prize changed her life": a name after "the" is a
                # thing's, whoever the pronouns around it mean.
                said_gender = fronted_gender = owned_gender = None
                gender = None
            if not honorific and _PLACE_SET_OFF_RE.match(unit.text, toks[j][1]) is not None:
                pass  # "the chairperson at the Government House, Tallow Orrim, the state capital,": a place
            elif prev_word == "from" and p >= 1 and not (roles or honorific) and (capitalised(toks[p - 1][2]) or role_noun(toks[p - 1][2])):
                pass  # "Trader Tam Kwai Lun from Puchen said he": a hometown between a person and the verb
            elif body_plural_in(name.split()):
                pass  # "its premier Tallow Institutes of Science": a body's plural ends no one's name
            elif roles & PERSON_ROLES or honorific or described or said_gender or kin_gender or fronted_gender or owned_gender or later_gender:
                self.register(name, form, roles, gender, pos, salient)
            elif (
                2 <= parts_len <= 3
                and len([w for w in words if not descriptor_compound(w)]) == name_len
                # "The union's Ben Lowe": the article is the owner's, not the name's;
                # "the head of the union Dov Roe": a noun in lower case between, then a given name.
                and (prev_word not in {"the", "a", "an"} or any(is_possessive(t[2]) for t in toks[p + 1 : i]) or _noun_then_given_name(toks, p, i, name))
                and not any(bare_word(strip_possessive(w)) in ORG_WORDS | EVENT_HEADS for w in words)
                and not body_plural_in(words)
                and not seat_name(name.split())  # "Downing Street", "Wall Street"
                and not kind_noun(name.split()[0])  # "Insurer Castlegate said"
                and not body_kind_before(toks, i)  # "campaign group Fair Roads said"
                and not (j + 1 < len(toks) and toks[j + 1][2] in STRUCTURE_NOUNS)  # "the Tara Plaza building"
                and not body_name_goes_on(toks, j)  # "Textiles Clothing and Footwear Union"
            ):
                # "Tom Becker met ...": a given name and a surname with no title is a person's.
                self.register(name, form, roles, pos=pos, salient=salient)
            elif (
                2 <= parts_len <= 3
                and len(words) > name_len
                and (_given_first(name.split()) or bare_word(words[-name_len - 1]) in DEMONYMS)  # "Kenyan Oxo Tanui"
                and prev_word not in {"the", "a", "an"}
                and not any(bare_word(w) in ORG_WORDS for w in name.split())
                and not body_plural_in(name.split())
            ):
                # "Senate Majority Whip John Corby", "Even Lindsey Grahm",
                # "Minister for Roads K. Ravi Nand": the words before a given
                # name and a surname describe the person.
                self.register(name, form, roles, pos=pos, salient=salient)
            elif name_len == 1 and outside and not honorific and (holder := self._first_name_holder(name)) is not None:
                self.add_alias(holder, name)  # "Wiryo said" after "Wiryo Halim": the first name of one named in full
            elif name_len == 1 and outside and aside_speaker(toks, i, j) and not looks_like_org(name) and not self.common_word(name):
                # "..., Roe admits, ...": a name alone that says something in
                # an aside is someone who speaks, whom a later "he" may mean.
                salient = True
                self.register(name, form, roles, pos=pos, salient=True).spoke = True
            elif (
                name_len == 1
                and outside
                and (i == 0 or toks[i - 1][2] in {".", "!", "?"} or toks[i - 1][2].lower() in {"but", "and"})
                and j + 1 < len(toks)
                and toks[j + 1][2] in SPEECH_VERBS
                and not looks_like_org(name)
                and not self.common_word(name)
                and not self.printed_as_place(name)
                and self.longer_body_name(name) is None  # "Vashti said" where "Vashti Pulp Ltd" is printed
                and self._recurring_speaker(name)
            ):
                # "Vossen said the match was tight": a surname alone that the
                # article gives speech verbs again and again is someone who
                # speaks, whom a later "he" may mean.
                self.register(name, form, roles, pos=pos, salient=True).spoke = True
            elif (
                name_len == 1
                and outside
                and (i == 0 or toks[i - 1][2] in {".", "!", "?"} or toks[i - 1][2].lower() in {"but", "and"})
                and RELATIVE_WHO_RE.match(unit.text, toks[j][1]) is not None
                and not looks_like_org(name)
                and not self.common_word(name)
                and not self.printed_as_place(name)
            ):
                # "Vossen, who led the squad, is delighted": a person, whom a later "he" may mean.
                self.register(name, form, roles, pos=pos, salient=True)
            elif (
                name_len == 1
                and outside
                and (i == 0 or toks[i - 1][2] in {".", "!", "?"})
                and (aged or aged_description(toks, j))
                and not looks_like_org(name)
                and not self.common_word(name)
                and not self.printed_as_place(name)
            ):
                # "Pailon, 27, said", "Pailon, a 27-year-old who ..., said": one name
                # opening its sentence with an age set off after it is a person's.
                self.register(name, form, roles, pos=pos, salient=True).aged = True
            alias = bracketed_alias(toks, j) or phrase_alias(unit.text, toks[j][1])
            nickname = nickname_of(unit.text, name) if alias is None and name_len >= 2 else None
            nickname = nickname if nickname is not None and " " not in nickname else None  # "Nodex" alone, never "Big Man"
            other_name = alias or nickname
            found = self.person_for(name, create=False, gender=gender, pos=pos) if other_name else None
            if found is None and nickname is not None and not looks_like_org(name):
                # "Adeola 'Nodex' Adebayo": only a person is printed with a nickname.
                found = self.register(name, form, roles, gender=gender, pos=pos, salient=salient)
            if found is not None and other_name:
                self.add_alias(found, other_name)
                for other in self.by_key.get(person_key(other_name), []):
                    if other is not found and other_name in other.names:
                        self.add_alias(other, found.full)  # "Roxy Dune" named before "Anna Rowe - better known as Roxy Dune -": one name shown
            pending.append((pos, name, form, salient, aged, gender))
        # Second pass: other mentions of the people found, in reading order.
        for pos, name, form, salient, aged, gender in pending:
            guessed = None if gender else name_gender(name)
            person = self.person_for(name, create=False, gender=gender or guessed, pos=pos)
            if person is None and guessed is not None:
                person = self.printed_as(name)  # "spokeswoman Nicky Roe": the text overruled the given name
            gender = gender or guessed
            if person is None:
                if 2 <= len(name.split()) <= 3 and not _labelled(name):
                    self.unclaimed.setdefault(person_key(name), set()).add(name)
                continue
            if form not in person.forms:
                person.forms.append(form)
            if name not in person.names:
                person.names.append(name)
                self.index_first(person, name)
            if gender and not person.gender:
                person.gender = gender
            person.aged = person.aged or aged
            self.mentions.append(Mention(pos, person, salient))
            insort_unique(person.positions, pos)
            if salient:
                insort_unique(person.salient_positions, pos)
        self._age_roles()
        self._filer_roles()

    def _headline_s_verb(self, toks: list[tuple[int, int, str]], j: int) -> bool:
        """The last word of a headline's capitalised run is a verb in the
        third person ("Chief Tries to", "Ana Roe Wants a"): it ends in "s",
        a lower-case word follows it, no list knows it as a given name and
        the story below never prints it capitalised."""
        word = toks[j][2]
        nxt = toks[j + 1][2] if j + 1 < len(toks) else ""
        if not word.endswith("s") or word.endswith(("ss", "'s", "’s")) or not (nxt.isalpha() and nxt.islower()) or is_given_name(word):
            return False
        pattern = re.compile(r"\b" + re.escape(word) + r"\b")
        return not any(pattern.search(unit.text) for unit in self.units[1:])

    def _filer_roles(self) -> None:
        """"The petition was filed by Ana Roe", "Ana Roe filed a lawsuit":
        the one who brings a case is the one "the petitioner" or "the
        plaintiff" means later."""
        def litigant(m: re.Match[str]) -> str:
            return LITIGANTS[m.group(1).lower().rstrip("s")]  # "lawsuits" -> "plaintiff"

        for k, unit in enumerate(self.units):
            for m in _FILED_BY_RE.finditer(unit.masked):
                at = k * UNIT + m.end()
                n = bisect.bisect_left(self.mentions, at, key=lambda x: x.pos)
                if n < len(self.mentions) and self.mentions[n].pos - at <= 4 and not self.mentions[n].person.org:
                    self.mentions[n].person.roles.add(litigant(m))
            for m in _FILED_RE.finditer(unit.masked):
                at = k * UNIT + m.start()
                n = bisect.bisect_left(self.mentions, at, key=lambda x: x.pos)
                if n and at - self.mentions[n - 1].pos <= 40 and not self.mentions[n - 1].person.org and k * UNIT <= self.mentions[n - 1].pos:
                    before = unit.masked[self.mentions[n - 1].pos - k * UNIT : m.start()]
                    if len(before.split()) <= 3:  # the name and nothing else before the verb
                        self.mentions[n - 1].person.roles.add(litigant(m))

    def _without_common_lead(self, name: str) -> str:
        """The name without the words before it that the article also prints
        in lower case and that are no given names: before a bare surname
        ("Top Roe", "See Roe") or before a given name and a surname ("Real
        Ana Roe", "Harbour Policy Ana Roe"). The name itself when none lead."""
        if " " not in name:
            return name
        parts = name.split()
        k = 0
        while k < len(parts) - 1 and not is_given_name(parts[k]) and self.common_word(parts[k]):
            k += 1
        rest = parts[k:]
        if k and ((k == 1 and len(parts) == 2) or (len(rest) >= 2 and is_given_name(rest[0]))):
            return " ".join(rest)
        return name

    def _first_name_holder(self, name: str) -> Optional[Person]:
        """The one person named in full whose name opens with ``name``, when
        no one bears it as a surname and it reads as no common word: many
        pages call people by the first of their names ("Wiryo" after
        "Wiryo Halim") though the given-name list lacks it."""
        # (printed as one name: never two bodies joined by a slash, "Tallow/Marr poll")
        found = [p for p in self.by_first.get(fold(name), []) if not p.org and len(p.full.split()) > 1 and p.full.split()[0] == name]
        if len(found) != 1 or found[0].full not in self.whole_text() or self.by_key.get(person_key(name)):
            return None
        if all(self.quoted_at(pos) for pos in found[0].positions):
            return None  # "... the design of Tallowsoft Search": a name only quoted may be a product's, not whom "Tallowsoft" means
        if self.common_word(name) or looks_like_org(name) or self.longer_body_name(name) is not None:
            return None  # (nor the first word of a body's name: "Vashti" for "Vashti Pulp Ltd")
        return found[0]

    def _recurring_speaker(self, name: str) -> bool:
        """The article gives ``name`` alone a speech verb right after it at
        least twice ("Vossen said ...", "..., Vossen said"); "he said
        Orbita had ..." is Orbita spoken of."""
        if self._speaking is None:
            self._speaking = Counter(m.group(1) for m in _REPORTED_RE.finditer(self.whole_text()))
        if self._speaking[name] < 2:
            return False
        text = self.whole_text()
        # A body that speaks: "Orbita said its shares ...", or a page where
        # "the company said" carries on a body's words.
        return not re.search(r"(?<![\w’'])" + re.escape(name) + r"\b[^.\n]{0,80}\bits\b", text) and not _BODY_SPEAKS_RE.search(text)

    def _full_name_of_given(self, given: str) -> str:
        """The one full name the article prints with ``given`` ("Jane" ->
        "Jane Roe" when "Jane Roe" is printed and no other "Jane X"); the
        given name alone otherwise."""
        found = set()
        pattern = re.compile(r"\b" + re.escape(given) + r"\s+([A-Z][\w'’\-]+)")
        for unit in self.units:
            for m in pattern.finditer(unit.text):
                surname = strip_possessive(m.group(1))
                if name_token(surname) and not is_given_name(surname):
                    found.add(f"{given} {surname}")
        return found.pop() if len(found) == 1 else given

    def _age_roles(self) -> None:
        """"the 22-year-old winger" names, by the journalistic convention, the
        person last named before it in the paragraph: the role is theirs."""
        for k, unit in enumerate(self.units):
            for m in AGE_ROLE_RE.finditer(unit.masked):
                role = m.group(1).lower()
                if role not in PERSON_ROLES:
                    continue
                sent_start = k * UNIT
                at = k * UNIT + m.start()
                n = bisect.bisect_left(self.mentions, at, key=lambda x: x.pos)
                if n and self.mentions[n - 1].pos >= sent_start and not self.mentions[n - 1].person.org:
                    self.mentions[n - 1].person.roles.add(role)


_CASE = r"(petitions?|PILs?|pleas?|lawsuits?|suits?|complaints?|appeals?)"
_FILED_BY_RE = re.compile(r"\b" + _CASE + r"\b[^.;" + MASK + r"]{0,40}?\b(?:filed|brought|lodged)[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?")
_FILED_RE = re.compile(r"[ \u00a0](?:has[ \u00a0]+|had[ \u00a0]+)?(?:filed|brought|lodged)[ \u00a0]+(?:a|an|the)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}" + _CASE + r"\b")


def _press_officer(title_words: list[str], toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether "press secretary" or "press officer" stands before the name
    at ``i``, printed in capitals or not."""
    words = [bare_word(w) for w in title_words] or [bare_word(t[2]) for t in toks[max(0, i - 2) : i]]
    return any(a == "press" and b in {"secretary", "officer"} for a, b in zip(words, words[1:]))


def _labelled(name: str) -> bool:
    """A run whose first word is a label or a title rather than a given
    name ("Democratic Senate", "Acting Director Roe"): no full name."""
    first = bare_word(name.split()[0])
    return first in AFFILIATIONS or first in DEMONYMS or first in TITLE_WORDS or first in FUNCTION_WORDS


# Prepositions inside a title printed before a name ("Minister of state in ...").
_TITLE_JOINERS = {"of", "in", "for", "at", "on"}


# A capitalised word before one of the verbs that report speech most
# often, for counting how often a name speaks.
_REPORTED_RE = re.compile(r"(?<![\w’'])([A-Z][\w’'\-]*)\s+(?:said|says|told|added|explained|noted|insisted|admitted)\b")
_BODY_SPEAKS_RE = re.compile(
    r"\b[Tt]he (?:company|firm|group|bank|business|retailer|carrier|airline|network|agency|authority|organi[sz]ation)"
    r" (?:said|says|added|told|stated)\b"
)


def _opening_capitals(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A paragraph that opens with its first word in capitals, as papers
    print a story's start ("WALTER Roe conceded ..."): a given name so
    printed is read in the case of the name after it."""
    if len(toks) > 1 and len(toks[0][2]) > 1 and toks[0][2].isupper() and toks[0][2].isalpha():
        word = toks[0][2].title()
        if is_given_name(word) and toks[1][2][:1].isupper() and not toks[1][2].isupper():
            return [(toks[0][0], toks[0][1], word)] + toks[1:]
        # "JANE ROE apologised to fans": the whole name in capitals, then the verb
        surname = toks[1][2]
        if is_given_name(word) and len(toks) > 2 and len(surname) > 1 and surname.isupper() and surname.isalpha() and toks[2][2].islower():
            return [(toks[0][0], toks[0][1], word), (toks[1][0], toks[1][1], surname.title())] + toks[2:]
    return toks


def _initialled_body(toks: list[tuple[int, int, str]], i: int, j: int) -> bool:
    """The capitalised run from ``i`` to ``j`` is followed by its own
    initials in brackets ("Coalition Avenir Halden (CAH)"): a body's name."""
    own = bracketed(toks, j + 3)
    if own is None or not is_acronym(own):
        return False
    letters = own.replace(".", "").upper()
    initials = "".join(t[2][0] for t in toks[i : j + 1] if t[2][:1].isupper()).upper()
    return len(letters) >= 2 and len(initials) >= len(letters) and initials.endswith(letters)


def _given_first(name: list[str]) -> bool:
    """A name that opens with a given name, or with initials before one
    ("K. Ravi Nand") or before the surname alone ("V Rajan", as South
    Indian names are printed)."""
    n = 0
    while n < len(name) - 1 and is_initial(name[n]):
        n += 1
    return is_given_name(name[n]) or (0 < n == len(name) - 1 and name_token(name[n]))


_PLACE_SET_OFF_RE = re.compile(PLACE_APPOSITIVE)


def _noun_then_given_name(toks: list[tuple[int, int, str]], p: int, i: int, name: str) -> bool:
    """"the union Dov Roe", "the assembly Dov Roe": after "the" one noun in
    lower case, then a name opening with a known given name; the noun is
    what the person is of, not a body's name."""
    return p + 2 == i and toks[p + 1][2].isalpha() and toks[p + 1][2].islower() and _given_first(name.split())


# Words of order between "the" and a title: "the next General Election".
_SEQUENCE_WORDS = frozenset({"first", "second", "third", "next", "last"})


def _place_after_of(toks: list[tuple[int, int, str]], j: int) -> Optional[int]:
    """The index of the comma after "of" and a capitalised run that follow
    the name ending at ``j`` ("Lord X of Tallow Bay, the minister,"), when
    a description set off by it follows; None otherwise."""
    if j + 3 >= len(toks) or toks[j + 1][2] != "of" or not capitalised(toks[j + 2][2]):
        return None
    e = j + 2
    while e < len(toks) and e - j <= 5 and capitalised(toks[e][2]) and MASK not in toks[e][2]:
        e += 1
    if e + 1 >= len(toks) or toks[e][2] != "," or toks[e + 1][2].lower() not in {"the", "a", "an"}:
        return None
    return e


def _in_brackets(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Token ``i`` stands inside an opening bracket of its sentence that is not yet closed."""
    for q in range(i - 1, max(-1, i - 16), -1):
        if toks[q][2] in {")", ".", "!", "?"}:
            return False
        if toks[q][2] == "(":
            return True
    return False
