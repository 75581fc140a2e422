"""The desk's figures (db.figures): counted once after an ingest or a match,
shown by the front page, database page and dashboard, and counted live as
soon as relations are written by any other means."""

import re
import sqlite3

import pytest
from datasette.app import Datasette

from datasette_factcheck import ingest
from datasette_factcheck.db import figures, queries


def shown_figures(html: str) -> dict[str, int]:
    """Each finding's figure on a page, by the canned query it links to."""
    found = {}
    for m in re.finditer(r'<a href="/factcheck/(\w+)">\s*<span class="fc-figure">([\d,]+)\+?</span>', html):
        found[m.group(1)] = int(m.group(2).replace(",", ""))
    return found


async def query_rows(ds: Datasette, name: str) -> int:
    return len((await ds.client.get(f"/factcheck/{name}.json?_shape=array&_size=max")).json())


def kept(path) -> dict:
    conn = sqlite3.connect(str(path))
    return {name: value for name, value in conn.execute("select name, value from desk_figures")}


@pytest.mark.asyncio
async def test_figures_counted_by_the_ingest_are_the_rows_a_click_shows(seeds_copy):
    assert set(figures.COUNTED) <= set(kept(seeds_copy))
    ds = Datasette([str(seeds_copy)])
    shown = shown_figures((await ds.client.get("/")).text)
    assert shown
    for name, count in shown.items():
        assert count == await query_rows(ds, name), name


@pytest.mark.asyncio
async def test_a_relation_written_by_hand_is_counted_live(seeds_copy):
    ds = Datasette([str(seeds_copy)])
    before = shown_figures((await ds.client.get("/")).text)["altered_quotes"]
    conn = sqlite3.connect(str(seeds_copy))
    with conn:
        # two unrelated quotes of different articles, now one an altered version of the other
        a, b = conn.execute(
            "select q1.id, q2.id from quotes q1 join quotes q2 on q1.article_id < q2.article_id "
            "where q1.kind = 'quote' and q2.kind = 'quote' "
            "and not exists (select 1 from quote_matches m where m.quote_id in (q1.id, q2.id)) limit 1"
        ).fetchone()
        conn.executemany(
            "insert into quote_matches (quote_id, other_quote_id, relation, similarity, differences) "
            "values (?, ?, 'altered', 0.9, '[]')",
            [(a, b), (b, a)],
        )
    conn.close()
    after = shown_figures((await ds.client.get("/")).text)["altered_quotes"]
    assert after == await query_rows(ds, "altered_quotes")
    assert after != before


def test_figures_follow_a_reingest_that_drops_a_relation(tmp_path):
    line = "The lighthouse keepers deserve a pension that keeps pace with prices"
    folder = tmp_path / "c"
    folder.mkdir()
    for name in ("one", "two"):
        (folder / f"{name}.txt").write_text(
            f"---\noutlet: {name.title()} Post\npublished: 2024-05-02\n---\nPensions for keepers in question\n\n"
            f"“{line},” said Iris Vane, the union's head.\n",
            encoding="utf-8",
        )
    path = tmp_path / "f.db"
    ingest.run(str(path), [folder], jobs=1)
    assert kept(path)["quotes_across_sources"] == "1"
    (folder / "two.txt").write_text(
        "---\noutlet: Two Post\npublished: 2024-05-02\n---\nPensions for keepers in question\n\n"
        "The union's head gave no interview on Thursday, and the board met behind closed doors.\n",
        encoding="utf-8",
    )
    ingest.run(str(path), [folder], jobs=1)
    assert kept(path)["quotes_across_sources"] == "0"
    conn = sqlite3.connect(str(path))
    assert conn.execute(figures.count_sql(queries.sql_for("quotes_across_sources", ""))).fetchone()[0] == 0
