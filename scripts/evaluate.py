#!/usr/bin/env python
"""Score quote extraction and speaker attribution against the labelled set.

    scripts/evaluate.py [--json] [LABELS_DIR]

Each ``tests/eval/labels/*.json`` names an article file (relative to the
repository root) and lists every quotation of its headline and body with
its kind and speaker (``null`` when the text does not say). The article
goes through the real chain segment -> quotes -> speakers.

Reported per article and in total:

* precision and recall of quotations of four or more words, matched on
  normalised text (case, quote glyphs, ellipses, spacing and the
  punctuation at either end do not matter);
* speaker accuracy: the share of correctly extracted 4+-word quotations
  whose speaker equals the label, ``null`` included;
* non-body quotes: extracted quotations whose offsets do not point into
  the headline or body, or whose text only occurs in comments, teasers or
  other page furniture.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from datasette_factcheck.extract import quotes as quotes_mod  # noqa: E402
from datasette_factcheck.extract import segment as segment_mod  # noqa: E402
from datasette_factcheck.extract import speakers as speakers_mod  # noqa: E402

LABELS = ROOT / "tests" / "eval" / "labels"
MIN_WORDS = 4
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_EDGE = " \t\n.,;:!?\"'“”‘’-–—()"


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"}))
    text = text.replace("…", "...")
    text = re.sub(r"\s+", " ", text).strip(_EDGE)
    return text.lower()


def words(text: str) -> int:
    return len(_WORDS.findall(text))


def _same_speaker(got: Optional[str], want: Optional[str]) -> bool:
    if got is None or want is None:
        return got is None and want is None
    return normalise(got) == normalise(want)


def _furniture(seg) -> str:
    parts = [c.text for c in seg.comments] + [e.text for e in seg.extras]
    return normalise("\n".join(parts))


def evaluate_article(label: dict[str, Any], root: Path = ROOT) -> dict[str, Any]:
    path = root / label["article"]
    text = path.read_text(encoding="utf-8")
    seg = segment_mod.segment(text)
    found = speakers_mod.attribute(seg, quotes_mod.extract_quotes(seg))

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

    expected = [x for x in label["quotes"] if words(x["text"]) >= MIN_WORDS]
    got = [q for q in found if words(q.text) >= MIN_WORDS]
    unmatched = list(range(len(expected)))
    matched: list[tuple[Any, dict]] = []
    false_pos = []
    for q in got:
        norm = normalise(q.text)
        hit = next((i for i in unmatched if normalise(expected[i]["text"]) == norm), None)
        if hit is None:
            false_pos.append(q.text)
        else:
            unmatched.remove(hit)
            matched.append((q, expected[hit]))
    wrong_speaker = [
        {"text": q.text[:80], "got": q.speaker, "want": want["speaker"], "printed": q.speaker_as_printed}
        for q, want in matched
        if not _same_speaker(q.speaker, want["speaker"])
    ]
    return {
        "article": label["article"],
        "expected": len(expected),
        "extracted": len(got),
        "correct": len(matched),
        "speaker_correct": len(matched) - len(wrong_speaker),
        "non_body": len(non_body),
        "false_positives": false_pos,
        "missed": [expected[i]["text"] for i in unmatched],
        "wrong_speaker": wrong_speaker,
        "non_body_quotes": non_body,
    }


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    total = {k: sum(r[k] for r in rows) for k in ("expected", "extracted", "correct", "speaker_correct", "non_body")}
    for row in rows + [total]:
        row["precision"] = _ratio(row["correct"], row["extracted"])
        row["recall"] = _ratio(row["correct"], row["expected"])
        row["speaker_accuracy"] = _ratio(row["speaker_correct"], row["correct"])
    return {"articles": rows, "total": total}


def evaluate(labels_dir: Path = LABELS) -> dict[str, Any]:
    rows = []
    for path in sorted(labels_dir.glob("*.json")):
        rows.append(evaluate_article(json.loads(path.read_text(encoding="utf-8"))))
    return summarise(rows)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    parser.add_argument("labels", nargs="?", type=Path, default=LABELS)
    args = parser.parse_args(argv)
    report = evaluate(args.labels)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    line = "{:<45} {:>5} {:>5} {:>5}  P={:.3f} R={:.3f} speaker={:.3f} non-body={}"
    print("{:<45} {:>5} {:>5} {:>5}".format("article", "want", "got", "ok"))
    for row in report["articles"] + [dict(report["total"], article="TOTAL")]:
        print(line.format(row["article"][-45:], row["expected"], row["extracted"], row["correct"],
                          row["precision"], row["recall"], row["speaker_accuracy"], row["non_body"]))
        for key in ("false_positives", "missed", "wrong_speaker", "non_body_quotes"):
            for item in row.get(key, []):
                print(f"    {key}: {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
