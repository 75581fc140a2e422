"""A reviewer in a real browser: signs in with ``datasette --root``, reviews a
quote from its row page, sees the badge, the rendered note and the audit
row; an anonymous POST is refused; script in a note stays inert.

Drives the system Chromium (/usr/bin/chromium) with Playwright; never
downloads a browser. A missing browser fails the test, it does not skip.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlite_utils

SCREENSHOTS = Path(os.environ.get("FACTCHECK_SCREENSHOTS", "/tmp"))


def test_reviewer_reviews_a_quote_in_the_browser(server, browser, seeds_copy):
    base, login = server
    db = sqlite_utils.Database(seeds_copy)
    quote_id = db.execute(
        "select id from quotes where kind = 'quote' and location = 'body' order by length(text) desc limit 1"
    ).fetchone()[0]
    row_url = f"{base}/factcheck/quotes/{quote_id}"

    # Anonymous: reads the page, has no form, and a POST is refused.
    anonymous = browser.new_context()
    page = anonymous.new_page()
    page.goto(row_url)
    assert page.locator("section.fc-review").count() == 1
    assert page.locator("form.fc-review-form").count() == 0
    refused = anonymous.request.post(
        f"{base}/factcheck/-/factcheck/review/quote/{quote_id}", form={"status": "done", "verdict": "accurate"}
    )
    assert refused.status == 403
    anonymous.close()

    # The reviewer signs in with the token URL datasette --root printed.
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    page.goto(login)
    assert any(c["name"] == "ds_actor" for c in context.cookies())
    page.goto(row_url)
    form = page.locator("form.fc-review-form")
    form.locator("select[name=status]").select_option("done")
    form.locator("select[name=verdict]").select_option("accurate")
    form.locator("textarea[name=note]").fill(
        "Checked against the **official transcript**.\n\n"
        "<script>window.__fcInjected = 1</script>\n\n"
        "[open](javascript:window.__fcInjected=2) <img src=x onerror=\"window.__fcInjected=3\">"
    )
    form.locator("textarea[name=evidence]").fill("Transcript | https://transcripts.example/press")
    with page.expect_navigation():
        form.locator("input[type=submit]").click()
    assert page.url == row_url, page.locator("main, .content, body").first.inner_text()[:600]

    state = page.locator(".fc-review-state")
    assert state.locator(".fc-badge.fc-done").inner_text() == "done"
    assert state.locator(".fc-badge.fc-accurate").inner_text() == "accurate"
    note = page.locator("section.fc-review .fc-note")
    assert note.locator("strong").inner_text() == "official transcript"
    assert note.locator("script").count() == 0
    assert note.locator("img").count() == 0
    assert note.locator("a[href^='javascript']").count() == 0
    note.locator("a", has_text="open").click()
    assert page.evaluate("window.__fcInjected") is None
    assert page.locator("section.fc-review .fc-evidence a[href='https://transcripts.example/press']").inner_text() == "Transcript"

    history = page.locator("table.fc-history tbody tr")
    fields = {history.nth(i).locator("td").nth(2).inner_text(): history.nth(i).locator("td").nth(1).inner_text()
              for i in range(history.count())}
    assert fields.get("status") == "root" and fields.get("verdict") == "root" and fields.get("note") == "root"
    page.screenshot(path=str(SCREENSHOTS / "factcheck_row.png"), full_page=True)

    # The table page shows the badge through render_cell.
    page.goto(f"{base}/factcheck/quotes?id={quote_id}")
    assert page.locator("td.col-status .fc-badge.fc-done").count() == 1

    page.goto(f"{base}/-/factcheck")
    assert page.locator("h3", has_text="Quotes:").count() == 1
    assert page.locator("table.fc-history", has_text="root").count() == 1
    page.screenshot(path=str(SCREENSHOTS / "factcheck_dashboard.png"), full_page=True)
    context.close()

    row = db["quotes"].get(quote_id)
    assert (row["status"], row["verdict"], row["reviewer"]) == ("done", "accurate", "root")
