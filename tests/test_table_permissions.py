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
