"""Versions, not copies: wire copy printed word for word by several outlets
is stored once as a version, its copies related to it alone, and every
outlet is still counted by the queries and pages."""

import sqlite3
from pathlib import Path

import pytest
from datasette.app import Datasette

from datasette_factcheck import ingest
from datasette_factcheck.db import migrations, versions
from tests.test_cross_source import METADATA, label, list_labels, query

# A long remark (strong evidence on its own) and a short one.
LONG = "The harbour will reopen to ferries in April once the new sea wall is finished and inspected"
SHORT = "We owe the crews a great deal"


def wire(outlet: str, speaker: str = "Nina Holt", long: str = LONG, title: str = "Harbour to reopen in April") -> str:
    return (
        f"---\noutlet: {outlet}\n---\n{title}\n\n"
        "The port authority met on Monday to agree the timetable for the works.\n\n"
        f"“{long},” said {speaker}, the port director.\n\n"
        f"She thanked the lifeboat volunteers. “{SHORT},” {speaker} said.\n"
    )


def write(folder: Path, files: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def rows(db: Path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(str(db))
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def quote(db: Path, file: str, words: str) -> tuple:
    """(id, version_of, keys held) of the quote of ``file`` holding ``words``."""
    (found,) = rows(
        db,
        "select q.id, q.version_of, (select count(*) from quote_shingles s where s.quote_id = q.id) "
        "from quotes q join articles a on a.id = q.article_id where a.file = ? and q.text like ?",
        [file, f"%{words}%"],
    )
    return found


def relations(db: Path) -> set[tuple[str, str, str, str]]:
    """(file, first words, other file, relation) of every stored relation."""
    return set(
        rows(
            db,
            """select aa.file, substr(qa.text, 1, 12), ab.file, m.relation from quote_matches m
               join quotes qa on qa.id = m.quote_id join articles aa on aa.id = qa.article_id
               join quotes qb on qb.id = m.other_quote_id join articles ab on ab.id = qb.article_id""",
        )
    )


@pytest.fixture
def copies(tmp_path) -> Path:
    """One story printed word for word by four outlets."""
    write(tmp_path / "in", {f"{n}.txt": wire(outlet) for n, outlet in enumerate(["Tide", "Quay", "Mast", "Keel"])})
    db = tmp_path / "factcheck.db"
    ingest.run(str(db), [tmp_path / "in"], jobs=1)
    return db


def test_copies_hold_no_keys_and_relate_to_the_first_version_only(copies):
    rep, of, keys = quote(copies, "0.txt", "sea wall")
    assert of is None and keys > 0
    for n in (1, 2, 3):
        _, of, keys = quote(copies, f"{n}.txt", "sea wall")
        assert (of, keys) == (rep, 0)
    # one relation per copy (both ways), none between copies
    long = {r for r in relations(copies) if r[1] == LONG[:12]}
    assert long == {(f"{n}.txt", LONG[:12], "0.txt", "verbatim") for n in (1, 2, 3)} | {
        ("0.txt", LONG[:12], f"{n}.txt", "verbatim") for n in (1, 2, 3)
    }


@pytest.mark.asyncio
async def test_every_outlet_of_a_copied_remark_is_counted(copies):
    found = await query(copies, "quotes_across_sources")
    long = [r for r in found if label(r["remark"]).startswith("The harbour")]
    assert len(long) == 1
    assert long[0]["outlets"] == 4
    assert sorted(list_labels(long[0]["versions"])) == [f"{o}: verbatim" for o in ("Keel", "Mast", "Quay", "Tide")]
    coverage = {r["outlet"]: r for r in await query(copies, "coverage")}
    assert {o: coverage[o]["quotes_shared"] for o in coverage} == {o: 2 for o in ("Tide", "Quay", "Mast", "Keel")}
    assert sorted(list_labels(coverage["Keel"]["shared_with"])) == ["Mast", "Quay", "Tide"]
    assert not await query(copies, "single_source_quotes")


@pytest.mark.asyncio
async def test_pages_of_copies_name_every_outlet_that_prints_them(copies):
    ds = Datasette([str(copies)], metadata=METADATA)
    copy, rep, _ = quote(copies, "2.txt", "sea wall")
    html = (await ds.client.get(f"/factcheck/quotes/{copy}")).text
    assert "Other versions" in html and "Tide" in html  # the version it copies
    assert "Printed word for word by 3 other articles" in html
    assert "Quay" in html and "Keel" in html
    # identical bodies: the article page says which article it copies
    (second,) = rows(copies, "select id from articles where file = '1.txt'")[0]
    page = (await ds.client.get(f"/factcheck/-/factcheck/article/{second}")).text
    assert "A word-for-word copy of" in page and "Tide" in page
    (first,) = rows(copies, "select id from articles where file = '0.txt'")[0]
    page = (await ds.client.get(f"/factcheck/-/factcheck/article/{first}")).text
    assert "Printed word for word by 3 other articles" in page


@pytest.mark.parametrize(
    "changed, relation",
    [
        # a trimmed copy and a changed word are versions of their own
        (LONG.replace(" and inspected", ""), "excerpt"),
        (LONG.replace("April", "May"), "altered"),
    ],
)
def test_a_trimmed_or_changed_copy_is_a_version_of_its_own(tmp_path, changed, relation):
    write(tmp_path / "in", {"0.txt": wire("Tide"), "1.txt": wire("Quay"), "2.txt": wire("Mast", long=changed)})
    db = tmp_path / "factcheck.db"
    ingest.run(str(db), [tmp_path / "in"], jobs=1)
    rep, _, _ = quote(db, "0.txt", "sea wall")
    own, of, keys = quote(db, "2.txt", "sea wall")
    assert of is None and keys > 0
    assert ("2.txt", LONG[:12], "0.txt", relation) in relations(db)
    # related to the first version only, not to its copy
    assert not any(r[0] == "2.txt" and r[2] == "1.txt" for r in relations(db))
    (remarks,) = rows(db, "select count(distinct remark_id) from remarks r join quotes q on q.id = r.quote_id where q.text like ?",
                      [f"%{LONG[:12]}%"])
    assert remarks == (1,)


@pytest.mark.asyncio
async def test_a_slogan_printed_for_different_speakers_is_no_relation(tmp_path):
    """Printed word for word by three outlets, each naming another person:
    a slogan, not a remark; copies change nothing of that."""
    slogan = "Keep the Ferries Sailing"
    files = {
        f"{n}.txt": f"---\noutlet: {o}\n---\nRally at the port\n\nThe march went on all day.\n\n“{slogan},” said {who}.\n"
        for n, (o, who) in enumerate([("Tide", "Ann Lee"), ("Quay", "Ben Ortiz"), ("Mast", "Clara Varga")])
    }
    write(tmp_path / "in", files)
    db = tmp_path / "factcheck.db"
    ingest.run(str(db), [tmp_path / "in"], jobs=1)
    assert relations(db) == set()
    assert not await query(db, "speaker_conflicts")


@pytest.mark.asyncio
async def test_a_copy_naming_another_speaker_is_a_speaker_conflict(tmp_path):
    write(tmp_path / "in", {"0.txt": wire("Tide"), "1.txt": wire("Quay"), "2.txt": wire("Mast", speaker="Omar Reyes")})
    db = tmp_path / "factcheck.db"
    ingest.run(str(db), [tmp_path / "in"], jobs=1)
    found = await query(db, "speaker_conflicts")
    pairs = {tuple(sorted([label(r["outlet"]), label(r["other_outlet"])])) for r in found if LONG[:12] in label(r["quote"])}
    # each copy is checked against the version it copies (not against every
    # other copy: that would be a pair per two copies again)
    assert pairs == {("Mast", "Tide")}


@pytest.mark.parametrize("change", ["removed", "reworded"])
def test_when_the_first_version_goes_its_copies_are_promoted(tmp_path, change):
    write(tmp_path / "in", {f"{n}.txt": wire(o) for n, o in enumerate(["Tide", "Quay", "Mast"])})
    db = tmp_path / "factcheck.db"
    ingest.run(str(db), [tmp_path / "in"], jobs=1)
    if change == "removed":
        text = wire("Tide").replace(f"“{LONG},” said Nina Holt, the port director.\n\n", "")
    else:
        text = wire("Tide", long=LONG.replace("April", "June"))
    (tmp_path / "in" / "0.txt").write_text(text, encoding="utf-8")
    ingest.run(str(db), [tmp_path / "in" / "0.txt"], jobs=1)
    new_rep, of, keys = quote(db, "1.txt", "sea wall")
    assert of is None and keys > 0
    assert quote(db, "2.txt", "sea wall")[1] == new_rep
    found = relations(db)
    assert ("2.txt", LONG[:12], "1.txt", "verbatim") in found
    if change == "reworded":
        assert ("0.txt", LONG[:12], "1.txt", "altered") in found
    else:
        assert not any(r[0] == "0.txt" and r[1] == LONG[:12] for r in found)
    assert rows(db, "select count(*) from pending_matches") == [(0,)]
    # the article that changed is no copy any more; the others still are
    copy_of = dict(rows(db, "select file, copy_of from articles"))
    assert copy_of["0.txt"] is None and copy_of["1.txt"] is None
    assert copy_of["2.txt"] == rows(db, "select id from articles where file = '1.txt'")[0][0]


def test_a_database_from_before_versions_gets_its_copies_found(copies, tmp_path):
    """Copies stored as versions of their own (every one keyed, related to
    every other): opening the database marks them and matching relates
    each to its version alone."""
    groups_before = rows(copies, "select count(distinct remark_id), count(*) from remarks")
    conn = sqlite3.connect(str(copies))
    conn.execute("update quotes set version_of = null, version_key = null")
    conn.execute("update articles set copy_of = null, body_key = null")
    conn.execute("insert into quote_shingles (shingle, quote_id) select s.shingle, q.id from quote_shingles s "
                 "join quotes r on r.id = s.quote_id join quotes q on q.text = r.text and q.id != r.id")
    before = next(version for version, step in migrations.UPGRADES if step is versions.fill_versions) - 1
    conn.execute(f"pragma user_version = {before}")
    conn.commit()
    conn.close()
    db = migrations.open_db(str(copies))
    ingest.rematch_pending(db)
    db.close()
    rep, _, _ = quote(copies, "0.txt", "sea wall")
    assert [quote(copies, f"{n}.txt", "sea wall")[1:] for n in (1, 2, 3)] == [(rep, 0)] * 3
    assert rows(copies, "select count(*) from quote_matches where relation = 'verbatim'") == [(12,)]
    assert rows(copies, "select count(distinct remark_id), count(*) from remarks") == groups_before
