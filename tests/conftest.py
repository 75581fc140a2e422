import os
from pathlib import Path

import pytest

try:
    from .servers import datasette_root
except ImportError:
    from servers import datasette_root

ROOT = Path(__file__).resolve().parent.parent
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


def pytest_collection_modifyitems(config, items):
    # Every test that drives Chromium asks for the `browser` fixture, so the
    # marker follows the fixture and a new page test cannot forget it.
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)
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
