"""Recording reviews through Datasette: permissions, CSRF, validation, the
one write path, the audit trail and the review panel of the row page."""

import sqlite3

import pytest
import sqlite_utils

try:  # tests/ may or may not be a package
    from .test_review_support import (
    QUOTE_COAST,
    QUOTE_GAZETTE,
    QUOTE_VALLEY,
    actor_cookies,
    audit_rows,
    build_db,
    csrf_session,
    make_datasette,
    post_form,
)
except ImportError:
    from test_review_support import (
    QUOTE_COAST,
    QUOTE_GAZETTE,
    QUOTE_VALLEY,
    actor_cookies,
    audit_rows,
    build_db,
    csrf_session,
    make_datasette,
    post_form,
)

try:
    from .lines import CROSS_SITE_REFUSAL, cross_site_post, sql_path
except ImportError:
    from lines import CROSS_SITE_REFUSAL, cross_site_post, sql_path

WRITE_ROUTES = [
    ("/factcheck/-/factcheck/review/quote/2", {"status": "done"}),
    ("/factcheck/-/factcheck/review/claim/1", {"status": "done"}),
    ("/factcheck/-/factcheck/bulk/verbatim", {"quote_id": "2", "verdict": "accurate"}),
    ("/factcheck/-/factcheck/bulk/status", {"new_status": "done"}),
]


@pytest.fixture
def db_path(tmp_path):
    return build_db(tmp_path / "factcheck.db")


@pytest.fixture
def ds(db_path):
    return make_datasette(db_path)


def item(db_path, table, item_id):
    return sqlite_utils.Database(db_path)[table].get(item_id)


def assert_untouched(db_path):
    db = sqlite_utils.Database(db_path)
    assert db.execute("select count(*) from reviews").fetchone()[0] == 0
    assert {r["status"] for r in db.query("select status from quotes union select status from claims")} == {"unchecked"}


# -- who may write ----------------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize("path,data", WRITE_ROUTES)
async def test_anonymous_post_is_forbidden(ds, db_path, path, data):
    response = await ds.client.post(path, data=data)
    assert response.status_code == 403
    assert_untouched(db_path)


@pytest.mark.asyncio
@pytest.mark.parametrize("path,data", WRITE_ROUTES)
async def test_anonymous_post_with_valid_csrf_token_is_forbidden(ds, db_path, path, data):
    # Passing the CSRF check is not enough: the permission check refuses.
    cookies, token = await csrf_session(ds, "root", "/factcheck/quotes/2")
    del cookies["ds_actor"]
    response = await ds.client.post(path, data=dict(data, csrftoken=token), cookies=cookies)
    assert response.status_code == 403
    assert_untouched(db_path)


@pytest.mark.asyncio
@pytest.mark.parametrize("path,data", WRITE_ROUTES)
async def test_signed_in_without_permission_is_forbidden(ds, db_path, path, data):
    # mallory is signed in but not in review_allow: she sees no form ...
    page = await ds.client.get("/factcheck/quotes/2", cookies=actor_cookies(ds, "mallory"))
    assert page.status_code == 200
    assert 'class="fc-review-form"' not in page.text
    # ... and a forged POST with a valid token is refused.
    cookies, token = await csrf_session(ds, "root", "/factcheck/quotes/2")
    cookies["ds_actor"] = actor_cookies(ds, "mallory")["ds_actor"]
    response = await ds.client.post(path, data=dict(data, csrftoken=token), cookies=cookies)
    assert response.status_code == 403
    assert_untouched(db_path)


@pytest.mark.asyncio
@pytest.mark.parametrize("path,data", WRITE_ROUTES)
async def test_cross_site_post_fails(ds, db_path, path, data):
    # A reviewer's browser made to post by another site.
    cookies, _ = await csrf_session(ds, "root", "/factcheck/quotes/2")
    response = await cross_site_post(ds, path, data, cookies)
    assert response.status_code == 403
    assert CROSS_SITE_REFUSAL in response.text  # Datasette's own check refused it, not the view
    assert_untouched(db_path)


@pytest.mark.asyncio
async def test_get_on_a_write_route_is_refused(ds):
    response = await ds.client.get("/factcheck/-/factcheck/review/quote/2", cookies=actor_cookies(ds, "root"))
    assert response.status_code == 403


@pytest.mark.asyncio
@pytest.mark.parametrize("actor,allowed", [("root", True), ("alice", True), ("bob", False)])
async def test_review_allow_decides(db_path, actor, allowed):
    ds = make_datasette(db_path)
    page = await ds.client.get("/factcheck/quotes/2", cookies=actor_cookies(ds, actor))
    assert ('class="fc-review-form"' in page.text) is allowed


# -- writing ----------------------------------------------------------------


@pytest.mark.asyncio
async def test_review_post_writes_row_and_audit(ds, db_path):
    response = await post_form(
        ds,
        f"/factcheck/-/factcheck/review/quote/{QUOTE_GAZETTE}",
        {
            "status": "done",
            "verdict": "accurate",
            "note": "Checked against the **video**.",
            "evidence": "Video | https://video.example/v/1\nhttps://transcript.example/t",
            "next": f"/factcheck/quotes/{QUOTE_GAZETTE}",
        },
        actor_id="alice",
    )
    assert response.status_code == 302
    assert response.headers["location"] == f"/factcheck/quotes/{QUOTE_GAZETTE}"
    row = item(db_path, "quotes", QUOTE_GAZETTE)
    assert (row["status"], row["verdict"], row["reviewer"]) == ("done", "accurate", "alice")
    assert row["reviewed_at"] and row["note"] == "Checked against the **video**."
    assert row["evidence"] == (
        '[{"href": "https://video.example/v/1", "label": "Video"}, '
        '{"href": "https://transcript.example/t", "label": "transcript.example/t"}]'
    )
    audit = {r["field"]: r for r in audit_rows(db_path, item_type="quote", item_id=QUOTE_GAZETTE)}
    assert set(audit) == {"status", "verdict", "reviewer", "reviewed_at", "note", "evidence"}
    assert {r["actor"] for r in audit.values()} == {"alice"}
    assert (audit["status"]["old"], audit["status"]["new"]) == ("unchecked", "done")


@pytest.mark.asyncio
async def test_claim_verdicts_use_the_claim_vocabulary(ds, db_path):
    bad = await post_form(ds, "/factcheck/-/factcheck/review/claim/1", {"verdict": "accurate"})
    assert bad.status_code == 400
    assert "Unknown claim verdict" in bad.text
    good = await post_form(ds, "/factcheck/-/factcheck/review/claim/1", {"verdict": "mostly true"})
    assert good.status_code == 302
    assert item(db_path, "claims", 1)["verdict"] == "mostly true"


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "data,message",
    [
        ({"evidence": "Click | javascript:alert(1)"}, "only http:// and https:// links are accepted"),
        ({"evidence": "ok | https://a.example\ndata:text/html,x"}, "Evidence line 2"),
        ({"status": "finished"}, "Unknown status"),
        ({"verdict": "true"}, "Unknown quote verdict"),
    ],
)
async def test_invalid_review_is_rejected_with_a_message(ds, db_path, data, message):
    response = await post_form(ds, f"/factcheck/-/factcheck/review/quote/{QUOTE_GAZETTE}", data)
    assert response.status_code == 400
    assert message in response.text
    assert_untouched(db_path)


@pytest.mark.asyncio
async def test_unknown_item_is_an_error(ds, db_path):
    response = await post_form(ds, "/factcheck/-/factcheck/review/quote/999", {"status": "done"})
    assert response.status_code == 400
    assert "No quote with id 999" in response.text


@pytest.mark.asyncio
async def test_immutable_database_cannot_be_written(db_path):
    ds = make_datasette(db_path, immutable=True)
    response = await post_form(ds, f"/factcheck/-/factcheck/review/quote/{QUOTE_GAZETTE}", {"status": "done"})
    assert response.status_code == 400
    assert "read-only" in response.text
    assert_untouched(db_path)


@pytest.mark.asyncio
@pytest.mark.parametrize("next_url", ["//evil.example/x", "https://evil.example/", "javascript:alert(1)"])
async def test_redirect_stays_on_site(ds, next_url):
    response = await post_form(
        ds, f"/factcheck/-/factcheck/review/quote/{QUOTE_GAZETTE}", {"status": "done", "next": next_url}
    )
    assert response.status_code == 302
    assert response.headers["location"] == f"/factcheck/quotes/{QUOTE_GAZETTE}"


@pytest.mark.asyncio
async def test_unchanged_review_writes_no_audit_rows(ds, db_path):
    data = {"status": "in_review", "verdict": "", "note": "same"}
    await post_form(ds, f"/factcheck/-/factcheck/review/quote/{QUOTE_GAZETTE}", data)
    before = len(audit_rows(db_path))
    await post_form(ds, f"/factcheck/-/factcheck/review/quote/{QUOTE_GAZETTE}", data)
    assert len(audit_rows(db_path)) == before


# -- the audit trail's attribution -----------------------------------------


@pytest.mark.asyncio
async def test_audit_attributes_web_then_sql_then_web(ds, db_path):
    path = f"/factcheck/-/factcheck/review/quote/{QUOTE_GAZETTE}"
    await post_form(ds, path, {"status": "in_review"}, actor_id="alice")
    # A plain SQL UPDATE afterwards is not the previous web user's doing.
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("update quotes set verdict = 'altered' where id = ?", [QUOTE_GAZETTE])
    conn.close()
    # Two writes in a row by one person are both attributed to her.
    await post_form(ds, path, {"status": "done"}, actor_id="alice")
    await post_form(ds, path, {"verdict": "accurate"}, actor_id="alice")
    rows = [(r["field"], r["actor"], r["new"]) for r in audit_rows(db_path) if r["field"] in ("status", "verdict")]
    assert rows == [
        ("status", "alice", "in_review"),
        ("verdict", "sql", "altered"),
        ("status", "alice", "done"),
        ("verdict", "alice", "accurate"),
    ]


def test_sql_update_writes_audit_row(db_path):
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("update claims set status = 'done', note = 'by hand' where id = 1")
        conn.execute("update claims set kind = 'count' where id = 1")  # not audited
    rows = sorted((r["item_type"], r["item_id"], r["actor"], r["field"], r["old"], r["new"]) for r in audit_rows(db_path))
    assert rows == [
        ("claim", 1, "sql", "note", None, "by hand"),
        ("claim", 1, "sql", "status", "unchecked", "done"),
    ]


# -- bulk actions -----------------------------------------------------------


@pytest.mark.asyncio
async def test_bulk_verbatim_sets_verdict_on_verbatim_matches_only(ds, db_path):
    response = await post_form(
        ds, "/factcheck/-/factcheck/bulk/verbatim", {"quote_id": str(QUOTE_GAZETTE), "verdict": "accurate", "status": "done"}
    )
    assert response.status_code == 302
    assert item(db_path, "quotes", QUOTE_VALLEY)["verdict"] == "accurate"
    assert item(db_path, "quotes", QUOTE_VALLEY)["status"] == "done"
    assert item(db_path, "quotes", QUOTE_COAST)["verdict"] is None  # altered, not verbatim
    assert item(db_path, "quotes", QUOTE_GAZETTE)["verdict"] is None  # the source is not part of the set
    assert {r["actor"] for r in audit_rows(db_path)} == {"root"}
    assert {r["item_id"] for r in audit_rows(db_path)} == {QUOTE_VALLEY}


@pytest.mark.asyncio
async def test_bulk_verbatim_leaves_out_a_version_with_another_speaker(ds, db_path):
    db = sqlite_utils.Database(db_path)
    other = db["speakers"].insert({"name": "Someone Else"}).last_pk
    db["quotes"].update(QUOTE_VALLEY, {"speaker_id": other})
    page = (await ds.client.get(f"/factcheck/quotes/{QUOTE_GAZETTE}", cookies=actor_cookies(ds, "root"))).text
    assert "names a different speaker and is left out" in page
    assert "Apply to the word-for-word versions" not in page  # nothing left to apply to
    response = await post_form(
        ds, "/factcheck/-/factcheck/bulk/verbatim", {"quote_id": str(QUOTE_GAZETTE), "verdict": "accurate", "status": "done"}
    )
    assert response.status_code == 302
    assert item(db_path, "quotes", QUOTE_VALLEY)["verdict"] is None
    assert audit_rows(db_path) == []


@pytest.mark.asyncio
async def test_bulk_verbatim_needs_a_known_verdict(ds, db_path):
    response = await post_form(ds, "/factcheck/-/factcheck/bulk/verbatim", {"quote_id": str(QUOTE_GAZETTE), "verdict": "wrong"})
    assert response.status_code == 400
    assert_untouched(db_path)


@pytest.mark.asyncio
async def test_bulk_status_applies_to_the_filtered_set(ds, db_path):
    response = await post_form(
        ds,
        "/factcheck/-/factcheck/bulk/status",
        {"new_status": "in_review", "outlet": "Valley Times", "type": "quote", "confirm": "1"},
        form_page="/factcheck/-/factcheck/queue?outlet=Valley+Times&type=quote",
    )
    assert response.status_code == 302
    db = sqlite_utils.Database(db_path)
    changed = {(r["id"]) for r in db.query("select id from quotes where status = 'in_review'")}
    assert changed == {QUOTE_VALLEY}
    assert db.execute("select count(*) from claims where status != 'unchecked'").fetchone()[0] == 0


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "form",
    [
        {"new_status": "in_review", "type": "quote"},  # no confirmation
        {"new_status": "in_review", "type": "quote", "confirm": "99"},  # confirmed a different set
        {"new_status": "", "type": "quote", "confirm": "4"},  # no status chosen
    ],
)
async def test_bulk_status_needs_a_status_and_a_confirmation_of_the_count(ds, db_path, form):
    response = await post_form(ds, "/factcheck/-/factcheck/bulk/status", form, form_page="/factcheck/-/factcheck/queue")
    assert response.status_code == 400
    assert "Nothing changed" in response.text or "Choose the status" in response.text
    db = sqlite_utils.Database(db_path)
    assert db.execute("select count(*) from quotes where status != 'unchecked'").fetchone()[0] == 0


# -- reading ----------------------------------------------------------------


@pytest.mark.asyncio
async def test_row_page_shows_review_and_history_newest_first(ds, db_path):
    path = f"/factcheck/-/factcheck/review/quote/{QUOTE_GAZETTE}"
    await post_form(ds, path, {"status": "in_review"}, actor_id="alice")
    await post_form(ds, path, {"status": "done", "note": "**Confirmed** on tape"}, actor_id="root")
    anonymous = await ds.client.get(f"/factcheck/quotes/{QUOTE_GAZETTE}")
    html = anonymous.text
    assert '<span class="fc-badge fc-done">done</span>' in html
    assert "<strong>Confirmed</strong> on tape" in html
    assert 'class="fc-review-form"' not in html  # read only
    history = html[html.index('class="fc-history"') :]
    assert history.index("root") < history.index("alice")


@pytest.mark.asyncio
async def test_queue_filters_and_needs_review(ds, db_path):
    sqlite_utils.Database(db_path).execute(f"update quotes set needs_review = 1 where id = {QUOTE_COAST}").connection.commit()
    response = await ds.client.get("/factcheck/-/factcheck/queue?needs_review=1")
    assert response.status_code == 200
    assert f'href="/factcheck/quotes/{QUOTE_COAST}"' in response.text
    assert f'href="/factcheck/quotes/{QUOTE_VALLEY}"' not in response.text
    claims = await ds.client.get("/factcheck/-/factcheck/queue?type=claim&outlet=Harbour+Gazette")
    assert 'href="/factcheck/claims/1"' in claims.text
    assert 'href="/factcheck/quotes/' not in claims.text.split('class="fc-queue"')[1]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "column_value,expected",
    [
        ("status = 'done'", '<span class="fc-badge fc-done">done</span>'),
        ("verdict = 'spliced'", '<span class="fc-badge fc-spliced">spliced</span>'),
        ("note = '**firm** <script>alert(1)</script>'", '<div class="fc-note"><p><strong>firm</strong> </p></div>'),
    ],
)
async def test_table_cells_render_badges_and_notes(ds, db_path, column_value, expected):
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute(f"update quotes set {column_value} where id = {QUOTE_GAZETTE}")
    response = await ds.client.get("/factcheck/quotes")
    assert expected in response.text
    assert "<script>alert(1)" not in response.text


@pytest.mark.asyncio
async def test_evidence_cell_links_only_web_urls(ds, db_path):
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute(
            "update quotes set evidence = ? where id = ?",
            ['[{"href": "https://ok.example/a", "label": "Ok"}, {"href": "javascript:alert(1)", "label": "Bad"}]', QUOTE_GAZETTE],
        )
    response = await ds.client.get("/factcheck/quotes")
    assert 'href="https://ok.example/a"' in response.text
    assert 'href="javascript:' not in response.text


@pytest.mark.asyncio
async def test_badges_only_for_review_columns(ds):
    # A quote's kind or text equal to a vocabulary word stays plain text.
    sql = "select 'done' as kind, 'done' as status"
    response = await ds.client.get(sql_path("factcheck", ".json"), params={"sql": sql, "_shape": "array"})
    assert response.json() == [{"kind": "done", "status": "done"}]
    html = await ds.client.get(sql_path("factcheck"), params={"sql": sql})
    assert html.text.count('<span class="fc-badge fc-done">done</span>') == 1
