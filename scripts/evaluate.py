#!/usr/bin/env python
"""Score quote extraction and speaker attribution against a labelled set.

    scripts/evaluate.py [--json] [--quiet] [LABELS_DIR]

Each ``LABELS_DIR/*.json`` names an article file (relative to the
repository root) and lists every quotation of its headline and body with
its kind (``quote``, ``scare`` or ``title``), its speaker (``null`` when
the text names nobody, ``"?"`` when the label does not know) and where it
is. The article goes through the real chain segment -> quotes -> speakers ->
kinds (``extract.article.quotes_of``), as the ingest runs it.

Quotations are matched one to one on normalised text (case, quote glyphs,
ellipses, spacing and the punctuation at either end do not matter).
Reported per article and in total:

* ``precision``/``recall``: quotations of four or more words, whatever
  their kind, as this script has always scored them;
* ``all_precision``/``all_recall``: every remark of any length (kinds
  ``quote`` and ``scare``; a ``title`` is stored but is not a remark), and
  ``kind_accuracy``, the share of those matches whose kind agrees;
* ``quote_precision``/``quote_recall``: items of kind ``quote`` only,
  short attributed quotations of one to three words included;
* speaker figures over the matched four-or-more-word quotations whose
  label names a speaker or says ``null`` (``"?"`` is not scored):
  ``speaker_accuracy`` (the full name as labelled, ``null`` included),
  ``surname_accuracy`` (the last name part, suffixes such as "Jr." aside)
  and ``speaker_missing`` (the share of quotations whose label names a
  speaker but that got none); the same three with an ``all_`` prefix over
  every matched quotation of kind ``quote``;
* non-body quotes: extracted quotations whose offsets do not point into
  the headline or body, or whose text only occurs in comments, teasers or
  other page furniture;
* failed articles: an article whose file cannot be read or whose
  extraction raises is reported with the file and the error, counted as
  extracting nothing, and the run goes on. The exit status is 1 when any
  article failed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import traceback
import unicodedata
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from datasette_factcheck.extract import article as article_mod  # noqa: E402
from datasette_factcheck.extract import segment as segment_mod  # noqa: E402

LABELS = ROOT / "tests" / "eval" / "labels"
MIN_WORDS = 4
UNKNOWN = "?"
REMARKS = ("quote", "scare")
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_EDGE = " \t\n.,;:!?\"'“”‘’-–—()"
_GLYPHS = str.maketrans("’‘“”–—", "''\"\"--")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})
_COUNTS = (
    "expected", "extracted", "correct", "non_body",
    "all_expected", "all_extracted", "all_correct", "kind_correct",
    "quote_expected", "quote_extracted", "quote_correct", "titles",
    "speaker_scored", "speaker_correct", "surname_correct", "speaker_named", "speaker_missing",
    "all_speaker_scored", "all_speaker_correct", "all_surname_correct", "all_speaker_named",
    "all_speaker_missing",
)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_GLYPHS)
    text = text.replace("…", "...")
    text = re.sub(r"\s+", " ", text).strip(_EDGE)
    return text.lower()


def words(text: str) -> int:
    return len(_WORDS.findall(text))


def surname(name: str) -> str:
    """The last part of a name, without suffixes: "Joseph R. Biden Jr." -> "biden"."""
    parts = [p for p in re.split(r"[\s,]+", normalise(name)) if p]
    while len(parts) > 1 and parts[-1].strip(".") in _SUFFIXES:
        parts.pop()
    return parts[-1].strip(".") if parts else ""


def same_speaker(got: Optional[str], want: Optional[str]) -> bool:
    if got is None or want is None:
        return got is None and want is None
    return normalise(got) == normalise(want)


def same_surname(got: Optional[str], want: Optional[str]) -> bool:
    """True when the surnames agree; a label of several speakers ("A; B")
    agrees with any one of them."""
    if got is None or want is None:
        return got is None and want is None
    return surname(got) in {surname(w) for w in want.split(";") if w.strip()}


def _furniture(seg) -> str:
    parts = [c.text for c in seg.comments] + [e.text for e in seg.extras]
    return normalise("\n".join(parts))


def _match(got: list, want: list[dict]) -> tuple[list[tuple[Any, dict]], list, list[dict]]:
    """One-to-one pairs of extracted quotes and label items with the same
    normalised text, in order; then the unmatched of each side."""
    pending: dict[str, list[int]] = {}
    for i, item in enumerate(want):
        pending.setdefault(normalise(item["text"]), []).append(i)
    pairs, extra, used = [], [], set()
    for q in got:
        slots = pending.get(normalise(q.text))
        if slots:
            i = slots.pop(0)
            used.add(i)
            pairs.append((q, want[i]))
        else:
            extra.append(q)
    return pairs, extra, [w for i, w in enumerate(want) if i not in used]


def _speakers(pairs: list[tuple[Any, dict]], prefix: str, row: dict[str, Any]) -> list[dict[str, Any]]:
    scored = [(q, w) for q, w in pairs if w["speaker"] != UNKNOWN]
    named = [(q, w) for q, w in scored if w["speaker"] is not None]
    row[prefix + "speaker_scored"] = len(scored)
    row[prefix + "speaker_correct"] = sum(same_speaker(q.speaker, w["speaker"]) for q, w in scored)
    row[prefix + "surname_correct"] = sum(same_surname(q.speaker, w["speaker"]) for q, w in scored)
    row[prefix + "speaker_named"] = len(named)
    row[prefix + "speaker_missing"] = sum(q.speaker is None for q, _ in named)
    return [
        {"text": q.text[:80], "got": q.speaker, "want": w["speaker"], "printed": q.speaker_as_printed}
        for q, w in scored
        if not same_speaker(q.speaker, w["speaker"])
    ]


def extract(text: str) -> tuple[Any, list]:
    """The segmented article and its attributed quotations."""
    seg = segment_mod.segment(text)
    return seg, article_mod.quotes_of(seg)


def evaluate_article(label: dict[str, Any], root: Path = ROOT) -> dict[str, Any]:
    """Score one labelled article; raises whatever reading or extraction raises."""
    path = root / label["article"]
    seg, found = extract(path.read_text(encoding="utf-8"))

    headline = normalise(seg.title) if seg.has_headline else ""
    body = normalise(seg.body)
    furniture = _furniture(seg)
    non_body = []
    for q in found:
        source = seg.title if q.paragraph == 0 else seg.body
        in_place = (q.paragraph != 0 or seg.has_headline) and source[q.start : q.end] == q.text
        norm = normalise(q.text)
        only_outside = norm and norm in furniture and norm not in body and norm not in headline
        if not in_place or only_outside:
            non_body.append(q.text)

    labelled = label["quotes"]
    remarks = [q for q in found if q.kind in REMARKS]
    want_remarks = [x for x in labelled if x["kind"] in REMARKS]
    # Four or more words, any kind: the measure this script always gave.
    long_pairs, long_extra, long_missed = _match(
        [q for q in remarks if words(q.text) >= MIN_WORDS],
        [x for x in want_remarks if words(x["text"]) >= MIN_WORDS],
    )
    all_pairs, all_extra, all_missed = _match(remarks, want_remarks)
    quote_pairs, quote_extra, quote_missed = _match(
        [q for q in found if q.kind == "quote"], [x for x in labelled if x["kind"] == "quote"]
    )
    row: dict[str, Any] = {
        "article": label["article"],
        "expected": len(long_pairs) + len(long_missed),
        "extracted": len(long_pairs) + len(long_extra),
        "correct": len(long_pairs),
        "non_body": len(non_body),
        "all_expected": len(want_remarks),
        "all_extracted": len(remarks),
        "all_correct": len(all_pairs),
        "kind_correct": sum(q.kind == w["kind"] for q, w in all_pairs),
        "quote_expected": len(quote_pairs) + len(quote_missed),
        "quote_extracted": len(quote_pairs) + len(quote_extra),
        "quote_correct": len(quote_pairs),
        "titles": sum(q.kind == "title" for q in found),
    }
    wrong = _speakers(long_pairs, "", row)
    _speakers([(q, w) for q, w in all_pairs if w["kind"] == "quote"], "all_", row)
    row.update(
        false_positives=[q.text for q in long_extra],
        missed=[x["text"] for x in long_missed],
        short_false_positives=[q.text for q in quote_extra if words(q.text) < MIN_WORDS],
        short_missed=[x["text"] for x in quote_missed if words(x["text"]) < MIN_WORDS],
        wrong_kind=[{"text": q.text[:80], "got": q.kind, "want": w["kind"]} for q, w in all_pairs if q.kind != w["kind"]],
        wrong_speaker=wrong,
        non_body_quotes=non_body,
    )
    return row


def _failed_row(label: dict[str, Any], error: str) -> dict[str, Any]:
    """An article that could not be scored: nothing extracted, every label missed."""
    row: dict[str, Any] = dict.fromkeys(_COUNTS, 0)
    items = label.get("quotes", [])
    row["article"] = label.get("article", "?")
    row["expected"] = sum(1 for x in items if x["kind"] in REMARKS and words(x["text"]) >= MIN_WORDS)
    row["all_expected"] = sum(1 for x in items if x["kind"] in REMARKS)
    row["quote_expected"] = sum(1 for x in items if x["kind"] == "quote")
    row["failed"] = error
    return row


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def _rates(row: dict[str, Any]) -> None:
    row["precision"] = _ratio(row["correct"], row["extracted"])
    row["recall"] = _ratio(row["correct"], row["expected"])
    row["all_precision"] = _ratio(row["all_correct"], row["all_extracted"])
    row["all_recall"] = _ratio(row["all_correct"], row["all_expected"])
    row["kind_accuracy"] = _ratio(row["kind_correct"], row["all_correct"])
    row["quote_precision"] = _ratio(row["quote_correct"], row["quote_extracted"])
    row["quote_recall"] = _ratio(row["quote_correct"], row["quote_expected"])
    for p in ("", "all_"):
        row[p + "speaker_accuracy"] = _ratio(row[p + "speaker_correct"], row[p + "speaker_scored"])
        row[p + "surname_accuracy"] = _ratio(row[p + "surname_correct"], row[p + "speaker_scored"])
        # No quotation whose label names a speaker: nothing missing.
        row[p + "speaker_missing_share"] = row[p + "speaker_missing"] / row[p + "speaker_named"] if row[p + "speaker_named"] else 0.0


def summarise(rows: list[dict[str, Any]], failed: Optional[list[dict[str, str]]] = None) -> dict[str, Any]:
    total: dict[str, Any] = {k: sum(r.get(k, 0) for r in rows) for k in _COUNTS}
    total["articles"] = len(rows)
    total["failed"] = len(failed or [])
    for row in rows:
        _rates(row)
    _rates(total)
    return {"articles": rows, "total": total, "failed": failed or []}


def evaluate(labels_dir: Path = LABELS, root: Path = ROOT) -> dict[str, Any]:
    rows, failed = [], []
    for path in sorted(labels_dir.glob("*.json")):
        try:
            label = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            failed.append({"article": str(path), "file": str(path), "error": f"{type(exc).__name__}: {exc}"})
            continue
        try:
            rows.append(evaluate_article(label, root))
        except Exception as exc:  # one article that fails must not stop the run
            where = traceback.extract_tb(exc.__traceback__)[-1]
            error = f"{type(exc).__name__}: {exc} (in {where.name}, {Path(where.filename).name}:{where.lineno})"
            rows.append(_failed_row(label, error))
            file = os.path.normpath(root / label.get("article", ""))
            failed.append({"article": label.get("article", "?"), "file": file, "error": error})
    return summarise(rows, failed)


_ARTICLE_LINE = "{:<45} {:>5} {:>5} {:>5}  P={:.3f} R={:.3f} speaker={:.3f} non-body={}"


def _print_article(row: dict[str, Any]) -> None:
    if row.get("failed"):
        print(f"{row['article'][-45:]:<45} {row['expected']:>5}  FAILED")
        return
    print(_ARTICLE_LINE.format(row["article"][-45:], row["expected"], row["extracted"], row["correct"],
                               row["precision"], row["recall"], row["speaker_accuracy"], row["non_body"]))
    for key in ("false_positives", "missed", "short_false_positives", "short_missed", "wrong_kind",
                "wrong_speaker", "non_body_quotes"):
        for item in row.get(key, []):
            print(f"    {key}: {item}")


def _print_total(t: dict[str, Any]) -> None:
    print(f"TOTAL: {t['articles']} articles, {t['failed']} failed, non-body={t['non_body']}")
    print(f"  quotes of 4+ words, any kind: want {t['expected']}, got {t['extracted']}, ok {t['correct']}  "
          f"P={t['precision']:.3f} R={t['recall']:.3f}")
    print(f"  remarks of any length (quote, scare): want {t['all_expected']}, got {t['all_extracted']}, "
          f"ok {t['all_correct']}  P={t['all_precision']:.3f} R={t['all_recall']:.3f} "
          f"kind={t['kind_accuracy']:.3f} (titles stored apart: {t['titles']})")
    print(f"  kind quote, short ones included: want {t['quote_expected']}, got {t['quote_extracted']}, "
          f"ok {t['quote_correct']}  P={t['quote_precision']:.3f} R={t['quote_recall']:.3f}")
    for p, what in (("", "4+-word quotes"), ("all_", "all kind-quote items")):
        print(f"  speaker on {t[p + 'speaker_scored']} matched {what} with a known label: "
              f"full name={t[p + 'speaker_accuracy']:.3f} surname={t[p + 'surname_accuracy']:.3f} "
              f"named but none given={t[p + 'speaker_missing_share']:.3f} "
              f"({t[p + 'speaker_missing']}/{t[p + 'speaker_named']})")


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    parser.add_argument("--quiet", action="store_true", help="print the totals and failures only")
    parser.add_argument("labels", nargs="?", type=Path, default=LABELS)
    args = parser.parse_args(argv)
    report = evaluate(args.labels)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        if not args.quiet:
            print("{:<45} {:>5} {:>5} {:>5}".format("article", "want", "got", "ok"))
            for row in report["articles"]:
                _print_article(row)
        _print_total(report["total"])
        for f in report["failed"]:
            print(f"FAILED: {f['file']}: {f['error']}")
    return 1 if report["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
