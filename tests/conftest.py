from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


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


def pytest_addoption(parser):
    parser.addoption("--spark", action="store_true", help="run the tests marked spark (need the spark extra and Java)")


def pytest_collection_modifyitems(config, items):
    # Every test that drives Chromium asks for the `browser` fixture, so the
    # marker follows the fixture and a new page test cannot forget it.
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)
    # Spark tests need Java and PySpark, which `make test` does not install:
    # they run only when asked for (make test-spark).
    if not config.getoption("--spark"):
        skipped = [item for item in items if item.get_closest_marker("spark")]
        if skipped:
            config.hook.pytest_deselected(items=skipped)
            items[:] = [item for item in items if not item.get_closest_marker("spark")]
