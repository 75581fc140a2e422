"""A synthetic multi-outlet news corpus with known cross-source relations.

``generate`` writes article files in the shapes scraped pages arrive in
(headline or none, section labels, curly and straight quote marks, speaker
before or after the quote, pronoun attributions, quotations over several
paragraphs, teasers, promo boxes, author bios, comment threads in the
numbered/bulleted style and in the Name/Name/"6 months ago"/"Reply to X"
style) and records the ground truth: every quotation as printed, and the
relations planted between quotations (and claims) of different articles:

* ``verbatim``  the same remark printed by another outlet;
* ``excerpt``   whole sentences of a longer remark (reverse: ``contains``);
* ``spliced``   passages of several remarks of one article, or of one long
  remark, joined with or without ellipses (reverse: ``part_of_splice``);
* ``altered``   one word changed or dropped;
* ``conflicts`` the same claim with a different figure ("$48 million" /
  "$84 million").

and traps that must relate nothing, or not as a splice:

* slogans and titles that many articles print in quote marks, alone or
  inside remarks, for different people;
* stock phrases: short partial quotes of a few common words ("the real
  cost of the budget") that other people's remarks also contain;
* a remark reprinted as two quotations interrupted only by an attribution
  ('"First sentence," said X. "The rest."'): two excerpts of the remark,
  not a splice.

Sentences are built from word lists with thousands of invented words (plus
common English ones), so unrelated remarks share no runs of content words,
the way unrelated real remarks rarely do. Everything is a function of the
seed: the same arguments write the same bytes.
"""

from __future__ import annotations

import json
import random
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Optional

from datasette_factcheck.matching import compare

# Relation labels from the first quote's side, and their reverse; claim
# conflicts read the same both ways.
REVERSE = {**compare.REVERSE, "conflicts": "conflicts", "corroborates": "corroborates"}

# -- vocabulary ----------------------------------------------------------------

_ONSETS = "b br c ch cl d dr f fl g gr h j k kl l m n p pl pr r s sh sk st t tr v w z".split()
_VOWELS = "a e i o u a e o ai ea ou io".split()
_CODAS = ["", "", "n", "r", "l", "s", "t", "m", "nd", "rk", "st", "x", "ng"]

_REAL_NOUNS = """agreement budget border ceasefire coalition corridor council court deadline defence deficit
economy election energy factory farmer frontier funding grain harbour inflation inquiry investment
labour law market ministry mission network parliament pension pipeline policy port programme railway
reform refinery region reserve sanction school security settlement shipment strategy subsidy summit
supply tariff taxpayer treaty tribunal union village vote wage warehouse water weapon welfare""".split()
_REAL_ADJS = """binding careful costly critical decisive difficult direct domestic durable early fair federal
fragile global gradual historic illegal joint lasting local military modest national regional rural
serious sovereign stable strategic sudden urgent vital""".split()
_REAL_VERBS = """accept build cancel defend deliver demand deploy expand finance guarantee increase
protect reduce reject replace restore review secure strengthen support""".split()

_FIRST_M = """Adam Boris Carlos Daniel Emil Farid Georg Hamid Ivan Jonas Karim Lars Marco Nikolai Omar Pavel
Rafael Stefan Tomas Viktor Yusuf Anton Bruno Dmitri Elias Felix Hugo Igor Janek Kofi""".split()
_FIRST_F = """Alina Beatriz Clara Dana Elena Fatima Greta Hanna Irina Julia Katya Lena Maria Nadia Olga Petra
Rosa Sofia Tamara Ursula Vera Yasmin Zofia Amara Brigitte Carmen Dalia Esther Ines Leila""".split()
_ROLES = [
    "the finance minister", "a spokesperson for the ministry", "the deputy prime minister",
    "the head of the regional council", "a senior adviser", "the defence secretary",
    "the trade commissioner", "the mayor", "an opposition leader", "the central bank governor",
    "the foreign minister", "the chair of the committee", "a government official", "the union leader",
]
_SPEECH = ["said", "told reporters", "said on Tuesday", "told a news conference", "said in a statement", "told lawmakers"]
_SPEECH_BEFORE = ["said", "told reporters", "stated", "added", "explained", "insisted", "warned"]
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTHS = "January February March April May June July August September October November December".split()


def _syllables(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(n))


@dataclass
class Vocabulary:
    nouns: list[str]
    adjs: list[str]
    verbs: list[str]
    names: list[str]  # proper names of places and bodies
    surnames: list[str]


def vocabulary(seed: int, size: int = 3000) -> Vocabulary:
    """Word lists: invented words (thousands) mixed with common English."""
    rng = random.Random(f"vocab-{seed}")

    def invent(count: int, suffixes: list[str], syl=(1, 2)) -> list[str]:
        seen: set[str] = set()
        out = []
        while len(out) < count:
            w = _syllables(rng, rng.randint(*syl)) + rng.choice(suffixes)
            if len(w) >= 4 and w not in seen:
                seen.add(w)
                out.append(w)
        return out

    nouns = invent(size, ["", "", "ment", "ity", "ance", "ure", "ism", "age"]) + _REAL_NOUNS
    adjs = invent(size // 3, ["al", "ic", "ous", "ive", "ant", "ish"]) + _REAL_ADJS
    verbs = invent(size // 4, ["ate", "ize", "en", "ify"]) + _REAL_VERBS
    names = [w.capitalize() for w in invent(size // 3, ["ia", "ov", "burg", "land", "a", "stan", ""], (2, 3))]
    surnames = [w.capitalize() for w in invent(size // 2, ["son", "ova", "ez", "ski", "er", "i", ""], (2, 3))]
    return Vocabulary(nouns, adjs, verbs, names, surnames)


# -- sentences -------------------------------------------------------------------


def _s(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _ed(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


_REMARK_TEMPLATES = [
    "We will {v} the {a} {n} of {N} and the {n} of the {n}.",
    "Our {n} {vs} a {a} {n} for the {a} {n} of this country.",
    "This {n} is not about {n}, it is about {a} {n} and {a} {n}.",
    "The {n} cannot {v} the {a} {n} without a {a} {n}.",
    "I believe that the {n} will {v} the {a} {n} in {N}.",
    "There is no {a} {n} to the {n} of {N} and we know it.",
    "{N} must {v} its {a} {n} before the {n} {vs} the {a} {n}.",
    "Nobody in {N} wants a {a} {n}, but we have to {v} the {n}.",
    "Let me be clear: the {n} of {N} is {a} and {a}.",
    "We have already {vd} the {n} and we are ready to {v} the {a} {n}.",
    "If the {n} fails, the {a} {n} will {v} every {n} in {N}.",
    "The {a} {n} is the only way to {v} the {n} of our {n}.",
    "People are tired of {a} {n}; they want {a} {n} and a {a} {n}.",
    "They cannot {v} the {n}, and they cannot {v} our {a} {n}.",
]
_NARRATIVE_TEMPLATES = [
    "The {n} of {N} {vd} the {a} {n} on {W}.",
    "Officials in {N} said the {a} {n} had been {vd} for weeks.",
    "The {a} {n} comes after months of {a} {n} over the {n} in {N}.",
    "Critics argue that the {n} does little to {v} the {a} {n}.",
    "Talks on the {a} {n} are expected to resume in {M}.",
    "The {n} was first proposed by the {a} {n} of {N}.",
    "Since {M}, {N} has {vd} the {a} {n} twice.",
    "Observers in {N} see the {n} as a test of the {a} {n}.",
]
# A claim sentence shares no content word with another but by chance: the
# figure's context words come from the big lists.
_CLAIM_TEMPLATES = [
    "The {a} {n} {n} in {N} will {v} {X}, according to the {n} of {N}.",
    "According to the {a} {n}, the {n} of {N} {vd} {X} for the {a} {n}.",
    "{N} {vd} {X} to the {a} {n} {n} last year, the {n} said.",
]
_FIGURE_TEMPLATES = [
    # figures in narrative prose: their context words vary like the rest
    "Officials in {N} said the {a} {n} had {vd} {C} {n}s since {M}.",
    "The {n} of {N} {vd} by {P} as the {a} {n} {vd}.",
    "About {C} {n}s {vd} the {a} {n} in {N} on {W}.",
]


class _Writer:
    def __init__(self, rng: random.Random, vocab: Vocabulary):
        self.rng, self.v = rng, vocab

    def fill(self, template: str) -> str:
        r, v = self.rng, self.v
        out = []
        for piece in template.split("{"):
            if "}" not in piece:
                out.append(piece)
                continue
            key, rest = piece.split("}", 1)
            if key == "n":
                word = r.choice(v.nouns)
            elif key == "a":
                word = r.choice(v.adjs)
            elif key == "v":
                word = r.choice(v.verbs)
            elif key == "vs":
                word = _s(r.choice(v.verbs))
            elif key == "vd":
                word = _ed(r.choice(v.verbs))
            elif key == "N":
                word = r.choice(v.names)
            elif key == "W":
                word = r.choice(_WEEKDAYS)
            elif key == "M":
                word = r.choice(_MONTHS)
            elif key == "C":
                word = f"{r.randint(2, 900):,}" if r.random() < 0.7 else f"{r.randint(1, 99) * 1000:,}"
            elif key == "P":
                word = f"{r.randint(1, 40)}{r.choice(['', '.5'])}%"
            else:
                raise KeyError(key)
            out.append(word + rest)
        text = "".join(out)
        return text[0].upper() + text[1:]

    def remark(self, sentences: int) -> list[str]:
        return [self.fill(self.rng.choice(_REMARK_TEMPLATES)) for _ in range(sentences)]

    def narrative(self, n: int, figures: float = 0.25) -> str:
        out = []
        for _ in range(n):
            pool = _FIGURE_TEMPLATES if self.rng.random() < figures else _NARRATIVE_TEMPLATES
            out.append(self.fill(self.rng.choice(pool)))
        return " ".join(out)

    def comment(self) -> str:
        r = self.rng
        words = [r.choice(self.v.nouns + self.v.adjs + ["the", "and", "is", "not", "they", "we", "this"]) for _ in range(r.randint(6, 30))]
        return (" ".join(words).capitalize() + r.choice([".", "?", "!", "..."]))


# -- people ----------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    gender: str  # "m" | "f"
    role: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def pronoun(self) -> str:
        return "he" if self.gender == "m" else "she"


def _person(rng: random.Random, vocab: Vocabulary) -> Person:
    gender = rng.choice("mf")
    first = rng.choice(_FIRST_M if gender == "m" else _FIRST_F)
    return Person(first, rng.choice(vocab.surnames), gender, rng.choice(_ROLES))


# -- ground truth ----------------------------------------------------------------


@dataclass
class Truth:
    """What was planted. Quotes are (file, text as printed); relations are
    (file_a, text_a, file_b, text_b, label from a's side)."""

    articles: int = 0
    quotes: list[tuple[str, str]] = field(default_factory=list)
    relations: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    claims: list[tuple[str, str]] = field(default_factory=list)
    claim_relations: list[tuple[str, str, str, str, str]] = field(default_factory=list)

    def dump(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self)), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "Truth":
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            articles=data["articles"],
            quotes=[tuple(q) for q in data["quotes"]],
            relations=[tuple(r) for r in data["relations"]],
            claims=[tuple(c) for c in data["claims"]],
            claim_relations=[tuple(r) for r in data["claim_relations"]],
        )


@dataclass
class _Printed:
    """A remark printed in an article, available to later articles."""

    file: str
    person: Person
    sentences: list[str]
    text: str  # as printed there (one quotation)


@dataclass
class _Outlet:
    name: str
    layout: str  # headline, list_comments, header_comments, teasers, promo
    curly: bool
    domain: str


def _outlets(rng: random.Random, vocab: Vocabulary, count: int = 24) -> list[_Outlet]:
    layouts = ["headline", "list_comments", "header_comments", "teasers", "promo"]
    out = []
    for i in range(count):
        word = rng.choice(vocab.names)
        kind = rng.choice(["Times", "Post", "Herald", "Review", "Daily", "Observer", "Wire", "Today"])
        name = f"The {word} {kind}"
        out.append(_Outlet(name, layouts[i % len(layouts)], rng.random() < 0.6, f"{word.lower()}{kind.lower()}.example"))
    return out


# -- articles --------------------------------------------------------------------


class _Article:
    """One article being composed: paragraphs of prose, each a list of parts."""

    def __init__(self, gen: "_Generator", file: str, outlet: _Outlet):
        self.gen, self.file, self.outlet = gen, file, outlet
        self.rng = gen.rng
        self.paragraphs: list[str] = []
        self.quotes: list[str] = []  # every quotation as printed
        self.single: list[tuple[Person, list[str], str]] = []  # remarks printed as one quotation

    def marks(self) -> tuple[str, str]:
        return ("\u201c", "\u201d") if self.outlet.curly else ('"', '"')

    def _introduce(self, p: Person) -> str:
        w = self.gen.writer
        return self.rng.choice([
            f"{p.name}, {p.role}, spoke in {self.rng.choice(w.v.names)} on {self.rng.choice(_WEEKDAYS)}.",
            f"{p.name} addressed the {self.rng.choice(w.v.adjs)} {self.rng.choice(w.v.nouns)} in {self.rng.choice(w.v.names)}.",
            f"Speaking after the meeting, {p.name} defended the {self.rng.choice(w.v.nouns)}.",
        ])

    def quote(self, p: Person, text: str, style: Optional[str] = None) -> str:
        """One quotation of ``text`` (as printed) attributed to ``p``."""
        o, c = self.marks()
        r = self.rng
        style = style or r.choice(["after", "after_said_name", "before", "before_colon", "pronoun", "role"])
        body = text
        if style in ("after", "after_said_name", "pronoun") and body.endswith(".") and r.random() < 0.7:
            body = body[:-1] + ","  # “..., ” said X.
        if style == "after":
            para = f"{o}{body}{c} {p.name} {r.choice(_SPEECH)}."
        elif style == "after_said_name":
            para = f"{o}{body}{c} said {p.name}."
        elif style == "before":
            para = f"{p.name} {r.choice(_SPEECH_BEFORE)}: {o}{body}{c}"
        elif style == "before_colon":
            para = f"{p.name}, {p.role}, said: {o}{body}{c}"
        elif style == "role":
            para = f"{p.role[0].upper() + p.role[1:]}, {p.name}, {r.choice(_SPEECH_BEFORE)}: {o}{body}{c}"
        else:  # pronoun: the name is in the sentence before
            para = f"{self._introduce(p)} {o}{body}{c} {p.pronoun} {r.choice(['said', 'added', 'told reporters'])}."
        self.paragraphs.append(para)
        self.quotes.append(body)
        return body

    def fresh_remark(self, p: Person) -> None:
        """A remark printed here first: one quotation, split around the
        attribution, or over several paragraphs."""
        r = self.rng
        w = self.gen.writer
        shape = r.random()
        if shape < 0.72:
            sentences = w.remark(r.randint(1, 4))
            self.single.append((p, sentences, self.quote(p, " ".join(sentences))))
        elif shape < 0.86:
            # “First part,” said X. “Second part.”
            first, second = w.remark(1)[0], " ".join(w.remark(r.randint(1, 2)))
            o, c = self.marks()
            head = first[:-1] + ","
            self.paragraphs.append(f"{o}{head}{c} said {p.name}. {o}{second}{c}")
            self.quotes += [head, second]
        else:
            # a quotation over two or three paragraphs: only the last closes
            o, c = self.marks()
            parts = [" ".join(w.remark(r.randint(1, 2))) for _ in range(r.randint(2, 3))]
            self.paragraphs.append(f"{p.name} {r.choice(_SPEECH_BEFORE)}: {o}{parts[0]}")
            for part in parts[1:-1]:
                self.paragraphs.append(f"{o}{part}")
            self.paragraphs.append(f"{o}{parts[-1]}{c}")
            self.quotes += parts

    def narrative(self, n: int = 2) -> None:
        self.paragraphs.append(self.gen.writer.narrative(n))

    def render(self, headline: str, head_quote: Optional[str]) -> str:
        g, r, o = self.gen, self.rng, self.outlet
        w = g.writer
        lines: list[str] = []
        if r.random() < 0.7:
            published = f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
            lines += ["---", f"outlet: {o.name}", f"url: https://{o.domain}/{self.file[:-4]}", f"published: {published}", "---", ""]
        body = self.paragraphs
        if o.layout == "headline":
            lines += [headline, "", r.choice(w.v.names) + " " + r.choice(["Press Conference", "Briefing", "Summit"]), ""]
            for p in body:
                lines += [p, ""]
            lines += [f"{r.choice(w.v.surnames)} covers {r.choice(w.v.nouns)} and {r.choice(w.v.nouns)} for the site.", "", ""]
            for _ in range(2):
                lines += [w.fill("{N} and {N} Sign {a} Deal on {n}").title(), "", w.narrative(1)[:-1] + "...", ""]
        elif o.layout == "list_comments":
            for p in body:
                lines += [p, ""]
            lines += ["Comments", ""]
            for i in range(1, r.randint(3, 6)):
                lines += [f"  {i}. {w.comment()}", ""]
                for _ in range(r.randint(0, 3)):
                    lines += [f"    \u2022 {w.comment()}", ""]
            lines += ["LEAVE A REPLY", "", "Please enter your comment!", "Please enter your name here"]
        elif o.layout == "header_comments":
            for p in body:
                lines += [p, ""]
            lines += ["You can read more by clicking here.", ""]
            lines += [f"{r.choice(_FIRST_M)} has spent the last {r.randint(3, 20)} years working in the {r.choice(w.v.nouns)} industry.", ""]
            n = r.randint(3, 8)
            lines += ["Subscribe", "Notify of", "guest", "", f"{n} Comments", "oldest", "newest", "Inline Feedbacks", "View all comments"]
            authors = []
            for _ in range(n):
                a = r.choice(_FIRST_M + _FIRST_F) + (str(r.randint(1, 99)) if r.random() < 0.3 else "")
                lines += [a, a, f"{r.randint(1, 11)} months ago"]
                if authors and r.random() < 0.5:
                    lines += [f"Reply to  {r.choice(authors)}"]
                lines += ["", w.comment(), ""]
                authors.append(a)
        elif o.layout == "teasers":
            lines += ["\n".join(body)]
            for _ in range(r.randint(2, 4)):
                lines += [w.narrative(1)[:-1] + "\u2026"]
        else:  # promo
            lines += ["World News" + r.choice(["Europe", "Asia", "Politics"]), "", "Actions", ""]
            lines += [headline, "", w.narrative(1), "Posted", ""]
            cut = max(1, len(body) // 2)
            for p in body[:cut]:
                lines += [p, ""]
            lines += [f"{r.choice(_FIRST_F)} {r.choice(w.v.surnames)}, {r.choice(_ROLES)}.", ""]
            lines += [w.fill("{N} approves additional {C} {n}s for {N}"), "", w.narrative(1), "", "LEARN MORE", ""]
            for p in body[cut:]:
                lines += [p, ""]
        return "\n".join(lines).rstrip() + "\n"


# -- claim traps -------------------------------------------------------------------------
# Pairs of claims in two articles that look alike without measuring the same
# quantity (a grant of another council or for another bridge, shares of
# different groups, running totals), and the same quantity worded
# differently or dated with a different precision. Each pair is planted with
# the relation it must get, or with none. The traps draw from their own
# random stream, so the rest of the corpus is the same with or without them.

_TRAP_SHARE = 0.15


class _ClaimTraps:
    def __init__(self, seed: int, vocab: Vocabulary):
        self.rng = random.Random(seed * 7919 + 17)
        self.v = vocab
        self.pending: list[tuple[str, str, str, str]] = []  # (file, first text, second text, label or "")

    def plant(self, art: "_Article", truth: "Truth") -> None:
        r = self.rng
        if self.pending and r.random() < 0.6:
            i = r.randrange(len(self.pending))
            file, first, second, label = self.pending[i]
            if file != art.file:
                self.pending[i] = self.pending[-1]
                self.pending.pop()
                art.paragraphs.append(second)
                truth.claims.append((art.file, second))
                if label:
                    truth.claim_relations.append((art.file, second, file, first, label))
                return
        first, second, label = self.pair()
        art.paragraphs.append(first)
        truth.claims.append((art.file, first))
        self.pending.append((art.file, first, second, label))
        if len(self.pending) > 2000:
            del self.pending[:-2000]

    def pair(self) -> tuple[str, str, str]:
        """(first claim, second claim, relation from the second's side or "")."""
        r, v = self.rng, self.v
        place, other_place = r.sample(v.names, 2)
        thing, other_thing = r.sample(v.nouns, 2)
        x = r.randint(12, 98)
        y = x + r.randint(3, 40)
        grant = "The council of {p} approved a £{x} million grant for the {t} bridge."
        kind = r.choice(["worded", "worded_same", "other_place", "other_bridge", "other_group", "running",
                         "year_month", "months", "days"])
        if kind == "worded":  # the same grant worded differently, another figure
            return (grant.format(p=place, x=x, t=thing),
                    f"The {thing} bridge grant from the council of {place}, worth £{y} million, was approved.", "conflicts")
        if kind == "worded_same":
            return (grant.format(p=place, x=x, t=thing),
                    f"The council of {place} approved a grant of {x} million pounds for the {thing} bridge.", "corroborates")
        if kind == "other_place":
            return grant.format(p=place, x=x, t=thing), grant.format(p=other_place, x=y, t=thing), ""
        if kind == "other_bridge":
            return grant.format(p=place, x=x, t=thing), grant.format(p=place, x=y, t=other_thing), ""
        if kind == "other_group":
            share = "In {p}, {x} percent of {g}s backed the {t} plan in the vote."
            group, other_group = r.sample(v.nouns, 2)
            return share.format(p=place, x=x, g=group, t=thing), share.format(p=place, x=y, g=other_group, t=thing), ""
        if kind == "running":
            tally = "{p} has won {x} {t}s so far in the {o} race."
            return tally.format(p=place, x=x, t=thing, o=other_thing), tally.format(p=place, x=y, t=thing, o=other_thing), ""
        summit = "The {a} summit of {p} leaders in {o} will be held {when}, the {t} ministry said."
        a = r.choice(v.adjs)
        year = r.randint(2020, 2035)
        m1, m2 = r.sample(_MONTHS, 2)
        if kind == "year_month":  # a year and a month of it agree
            whens = (f"in {year}", f"in {m1} {year}", "corroborates")
        elif kind == "months":
            whens = (f"in {m1} {year}", f"in {m2} {year}", "conflicts")
        else:
            day = r.randint(1, 28)
            whens = (f"on {day} {m1} {year}", f"on {day} {m1} {year + r.randint(1, 3)}", "conflicts")
        first, second = (summit.format(a=a, p=place, o=other_place, t=thing, when=w) for w in whens[:2])
        return first, second, whens[2]


class _Generator:
    def __init__(self, seed: int):
        self.seed = seed
        self.rng = random.Random(seed)
        self.vocab = vocabulary(seed)
        self.writer = _Writer(self.rng, self.vocab)
        self.outlets = _outlets(self.rng, self.vocab)
        self.people = [_person(self.rng, self.vocab) for _ in range(400)]
        self.pool: list[_Printed] = []  # remarks printed once, not yet reused
        self.multi: list[tuple[str, Person, list[list[str]], list[str]]] = []  # (file, person, remarks, printed)
        self.claims: list[tuple[str, str, float, str]] = []  # (file, template text, value, printed)
        self.truth = Truth()
        self.traps = _ClaimTraps(seed, self.vocab)
        # printed by many articles for different people: never a relation
        w = self.writer
        self.slogans = [w.fill("{a} {n} for {N}").title() for _ in range(12)]
        self.stock = [w.fill("the {a} {n} of the {n}").lower() for _ in range(12)]

    # -- planted relations --

    def _take(self, file: str) -> Optional[_Printed]:
        for _ in range(4):
            if not self.pool:
                return None
            i = self.rng.randrange(len(self.pool))
            item = self.pool[i]
            if item.file != file:
                self.pool[i] = self.pool[-1]
                self.pool.pop()
                return item
        return None

    def _plant(self, art: _Article, a_text: str, src: _Printed, label: str) -> None:
        self.truth.relations.append((art.file, a_text, src.file, src.text, label))

    def _derive(self, art: _Article) -> None:
        r = self.rng
        kind = r.choices(["verbatim", "excerpt", "spliced_one", "spliced_many", "altered", "interrupted"], [3, 3, 1, 2, 3, 1])[0]
        if kind == "spliced_many" and self.multi:
            i = r.randrange(len(self.multi))
            file, person, remarks, printed = self.multi[i]
            if file != art.file:
                self.multi[i] = self.multi[-1]
                self.multi.pop()
                pieces = [" ".join(s) for s in remarks]
                joiner = r.choice([" \u2026 ", "\u2026", " ... ", " "])
                text = joiner.join(pieces)
                art.quote(person, text, style=r.choice(["before", "before_colon", "role"]))
                for src_text in printed:
                    self.truth.relations.append((art.file, text, file, src_text, "spliced"))
                return
        src = self._take(art.file)
        if src is None:
            return
        sents = src.sentences
        if kind == "excerpt" and len(sents) >= 2:
            while True:
                lo = r.randrange(len(sents))
                hi = r.randint(lo + 1, len(sents))
                if hi - lo < len(sents):
                    break
            text = " ".join(sents[lo:hi])
            art.quote(src.person, text, style=r.choice(["before", "before_colon", "role"]))
            self._plant(art, text, src, "excerpt")
        elif kind == "spliced_one" and len(sents) >= 3:
            # first and last sentence of a longer remark, the middle cut
            joiner = r.choice([" \u2026 ", "\u2026", " ... ", "..."])
            text = sents[0] + joiner + sents[-1]
            art.quote(src.person, text, style=r.choice(["before", "before_colon", "role"]))
            self._plant(art, text, src, "spliced")
        elif kind == "interrupted" and len(sents) >= 2:
            # the whole remark, split by the attribution: two faithful excerpts
            o, c = art.marks()
            head, rest = sents[0][:-1] + ",", " ".join(sents[1:])
            art.paragraphs.append(f"{o}{head}{c} said {src.person.name}. {o}{rest}{c}")
            art.quotes += [head, rest]
            self._plant(art, head, src, "excerpt")
            self._plant(art, rest, src, "excerpt")
        elif kind == "altered" and len(src.text.split()) >= 8:
            words = src.text.split()
            # inside the remark, away from its ends, on a plain word
            spots = [i for i in range(2, len(words) - 2) if words[i].isalpha() and words[i].islower() and len(words[i]) > 3]
            if not spots:
                return self._verbatim(art, src)
            i = r.choice(spots)
            if r.random() < 0.5:
                words[i] = r.choice(self.vocab.nouns)
            else:
                del words[i]
            text = " ".join(words)
            art.quote(src.person, text, style=r.choice(["before", "before_colon", "role"]))
            self._plant(art, text, src, "altered")
        else:
            self._verbatim(art, src)

    def _trap(self, art: _Article, cast: list[Person]) -> None:
        """A slogan or a stock phrase, for one of the article's people: on
        its own, as a short partial quote, or inside a fresh remark."""
        r, w = self.rng, self.writer
        slogan = r.random() < 0.5
        phrase = r.choice(self.slogans if slogan else self.stock)
        p = r.choice(cast)
        shape = r.random()
        if shape < 0.4 and slogan:
            art.quote(p, phrase)
        elif shape < 0.7:
            art.quote(p, f"It is {phrase}.")
        else:
            sentences = [w.fill("We will {v} " + phrase.replace("{", "").replace("}", "") + " and the {a} {n}.")] + w.remark(r.randint(0, 2))
            art.single.append((p, sentences, art.quote(p, " ".join(sentences))))

    def _verbatim(self, art: _Article, src: _Printed) -> None:
        art.quote(src.person, src.text, style=self.rng.choice(["before", "before_colon", "role"]))
        self._plant(art, src.text, src, "verbatim")

    def _claim(self, art: _Article) -> None:
        r = self.rng
        if self.claims and r.random() < 0.5:
            i = r.randrange(len(self.claims))
            file, template, value, printed = self.claims[i]
            if file != art.file:
                self.claims[i] = self.claims[-1]
                self.claims.pop()
                # the digits swapped, or a different figure of the same size
                digits = str(int(value))
                other = int(digits[::-1]) if len(digits) > 1 and digits != digits[::-1] and digits[-1] != "0" else int(value) + r.randint(3, 40)
                mine = template.replace("{X}", f"${other} million")
                art.paragraphs.append(mine)
                self.truth.claims.append((art.file, mine))
                self.truth.claim_relations.append((art.file, mine, file, printed, "conflicts"))
                return
        value = r.randint(12, 98)
        template = self.writer.fill(self.rng.choice(_CLAIM_TEMPLATES).replace("{X}", "\x00"))
        template = template.replace("\x00", "{X}")
        printed = template.replace("{X}", f"${value} million")
        art.paragraphs.append(printed)
        self.truth.claims.append((art.file, printed))
        self.claims.append((art.file, template, float(value), printed))

    # -- one article --

    def article(self, index: int) -> tuple[str, str]:
        r = self.rng
        file = f"a{index:06d}.txt"
        outlet = self.outlets[r.randrange(len(self.outlets))]
        art = _Article(self, file, outlet)
        cast = r.sample(self.people, 3)
        art.narrative(r.randint(1, 3))
        steps = ["fresh"] * r.randint(2, 4) + ["derive"] * r.choice([0, 1, 1, 2, 2, 3]) + ["narrative"] * r.randint(1, 3)
        steps += ["claim"] if r.random() < 0.3 else []
        steps += ["multi"] if r.random() < 0.2 else []
        steps += ["trap"] if r.random() < 0.3 else []
        r.shuffle(steps)
        for step in steps:
            if step == "fresh":
                art.fresh_remark(r.choice(cast))
            elif step == "derive":
                self._derive(art)
            elif step == "trap":
                self._trap(art, cast)
            elif step == "claim":
                self._claim(art)
            elif step == "multi":
                # two separate remarks by one person, later spliced elsewhere
                p = r.choice(cast)
                remarks = [self.writer.remark(1), self.writer.remark(r.randint(1, 2))]
                printed = []
                for s in remarks:
                    printed.append(art.quote(p, " ".join(s)))
                    art.narrative(1)
                self.multi.append((file, p, remarks, printed))
            else:
                art.narrative(r.randint(1, 3))
        if self.traps.rng.random() < _TRAP_SHARE:
            self.traps.plant(art, self.truth)
        for p, sentences, printed in art.single:
            self.pool.append(_Printed(file, p, sentences, printed))
        if len(self.pool) > 4000:  # later articles quote recent remarks
            del self.pool[: len(self.pool) - 4000]
        if len(self.multi) > 1000:
            del self.multi[:-1000]
        speaker = r.choice(cast)
        head_quote = None
        if outlet.layout == "promo":
            head_quote = " ".join(self.writer.remark(1))[:-1]
            headline = f"'{head_quote},' {speaker.role.split()[-1]} says"
        else:
            headline = self.writer.fill("{N} {vs} {a} {n} as {n} {vs}").title()
        text = art.render(headline, head_quote)
        self.truth.quotes += [(file, q) for q in art.quotes]
        if head_quote:
            self.truth.quotes.append((file, head_quote + ","))
        return file, text


def generate(folder: Path, articles: int, seed: int = 7, extra: int = 0, extra_folder: Optional[Path] = None) -> Truth:
    """Write ``articles`` files into ``folder`` (and ``extra`` more, which
    quote the earlier ones, into ``extra_folder``) and return the ground
    truth of all of them."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if extra:
        assert extra_folder is not None
        Path(extra_folder).mkdir(parents=True, exist_ok=True)
    gen = _Generator(seed)
    for i in range(articles + extra):
        file, text = gen.article(i)
        (folder if i < articles else Path(extra_folder)).joinpath(file).write_text(text, encoding="utf-8")
    gen.truth.articles = articles + extra
    return gen.truth


def first_articles(truth: Truth, articles: int) -> Truth:
    """The truth restricted to the first ``articles`` files."""
    last = f"a{articles:06d}.txt"
    return Truth(
        articles=articles,
        quotes=[q for q in truth.quotes if q[0] < last],
        relations=[r for r in truth.relations if r[0] < last and r[2] < last],
        claims=[c for c in truth.claims if c[0] < last],
        claim_relations=[r for r in truth.claim_relations if r[0] < last and r[2] < last],
    )
