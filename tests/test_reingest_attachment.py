"""Re-ingest attaches review work to the right item: a corrected
attribution flags the reviewed quote for review again and says so in the
audit trail; a deleted item's id is never given to a new one."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

# Slow (each test runs the real ingest twice in a subprocess): left out by make test-quick.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
HEAD = "Harbour plan approved\n\n"
FIRST = "\u201cWe will rebuild the harbour by 2030 and open it to ferries,\u201d said Mayor Jane Smith on Monday.\n\n"
SECOND = "\u201cThe ferry timetable will double before the summer season,\u201d said councillor Tom Brown on Tuesday.\n\n"
THIRD = "\u201cNobody asked the fishing families what they wanted here,\u201d said resident Ali Khan on Wednesday.\n\n"


def ingest(cwd: Path, text: str) -> None:
    (cwd / "in").mkdir(exist_ok=True)
    (cwd / "in" / "harbour.txt").write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, str(ROOT / "scripts/ingest.py"), "f.db", "in"],
                          cwd=cwd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


def query(cwd: Path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(cwd / "f.db")
    try:
        with conn:
            return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("corrected", ["councillor Tom Brown", "the harbour master Eva Lund"])
def test_corrected_attribution_flags_the_reviewed_quote_with_audit(tmp_path, corrected):
    ingest(tmp_path, HEAD + FIRST)
    query(tmp_path, "update quotes set verdict = 'accurate', note = 'Matches the minutes', last_actor = 'alice'")
    (quote_id, speaker_before), = query(tmp_path, "select id, speaker_id from quotes")
    ingest(tmp_path, HEAD + FIRST.replace("Mayor Jane Smith", corrected))
    (same_id, speaker_after, verdict, needs_review), = query(tmp_path, "select id, speaker_id, verdict, needs_review from quotes")
    assert same_id == quote_id and speaker_after != speaker_before
    assert verdict == "accurate" and needs_review == 1
    audit = query(tmp_path, "select actor, field, old, new from reviews where item_id = ? and field = 'speaker_id'", [quote_id])
    after = None if speaker_after is None else str(speaker_after)
    assert audit == [("ingest", "speaker_id", str(speaker_before), after)]


def test_unreviewed_quote_with_new_speaker_is_not_flagged(tmp_path):
    ingest(tmp_path, HEAD + FIRST)
    ingest(tmp_path, HEAD + FIRST.replace("Mayor Jane Smith", "councillor Tom Brown"))
    assert query(tmp_path, "select needs_review from quotes") == [(0,)]


def test_deleted_item_id_is_never_given_to_a_new_item(tmp_path):
    ingest(tmp_path, HEAD + FIRST + SECOND)
    ids = dict(query(tmp_path, "select text, id from quotes"))
    removed = max(ids.values())
    # A reviewer opened and reset it: audit rows, but no review work left.
    query(tmp_path, "update quotes set status = 'in_review', last_actor = 'alice' where id = ?", [removed])
    query(tmp_path, "update quotes set status = 'unchecked', last_actor = null where id = ?", [removed])
    ingest(tmp_path, HEAD + FIRST)  # its quote left the article: deleted
    assert removed not in [r[0] for r in query(tmp_path, "select id from quotes")]
    ingest(tmp_path, HEAD + FIRST + THIRD)
    (new_id,), = query(tmp_path, "select id from quotes where text like 'Nobody asked%'")
    assert new_id > removed
    assert query(tmp_path, "select count(*) from reviews where item_type = 'quote' and item_id = ?", [new_id]) == [(0,)]


def test_database_from_before_keeps_audited_ids_retired(tmp_path):
    ingest(tmp_path, HEAD + FIRST + SECOND)
    (top,), = query(tmp_path, "select max(id) from quotes")
    query(tmp_path, "update quotes set status = 'in_review', last_actor = 'alice' where id = ?", [top])
    query(tmp_path, "update quotes set status = 'unchecked', last_actor = null where id = ?", [top])
    ingest(tmp_path, HEAD + FIRST)
    # As an older version left it: no record of retired ids.
    query(tmp_path, "delete from retired_ids")
    query(tmp_path, "pragma user_version = 7")
    ingest(tmp_path, HEAD + FIRST + THIRD)
    (new_id,), = query(tmp_path, "select id from quotes where text like 'Nobody asked%'")
    assert new_id > top


def test_same_words_in_headline_and_body_keep_their_own_review(tmp_path):
    remark = "We will rebuild the harbour by 2030 and open it to ferries"
    ingest(tmp_path, HEAD + FIRST)
    query(tmp_path, "update quotes set verdict = 'accurate', note = 'Body quote checked'")
    # The headline now prints the same words: a second quote, before the first.
    ingest(tmp_path, f"Mayor: \u201c{remark}\u201d\n\n" + FIRST)
    rows = query(tmp_path, "select location, verdict, note from quotes where text like 'We will rebuild%' order by location")
    assert ("body", "accurate", "Body quote checked") in rows
    assert all(verdict is None for location, verdict, _ in rows if location == "headline")
