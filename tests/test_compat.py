"""The plugin on both Datasette lines (0.65 and 1.0a): nobody but a reviewer,
through the review forms, changes a quote, a claim or the audit trail,
whatever route they try; an anonymous visitor never reviews; the canned
queries are there; an old database's renamed table is renamed in place.

Routes tried: the plugin's four POST routes and SQL typed into Datasette
on both lines; on 1.0a also its JSON write API (insert, upsert, update,
delete, alter, drop, create with replace, write SQL, storing a write
query) and the row edit UI."""

from __future__ import annotations

import html
import re
import sqlite3
from pathlib import Path
from typing import Optional

import pytest
import pytest_asyncio
from datasette.app import Datasette

from datasette_factcheck.db import schema
from datasette_factcheck.db.migrations import open_db
from datasette_factcheck.web.compat import LINE_1_0, PROTECTED_TABLES, datasette_options

try:  # tests/ may or may not be a package
    from .lines import SAME_ORIGIN, sql_path
    from .test_review_support import ARTICLES, QUOTE_GAZETTE, QUOTE_VALLEY, actor_cookies, build_db, csrf_session, post_form
except ImportError:
    from lines import SAME_ORIGIN, sql_path
    from test_review_support import ARTICLES, QUOTE_GAZETTE, QUOTE_VALLEY, actor_cookies, build_db, csrf_session, post_form

only_1_0 = pytest.mark.skipif(not LINE_1_0, reason="Datasette 1.0a only")

# "granted" is no reviewer but holds every write action Datasette 1.0a has
# (0.65 has none of them).
WRITE_ACTIONS = [
    "insert-row", "update-row", "delete-row", "alter-table", "drop-table", "create-table",
    "execute-write-sql", "store-query",
]
METADATA = {
    "plugins": {"datasette-factcheck": {"review_allow": {"id": ["alice", "root"]}}},
    "permissions": {action: {"id": "granted"} for action in WRITE_ACTIONS},
}
NOT_REVIEWERS = [None, "mallory", "granted"]

PLUGIN_POSTS = [
    ("/factcheck/-/factcheck/review/quote/2", {"status": "done", "verdict": "false"}),
    ("/factcheck/-/factcheck/review/claim/1", {"status": "done"}),
    ("/factcheck/-/factcheck/bulk/verbatim", {"quote_id": "2", "verdict": "spliced"}),
    ("/factcheck/-/factcheck/bulk/status", {"new_status": "done"}),
]


def make_datasette(path: Path, metadata: Optional[dict] = None) -> Datasette:
    return Datasette([str(path)], **datasette_options(metadata or METADATA))


def protected_state(path: Path) -> dict:
    """Every row and the definition of quotes, claims and reviews."""
    conn = sqlite3.connect(path)
    try:
        state = {}
        for table in PROTECTED_TABLES:
            state[table] = conn.execute(f"select * from [{table}] order by rowid").fetchall()
            state[table + " sql"] = conn.execute("select sql from sqlite_master where name = ?", [table]).fetchall()
        return state
    finally:
        conn.close()


@pytest_asyncio.fixture
async def reviewed(tmp_path) -> Path:
    """A factcheck database with one review recorded through the form, so
    the audit table has a row to change."""
    path = build_db(tmp_path / "factcheck.db")
    ds = make_datasette(path)
    response = await post_form(ds, f"/factcheck/-/factcheck/review/quote/{QUOTE_GAZETTE}", {"status": "in_review"})
    assert response.status_code == 302, response.text
    assert protected_state(path)["reviews"]
    return path


# -- the plugin's forms and typed SQL, both lines ----------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize("actor", NOT_REVIEWERS, ids=["anonymous", "signed-in", "granted-write-actions"])
async def test_no_plugin_route_writes_for_a_non_reviewer(reviewed, actor):
    before = protected_state(reviewed)
    ds = make_datasette(reviewed)
    session, token = await csrf_session(ds, "root", "/factcheck/quotes/2")
    cookies = dict({k: v for k, v in session.items() if k != "ds_actor"}, **actor_cookies(ds, actor))
    for path, data in PLUGIN_POSTS:
        response = await ds.client.post(path, data=dict(data, csrftoken=token), cookies=cookies, headers=SAME_ORIGIN)
        assert response.status_code == 403, (path, response.status_code)
    assert protected_state(reviewed) == before


@pytest.mark.asyncio
@pytest.mark.parametrize("actor", [None, "mallory", "granted", "root"])
@pytest.mark.parametrize("table", PROTECTED_TABLES)
async def test_typed_sql_changes_nothing(reviewed, actor, table):
    before = protected_state(reviewed)
    ds = make_datasette(reviewed)
    for sql in (f"update [{table}] set id = id + 1000", f"delete from [{table}]"):
        response = await ds.client.get(sql_path("factcheck", ".json"), params={"sql": sql}, cookies=actor_cookies(ds, actor))
        assert response.status_code in (400, 403), (sql, response.status_code)
    assert protected_state(reviewed) == before


# -- who reviews -------------------------------------------------------------------


@pytest.mark.asyncio
async def test_review_allow_true_never_lets_an_anonymous_visitor_write(reviewed):
    before = protected_state(reviewed)
    ds = make_datasette(reviewed, {"plugins": {"datasette-factcheck": {"review_allow": True}}})
    page = await ds.client.get("/factcheck/quotes/2")
    assert page.status_code == 200
    assert 'class="fc-review-form"' not in page.text
    _, token = await csrf_session(ds, "root", "/factcheck/quotes/2")
    for path, data in PLUGIN_POSTS:
        response = await ds.client.post(path, data=dict(data, csrftoken=token), headers=SAME_ORIGIN)
        assert response.status_code == 403, path
    assert protected_state(reviewed) == before
    # Signed in, anybody matches `true`.
    signed_in = await ds.client.get("/factcheck/quotes/2", cookies=actor_cookies(ds, "someone"))
    assert 'class="fc-review-form"' in signed_in.text


@only_1_0
@pytest.mark.asyncio
async def test_granting_factcheck_review_to_everybody_leaves_out_anonymous_visitors(reviewed):
    # 1.0a's own permissions block, not the plugin's setting.
    ds = make_datasette(reviewed, {"permissions": {"factcheck-review": True}})
    _, token = await csrf_session(ds, "root", "/factcheck/quotes/2")
    response = await ds.client.post(
        "/factcheck/-/factcheck/review/quote/2", data={"status": "done", "csrftoken": token}, headers=SAME_ORIGIN
    )
    assert response.status_code == 403
    assert not await ds.allowed(action="factcheck-review", actor=None)
    # The plugin's review_allow decides for signed-in actors.
    assert not await ds.allowed(action="factcheck-review", actor={"id": "mallory"})
    assert await ds.allowed(action="factcheck-review", actor={"id": "root"})


# -- Datasette 1.0a's own write routes -----------------------------------------------


def first_row(path: Path, table: str) -> dict:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return dict(conn.execute(f"select * from [{table}] order by id limit 1").fetchone())
    finally:
        conn.close()


def api_requests(path: Path, table: str) -> list[tuple[str, dict]]:
    """Every write 1.0a's JSON API offers on one table, each well formed
    (built from the table's first row), the destructive ones last."""
    row = first_row(path, table)
    pk = row["id"]
    return [
        (f"/factcheck/{table}/-/insert", {"row": dict(row, id=90001)}),
        (f"/factcheck/{table}/-/upsert", {"rows": [row]}),
        (f"/factcheck/{table}/{pk}/-/update", {"update": {"id": pk}}),
        ("/factcheck/-/create", {"table": table, "rows": [dict(row, id=90002)], "pk": "id", "replace": True}),
        ("/factcheck/-/execute-write", {"sql": f"update [{table}] set id = id where id = {pk}"}),
        ("/factcheck/-/queries/store", {"query": {"name": f"touch_{table}", "sql": f"update [{table}] set id = id where id = {pk}"}}),
        (f"/factcheck/{table}/{pk}/-/delete", {}),
        (f"/factcheck/{table}/-/alter", {"operations": [{"op": "drop_column", "args": {"name": "item_extra"}}]}),
        (f"/factcheck/{table}/-/drop", {"confirm": True}),
    ]


def add_extra_columns(path: Path, tables: tuple[str, ...]) -> None:
    # A column the alter request may drop without touching anything else.
    conn = sqlite3.connect(path)
    with conn:
        for table in tables:
            conn.execute(f"alter table [{table}] add column item_extra text")
    conn.close()


async def post_json(ds: Datasette, path: str, body: dict, actor: Optional[str]):
    return await ds.client.post(path, json=body, cookies=actor_cookies(ds, actor))


@only_1_0
@pytest.mark.asyncio
@pytest.mark.parametrize("actor", [None, "mallory", "granted", "alice", "root"])
async def test_json_write_api_never_changes_quotes_claims_or_reviews(reviewed, actor):
    # Reviewers and root too: their writes go through the forms.
    add_extra_columns(reviewed, PROTECTED_TABLES)
    before = protected_state(reviewed)
    if actor == "root":
        # As `datasette --root`: root may do everything else (a permissions
        # block that names others would deny root at the same level).
        ds = make_datasette(reviewed, {"plugins": METADATA["plugins"]})
        ds.root_enabled = True
    else:
        ds = make_datasette(reviewed)
    for table in PROTECTED_TABLES:
        for path, body in api_requests(reviewed, table):
            response = await post_json(ds, path, body, actor)
            assert response.status_code in (401, 403), (path, response.status_code, response.text[:200])
    assert protected_state(reviewed) == before


@only_1_0
@pytest.mark.asyncio
async def test_the_same_json_requests_work_on_other_tables(reviewed):
    # The requests above are well formed: on a table the plugin does not
    # guard, the actor holding the write actions gets each one done.
    add_extra_columns(reviewed, ("comments",))
    conn = sqlite3.connect(reviewed)
    with conn:
        conn.execute("insert into comments (id, article_id, body, position) values (1, 1, 'A comment', 0)")
    conn.close()
    ds = make_datasette(reviewed)
    for path, body in api_requests(reviewed, "comments"):
        response = await post_json(ds, path, body, "granted")
        assert response.status_code in (200, 201), (path, response.status_code, response.text[:300])


@only_1_0
@pytest.mark.asyncio
async def test_row_pages_offer_no_edit_tools_for_guarded_tables(reviewed):
    # "granted" holds update-row: Datasette offers its edit tools on an
    # article, not on a quote; a reviewer gets the review form there.
    ds = make_datasette(reviewed)
    granted = actor_cookies(ds, "granted")
    article = await ds.client.get("/factcheck/articles/1", cookies=granted)
    assert "edit-tools.js" in article.text
    quote = await ds.client.get(f"/factcheck/quotes/{QUOTE_VALLEY}", cookies=granted)
    assert quote.status_code == 200
    assert "edit-tools.js" not in quote.text
    reviewer = await ds.client.get(f"/factcheck/quotes/{QUOTE_VALLEY}", cookies=actor_cookies(ds, "alice"))
    assert "edit-tools.js" not in reviewer.text
    assert 'class="fc-review-form"' in reviewer.text


# -- how a row names the article it links to ---------------------------------------


def article_cells(html: str) -> list[str]:
    """The text of each article_id cell of a page (row or table)."""
    cells = re.findall(r'<td class="col-article_id[^"]*"[^>]*>(.*?)</td>', html, re.S)
    return [" ".join(re.sub(r"<[^>]+>", " ", cell).split()) for cell in cells]


@pytest.mark.asyncio
@pytest.mark.parametrize("page", [f"/factcheck/quotes/{QUOTE_VALLEY}", "/factcheck/quotes", "/factcheck/claims"])
async def test_a_row_names_its_article_by_the_headline(reviewed, page):
    ds = make_datasette(reviewed)
    response = await ds.client.get(page)
    assert response.status_code == 200
    cells = article_cells(response.text)
    assert cells, f"no article_id cell on {page}"
    titles = {article["title"] for article in ARTICLES}
    for cell in cells:
        assert any(title in html.unescape(cell) for title in titles), cell
        assert not any(article["file"] in cell for article in ARTICLES), cell


async def article_facet_labels(ds: Datasette) -> list[str]:
    response = await ds.client.get("/factcheck/quotes.json?_facet=article_id")
    assert response.status_code == 200, response.text
    facets = response.json()["facet_results"]
    facets = facets.get("results", facets)  # 1.0a nests them one level deeper
    return [result["label"] for result in facets["article_id"]["results"]]


@pytest.mark.asyncio
async def test_facets_name_articles_by_the_headline(reviewed):
    labels = await article_facet_labels(make_datasette(reviewed))
    assert labels and set(labels) <= {article["title"] for article in ARTICLES}


@only_1_0
@pytest.mark.asyncio
async def test_a_configured_label_column_is_kept(reviewed):
    ds = Datasette([str(reviewed)], config={"databases": {"factcheck": {"tables": {"articles": {"label_column": "file"}}}}})
    labels = await article_facet_labels(ds)
    assert labels and set(labels) <= {article["file"] for article in ARTICLES}


# -- queries and addresses --------------------------------------------------------------


@pytest.mark.asyncio
async def test_canned_queries_run_for_anonymous_visitors(reviewed):
    from datasette_factcheck.db import queries

    ds = make_datasette(reviewed)
    for name in queries.QUERIES:
        response = await ds.client.get(f"/factcheck/{name}.json")
        assert response.status_code == 200, (name, response.text[:200])
        page = await ds.client.get(f"/factcheck/{name}", cookies=actor_cookies(ds, "root"))
        assert "Edit this query" not in page.text and "Delete this query" not in page.text


@pytest.mark.asyncio
async def test_the_address_of_typed_sql(reviewed):
    ds = make_datasette(reviewed)
    old = await ds.client.get("/factcheck?sql=select+1")
    if LINE_1_0:
        assert old.status_code == 302
        assert old.headers["location"] == "/factcheck/-/query?sql=select+1"
    else:
        assert old.status_code == 200
    assert (await ds.client.get(sql_path("factcheck") + "?sql=select+1")).status_code == 200


# -- the renamed table ------------------------------------------------------------------


def old_layout(tmp_path: Path) -> Path:
    """A database as the previous release left it: the conflict pairs in a
    table named like the query, written by the old trigger."""
    path = build_db(tmp_path / "factcheck.db")
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("insert into speakers (id, name) values (2, 'Ben Okafor')")
        conn.execute("insert into speaker_aliases (speaker_id, alias) values (2, 'Ben Okafor')")
        # the Valley Times now gives the mayor's words to Ben Okafor
        conn.execute(
            "update articles set body = replace(body, 'Ruiz said:', 'Okafor said:') "
            "where id = (select article_id from quotes where id = ?)",
            [QUOTE_VALLEY],
        )
        conn.execute(
            "update quotes set speaker_id = 2, speaker_as_printed = 'Ben Okafor', "
            "start = start + 2, \"end\" = \"end\" + 2 where id = ?",
            [QUOTE_VALLEY],
        )
        conn.execute("drop trigger factcheck_speaker_conflict_pairs")
        conn.execute("alter table speaker_conflict_pairs rename to speaker_conflicts")
        conn.execute(
            schema.SPEAKER_CONFLICTS_TRIGGER.replace("speaker_conflict_pairs", "speaker_conflicts")
        )
    assert conn.execute("select count(*) from speaker_conflicts").fetchone()[0] == 1
    conn.close()
    return path


def pairs(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        assert "speaker_conflicts" not in tables
        return conn.execute("select quote_id, other_quote_id from speaker_conflict_pairs").fetchall()
    finally:
        conn.close()


def test_ingest_renames_the_old_table_keeping_its_rows(tmp_path):
    path = old_layout(tmp_path)
    open_db(str(path)).close()
    assert pairs(path) == [(QUOTE_GAZETTE, QUOTE_VALLEY)] or pairs(path) == [(QUOTE_VALLEY, QUOTE_GAZETTE)]
    # The trigger follows speaker changes in the renamed table.
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("update quotes set speaker_id = 1 where id = ?", [QUOTE_VALLEY])
    conn.close()
    assert pairs(path) == []


@pytest.mark.asyncio
async def test_datasette_renames_the_old_table_and_shows_the_query(tmp_path):
    path = old_layout(tmp_path)
    ds = make_datasette(path)
    response = await ds.client.get("/factcheck/speaker_conflicts.json?_shape=array")
    assert response.status_code == 200, response.text
    rows = response.json()
    assert len(rows) == 1
    assert {"quote", "speaker", "other_quote", "other_speaker"} <= set(rows[0])
    assert len(pairs(path)) == 1


@pytest.mark.slow
def test_build_site_of_an_old_database_has_the_query(tmp_path):
    from datasette_factcheck.publish import site

    path = old_layout(tmp_path)
    result = site.build_site(path, tmp_path / "out", metadata={"plugins": METADATA["plugins"]})
    page = (result.outdir / "factcheck" / "speaker_conflicts.html").read_text()
    assert "Ben Okafor" in page and "Ana Ruiz" in page
    # The source database is left as it was: only the snapshot is renamed.
    conn = sqlite3.connect(path)
    assert conn.execute("select count(*) from speaker_conflicts").fetchone()[0] == 1
    conn.close()
