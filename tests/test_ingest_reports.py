"""What the ingest tells people: progress on a terminal, and the same
words reused on another occasion."""

import sqlite_utils
from click.testing import CliRunner

from datasette_factcheck import ingest
from datasette_factcheck.cli import factcheck

from .conftest import SEEDS

ARTICLE = """\
---
outlet: {outlet}
published: {published}
---
Harbour plan approved

The harbour master, Ruth Calder, spoke after the vote on {day}.

“We will rebuild the north pier before the winter storms arrive and keep the ferry running every single day,” said Ruth Calder.
"""


def test_progress_bar_when_asked(tmp_path):
    result = CliRunner().invoke(factcheck, ["ingest", str(tmp_path / "f.db"), str(SEEDS), "--progress"])
    assert result.exit_code == 0, result.output
    assert "Ingesting" in result.output
    assert "articles: 5 new" in result.output


def test_words_reused_from_another_occasion_are_flagged(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE.format(outlet="Coast Herald", published="2023-03-01", day="Monday"))
    (folder / "b.txt").write_text(ARTICLE.format(outlet="Island Times", published="2024-05-20", day="Tuesday"))
    (folder / "c.txt").write_text(ARTICLE.format(outlet="Quay News", published="2024-05-21", day="Tuesday"))
    path = tmp_path / "f.db"
    ingest.run(str(path), [folder], jobs=1)
    rows = {
        (r["a"], r["b"]): r["differences"] or ""
        for r in sqlite_utils.Database(path).query(
            """select qa.article_id as a, qb.article_id as b, m.differences from quote_matches m
               join quotes qa on qa.id = m.quote_id join quotes qb on qb.id = m.other_quote_id"""
        )
    }
    ids = {r["outlet"]: r["id"] for r in sqlite_utils.Database(path).query("select id, outlet from articles")}
    herald, island, quay = ids["Coast Herald"], ids["Island Times"], ids["Quay News"]
    assert "earlier" in rows[(island, herald)] and "another occasion" in rows[(island, herald)]
    assert "later" in rows[(herald, island)]
    # Published a day apart, the same words: both are copies of the Herald's
    # version and related to it alone (db/versions.py), so no pair of theirs
    # is stored and nothing is said of an occasion between them.
    assert "another occasion" in rows[(quay, herald)]
    assert (island, quay) not in rows and (quay, island) not in rows
