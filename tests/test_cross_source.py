"""End to end: article files -> ingest -> relations -> canned queries and
quote pages, on a small corpus of our own and on the seeds."""

import json
import re
import sqlite3
import textwrap
from pathlib import Path

import pytest
import yaml
from datasette.app import Datasette

from datasette_factcheck import ingest
from datasette_factcheck.db import migrations, queries, relations

ROOT = Path(__file__).resolve().parent.parent
METADATA = yaml.safe_load((ROOT / "metadata.yml").read_text())

# Four outlets report a transport minister's launch of a rail link. The
# minister's words are reprinted verbatim, altered ("within budget"),
# spliced (two separate remarks joined without a cut), cut down in a
# headline, and put in a union leader's mouth; the cost is printed with two
# different figures; one outlet has no front matter (no outlet name).
RAIL = {
    "courier.txt": """\
        ---
        outlet: Northern Courier
        published: 2024-03-05
        ---
        Minister promises new rail link will open by 2027

        Transport minister Helen Marsh visited Leeds on Tuesday to launch the public consultation on the new rail link between the two cities.

        “We will deliver this line on time and on budget. Passengers have waited long enough for a fast, reliable service,” said Ms Marsh.

        She added that the Leeds rail link would cost £4.2 billion and create 3,000 jobs across the region.

        “Every town on this route deserves a train that turns up,” Ms Marsh said.

        Asked about the delays to earlier schemes, Ms Marsh said: “The contracts are signed and the money is there.”
        """,
    "railweekly.txt": """\
        ---
        outlet: Rail Weekly
        published: 2024-03-05
        ---
        Marsh: rail link will be “on time and on budget”

        Helen Marsh, the transport minister, said on Tuesday that the new rail link would open in 2027.

        “We will deliver this line on time and on budget. Passengers have waited long enough for a fast, reliable service,” Ms Marsh told reporters at the station.

        Local councillor Tom Pike was less certain. “I have never seen a consultation this crowded, and people are angry about the noise,” he said.

        Mr Pike said: “The money is not the problem, the planning is.”
        """,
    "metro.txt": """\
        Rail link row: minister accused of spin

        The transport minister, Helen Marsh, has promised that the new rail link will be finished by 2027.

        “We will deliver this line on time and within budget. Passengers have waited long enough for a fast, reliable service,” Ms Marsh said.

        Critics point out that Ms Marsh also said: “Every town on this route deserves a train that turns up. The contracts are signed and the money is there.”

        The Leeds rail link will cost £4.8 billion, according to the ministry.
        """,
    "unionpost.txt": """\
        ---
        outlet: Union Post
        ---
        Union backs rail link but warns over staffing

        Rail union leader Sam Ortiz welcomed the plans on Wednesday.

        “Every town on this route deserves a train that turns up,” said Mr Ortiz, who represents 40,000 rail workers.

        He warned that the line would need at least 600 new drivers.
        """,
}

DELIVER = "We will deliver this line on time and on budget"
EVERY_TOWN = "Every town on this route deserves a train that turns up"


@pytest.fixture(scope="module")
def rail_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("rail")
    for name, text in RAIL.items():
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    path = folder / "factcheck.db"
    summary = ingest.run(str(path), [folder], jobs=1)
    assert not summary.rejected, summary.rejected
    return path


def quote_texts(path: Path) -> dict[int, str]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("select id, text from quotes"))
    finally:
        conn.close()


def quote_id(path: Path, file: str, starts: str) -> int:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "select q.id from quotes q join articles a on a.id = q.article_id where a.file = ? and q.text like ?",
            [file, starts + "%"],
        ).fetchall()
    finally:
        conn.close()
    assert len(rows) == 1, (file, starts, rows)
    return rows[0][0]


async def query(path: Path, name: str) -> list[dict]:
    ds = Datasette([str(path)], metadata=METADATA)
    response = await ds.client.get(f"/factcheck/{name}.json?_shape=array")
    assert response.status_code == 200, response.text
    return response.json()


# The metro article has no outlet: pages name it by its headline.
METRO = "Rail link row: minister accused of spin"


def source(db_path, file: str) -> str:
    """How pages name the source of the article read from ``file``."""
    with sqlite3.connect(db_path) as conn:
        return conn.execute(f"select {queries.outlet_label('a')} from articles a where file = ?", [file]).fetchone()[0]


def label(cell):
    return json.loads(cell)["label"]


def href_id(cell) -> int:
    return int(json.loads(cell)["href"].rsplit("/", 1)[1])


def list_ids(cell) -> list[int]:
    return [int(d["href"].rsplit("/", 1)[1]) for d in json.loads(cell)]


def list_labels(cell) -> list[str]:
    return [d["label"] for d in json.loads(cell)]


def how(cell) -> list[tuple[str, set[str]]]:
    """A versions cell as (outlet, relations) pairs, sorted."""
    pairs = [l.rsplit(": ", 1) for l in list_labels(cell)]
    return sorted((outlet, set(relations.split(", "))) for outlet, relations in pairs)


def remark_row(rows, words):
    found = [r for r in rows if words in label(r["remark"])]
    assert len(found) == 1, [label(r["remark"]) for r in rows]
    return found[0]


# -- our corpus -------------------------------------------------------------


@pytest.mark.asyncio
async def test_rail_quotes_across_sources(rail_db):
    rows = await query(rail_db, "quotes_across_sources")
    deliver = remark_row(rows, DELIVER)
    assert deliver["outlets"] == 3
    # Rail Weekly's headline ("on time and on budget") is an excerpt of the
    # courier's quote, so it joins the remark too.
    assert how(deliver["versions"]) == [
        ("Northern Courier", {"altered", "contains", "verbatim"}),
        ("Rail Weekly", {"excerpt"}),
        ("Rail Weekly", {"altered", "verbatim"}),
        (METRO, {"altered"}),
    ]
    assert deliver["speakers"] == "Helen Marsh"
    # The union leader's "every town" and the metro splice join the minister's remark.
    every = [r for r in rows if any(EVERY_TOWN in quote_texts(rail_db)[i] for i in list_ids(r["versions"]))]
    assert len(every) == 1
    outlets = {l.rsplit(": ", 1)[0] for l in list_labels(every[0]["versions"])}
    assert outlets == {"Northern Courier", METRO, "Union Post"}
    assert "spliced" in " ".join(list_labels(every[0]["versions"]))


@pytest.mark.asyncio
async def test_rail_altered_and_spliced(rail_db):
    rows = {href_id(r["quote"]): r for r in await query(rail_db, "altered_quotes")}
    altered = rows[quote_id(rail_db, "metro.txt", "We will deliver")]
    assert altered["relation"] == "altered"
    assert "within budget" in altered["differences"]
    assert label(altered["closest_outlet"]) in {"Northern Courier", "Rail Weekly"}
    splice = rows[quote_id(rail_db, "metro.txt", "Every town")]
    assert splice["relation"] == "spliced"
    assert sorted(list_ids(splice["all_versions"])) == sorted(
        [
            quote_id(rail_db, "courier.txt", "Every town"),
            quote_id(rail_db, "courier.txt", "The contracts are signed"),
            quote_id(rail_db, "unionpost.txt", "Every town"),
        ]
    )
    # Faithful copies are not "altered".
    assert quote_id(rail_db, "unionpost.txt", "Every town") not in rows


@pytest.mark.asyncio
async def test_rail_single_source(rail_db):
    rows = await query(rail_db, "single_source_quotes")
    texts = [label(r["quote"]) for r in rows]
    assert any(t.startswith("I have never seen a consultation") for t in texts)
    # Shares only "the money is" with the minister's words: not the same remark.
    assert "The money is not the problem, the planning is." in texts
    assert not any(DELIVER in t or EVERY_TOWN in t for t in texts)
    pike = [r for r in rows if label(r["quote"]).startswith("The money is not")][0]
    assert label(pike["speaker"]) == "Tom Pike"


@pytest.mark.asyncio
async def test_rail_speaker_conflict(rail_db):
    rows = await query(rail_db, "speaker_conflicts")
    # The union leader's words are the minister's in two outlets: the
    # Courier's verbatim quote and the metro's splice. One row per pair.
    pairs = sorted(
        (sorted([(label(r["outlet"]), label(r["speaker"])), (label(r["other_outlet"]), label(r["other_speaker"]))]), r["relation"])
        for r in rows
    )
    assert pairs == [
        ([("Northern Courier", "Helen Marsh"), ("Union Post", "Sam Ortiz")], "verbatim"),
        ([(METRO, "Helen Marsh"), ("Union Post", "Sam Ortiz")], "excerpt"),
    ]
    assert all(EVERY_TOWN in label(r["quote"]) for r in rows)


@pytest.mark.asyncio
async def test_rail_numeric_conflict_once(rail_db):
    rows = await query(rail_db, "numeric_conflicts")
    assert len(rows) == 1
    (row,) = rows
    assert {label(row["claim"]), label(row["other_claim"])} == {
        "She added that the Leeds rail link would cost £4.2 billion and create 3,000 jobs across the region.",
        "The Leeds rail link will cost £4.8 billion, according to the ministry.",
    }
    assert {label(row["outlet"]), label(row["other_outlet"])} == {"Northern Courier", METRO}
    assert "4.2" in row["differences"] and "4.8" in row["differences"]


@pytest.mark.asyncio
async def test_rail_coverage(rail_db):
    rows = {r["outlet"]: r for r in await query(rail_db, "coverage")}
    union = rows["Union Post"]
    assert (union["quotes"], union["quotes_shared"], union["quotes_alone"]) == (1, 1, 0)
    assert union["claims_shared"] == 0
    metro = rows[METRO]
    assert metro["quotes"] == metro["quotes_shared"] == 2
    assert metro["claims_shared"] >= 1
    assert {l for l in list_labels(metro["shared_with"])} >= {"Northern Courier", "Rail Weekly", "Union Post"}


@pytest.mark.asyncio
async def test_rail_headline_excerpt_is_matched(rail_db):
    """A headline that quotes five of the minister's words ("on time and on
    budget") is an excerpt of her quote in another outlet."""
    rows = await query(rail_db, "single_source_quotes")
    assert "on time and on budget" not in [label(r["quote"]) for r in rows]


@pytest.mark.asyncio
@pytest.mark.parametrize("name", sorted(queries.QUERIES))
async def test_rail_query_pages_render(rail_db, name):
    ds = Datasette([str(rail_db)], metadata=METADATA)
    response = await ds.client.get(f"/factcheck/{name}")
    assert response.status_code == 200
    hrefs = re.findall(r'<a href="([^"]*)"', response.text)
    assert not any(h.startswith("//") for h in hrefs)
    assert "&#34;href&#34;" not in response.text


@pytest.mark.asyncio
async def test_rail_quote_page_diff(rail_db):
    ds = Datasette([str(rail_db)], metadata=METADATA)
    html = (await ds.client.get(f"/factcheck/quotes/{quote_id(rail_db, 'metro.txt', 'We will deliver')}")).text
    assert "Other versions" in html
    assert "<del>within</del>" in html
    assert "<ins>on</ins>" in html
    assert "Northern Courier" in html and "Rail Weekly" in html


# -- the seeds --------------------------------------------------------------

SEED_000 = "000_7ced3e7d4a7f41e9.txt"
SEED_001 = "001_d568973889bbf5ad.txt"
SEED_003 = "003_c95b7081c7dda934.txt"
SEED_004 = "004_663b6f5982c341f8.txt"


def _fold(text: str) -> str:
    return text.replace("’", "'").lower()


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "splice_start,parts",
    [
        (
            "Leadership and bravery alone",
            ["leadership and bravery alone", "Ukraine has been outgunned", "But it is not too late", "I expect further announcements soon"],
        ),
        (
            "Allies have already agreed",
            ["Allies have already agreed", "I believe we also need", "Ukraine’s rightful place is in NATO"],
        ),
    ],
)
async def test_seed_splices_found_with_their_parts(seeds_db, splice_start, parts):
    rows = {href_id(r["quote"]): r for r in await query(seeds_db, "altered_quotes")}
    splice = rows.get(quote_id(seeds_db, SEED_000, splice_start))
    assert splice is not None, "000's quote is not listed as spliced"
    assert splice["relation"] == "spliced"
    texts = quote_texts(seeds_db)
    versions = zip(list_labels(splice["all_versions"]), list_ids(splice["all_versions"]))
    found = sorted(texts[i] for l, i in versions if l == f"{source(seeds_db, SEED_001)}: spliced")
    for part in parts:
        assert sum(t.startswith(part) for t in found) == 1, (part, found)


@pytest.mark.asyncio
async def test_seed_splice_names_straightaway(seeds_db):
    rows = {href_id(r["quote"]): r for r in await query(seeds_db, "altered_quotes")}
    splice = rows[quote_id(seeds_db, SEED_000, "Allies have already agreed")]
    said = f"{splice['differences']} {splice['more_differences'] or ''}"
    assert "straightaway" in said


@pytest.mark.asyncio
async def test_seed_rightful_place_in_three_outlets(seeds_db):
    rows = await query(seeds_db, "quotes_across_sources")
    texts = quote_texts(seeds_db)
    matching = [
        r for r in rows
        if sum("ukraine's rightful place is in nato" in _fold(texts[i]) for i in list_ids(r["versions"])) >= 3
    ]
    assert len(matching) == 1
    row = matching[0]
    assert row["outlets"] >= 3
    outlets = {l.rsplit(": ", 1)[0] for l in list_labels(row["versions"])}
    assert {source(seeds_db, SEED_000), source(seeds_db, SEED_001), source(seeds_db, SEED_004)} <= outlets
    assert "rightful place is in NATO" in label(row["remark"])


@pytest.mark.asyncio
@pytest.mark.parametrize("start", ["Ukraine and the Alliance have reached", "just a matter of time"])
async def test_seed_single_source_quotes(seeds_db, start):
    rows = await query(seeds_db, "single_source_quotes")
    ids = [href_id(r["quote"]) for r in rows]
    assert quote_id(seeds_db, SEED_000, start) in ids


def test_seed_different_announcements_are_not_related(seeds_db):
    a = quote_id(seeds_db, SEED_003, "I expect that allies will actually make important announcements")
    b = quote_id(seeds_db, SEED_001, "I expect further announcements soon")
    conn = sqlite3.connect(seeds_db)
    try:
        found = conn.execute(
            "select count(*) from quote_matches where (quote_id = ? and other_quote_id = ?) or (quote_id = ? and other_quote_id = ?)",
            [a, b, b, a],
        ).fetchone()[0]
    finally:
        conn.close()
    assert found == 0


@pytest.mark.asyncio
async def test_seed_quote_page_shows_splice_diff(seeds_db):
    ds = Datasette([str(seeds_db)], metadata=METADATA)
    html = (await ds.client.get(f"/factcheck/quotes/{quote_id(seeds_db, SEED_000, 'Allies have already agreed')}")).text
    assert "Other versions" in html
    assert re.search(r"<ins>straightaway\W*</ins>", html)
    assert "<del>" in html  # the splice's other passages, absent from each part


@pytest.mark.asyncio
@pytest.mark.parametrize("name", sorted(queries.QUERIES))
async def test_seed_query_pages_render(seeds_db, name):
    ds = Datasette([str(seeds_db)], metadata=METADATA)
    response = await ds.client.get(f"/factcheck/{name}")
    assert response.status_code == 200
    assert "&#34;href&#34;" not in response.text


@pytest.mark.asyncio
async def test_rail_articles_are_one_story(rail_db):
    """The three reports of the minister's visit share her remarks; the
    union's article shares the line a speaker conflict is about."""
    rows = await query(rail_db, "stories")
    assert len(rows) == 1
    (story,) = rows
    labels = [a["label"] for a in json.loads(story["articles"])]
    assert len(labels) == 4
    for outlet in ("Northern Courier", "Rail Weekly", "Union Post"):
        assert sum(label.startswith(outlet + ":") for label in labels) == 1
    # An article without an outlet is named by its headline, once.
    assert METRO in labels
    assert story["articles_count"] == 4 and story["outlets"] == 4
    assert story["first_published"] == "2024-03-05"
    assert story["remarks"] >= 2


def test_articles_far_apart_in_time_are_separate_stories(tmp_path):
    """The same remark printed two years later is the words reused, not the
    same story."""
    line = "“Every harbour on this coast deserves a ferry that turns up on time,” said Ms Hale."
    for name, day in (("early.txt", "2024-03-05"), ("late.txt", "2026-03-05"), ("next.txt", "2024-03-09")):
        (tmp_path / name).write_text(f"---\noutlet: {name}\npublished: {day}\n---\nFerries\n\n{line}\n", encoding="utf-8")
    path = tmp_path / "f.db"
    ingest.run(str(path), [tmp_path], jobs=1)
    conn = sqlite3.connect(str(path))
    stories = dict(conn.execute("select a.file, s.story_id from article_stories s join articles a on a.id = s.article_id"))
    assert stories["early.txt"] == stories["next.txt"]
    assert "late.txt" not in stories


LINE = "Every harbour on this coast deserves a ferry that turns up on time"
UNION_ARTICLE = f"Union view\n\nThe union met on Monday.\n\n“{LINE},” said Sam Ortiz, the union leader.\n"
MINISTER = "Minister visits\n\nHelen Marsh, the minister, visited the port on Tuesday.\n\n"


@pytest.mark.parametrize(
    "minister_article,conflicts",
    [
        # both outlets name someone, and not the same person
        (f"{MINISTER}“{LINE},” said Helen Marsh, the minister.\n", 1),
        # "she" is the extractor's reading, not the outlet's word
        (f"{MINISTER}“{LINE},” she said.\n", 0),
        # so is a description: the outlet names nobody for the words
        (f"{MINISTER}“{LINE},” the minister said.\n", 0),
        # the minister gives someone else's words
        (f"{MINISTER}“{LINE},” said Helen Marsh, quoting a leaflet handed out at the gates.\n", 0),
        (f"{MINISTER}Helen Marsh read from a letter the port workers had sent her.\n\n“{LINE},” said Helen Marsh.\n", 0),
        # the article itself names the other outlet's speaker at the words
        (f"{MINISTER}Sam Ortiz had written to the council before the visit.\n\n“{LINE},” said Helen Marsh.\n", 0),
        # ... far from them it is another matter
        (
            f"{MINISTER}Sam Ortiz had written to the council before the visit.\n\n"
            + "The port has three berths, a ticket office and a cafe that opens at six. " * 12
            + f"\n\n“{LINE},” said Helen Marsh.\n",
            1,
        ),
    ],
)
def test_a_speaker_conflict_needs_two_outlets_naming_different_people(tmp_path, minister_article, conflicts):
    (tmp_path / "union.txt").write_text(UNION_ARTICLE, encoding="utf-8")
    (tmp_path / "minister.txt").write_text(minister_article, encoding="utf-8")
    path = tmp_path / "c.db"
    ingest.run(str(path), [tmp_path], jobs=1)
    conn = sqlite3.connect(str(path))
    printed = conn.execute("select speaker_as_printed, speaker_id from quotes").fetchall()
    assert conn.execute("select count(distinct speaker_id) from quotes").fetchone()[0] == 2, printed
    assert conn.execute("select count(*) from quote_matches where relation = 'verbatim'").fetchone()[0] == 2
    assert conn.execute("select count(*) from speaker_conflict_pairs").fetchone()[0] == conflicts


@pytest.mark.parametrize(
    "minister,harbour_master,conflicts",
    [
        # both print only "Marsh": the outlets agree; who "Marsh" is differs
        ("Marsh said", "Marsh said", 0),
        # "Marsh" may be Tom Marsh: this outlet does not say otherwise
        ("Marsh said", "said Tom Marsh", 0),
        ("said Helen Marsh", "said Tom Marsh", 1),
    ],
)
def test_a_speaker_conflict_is_in_the_printed_names(tmp_path, minister, harbour_master, conflicts):
    (tmp_path / "minister.txt").write_text(f"{MINISTER}“{LINE},” {minister}.\n", encoding="utf-8")
    (tmp_path / "port.txt").write_text(
        f"Port news\n\nTom Marsh, the harbour master, spoke on Monday.\n\n“{LINE},” {harbour_master}.\n", encoding="utf-8"
    )
    path = tmp_path / "c.db"
    ingest.run(str(path), [tmp_path], jobs=1)
    conn = sqlite3.connect(str(path))
    names = {r[0] for r in conn.execute("select s.name from quotes q join speakers s on s.id = q.speaker_id")}
    assert names == {"Helen Marsh", "Tom Marsh"}
    assert conn.execute("select count(*) from speaker_conflict_pairs").fetchone()[0] == conflicts


def test_a_database_of_the_previous_release_loses_the_conflicts_the_rule_drops(tmp_path):
    (tmp_path / "union.txt").write_text(UNION_ARTICLE, encoding="utf-8")
    (tmp_path / "minister.txt").write_text(f"{MINISTER}“{LINE},” said Helen Marsh, quoting the union.\n", encoding="utf-8")
    path = tmp_path / "c.db"
    ingest.run(str(path), [tmp_path], jobs=1)
    conn = sqlite3.connect(str(path))
    with conn:
        # as the previous rule kept it
        conn.execute("insert into speaker_conflict_pairs select min(id), max(id) from quotes")
        step = next(version for version, step in migrations.UPGRADES if step is relations.refresh_speaker_conflicts)
        conn.execute(f"pragma user_version = {step - 1}")
    conn.close()
    migrations.open_db(str(path)).close()
    conn = sqlite3.connect(str(path))
    assert conn.execute("select count(*) from speaker_conflict_pairs").fetchone()[0] == 0
