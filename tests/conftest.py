import ast
import functools
import os
from pathlib import Path

import pytest

try:
    from .servers import datasette_root
except ImportError:
    from servers import datasette_root

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SEEDS = ROOT / "seeds"
# The system Chromium (Debian's package); the tests never download a browser.
CHROMIUM = Path(os.environ.get("FACTCHECK_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory) -> Path:
    """The seeds ingested once through the real ingest job (read-only use)."""
    from datasette_factcheck import ingest

    path = tmp_path_factory.mktemp("seeds") / "factcheck.db"
    summary = ingest.run(str(path), [SEEDS], jobs=1)
    assert not summary.rejected, summary.rejected
    return path


@pytest.fixture
def seeds_copy(tmp_path, seeds_db) -> Path:
    """A private copy of the seeds database for tests that write."""
    import sqlite_utils

    target = tmp_path / "factcheck.db"
    # VACUUM INTO gives a consistent copy even with WAL files beside the source.
    sqlite_utils.Database(seeds_db).execute(f"VACUUM INTO '{target}'")
    return target


# One Chromium per test module rather than per session: between calls,
# Playwright's sync API leaves its event loop marked running in the thread,
# so every asyncio.run() after it (Datasette's client, build-site) would fail
# while the browser stayed open.
@pytest.fixture(scope="module")
def browser():
    """Headless Chromium driven by Playwright. A missing browser fails the
    test, it does not skip."""
    if not CHROMIUM.exists():
        pytest.fail(f"Chromium is required for the browser tests and was not found at {CHROMIUM} "
                    f"(apt-get install chromium, or set FACTCHECK_CHROMIUM)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def server(seeds_copy):
    """``datasette factcheck.db -m metadata.yml --root`` on ``seeds_copy`` (a
    test module may override that fixture with a database of its own);
    yields (base URL, the sign-in URL it printed)."""
    with datasette_root(seeds_copy) as urls:
        yield urls


def pytest_addoption(parser):
    parser.addoption("--spark", action="store_true", help="run the tests marked spark (need the spark extra and Java)")


# What a test must reach to depend on the Datasette line installed: Datasette
# itself, the plugin's hooks, its pages, its site build, its CLI (a Datasette
# command), its config and canned queries (read through Datasette), the test
# servers, or a subprocess (which may start any of them).
_DATASETTE_SIDE = (
    "datasette", "datasette_factcheck.web", "datasette_factcheck.publish", "datasette_factcheck.cli",
    "datasette_factcheck.config", "datasette_factcheck.db.queries", "servers", "subprocess",
)
_DATASETTE_FIXTURES = {"server", "browser"}


def _on_datasette_side(name: str) -> bool:
    name = name.removeprefix("tests.")
    return name == "datasette_factcheck" or any(name == part or name.startswith(part + ".") for part in _DATASETTE_SIDE)


@functools.cache
def _reaches_datasette(path: Path) -> bool:
    # Every import counts, those inside fixtures as much as those at the top,
    # and a helper module of the tests counts by what it imports in turn.
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""] + [f"{node.module or ''}.{alias.name}".lstrip(".") for alias in node.names]
        else:
            continue
        for name in names:
            if _on_datasette_side(name):
                return True
            helper = TESTS / f"{name.removeprefix('tests.').split('.')[0]}.py"
            if name and helper.exists() and helper != path and helper.name != "conftest.py" and _reaches_datasette(helper):
                return True
    return False


def pytest_collection_modifyitems(config, items):
    for item in items:
        # Every test that drives Chromium asks for the `browser` fixture, so the
        # marker follows the fixture and a new page test cannot forget it.
        fixtures = set(getattr(item, "fixturenames", ()))
        if "browser" in fixtures:
            item.add_marker(pytest.mark.browser)
        # A test of text, matching or ingest alone gives the same answer on
        # either Datasette line, so make test-1.0 need not run it again.
        if not _reaches_datasette(Path(item.path)) and not fixtures & _DATASETTE_FIXTURES:
            item.add_marker(pytest.mark.text)
        # Slow tests that go through Datasette: make test-1.0 runs them too.
        if item.get_closest_marker("both_lines"):
            item.add_marker(pytest.mark.slow)
    # Spark tests need Java and PySpark, which `make test` does not install:
    # they run only when asked for (make test-spark).
    if not config.getoption("--spark"):
        skipped = [item for item in items if item.get_closest_marker("spark")]
        if skipped:
            config.hook.pytest_deselected(items=skipped)
            items[:] = [item for item in items if not item.get_closest_marker("spark")]
