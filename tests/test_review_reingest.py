"""Review work survives re-ingest: verdicts, notes, evidence, assignments and
the audit trail outlive a re-run on the same files and on an edited copy;
a quote whose text changed keeps its id and history and is queued again."""

import shutil
from pathlib import Path

import pytest
import sqlite_utils

from datasette_factcheck import ingest
try:  # tests/ may or may not be a package
    from .test_review_support import make_datasette, post_form
except ImportError:
    from test_review_support import make_datasette, post_form

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def pick_quote(db, exclude_file=None):
    """A long body quote (printed verbatim in its file) and its file name."""
    for row in db.query(
        """select q.id, q.text, a.file, a.path from quotes q join articles a on a.id = q.article_id
            where q.kind = 'quote' and q.location = 'body' and length(q.text) > 60 order by q.id"""
    ):
        if row["file"] == exclude_file:
            continue
        raw = (SEEDS / row["file"]).read_text(encoding="utf-8")
        if raw.count(row["text"]) == 1:
            return row
    raise AssertionError("no quote printed verbatim in the seeds")


@pytest.mark.asyncio
async def test_review_work_survives_reingest(tmp_path, seeds_copy):
    db_path = seeds_copy
    db = sqlite_utils.Database(db_path)
    edited = pick_quote(db)
    kept = pick_quote(db, exclude_file=edited["file"])
    claim_id = db.execute("select min(id) from claims").fetchone()[0]
    ds = make_datasette(db_path)

    review = {
        "status": "done",
        "verdict": "accurate",
        "note": "Matches the **official transcript**.",
        "evidence": "Transcript | https://transcripts.example/2024/press",
        "reviewer": "alice",
    }
    for quote_id in (edited["id"], kept["id"]):
        response = await post_form(ds, f"/factcheck/-/factcheck/review/quote/{quote_id}", review)
        assert response.status_code == 302, response.text
    response = await post_form(
        ds, f"/factcheck/-/factcheck/review/claim/{claim_id}", {"status": "in_review", "reviewer": "bob"}
    )
    assert response.status_code == 302
    audit_before = [dict(r) for r in db.query("select * from reviews order by id")]
    assert len(audit_before) > 10

    def review_state(table, item_id):
        return {k: db[table].get(item_id)[k] for k in ("status", "verdict", "reviewer", "reviewed_at", "note", "evidence")}

    state_before = {
        ("quotes", edited["id"]): review_state("quotes", edited["id"]),
        ("quotes", kept["id"]): review_state("quotes", kept["id"]),
        ("claims", claim_id): review_state("claims", claim_id),
    }

    # 1. The same files again: nothing changes, nothing is logged.
    summary = ingest.run(str(db_path), [SEEDS], jobs=1)
    assert summary.unchanged == 5 and not summary.rejected
    assert [dict(r) for r in db.query("select * from reviews order by id")] == audit_before
    for (table, item_id), state in state_before.items():
        assert review_state(table, item_id) == state

    # 2. An edited copy: one word inside a reviewed quote changes.
    copy = tmp_path / "edited"
    shutil.copytree(SEEDS, copy)
    words = edited["text"].split()
    middle = len(words) // 2
    new_text = " ".join(words[:middle] + ["certainly"] + words[middle:])
    target = copy / edited["file"]
    target.write_text(target.read_text(encoding="utf-8").replace(edited["text"], new_text), encoding="utf-8")
    summary = ingest.run(str(db_path), [copy], jobs=1)
    assert summary.updated == 1 and summary.unchanged == 4, summary.lines()

    row = db["quotes"].get(edited["id"])
    assert row["text"] == new_text
    assert row["previous_text"] == edited["text"]
    assert row["needs_review"] == 1
    for (table, item_id), state in state_before.items():
        assert review_state(table, item_id) == state, (table, item_id)
    assert db["quotes"].get(kept["id"])["needs_review"] == 0
    # Re-ingest writes text columns only: the audit trail is exactly as before.
    assert [dict(r) for r in db.query("select * from reviews order by id")] == audit_before

    # The changed quote is queued again; its page still shows its history.
    queue = await ds.client.get("/factcheck/-/factcheck/queue?needs_review=1")
    assert f'href="/factcheck/quotes/{edited["id"]}"' in queue.text
    assert f'href="/factcheck/quotes/{kept["id"]}"' not in queue.text
    page = await ds.client.get(f"/factcheck/quotes/{edited['id']}")
    assert "Text before the last re-ingest" in page.text
    assert page.text.count("<td>root</td>") >= 5  # the history rows of the web review
    assert "<strong>official transcript</strong>" in page.text

    # Reviewing it again clears the flag (the form's checkbox is unticked).
    response = await post_form(
        ds,
        f"/factcheck/-/factcheck/review/quote/{edited['id']}",
        {"status": "done", "verdict": "accurate", "needs_review_present": "1"},
    )
    assert response.status_code == 302
    assert db["quotes"].get(edited["id"])["needs_review"] == 0
