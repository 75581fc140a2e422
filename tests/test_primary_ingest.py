"""Primary sources through the real ingest job: stored apart from articles,
each quote of the story checked against them, re-checked on re-ingest."""

import json

import pytest
import sqlite_utils

from datasette_factcheck import ingest

try:
    from .primary_story import TRANSCRIPT, write_story
except ImportError:
    from primary_story import TRANSCRIPT, write_story


@pytest.fixture
def story_db(tmp_path):
    folder = write_story(tmp_path / "story")
    path = tmp_path / "factcheck.db"
    summary = ingest.run(str(path), [folder], jobs=1)
    assert not summary.rejected, summary.rejected
    return path, folder, summary


def checks(path):
    db = sqlite_utils.Database(path)
    return {
        r["text"]: r
        for r in db.query(
            """select q.text, c.* from primary_checks c join quotes q on q.id = c.quote_id"""
        )
    }


def test_primary_source_is_not_an_article(story_db):
    path, _, summary = story_db
    db = sqlite_utils.Database(path)
    assert summary.primary_sources == 1
    assert "briefing.txt" not in {r["file"] for r in db.query("select file from articles")}
    source = next(db.query("select * from primary_sources"))
    assert (source["type"], source["title"]) == ("transcript", "Harbour briefing, 3 March")
    speakers = [r["speaker"] for r in db.query("select speaker from primary_passages order by number")]
    assert speakers == ["MODERATOR", "Ada Okafor", "Reporter", "Ada Okafor"]
    assert db.execute("select count(*) from claims c join articles a on a.id = c.article_id where a.file = 'briefing.txt'").fetchone()[0] == 0


@pytest.mark.parametrize(
    "quote, result, suggested, significance",
    [
        ("The north pier will reopen in May,", "exact", "accurate", None),
        ("The ferry fares will not go up this year,", "exact", "accurate", None),
        # a contraction is the same words (matching.words)
        ("We've hired two more crews for the repairs,", "exact", "accurate", None),
        ("The ferry fares will go up this year,", "changed", "altered", "meaning"),
        ("The work on the eastern quay is finished,", "changed", "altered", "meaning"),
        ("The north pier will reopen in May. We looked at every option with the council,", "assembled", "spliced", "meaning"),
        ("Will the ferry fares go up for the islanders this year?", "misattributed", "misattributed", None),
        ("We will build a second marina by the lighthouse next spring,", "not_found", "not in the primary sources", None),
    ],
)
def test_each_quote_checked(story_db, quote, result, suggested, significance):
    found = checks(story_db[0])
    row = found[quote]
    assert (row["result"], row["suggested"]) == (result, suggested)
    if significance:
        assert row["significance"] == significance


def test_assembled_quote_says_where_and_what_was_cut(story_db):
    row = checks(story_db[0])["The north pier will reopen in May. We looked at every option with the council,"]
    assert "words cut between" in row["gap"]
    assert "We have hired two more crews" in row["gap"]
    assert json.loads(row["passages"]) == [2, 4]
    assert row["location"] == "passage 2, turn 2 (MAYOR OKAFOR); passage 4, turn 4 (MAYOR OKAFOR)"
    assert row["source_words"] == "The north pier will reopen in May, … We looked at every option with the council,"


def test_changed_quote_has_word_diff(story_db):
    row = checks(story_db[0])["The ferry fares will go up this year,"]
    assert "dropped 'not'" in row["differences"]
    assert "negation dropped" in json.loads(row["reasons"])
    assert row["said_by"] == "Ada Okafor"


def test_misattributed_names_who_said_it(story_db):
    row = checks(story_db[0])["Will the ferry fares go up for the islanders this year?"]
    assert row["said_by"] == "Reporter"


def test_no_verdict_is_set_by_the_check(story_db):
    db = sqlite_utils.Database(story_db[0])
    assert db.execute("select count(*) from quotes where verdict is not null").fetchone()[0] == 0


def test_reingesting_a_corrected_transcript_rechecks_and_flags_reviewed(story_db):
    path, folder, _ = story_db
    db = sqlite_utils.Database(path)
    quote_id = db.execute("select id from quotes where text = 'The ferry fares will go up this year,'").fetchone()[0]
    other_id = db.execute("select id from quotes where text = 'The north pier will reopen in May,'").fetchone()[0]
    db.execute("update quotes set status = 'checked', verdict = 'false' where id in (?, ?)", [quote_id, other_id])
    db.conn.commit()
    corrected = TRANSCRIPT.replace("will not go up this year", "will go up this year")
    (folder / "briefing.txt").write_text(corrected, encoding="utf-8")
    summary = ingest.run(str(path), [folder], jobs=1)
    assert summary.checks["flagged"] >= 1
    row = checks(path)["The ferry fares will go up this year,"]
    assert row["result"] == "exact"
    flags = dict(db.execute("select id, needs_review from quotes where id in (?, ?)", [quote_id, other_id]).fetchall())
    assert flags == {quote_id: 1, other_id: 0}
    assert db.execute("select verdict from quotes where id = ?", [quote_id]).fetchone()[0] == "false"


def test_unchanged_reingest_keeps_checks(story_db):
    path, folder, _ = story_db
    before = {k: (v["result"], v["differences"]) for k, v in checks(path).items()}
    summary = ingest.run(str(path), [folder], jobs=1)
    assert summary.primary_sources == 0
    assert {k: (v["result"], v["differences"]) for k, v in checks(path).items()} == before


def test_folder_convention_and_bad_yaml(tmp_path):
    folder = tmp_path / "primary-sources"
    folder.mkdir()
    (folder / "speech.txt").write_text("Speech text one paragraph about the harbour works this spring.\n", encoding="utf-8")
    (folder / "broken.txt").write_text("---\ntype: [transcript\n---\nMAYOR: words\n", encoding="utf-8")
    summary = ingest.run(str(tmp_path / "f.db"), [folder], jobs=1)
    db = sqlite_utils.Database(tmp_path / "f.db")
    assert [r["type"] for r in db.query("select type from primary_sources")] == ["document"]
    assert [name for name, _ in summary.rejected] == [str(folder / "broken.txt")]
    assert "bad YAML" in summary.rejected[0][1]


@pytest.mark.parametrize(
    "key",
    ["type", "Type", "TYPE", "' type '", '"\\x74ype"', '"\\u0074YPE"'],
    ids=["lower", "title", "upper", "spaced", "escaped", "escaped-upper"],
)
@pytest.mark.parametrize("where", ["front matter", "sidecar"])
def test_the_type_key_however_spelt_makes_a_primary_source(tmp_path, key, where):
    folder = tmp_path / "sources"
    folder.mkdir()
    head = f"{key}: speech\ntitle: Harbour speech\n"
    body = "The harbour works start this spring and end next year.\n"
    if where == "sidecar":
        (folder / "speech.yml").write_text(head, encoding="utf-8")
        (folder / "speech.txt").write_text(body, encoding="utf-8")
    else:
        (folder / "speech.txt").write_text(f"---\n{head}---\n{body}", encoding="utf-8")
    summary = ingest.run(str(tmp_path / "f.db"), [folder], jobs=1)
    db = sqlite_utils.Database(tmp_path / "f.db")
    assert (summary.primary_sources, summary.articles) == (1, 0)
    assert [(r["type"], r["title"]) for r in db.query("select type, title from primary_sources")] == [("speech", "Harbour speech")]


def test_a_file_marked_as_primary_after_an_ingest_as_article(tmp_path):
    folder = write_story(tmp_path / "story")
    plain = TRANSCRIPT.split("---\n", 2)[2]
    (folder / "briefing.txt").write_text(plain, encoding="utf-8")
    path = tmp_path / "f.db"
    ingest.run(str(path), [folder], jobs=1)
    (folder / "briefing.txt").write_text(TRANSCRIPT, encoding="utf-8")
    summary = ingest.run(str(path), [folder], jobs=1)
    assert any("stored this file as an article" in why for _, why in summary.warnings)
    db = sqlite_utils.Database(path)
    assert db.execute("select count(*) from articles where file = 'briefing.txt'").fetchone()[0] == 1
    checked_files = {r[0] for r in db.execute(
        "select a.file from primary_checks c join quotes q on q.id = c.quote_id join articles a on a.id = q.article_id")}
    assert "briefing.txt" not in checked_files and "changed.txt" in checked_files


def test_transcript_added_after_the_articles_checks_them(tmp_path):
    folder = write_story(tmp_path / "story")
    transcript = folder / "briefing.txt"
    later = tmp_path / "later"
    later.mkdir()
    transcript.rename(later / "briefing.txt")
    path = tmp_path / "f.db"
    first = ingest.run(str(path), [folder], jobs=1)
    assert first.primary_sources == 0 and not any(first.checks.values())
    second = ingest.run(str(path), [later], jobs=1)
    assert second.primary_sources == 1
    assert checks(path)["The ferry fares will go up this year,"]["result"] == "changed"
    assert second.checks["not_found"] == 1
