"""Stories: the groups of articles that print the same remarks, bounded in
time, and what the ``stories`` query lists of each."""

import datetime
import json
import random
import sqlite3
from pathlib import Path

import pytest
import yaml
from datasette.app import Datasette

from datasette_factcheck import ingest
from datasette_factcheck.db import derived
from datasette_factcheck.db.stories import STORY_DAYS, group_stories

ROOT = Path(__file__).resolve().parent.parent
METADATA = yaml.safe_load((ROOT / "metadata.yml").read_text())

DAY0 = datetime.date(2024, 3, 1)


def day(n: int) -> datetime.date:
    return DAY0 + datetime.timedelta(days=n)


@pytest.mark.parametrize(
    "dates,links,stories",
    [
        # two articles a week apart sharing a remark
        ({1: 0, 2: 7}, [(1, 2, 1)], {1: 1, 2: 1}),
        # a chain of links three weeks apart is not one story of six weeks:
        # the link that would stretch it past the window is not taken
        ({1: 0, 2: 21, 3: 42}, [(1, 2, 1), (2, 3, 1)], {1: 1, 2: 1}),
        # the stronger link is taken first: 2 goes with 3, with which it
        # shares three quotes, not with 1, with which it shares one
        ({1: 0, 2: 25, 3: 40}, [(1, 2, 1), (2, 3, 3)], {2: 2, 3: 2}),
        # equally strong: the articles closest in time go together
        ({1: 0, 2: 20, 3: 35}, [(1, 2, 1), (2, 3, 1)], {2: 2, 3: 2}),
        # within the window, links chain as before
        ({1: 0, 2: 10, 3: 20, 4: 29}, [(1, 2, 1), (2, 3, 1), (3, 4, 1)], {1: 1, 2: 1, 3: 1, 4: 1}),
        # a link across more than the window never joins, even alone
        ({1: 0, 2: STORY_DAYS + 1}, [(1, 2, 5)], {}),
        # undated articles join the story they share remarks with
        ({1: 0, 3: 5}, [(1, 2, 1), (2, 3, 1)], {1: 1, 2: 1, 3: 1}),
        # but cannot carry it past the window
        ({1: 0, 3: 45}, [(1, 2, 2), (2, 3, 1)], {1: 1, 2: 1}),
        # two separate stories stay separate
        ({1: 0, 2: 1, 3: 100, 4: 101}, [(1, 2, 1), (3, 4, 1)], {1: 1, 2: 1, 3: 3, 4: 3}),
    ],
)
def test_group_stories(dates, links, stories):
    published = {a: day(n) for a, n in dates.items()}
    assert group_stories(links, published) == stories


def test_grouping_depends_on_the_links_not_their_order():
    rng = random.Random(3)
    published = {a: day(rng.randrange(200)) for a in range(1, 300) if rng.random() < 0.8}
    links = [(a, b, rng.randint(1, 3)) for a in range(1, 300) for b in range(a + 1, 300) if rng.random() < 0.02]
    expected = group_stories(links, published)
    for _ in range(3):
        rng.shuffle(links)
        assert group_stories(links, published) == expected
    # and no story spans more than the window
    for story in set(expected.values()):
        dates = [published[a] for a, s in expected.items() if s == story and a in published]
        assert (max(dates) - min(dates)).days <= STORY_DAYS


LINE = "Every ferry on this coast should run to a timetable that people can trust"


def write_articles(folder: Path, days: list[int]) -> None:
    folder.mkdir()
    for i, n in enumerate(days):
        (folder / f"a{i:03d}.txt").write_text(
            f"---\noutlet: Outlet {i}\npublished: {day(n).isoformat()}\n---\nHarbour board wants ferries on time in week {i}\n\n"
            f"The harbour board met in the morning.\n\n“{LINE},” said Nora Quill, the board's chair.\n",
            encoding="utf-8",
        )


async def stories_rows(path: Path) -> list[dict]:
    ds = Datasette([str(path)], metadata=METADATA)
    response = await ds.client.get(f"/{path.stem}/stories.json?_shape=array")
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.asyncio
async def test_a_remark_reprinted_for_two_months_is_not_one_story(tmp_path):
    """Outlets reprint the same words every week for nine weeks: each story
    spans at most the window, however the reprints chain."""
    write_articles(tmp_path / "c", [7 * w for w in range(9)])
    path = tmp_path / "s.db"
    ingest.run(str(path), [tmp_path / "c"], jobs=1)
    rows = await stories_rows(path)
    assert len(rows) >= 2
    for row in rows:
        first = datetime.date.fromisoformat(row["first_published"])
        last = datetime.date.fromisoformat(row["last_published"])
        assert (last - first).days <= STORY_DAYS
    assert sum(row["articles_count"] for row in rows) == 9


@pytest.mark.asyncio
async def test_a_story_of_many_reprints_lists_its_first_articles_and_links_to_all(tmp_path):
    many = derived.STORY_LINKS_SHOWN + 5
    write_articles(tmp_path / "c", [i % 3 for i in range(many)])
    path = tmp_path / "s.db"
    ingest.run(str(path), [tmp_path / "c"], jobs=1)
    (row,) = await stories_rows(path)
    assert row["articles_count"] == many
    links = json.loads(row["articles"])
    assert len(links) == derived.STORY_LINKS_SHOWN + 1
    # the first articles in order of publication, then the link to all
    shown = [link["label"] for link in links[:-1]]
    first_days = sorted(range(many), key=lambda i: (i % 3, i))[: derived.STORY_LINKS_SHOWN]
    assert shown == [f"Outlet {i}: Harbour board wants ferries on time in week {i}" for i in first_days]
    assert links[-1]["label"] == f"all {many} articles of this story"
    ds = Datasette([str(path)], metadata=METADATA)
    page = (await ds.client.get(f"/{path.stem}/stories")).text
    assert f'<a href="{links[-1]["href"]}">' in page  # a link on the page, not its JSON
    assert (await ds.client.get(links[-1]["href"])).status_code == 200  # the page the link opens
    path, _, filters = links[-1]["href"].partition("?")
    response = await ds.client.get(f"{path}.json?{filters}&_shape=array")
    assert len(response.json()) == many


@pytest.mark.asyncio
async def test_older_database_is_grouped_again_on_upgrade(tmp_path):
    """A database whose stories were chained past the window, with every
    article listed, is grouped and summarised again when opened."""
    write_articles(tmp_path / "c", [7 * w for w in range(9)])
    path = tmp_path / "s.db"
    ingest.run(str(path), [tmp_path / "c"], jobs=1)
    conn = sqlite3.connect(str(path))
    with conn:
        # as the previous version grouped them: one story of everything
        conn.execute("update article_stories set story_id = (select min(article_id) from article_stories)")
        conn.execute("delete from story_summaries")
        conn.execute("pragma user_version = 11")
    conn.close()
    ingest.run(str(path), [], jobs=1)  # opening it for writing upgrades it
    rows = await stories_rows(path)
    assert len(rows) >= 2
    assert all(row["articles_count"] < 9 for row in rows)
