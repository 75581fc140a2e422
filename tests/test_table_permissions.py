"""The plugin's pages respect the permissions of the tables they show: an
audit trail restricted to reviewers is not shown on row pages or the
dashboard, an article table restricted to staff is not shown by the
article view."""

from __future__ import annotations

import pytest
import pytest_asyncio

try:
    from .test_review_support import actor_cookies, build_db, make_datasette, post_form
except ImportError:
    from test_review_support import actor_cookies, build_db, make_datasette, post_form

OLD_NOTE = "First draft: the caller named in the tip line"
BODY_WORDS = "Officials met again"  # only in articles.body of article 2


def restricted(restrict: list[str]) -> dict:
    return {
        "plugins": {"datasette-factcheck": {"review_allow": {"id": ["alice", "root"]}}},
        "databases": {"factcheck": {"tables": {t: {"allow": {"id": ["alice", "root"]}} for t in restrict}}},
    }


@pytest_asyncio.fixture
async def reviewed(tmp_path):
    path = build_db(tmp_path / "factcheck.db")
    ds = make_datasette(path)
    for note in (OLD_NOTE, "Checked"):
        response = await post_form(ds, "/factcheck/-/factcheck/review/quote/3", {"note": note, "status": "done"},
                                   actor_id="alice", form_page="/factcheck/quotes/3")
        assert response.status_code == 302
    return path


@pytest.mark.asyncio
@pytest.mark.parametrize("page", ["/factcheck/quotes/3", "/-/factcheck", "/factcheck/-/factcheck"])
@pytest.mark.parametrize("who,sees", [(None, False), ("bob", False), ("alice", True)])
async def test_audit_history_follows_the_reviews_table_permission(reviewed, page, who, sees):
    ds = make_datasette(reviewed, metadata=restricted(["reviews"]))
    response = await ds.client.get(page, cookies=actor_cookies(ds, who))
    assert response.status_code == 200
    assert (OLD_NOTE in response.text) is sees


@pytest.mark.asyncio
@pytest.mark.parametrize("who,allowed", [(None, False), ("bob", False), ("alice", True)])
async def test_article_view_follows_the_articles_table_permission(reviewed, who, allowed):
    ds = make_datasette(reviewed, metadata=restricted(["articles"]))
    response = await ds.client.get("/factcheck/-/factcheck/article/2", cookies=actor_cookies(ds, who))
    assert (BODY_WORDS in response.text) is allowed
    assert response.status_code == (200 if allowed else 403)
    dashboard = await ds.client.get("/-/factcheck", cookies=actor_cookies(ds, who))
    assert ("City pledges support" in dashboard.text) is allowed


# What only the articles table holds: article 2's headline and outlet (the
# headline quote of article 1 is in the quotes table too, so not used).
ARTICLE_ONLY = ["City pledges support", "Valley Times", "valley-times.txt"]
PAGES_NAMING_ARTICLES = [
    "/factcheck/-/factcheck/queue",
    "/factcheck/-/factcheck/queue?outlet=Valley+Times",
    "/factcheck/-/factcheck",
    "/-/factcheck",
    "/factcheck/quotes/3",  # Valley Times' version of the remark, with the other versions
    "/factcheck/quotes/2",  # the other versions name Valley Times
    "/factcheck/claims/2",
]


@pytest.mark.asyncio
@pytest.mark.parametrize("page", PAGES_NAMING_ARTICLES)
@pytest.mark.parametrize("who,sees", [(None, False), ("bob", False), ("alice", True)])
async def test_pages_name_articles_only_for_those_who_may_read_them(reviewed, page, who, sees):
    ds = make_datasette(reviewed, metadata=restricted(["articles"]))
    response = await ds.client.get(page, cookies=actor_cookies(ds, who))
    assert response.status_code == 200
    shown = [words for words in ARTICLE_ONLY if words in response.text]
    if sees and "outlet=" not in page:
        assert shown, "a reader of the articles table sees their names"
    if not sees:
        assert shown == []


@pytest.mark.asyncio
@pytest.mark.parametrize("who", [None, "bob"])
async def test_a_filter_cannot_tell_a_hidden_outlet(reviewed, who):
    # Filtering the queue by a guessed outlet must not reveal whether it exists.
    ds = make_datasette(reviewed, metadata=restricted(["articles"]))
    guessed = await ds.client.get("/factcheck/-/factcheck/queue?outlet=Valley+Times", cookies=actor_cookies(ds, who))
    wrong = await ds.client.get("/factcheck/-/factcheck/queue?outlet=No+Such+Outlet", cookies=actor_cookies(ds, who))
    assert guessed.status_code == wrong.status_code == 200
    assert guessed.text.count("fc-needs-review-row") == wrong.text.count("fc-needs-review-row")
    assert ("quotes/3" in guessed.text) is ("quotes/3" in wrong.text)


@pytest.mark.asyncio
@pytest.mark.parametrize("page", ["/factcheck/quotes", "/factcheck/claims", "/factcheck/quotes/3", "/factcheck/claims/2"])
@pytest.mark.parametrize("who", [None, "bob"])
async def test_table_and_row_pages_show_no_headline_as_a_link_label(reviewed, page, who):
    # Datasette 0.65 labels a foreign key with the other table's row
    # whatever its permissions; the plugin's cells show the id instead.
    ds = make_datasette(reviewed, metadata=restricted(["articles"]))
    response = await ds.client.get(page, cookies=actor_cookies(ds, who))
    assert response.status_code == 200
    assert [words for words in ARTICLE_ONLY if words in response.text] == []


@pytest.mark.asyncio
@pytest.mark.parametrize("query", ["quotes_across_sources", "stories", "coverage", "altered_quotes"])
@pytest.mark.parametrize("who,allowed", [(None, False), ("bob", False), ("alice", True)])
async def test_the_plugins_queries_follow_the_permissions_of_the_tables_they_read(reviewed, query, who, allowed):
    ds = make_datasette(reviewed, metadata=restricted(["articles"]))
    await ds.invoke_startup()
    for suffix in ("", ".json"):
        response = await ds.client.get(ds.urls.query("factcheck", query) + suffix, cookies=actor_cookies(ds, who))
        assert response.status_code == (200 if allowed else 403), response.text[:300]
        if not allowed:
            assert [words for words in ARTICLE_ONLY if words in response.text] == []


@pytest.mark.asyncio
async def test_the_plugins_queries_stay_open_when_nothing_is_restricted(reviewed):
    ds = make_datasette(reviewed)
    await ds.invoke_startup()
    response = await ds.client.get(ds.urls.query("factcheck", "quotes_across_sources"))
    assert response.status_code == 200
    assert "Valley Times" in response.text
