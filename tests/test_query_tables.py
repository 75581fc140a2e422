"""The tables kept for altered_quotes and stories (closest_changes,
story_summaries) always hold what a fresh count from the relations gives,
whatever wrote them: an ingest, articles added, a changed article ingested
again, the match command, another tool's SQL, or an upgrade of a database
built before they were kept. And the two queries show the same rows read
from them as computed from scratch."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from datasette_factcheck import ingest, rematch
from datasette_factcheck.db import derived, migrations, queries, schema
from datasette_factcheck.model import CHANGED_RELATIONS

KEPT = {"altered_quotes": "closest_changes", "stories": "story_summaries"}

LIBRARY = "The new library will open its doors to every family in the district before the winter term begins"
ROOF = "We have found the money for the roof and the reading rooms without raising local taxes"
BRIDGE = "The bridge repairs will take eighteen months and the road will stay open to buses throughout"


def article(outlet: str, published: str, title: str, *paragraphs: str) -> str:
    return f"---\noutlet: {outlet}\npublished: {published}\n---\n{title}\n\n" + "\n\n".join(paragraphs) + "\n"


def library(outlet: str, day: int, words: str = LIBRARY, roof: str = ROOF) -> str:
    return article(
        outlet, f"2026-03-{day:02d}", f"{outlet} on the library vote",
        "The district council approved the final budget for the library on Monday evening.",
        f"“{words},” said Ruth Anand, the council leader.",
        f"“{roof},” Anand said.",
    )


def bridge(outlet: str, day: int, words: str = BRIDGE) -> str:
    return article(
        outlet, f"2026-05-{day:02d}", f"{outlet} on the bridge",
        "Engineers finished their survey of the old river bridge last week.",
        f"“{words},” said Tomas Reyes, the transport officer.",
    )


FIRST = {
    "ledger.txt": library("Northern Ledger", 2),
    "courier.txt": library("Coast Courier", 3, LIBRARY.replace("every family", "most families")),
    "review.txt": library("Dale Review", 4, LIBRARY.replace("will open", "will not open"), ROOF.replace(" and the reading rooms", "")),
    "valley.txt": bridge("Valley Post", 10),
    "hill.txt": bridge("Hill Gazette", 11, BRIDGE.replace("eighteen", "twenty")),
}
MORE = {
    "moor.txt": library("Moor Weekly", 5, LIBRARY.replace("winter", "spring")),
    "plains.txt": bridge("Plains Echo", 12, BRIDGE.replace("to buses", "to cyclists")),
}


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def fresh_closest(conn) -> list[tuple]:
    """Each changed quote's most similar changed version (ties: the lowest
    id), whether that change alters the meaning, and its similarity."""
    best: dict[int, tuple] = {}
    classes = dict(((q, o), s) for q, o, s in conn.execute("select quote_id, other_quote_id, significance from quote_change_classes"))
    for q, o, similarity in conn.execute(
        f"select quote_id, other_quote_id, similarity from quote_matches where relation in {tuple(CHANGED_RELATIONS)}"
    ):
        if q not in best or (similarity, -o) > (best[q][3], -best[q][1]):
            best[q] = (q, o, int(classes.get((q, o)) == "meaning"), similarity)
    return sorted(best.values())


def check(db: Path) -> dict[str, list[tuple]]:
    """Assert that the kept tables hold a fresh count and that the queries'
    rows are those computed from scratch; returns the queries' rows."""
    conn = sqlite3.connect(str(db))
    try:
        assert conn.execute("select * from closest_changes order by quote_id").fetchall() == fresh_closest(conn)
        assert conn.execute("select * from story_summaries order by story_id").fetchall() == conn.execute(
            f"select * from ({derived.STORY_SUMMARIES.format(where='1')}) order by story_id"
        ).fetchall()
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        shown = {}
        for name, table in KEPT.items():
            kept = conn.execute(queries.sql_for(name, "/factcheck", tables)).fetchall()
            live = conn.execute(queries.sql_for(name, "/factcheck", tables - {table})).fetchall()
            assert kept == live, name
            shown[name] = kept
        return shown
    finally:
        conn.close()


@pytest.fixture
def desk(tmp_path) -> Path:
    db = tmp_path / "desk.db"
    ingest.run(str(db), [write(tmp_path / "first", FIRST)], jobs=1)
    return db


def test_an_ingest_keeps_both_tables(desk):
    shown = check(desk)
    # every changed quote once, changes of meaning (a negation, a number) first
    significance = [r[4] for r in shown["altered_quotes"]]
    assert len(significance) == 7 and significance == sorted(significance, key=lambda s: s != "meaning")
    assert "meaning" in significance and "wording" in significance
    assert any("not open" in r[0] for r in shown["altered_quotes"])
    # two stories: the library (three outlets, two remarks) before the bridge
    assert [(r[1], r[2], r[5]) for r in shown["stories"]] == [(3, 3, 2), (2, 2, 1)]


def test_adding_articles_keeps_both_tables(desk, tmp_path):
    before = check(desk)
    ingest.run(str(desk), [write(tmp_path / "more", MORE)], jobs=1)
    after = check(desk)
    assert len(after["altered_quotes"]) > len(before["altered_quotes"])
    assert [(r[1], r[2]) for r in after["stories"]] == [(4, 4), (3, 3)]


def test_a_changed_article_ingested_again_keeps_both_tables_and_the_reviews(desk, tmp_path):
    conn = sqlite3.connect(str(desk))
    reviewed = conn.execute("select q.id from quotes q join articles a on a.id = q.article_id where a.file = 'courier.txt' and q.text like '%most families%'").fetchone()[0]
    conn.execute("update quotes set status = 'done', verdict = 'misquoted', note = 'one word changed' where id = ?", [reviewed])
    conn.commit()
    conn.close()
    # The review, under a new name, corrects its negation; it and the
    # courier drop the roof remark, which only the ledger prints now. The
    # story keeps its three articles: only what it shows of them changes.
    again = {
        "review.txt": library("Dale Review Weekly", 4, LIBRARY).replace(f"“{ROOF},” Anand said.", ""),
        "courier.txt": FIRST["courier.txt"].replace(f"“{ROOF},” Anand said.", ""),
    }
    ingest.run(str(desk), [write(tmp_path / "again", again)], jobs=1)
    shown = check(desk)
    assert not any("not open" in r[0] for r in shown["altered_quotes"])
    story = shown["stories"][0]
    assert (story[1], story[5]) == (3, 1)
    assert "Dale Review Weekly" in story[6]
    conn = sqlite3.connect(str(desk))
    assert conn.execute("select status, verdict, note from quotes where id = ?", [reviewed]).fetchone() == (
        "done", "misquoted", "one word changed"
    )
    assert conn.execute("select count(*) from closest_changes where quote_id = ?", [reviewed]).fetchone()[0] == 1
    conn.close()


def test_the_match_command_keeps_both_tables(desk):
    before = check(desk)
    conn = sqlite3.connect(str(desk))
    conn.execute("delete from quote_matches")  # lost to some other tool
    conn.commit()
    assert conn.execute("select count(*) from closest_changes").fetchone()[0] == 0
    conn.close()
    rematch.run(str(desk), jobs=1)
    assert check(desk) == before


def test_relations_written_by_other_tools_keep_the_closest_versions(desk):
    conn = sqlite3.connect(str(desk))
    q, o = conn.execute("select quote_id, other_quote_id from closest_changes order by quote_id limit 1").fetchone()
    conn.execute("update quote_matches set relation = 'verbatim', similarity = 1 where quote_id = ? and other_quote_id = ?", [q, o])
    conn.execute("insert or replace into quote_change_classes (quote_id, other_quote_id, significance) "
                 "select quote_id, other_quote_id, 'meaning' from quote_matches where relation = 'altered'")
    conn.commit()
    conn.close()
    check(desk)


def test_an_upgrade_fills_both_tables_of_an_older_database(desk, tmp_path):
    before = check(desk)
    old = tmp_path / "old.db"
    shutil.copy(desk, old)
    conn = sqlite3.connect(str(old))
    for trigger in schema.CLOSEST_CHANGES_TRIGGERS:
        conn.execute(f"drop trigger {trigger}")
    conn.execute("drop table closest_changes")
    conn.execute("drop table story_summaries")
    conn.execute("pragma user_version = 10")
    conn.commit()
    tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
    # served before its next ingest, the queries compute what the tables would hold
    assert {n: conn.execute(queries.sql_for(n, "/factcheck", tables)).fetchall() for n in KEPT} == before
    conn.close()
    migrations.open_db(str(old)).close()
    assert check(old) == before
