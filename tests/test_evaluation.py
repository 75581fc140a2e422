"""The labelled set through segment -> quotes -> speakers -> kinds, against strict targets."""

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The seeds, articles written in their styles, and the sets first written
# apart from the rules to see whether they carry over (now all training data).
LABELS = ROOT / "tests" / "eval" / "labels"


def _load_evaluate():
    spec = importlib.util.spec_from_file_location("evaluate_script", ROOT / "scripts" / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report():
    return _load_evaluate().evaluate(LABELS)


def test_labelled_set_covers_seeds_and_own_articles():
    labels = [json.loads(p.read_text(encoding="utf-8")) for p in LABELS.glob("*.json")]
    articles = {label["article"] for label in labels}
    seeds = {f"seeds/{p.name}" for p in (ROOT / "seeds").glob("*.txt")}
    assert seeds <= articles
    assert len(articles - seeds) >= 6
    for label in labels:
        assert (ROOT / label["article"]).exists(), label["article"]
        for q in label["quotes"]:
            assert q["kind"] in {"quote", "scare", "title"} and q["where"] in {"headline", "body"}


@pytest.mark.parametrize(
    "metric, floor",
    [
        ("precision", 0.99), ("recall", 0.99), ("speaker_accuracy", 0.98), ("surname_accuracy", 0.98),
        ("all_precision", 0.98), ("all_recall", 0.98), ("kind_accuracy", 0.97),
        ("quote_precision", 0.98), ("quote_recall", 0.98),
    ],
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
    assert {
        "precision", "recall", "speaker_accuracy", "surname_accuracy", "speaker_missing_share",
        "all_precision", "all_recall", "kind_accuracy", "quote_precision", "quote_recall", "non_body", "failed",
    } <= set(data["total"])
    assert data["failed"] == []


ARTICLE = (
    "Harbour board approves the new ferry terminal\n\n"
    "The harbour board approved the new ferry terminal on Monday after a long public debate.\n\n"
    "“We have waited ten years for this decision and it is finally here,” said Anna Berg, the board’s chair.\n\n"
    "Work on the terminal starts in the spring and should take two years to complete.\n"
)


def _label(article: Path, speaker) -> dict:
    return {
        "article": str(article),
        "quotes": [
            {"text": "We have waited ten years for this decision and it is finally here,", "kind": "quote",
             "speaker": speaker, "where": "body"},
        ],
    }


def _write_set(tmp_path: Path, labels: dict[str, dict]) -> Path:
    folder = tmp_path / "labels"
    folder.mkdir()
    for name, label in labels.items():
        (folder / f"{name}.json").write_text(json.dumps(label), encoding="utf-8")
    return folder


def test_an_article_that_fails_is_reported_counted_and_the_run_goes_on(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"Headline\n\n\xff\xfe not text \xc3\x28")
    folder = _write_set(tmp_path, {
        "a_good": _label(good, "Anna Berg"),
        "b_broken": _label(broken, "Anna Berg"),
        "c_missing": _label(tmp_path / "gone.txt", "Anna Berg"),
    })
    evaluate = _load_evaluate()
    report = evaluate.evaluate(folder)
    assert [Path(f["file"]).name for f in report["failed"]] == ["broken.txt", "gone.txt"]
    assert "UnicodeDecodeError" in report["failed"][0]["error"]
    assert "FileNotFoundError" in report["failed"][1]["error"]
    total = report["total"]
    # The failed articles extracted nothing: their quotes count as missed.
    assert (total["articles"], total["failed"], total["expected"], total["correct"]) == (3, 2, 3, 1)
    assert total["recall"] == pytest.approx(1 / 3)
    assert evaluate.main(["--quiet", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "2 failed" in out and "FAILED:" in out and "broken.txt" in out and "gone.txt" in out


def test_unknown_speaker_label_is_not_scored(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    known = _load_evaluate().evaluate(_write_set(tmp_path, {"a": _label(article, "Anna Berg")}))["total"]
    assert (known["correct"], known["speaker_scored"], known["speaker_correct"]) == (1, 1, 1)
    (tmp_path / "labels" / "a.json").write_text(json.dumps(_label(article, "?")), encoding="utf-8")
    unknown = _load_evaluate().evaluate(tmp_path / "labels")["total"]
    assert (unknown["correct"], unknown["speaker_scored"], unknown["speaker_correct"]) == (1, 0, 0)


@pytest.mark.parametrize(
    "got, want, full, by_surname",
    [
        ("Anna Berg", "Anna Berg", True, True),
        ("Berg", "Anna Berg", False, True),
        ("Anna K. Berg Jr.", "Anna Berg", False, True),
        ("Lena Berg", "Anna Berg", False, True),
        ("Anna Holm", "Anna Berg", False, False),
        ("Holm", "Anna Berg; Per Holm", False, True),
        (None, None, True, True),
        (None, "Anna Berg", False, False),
        ("Anna Berg", None, False, False),
    ],
)
def test_speaker_by_full_name_and_by_surname(got, want, full, by_surname):
    evaluate = _load_evaluate()
    assert evaluate.same_speaker(got, want) is full
    assert evaluate.same_surname(got, want) is by_surname


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
