"""Synthetic stories with primary sources and planted edits, for measuring
the check of quotes against primary sources (matching/primary.py) and the
classes of changes (matching/significance.py).

Each story is a transcript (in one of five layouts: labels in capitals with
a front-matter map to full names, bold names, names with a colon, labels
alone on their line, timestamps) of a person answering questions, and a
few articles quoting it. Every quotation is planted with one edit whose
outcome is known:

* ``exact``        a sentence (or two) as said, or with punctuation or case changed;
* ``cosmetic``     a contraction, a spelling variant, a filler word, a number in
                   figures for words (result ``changed``, class ``cosmetic``);
* ``wording``      a synonym, an adjective dropped, two words swapped (``changed``,
                   class ``wording``);
* ``meaning``      a negation added or dropped, a number, date or name changed, a
                   modal or quantifier changed, a qualifier dropped (``changed``,
                   class ``meaning``);
* ``assembled``    sentences of two separate passages joined (class ``meaning``);
* ``misattributed`` words the transcript gives to someone else;
* ``not_found``    words that are in no primary source.

Everything is a function of the seed.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import bench_corpus

# -- sentences with known edits ------------------------------------------------

_NUMBER_WORDS = "two three four five six seven eight nine ten eleven twelve".split()


@dataclass
class Sentence:
    """A template and its slot values: ``text`` fills it; edits rewrite
    the template or the values."""

    template: str
    values: dict[str, str]
    edits: tuple[str, ...]

    @property
    def text(self) -> str:
        out = self.template.format(**self.values)
        return out[0].upper() + out[1:]


# (template, edits it supports besides the generic ones)
_TEMPLATES = [
    ("We will {v} the {a1} {n1} in {N1} before {M1}.", ("contraction_will", "negation_add", "modal", "month")),
    ("The {n1} of {N1} has {C1} {n2}s and we need every one of them.", ("number", "number_words", "quantifier_every")),
    ("Only the {a1} {n1} can {v} the {n2} of {N1}.", ("qualifier_only",)),
    ("I do not think the {n1} will {v} the {a1} {n2}.", ("negation_drop", "contraction_not")),
    ("All of the {n1}s in {N1} are {a1} and {a2} this year.", ("quantifier_all", "order")),
    ("The {a1} {n1} is nearly finished, and the {n2} will {v} on {W1}.", ("qualifier_nearly", "weekday")),
    ("Our programme will organise the defence of the {a1} {n1} in {N1}.", ("spelling",)),
    ("The {n1} of {N1} must {v} the {a1} {n2} and the {n3}.", ("modal_must",)),
]
_GENERIC = ("synonym", "drop_adj", "filler", "punctuation", "name")

# edit -> (expected result, expected class)
EXPECTED = {
    "exact": ("exact", "none"),
    "punctuation": ("exact", "none"),
    "contraction_will": ("changed", "cosmetic"),
    "contraction_not": ("changed", "cosmetic"),
    "spelling": ("changed", "cosmetic"),
    "filler": ("changed", "cosmetic"),
    "number_words": ("changed", "cosmetic"),
    "synonym": ("changed", "wording"),
    "drop_adj": ("changed", "wording"),
    "order": ("changed", "wording"),
    "negation_add": ("changed", "meaning"),
    "negation_drop": ("changed", "meaning"),
    "modal": ("changed", "meaning"),
    "modal_must": ("changed", "meaning"),
    "month": ("changed", "meaning"),
    "weekday": ("changed", "meaning"),
    "name": ("changed", "meaning"),
    "number": ("changed", "meaning"),
    "quantifier_every": ("changed", "meaning"),
    "quantifier_all": ("changed", "meaning"),
    "qualifier_only": ("changed", "meaning"),
    "qualifier_nearly": ("changed", "meaning"),
    "assembled": ("assembled", "meaning"),
    "misattributed": ("misattributed", "none"),
    "not_found": ("not_found", "none"),
}


class _Sentences:
    def __init__(self, rng: random.Random, vocab: bench_corpus.Vocabulary):
        self.rng, self.v = rng, vocab

    def make(self) -> Sentence:
        r, v = self.rng, self.v
        template, edits = r.choice(_TEMPLATES)
        values = {
            "v": r.choice(v.verbs), "W1": r.choice(_WEEKDAYS),
            "M1": r.choice(_MONTHS), "C1": r.choice(_NUMBER_WORDS),
        }
        for key in ("a1", "a2"):
            values[key] = r.choice(v.adjs)
        for key in ("n1", "n2", "n3"):
            values[key] = r.choice(v.nouns)
        values["N1"] = r.choice(v.names)
        return Sentence(template, values, edits + tuple(e for e in _GENERIC if e != "name" or "{N1}" in template))

    def fill(self, template: str) -> str:
        """A sentence that is no planted edit's: {n}, {a}, {v}, {N} filled."""
        r, v = self.rng, self.v
        out = re.sub(r"\{(n|a|v|N)\}", lambda m: r.choice({"n": v.nouns, "a": v.adjs, "v": v.verbs, "N": v.names}[m.group(1)]), template)
        return out[0].upper() + out[1:]

    def edit(self, s: Sentence, kind: str) -> str:
        """The sentence as printed with edit ``kind``."""
        r, v = self.rng, self.v
        t, values = s.template, dict(s.values)

        def other(options: list[str], current: str) -> str:
            return r.choice([o for o in options if o != current])

        if kind == "punctuation":
            return s.text.rstrip(".") if r.random() < 0.5 else s.text.replace(",", "")
        if kind == "contraction_will":
            t = t.replace("We will", "We'll")
        elif kind == "contraction_not":
            t = t.replace("do not", "don't")
        elif kind == "spelling":
            word, variant = r.choice([("programme", "program"), ("organise", "organize"), ("defence", "defense")])
            t = t.replace(word, variant)
        elif kind == "filler":
            words = t.split(" ")
            at = r.randint(1, 3)
            words.insert(at, r.choice(["uh,", "um,", "you know,"]))
            t = " ".join(words)
        elif kind == "number_words":
            values["C1"] = str(_NUMBER_WORDS.index(values["C1"]) + 2)
        elif kind == "synonym":
            values["n1"] = other(v.nouns, values["n1"])
        elif kind == "drop_adj":
            if "{a1} {n" in t:
                t = t.replace("{a1} ", "", 1)
            else:
                values["n1"] = other(v.nouns, values["n1"])
        elif kind == "order":
            t = t.replace("{a1} and {a2}", "{a2} and {a1}")
        elif kind == "negation_add":
            t = t.replace("will", "will not", 1)
        elif kind == "negation_drop":
            t = t.replace("do not think", "think")
        elif kind == "modal":
            t = t.replace("will", r.choice(["may", "might", "could"]), 1)
        elif kind == "modal_must":
            t = t.replace("must", r.choice(["may", "could", "might"]))
        elif kind == "month":
            values["M1"] = other(_MONTHS, values["M1"])
        elif kind == "weekday":
            values["W1"] = other(_WEEKDAYS, values["W1"])
        elif kind == "name":
            values["N1"] = other(v.names, values["N1"])
        elif kind == "number":
            values["C1"] = other(_NUMBER_WORDS, values["C1"])
        elif kind == "quantifier_every":
            t = t.replace("every one", r.choice(["some", "most", "a few"]))
        elif kind == "quantifier_all":
            t = t.replace("All of", r.choice(["Some of", "Most of", "Many of"]))
        elif kind == "qualifier_only":
            t = t.replace("Only the", "The")
        elif kind == "qualifier_nearly":
            t = t.replace("nearly ", "")
        out = t.format(**values)
        return out[0].upper() + out[1:]


_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTHS = "January February March April May June July August September October November December".split()


# -- stories ---------------------------------------------------------------------


@dataclass
class Planted:
    file: str
    text: str  # as printed, without quote marks
    edit: str

    @property
    def result(self) -> str:
        return EXPECTED[self.edit][0]

    @property
    def significance(self) -> str:
        return EXPECTED[self.edit][1]


@dataclass
class PrimaryTruth:
    stories: int = 0
    quotes: list[Planted] = field(default_factory=list)

    def counts(self) -> Counter:
        return Counter(q.edit for q in self.quotes)


LAYOUTS = ("caps", "bold", "title", "alone", "stamps")


def _label(layout: str, name: str, surname: str, n: int) -> str:
    stamp = f"[00:{n // 60:02d}:{n % 60:02d}] "
    if layout == "caps":
        return f"{surname.upper()}: "
    if layout == "bold":
        return f"**{name}:** "
    if layout == "title":
        return f"{name}: "
    if layout == "alone":
        return f"{name.upper()}\n"
    return f"{stamp}{surname.upper()}: "


def _transcript(rng: random.Random, layout: str, turns: list[tuple[str, str, list[list[str]]]], title: str) -> str:
    """``turns``: (full name, surname or label, paragraphs of sentences)."""
    names = {}
    lines = ["---", "type: transcript", f"title: {title}"]
    if layout in ("caps", "stamps"):
        lines.append("speakers:")
        for name, surname, _ in turns:
            if name not in ("Q", "MODERATOR"):
                names[surname.upper()] = name
        lines += [f"  {k}: {v}" for k, v in names.items()]
    lines += ["---", "", title, ""]
    for n, (name, surname, paragraphs) in enumerate(turns):
        if name in ("Q", "MODERATOR"):
            label = _label("caps" if layout != "bold" else "bold", name, name, n * 17)
            label = label if layout != "stamps" else f"[00:{n // 3:02d}:{(n * 17) % 60:02d}] {name}: "
        else:
            label = _label(layout, name, surname, n * 17)
        body = "\n\n".join(" ".join(p) for p in paragraphs)
        lines += [label + body, ""]
    return "\n".join(lines)


def _article(rng: random.Random, vocab: bench_corpus.Vocabulary, outlet: str, name: str, quotes: list[str]) -> str:
    head = rng.choice(vocab.names) + " " + rng.choice(["Officials", "Leaders", "Ministers"]) + " Speak On " + rng.choice(vocab.nouns).title()
    parts = [
        "---", f"outlet: {outlet}", f"published: 2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", "---", "",
        head, "",
        f"{name} spoke to reporters in {rng.choice(vocab.names)} about the {rng.choice(vocab.nouns)}.", "",
    ]
    for text in quotes:
        if rng.random() < 0.5:
            body = text[:-1] + "," if text.endswith(".") else text
            parts += [f"\u201c{body}\u201d {name} said.", ""]
        else:
            parts += [f"{name} said: \u201c{text}\u201d", ""]
        parts += [f"The {rng.choice(vocab.adjs)} {rng.choice(vocab.nouns)} was discussed in {rng.choice(vocab.names)} last week.", ""]
    return "\n".join(parts)


def generate(folder: Path, stories: int, seed: int = 7) -> PrimaryTruth:
    """Write ``stories`` stories (a transcript in ``folder/primary-sources``
    under a front-matter type, and 3 to 5 articles each) into ``folder``."""
    folder = Path(folder)
    (folder / "transcripts").mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"primary-{seed}")
    vocab = bench_corpus.vocabulary(seed + 1000)
    sentences = _Sentences(rng, vocab)
    truth = PrimaryTruth(stories=stories)
    kinds = [k for k in EXPECTED if k not in ("exact", "assembled", "misattributed", "not_found")]
    for n in range(stories):
        first = rng.choice(["Ada", "Lena", "Tomas", "Karim", "Sofia", "Marco", "Nadia", "Pavel"])
        surname = rng.choice(vocab.surnames)
        other_first = rng.choice(["Irina", "Hugo", "Greta", "Omar"])
        other_surname = rng.choice([s for s in vocab.surnames if s != surname])
        name, other = f"{first} {surname}", f"{other_first} {other_surname}"
        layout = LAYOUTS[n % len(LAYOUTS)]
        # the person's answers: paragraphs of made sentences
        answers = [[[sentences.make() for _ in range(rng.randint(2, 3))] for _ in range(rng.randint(1, 2))] for _ in range(3)]
        question = [[sentences.fill("Will the {n} of {N} {v} the {a} {n} this year?")]]
        colleague = [[sentences.fill("The {a} {n} of {N} will {v} our {a} {n} and the {n}.")]]
        turns = [
            ("MODERATOR", "MODERATOR", [[sentences.fill("Welcome to the briefing on the {a} {n} in {N}.")]]),
            (name, surname, [[s.text for s in p] for p in answers[0]]),
            ("Q", "Q", question),
            (name, surname, [[s.text for s in p] for p in answers[1]]),
            (other, other_surname, colleague),
            (name, surname, [[s.text for s in p] for p in answers[2]]),
        ]
        title = f"Briefing {n + 1} on the {rng.choice(vocab.nouns)}"
        (folder / "transcripts" / f"t{n:04d}.txt").write_text(_transcript(rng, layout, turns, title), encoding="utf-8")
        flat = [(t, pi, s) for t, turn in enumerate(answers) for pi, p in enumerate(turn) for s in p]
        for k in range(rng.randint(3, 5)):
            file = f"s{n:04d}-{k}.txt"
            quotes: list[tuple[str, str]] = []
            for _ in range(rng.randint(2, 3)):
                pick = rng.random()
                if pick < 0.12:
                    _, _, s = rng.choice(flat)
                    quotes.append((s.text, "exact"))
                elif pick < 0.22:
                    # two sentences of answers in different turns
                    a, b = rng.sample(range(3), 2)
                    first_s = rng.choice([s for t, _, s in flat if t == min(a, b)])
                    second_s = rng.choice([s for t, _, s in flat if t == max(a, b)])
                    joiner = rng.choice([" ", " \u2026 ", " ... "])
                    quotes.append((first_s.text + joiner + second_s.text, "assembled"))
                elif pick < 0.30:
                    quotes.append((rng.choice([question[0][0], colleague[0][0]]), "misattributed"))
                elif pick < 0.38:
                    quotes.append((sentences.make().text, "not_found"))
                else:
                    _, _, s = rng.choice(flat)
                    kind = rng.choice([k for k in s.edits if k in kinds])
                    quotes.append((sentences.edit(s, kind), kind))
            # the same words twice in one article would be one quote
            seen: set[str] = set()
            quotes = [q for q in quotes if not (q[0] in seen or seen.add(q[0]))]  # type: ignore[func-returns-value]
            outlet = rng.choice(["The Valley Post", "Coast Herald", "Morning Wire", "City Times", "The Daily Ledger"])
            (folder / file).write_text(_article(rng, vocab, outlet, name, [q for q, _ in quotes]), encoding="utf-8")
            truth.quotes += [Planted(file, text, kind) for text, kind in quotes]
    return truth


# -- measuring ---------------------------------------------------------------------


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 1.0


def evaluate(db_path: Path, truth: PrimaryTruth, normalize: Callable[[str], str]) -> dict:
    """Precision and recall of the check's result and of the "meaning"
    class over the planted quotations, and the wrong ones (first few)."""
    import sqlite3

    conn = sqlite3.connect(str(db_path))
    stored: dict[tuple[str, str], tuple[str, str]] = {}
    for file, text, result, significance in conn.execute(
        """select a.file, q.text, c.result, c.significance from primary_checks c
           join quotes q on q.id = c.quote_id join articles a on a.id = q.article_id"""
    ):
        stored[(file, normalize(text))] = (result, significance)
    conn.close()
    right = checked = 0
    meaning_true = meaning_found = meaning_right = 0
    per: dict[str, Counter] = {}
    wrong: list[tuple[str, str, str, Optional[tuple[str, str]]]] = []
    for q in truth.quotes:
        got = stored.get((q.file, normalize(q.text)))
        c = per.setdefault(q.result, Counter())
        c["planted"] += 1
        if got is not None:
            checked += 1
            per.setdefault(got[0], Counter())["stored"] += 1
            if got[0] == q.result:
                right += 1
                c["right"] += 1
            elif len(wrong) < 8:
                wrong.append((q.edit, q.text, q.result, got))
        elif len(wrong) < 8:
            wrong.append((q.edit, q.text, q.result, None))
        is_meaning = q.significance == "meaning"
        said_meaning = got is not None and got[1] == "meaning"
        meaning_true += is_meaning
        meaning_found += said_meaning
        meaning_right += is_meaning and said_meaning
        if said_meaning != is_meaning and got is not None and got[0] == q.result and len(wrong) < 8:
            wrong.append((q.edit, q.text, q.significance, got))
    # every class, among the quotations found with changes
    classes: dict[str, Counter] = {}
    for q in truth.quotes:
        got = stored.get((q.file, normalize(q.text)))
        if q.result != "changed" or got is None or got[0] != "changed":
            continue
        classes.setdefault(q.significance, Counter())["planted"] += 1
        classes.setdefault(got[1], Counter())["stored"] += 1
        if got[1] == q.significance:
            classes[q.significance]["right"] += 1
    return {
        "primary_by_class": {
            k: {"planted": c["planted"], "precision": _ratio(c["right"], c["stored"]), "recall": _ratio(c["right"], c["planted"])}
            for k, c in sorted(classes.items())
        },
        "primary_stories": truth.stories,
        "primary_planted_quotes": len(truth.quotes),
        "primary_check_precision": _ratio(right, checked),
        "primary_check_recall": _ratio(right, len(truth.quotes)),
        "primary_meaning_precision": _ratio(meaning_right, meaning_found),
        "primary_meaning_recall": _ratio(meaning_right, meaning_true),
        "primary_by_result": {
            k: {"planted": c["planted"], "precision": _ratio(c["right"], c["stored"]), "recall": _ratio(c["right"], c["planted"])}
            for k, c in sorted(per.items())
        },
        "_primary_wrong": wrong,
    }
