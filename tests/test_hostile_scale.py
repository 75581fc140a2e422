"""A file under the size limit made of quotation marks and figures costs
about what an article costs: a paragraph with more quotations than prose
ever prints is not read for them, and an article reads at most so many
quotations and claims, each time with a warning naming the file. Articles
as news prints them are read exactly as before.

Timings are printed by ``scripts/hostile_bench.py``; these tests check what
is stored and said."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from datasette_factcheck.extract import article, quotes, segment

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
sys.path.insert(0, str(ROOT / "scripts"))

from hostile_bench import MEASURED, SHAPES  # noqa: E402

HEAD = "Harbour council meets\n\nThe council met on Monday to vote on the budget.\n\n"
GOOD = "“It is fair and it is overdue,” said Mayor Ana Ruiz after the vote."


def parse(tmp_path: Path, text: str):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return article.parse_file(path)


def marks(n: int) -> str:
    """A paragraph of prose with ``n`` quoted names in it."""
    return "The signs along the road read " + ", ".join(f"“Gate {i}”" for i in range(n)) + " in turn."


@pytest.mark.parametrize(
    "paragraph_quotes,read",
    [
        (article.MAX_QUOTES_PER_PARAGRAPH, True),
        (article.MAX_QUOTES_PER_PARAGRAPH + 1, False),
    ],
)
def test_a_paragraph_of_more_quotations_than_prose_prints_is_not_read(tmp_path, paragraph_quotes, read):
    parsed = parse(tmp_path, HEAD + marks(paragraph_quotes) + "\n\n" + GOOD + "\n")
    texts = [q.text for q in parsed.quotes]
    assert any(t.startswith("It is fair") for t in texts)
    assert (len(texts) > 1) is read
    assert any("quotations were not read" in w for w in parsed.warnings) is not read


def test_an_article_reads_at_most_so_many_quotations(tmp_path):
    per = 10
    paragraphs = article.MAX_QUOTES_PER_ARTICLE // per + 5
    parsed = parse(tmp_path, HEAD + GOOD + "\n\n" + "\n\n".join(marks(per) for _ in range(paragraphs)) + "\n")
    assert len(parsed.quotes) == article.MAX_QUOTES_PER_ARTICLE
    assert parsed.quotes[0].text.startswith("It is fair")  # the first ones are kept
    assert any(f"only the first {article.MAX_QUOTES_PER_ARTICLE:,} were read" in w for w in parsed.warnings)


def test_an_article_reads_at_most_so_many_claims(tmp_path):
    sentences = [f"The council spent ${n} million on roads in {2000 + n % 20}." for n in range(article.MAX_CLAIMS_PER_ARTICLE + 10)]
    text = HEAD + "\n\n".join(" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)) + "\n"
    parsed = parse(tmp_path, text)
    assert len(parsed.claims) == article.MAX_CLAIMS_PER_ARTICLE
    assert any("claims: only the first" in w for w in parsed.warnings)


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt"))[:40], ids=lambda p: p.name)
def test_news_articles_are_read_as_before(path):
    # The bounds leave every quotation of a real article's shape in place.
    seg = segment.segment(path.read_text(encoding="utf-8"))
    found = quotes.extract_quotes(seg)
    bounded, crowded = quotes.extract_quotes_bounded(seg, article.MAX_QUOTES_PER_PARAGRAPH)
    kept, warnings = article.bounded_quotes(bounded, crowded)
    assert kept == found
    assert warnings == []


@pytest.mark.slow
@pytest.mark.parametrize("shape", ["numbers-one-line", "said-figures"])
def test_a_10_mb_file_of_quote_marks_and_figures_is_read_with_a_warning(tmp_path, shape):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(HEAD + GOOD + "\n", encoding="utf-8")
    (folder / "hostile.txt").write_text(SHAPES[shape](10 * 1024 * 1024), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", MEASURED, str(ROOT / "scripts" / "ingest.py"), str(tmp_path / "f.db"), str(folder),
         "--jobs", "1"],
        capture_output=True, text=True, timeout=1800,
    )
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    warned = [line for line in done.stderr.splitlines() if line.startswith("warning:") and "hostile.txt" in line]
    assert warned, done.stderr[-2000:]
    peak_kb = max(int(line.split("=")[1]) for line in done.stderr.splitlines() if line.startswith("maxrss_kb="))
    print(f"{shape}: peak {peak_kb // 1024} MB")
    assert peak_kb < 1_000_000, "a 10 MB file took more than 1 GB"


@pytest.mark.parametrize(
    "sentence,claims",
    [
        ("The council spent $4 million on roads in 2023.", 1),
        # One "sentence" longer than any news prints: a table of figures.
        ("The figures were " + ", ".join(f"${n} million" for n in range(400)) + " in all.", 0),
    ],
)
def test_a_sentence_longer_than_news_prints_is_not_a_claim(tmp_path, sentence, claims):
    parsed = parse(tmp_path, HEAD + sentence + "\n")
    assert len(parsed.claims) == claims


def test_the_measured_peak_is_the_ingests_own_not_its_parents(tmp_path):
    """The memory bound above must hold for the ingest, whatever the memory
    of the test run that starts it."""
    script = tmp_path / "small.py"
    script.write_text("data = bytearray(20 * 1024 * 1024)\n", encoding="utf-8")
    ballast = bytearray(400 * 1024 * 1024)
    ballast[::4096] = b"x" * len(ballast[::4096])  # touch every page: they count as resident
    done = subprocess.run([sys.executable, "-c", MEASURED, str(script)], capture_output=True, text=True, timeout=120)
    del ballast
    peak_kb = max(int(line.split("=")[1]) for line in done.stderr.splitlines() if line.startswith("maxrss_kb="))
    assert 20 * 1024 < peak_kb < 200 * 1024
