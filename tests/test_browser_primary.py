"""A reviewer in a real browser opens a quote checked against a transcript:
what the transcript says comes first, the suggested verdict is not set
until the reviewer saves one, and the queue filters by the suggestion."""

from __future__ import annotations

import sqlite_utils
import pytest

from datasette_factcheck import ingest

try:
    from .primary_story import write_story
except ImportError:
    from primary_story import write_story


@pytest.fixture
def seeds_copy(tmp_path):
    """The database the ``server`` fixture (conftest) serves: here the story with a transcript."""
    path = tmp_path / "factcheck.db"
    summary = ingest.run(str(path), [write_story(tmp_path / "story")], jobs=1)
    assert not summary.rejected
    return path


def test_reviewer_sees_the_transcript_first_and_decides(server, browser, seeds_copy):
    base, login = server
    db = sqlite_utils.Database(seeds_copy)
    quote_id = db.execute("select id from quotes where text = 'The ferry fares will go up this year,'").fetchone()[0]
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    page.goto(login)
    page.goto(f"{base}/factcheck/quotes/{quote_id}")

    panel = page.locator("section.fc-primary")
    assert panel.is_visible()
    assert panel.bounding_box()["y"] < page.locator("section.fc-versions").bounding_box()["y"]
    assert page.locator("section.fc-versions").bounding_box()["y"] < page.locator("section.fc-review").bounding_box()["y"]
    assert panel.locator(".fc-significance-meaning").inner_text() == "changes the meaning"
    assert panel.locator(".fc-suggested .fc-badge").inner_text() == "altered"
    assert panel.locator(".fc-diff ins").first.inner_text() == "not"

    form = page.locator("form.fc-review-form")
    assert form.locator("select[name=verdict]").input_value() == ""
    form.locator("select[name=verdict]").select_option("altered")
    with page.expect_navigation():
        form.locator("input[type=submit]").click()
    assert page.locator(".fc-review-state .fc-badge.fc-altered").inner_text() == "altered"
    page.screenshot(path="/tmp/factcheck_primary_row.png", full_page=True)

    page.goto(f"{base}/factcheck/-/factcheck/queue")
    page.locator("select[name=suggested]").select_option("misattributed")
    with page.expect_navigation():
        page.locator("form.fc-filters input[type=submit]").click()
    rows = page.locator("table.fc-queue tbody tr")
    assert rows.count() == 1
    assert "Will the ferry fares go up for the islanders this year?" in rows.first.inner_text()
    context.close()

    assert db.execute("select verdict from quotes where id = ?", [quote_id]).fetchone()[0] == "altered"
    other_verdicts = db.execute("select count(*) from quotes where verdict is not null and id != ?", [quote_id]).fetchone()[0]
    assert other_verdicts == 0
