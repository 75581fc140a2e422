"""The plugin is installed: Datasette lists it and serves its static files."""

import pytest
from datasette.app import Datasette

try:
    from .lines import sql_path
except ImportError:
    from lines import sql_path


@pytest.mark.asyncio
async def test_plugin_is_installed():
    datasette = Datasette(memory=True)
    response = await datasette.client.get("/-/plugins.json")
    assert response.status_code == 200
    names = {p["name"] for p in response.json()}
    assert "datasette-factcheck" in names or "datasette_factcheck" in names


@pytest.mark.asyncio
async def test_static_css_is_served():
    datasette = Datasette(memory=True)
    response = await datasette.client.get("/-/static-plugins/datasette-factcheck/factcheck.css")
    assert response.status_code == 200
    assert ".fc-badge" in response.text


@pytest.mark.asyncio
async def test_css_linked_from_pages():
    datasette = Datasette(memory=True)
    response = await datasette.client.get("/")
    assert "/-/static-plugins/datasette-factcheck/factcheck.css" in response.text


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "sql,expected",
    [
        ("select factcheck_normalize('“Hello,” World — again…')", "hello world again"),
        ("select factcheck_normalize(null)", None),
        ("select factcheck_similarity('a b c d', 'a b c d')", 1.0),
    ],
)
async def test_sql_functions(sql, expected):
    datasette = Datasette(memory=True)
    response = await datasette.client.get(sql_path("_memory", ".json"), params={"sql": sql, "_shape": "arrayfirst"})
    assert response.status_code == 200, response.text
    assert response.json() == [expected]
