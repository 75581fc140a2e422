"""The labelled set through segment -> quotes -> speakers, against strict targets."""

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "eval" / "labels"
# Written independently of the rules: the check that they generalise.
HELDOUT = ROOT / "tests" / "heldout" / "labels"
# A second independent set: tabloid, magazine and comment-thread styles.
HELDOUT2 = ROOT / "tests" / "heldout2" / "labels"
# A third independent set: inquiries, sport, music, politics and business.
HELDOUT3 = ROOT / "tests" / "heldout3" / "labels"
# A fourth: family-name-first names, drug pricing, diplomacy and budgets.
HELDOUT4 = ROOT / "tests" / "heldout4" / "labels"
# A fifth: role-first attributions, organisation short forms, headline verbs.
HELDOUT5 = ROOT / "tests" / "heldout5" / "labels"
# A sixth: name suffixes, joined initials, statements "from" a body, promos.
HELDOUT6 = ROOT / "tests" / "heldout6" / "labels"


def _load_evaluate():
    spec = importlib.util.spec_from_file_location("evaluate_script", ROOT / "scripts" / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(
    scope="module",
    params=[LABELS, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6],
    ids=["eval", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"],
)
def report(request):
    return _load_evaluate().evaluate(request.param)


def test_labelled_set_covers_seeds_and_own_articles():
    labels = [json.loads(p.read_text(encoding="utf-8")) for p in LABELS.glob("*.json")]
    articles = {label["article"] for label in labels}
    seeds = {f"seeds/{p.name}" for p in (ROOT / "seeds").glob("*.txt")}
    assert seeds <= articles
    assert len(articles - seeds) >= 6
    for label in labels:
        assert (ROOT / label["article"]).exists(), label["article"]
        for q in label["quotes"]:
            assert q["kind"] in {"quote", "scare"} and q["where"] in {"headline", "body"}


@pytest.mark.parametrize(
    "metric, floor",
    [("precision", 0.95), ("recall", 0.95), ("speaker_accuracy", 0.95)],
)
def test_total_meets_target(report, metric, floor):
    total = report["total"]
    assert total[metric] >= floor, json.dumps(report["articles"], ensure_ascii=False, indent=1)


def test_no_quote_from_outside_the_article(report):
    offenders = {r["article"]: r["non_body_quotes"] for r in report["articles"] if r["non_body"]}
    assert report["total"]["non_body"] == 0, offenders


def test_script_prints_json(capsys):
    assert _load_evaluate().main(["--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"precision", "recall", "speaker_accuracy", "non_body"} <= set(data["total"])


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("“Hello there, friend…”", '"hello there, friend..."', True),
        ("We’ve won,", "We've won", True),
        ("We have won", "We had won", False),
    ],
)
def test_normalise_matches_typographic_variants_only(a, b, same):
    evaluate = _load_evaluate()
    assert (evaluate.normalise(a) == evaluate.normalise(b)) is same
