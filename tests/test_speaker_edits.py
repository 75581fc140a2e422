"""One speakers row per person, and users' merges and aliases survive re-ingest."""

import shutil

import pytest
import sqlite_utils
from click.testing import CliRunner

from datasette_factcheck import ingest
from datasette_factcheck.cli import factcheck

from .conftest import SEEDS


def speaker_of(db, text_start):
    return db.execute(
        "select speaker_id from quotes where text like ?", [text_start + "%"]
    ).fetchone()[0]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    path = tmp_path / "f.db"
    ingest.run(str(path), [folder], jobs=1)
    return folder, path


def touch_all(folder):
    """Edit every file trivially so the next ingest re-analyses all of them."""
    for f in folder.glob("*.txt"):
        f.write_text(f.read_text() + "\n")


def test_one_row_per_person_across_articles(corpus):
    _, path = corpus
    db = sqlite_utils.Database(path)
    names = [r["name"] for r in db.query("select name from speakers")]
    assert names.count("Jens Stoltenberg") == 1
    # Zelensky (000) and Zelenskyy (004) are one person, named in full
    zelensky = [n for n in names if n.lower().startswith(("zelensk", "volodymyr"))]
    assert zelensky == ["Volodymyr Zelenskyy"]
    aliases = {r["alias"] for r in db.query(
        "select alias from speaker_aliases join speakers on speakers.id = speaker_id where name = 'Jens Stoltenberg'")}
    assert {"Jens Stoltenberg", "Mr Stoltenberg", "Stoltenberg"} <= aliases


def test_merge_survives_reingest(corpus):
    folder, path = corpus
    db = sqlite_utils.Database(path)
    keep = speaker_of(db, "Ukraine and the Alliance")  # Zelensky's post
    other = speaker_of(db, "serious, significant threat")  # Peskov
    result = CliRunner().invoke(factcheck, ["speakers", "merge", str(path), str(keep), str(other)])
    assert result.exit_code == 0, result.output
    touch_all(folder)
    summary = ingest.run(str(path), [folder], jobs=1)
    assert summary.updated == 5
    db = sqlite_utils.Database(path)
    assert speaker_of(db, "serious, significant threat") == keep
    assert db.execute("select count(*) from speakers where id = ?", [other]).fetchone()[0] == 0


def test_alias_survives_reingest(corpus):
    folder, path = corpus
    db = sqlite_utils.Database(path)
    # A reviewer decides that "O'Brien" quotes belong to a new, separately
    # created speaker row (e.g. a corrected name).
    new_id = db["speakers"].insert({"name": "Jim O’Brien"}).last_pk
    result = CliRunner().invoke(factcheck, ["speakers", "alias", str(path), str(new_id), "James O’Brien"])
    assert result.exit_code == 0, result.output
    touch_all(folder)
    ingest.run(str(path), [folder], jobs=1)
    db = sqlite_utils.Database(path)
    assert speaker_of(db, "We do not anticipate") == new_id


@pytest.mark.parametrize(
    "args,message",
    [
        (["speakers", "merge", "{db}", "1", "1"], "itself"),
        (["speakers", "merge", "{db}", "1", "999"], "no speaker with id 999"),
        (["speakers", "alias", "{db}", "999", "X"], "no speaker with id 999"),
    ],
)
def test_speaker_edit_errors(corpus, args, message):
    _, path = corpus
    result = CliRunner().invoke(factcheck, [a.format(db=path) for a in args])
    assert result.exit_code == 1
    assert message in result.output


def test_same_surname_different_person_gets_own_row(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Minister Jens Halvorsen opened the bridge on Friday.\n\n"
        "“This bridge will carry twenty thousand cars a day,” said Jens Halvorsen.\n"
    )
    (folder / "b.txt").write_text(
        "The engineer Marit Halvorsen inspected the bridge on Saturday.\n\n"
        "“The cables were tensioned twice before the opening,” said Marit Halvorsen.\n\n"
        "“We found no faults in the deck,” Halvorsen added.\n"
    )
    path = tmp_path / "f.db"
    ingest.run(str(path), [folder], jobs=1)
    db = sqlite_utils.Database(path)
    assert sorted(r["name"] for r in db.query("select name from speakers")) == ["Jens Halvorsen", "Marit Halvorsen"]
    assert speaker_of(db, "The cables") == speaker_of(db, "We found no faults")
    assert speaker_of(db, "The cables") != speaker_of(db, "This bridge")
