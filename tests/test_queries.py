"""The canned cross-source queries, over small corpora built row by row.

Each corpus states its relations directly (as matching would write
them, from both sides), so these tests pin what each query reports for
each kind of relation, independent of how relations are found.
"""

import json
import re
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
import yaml
from datasette.app import Datasette

from datasette_factcheck.matching import compare
from datasette_factcheck.db import queries
from datasette_factcheck.db import relations, speakers
from datasette_factcheck.db.schema import ensure_schema

try:
    from .lines import listed_queries
except ImportError:
    from lines import listed_queries

ROOT = Path(__file__).resolve().parent.parent
METADATA = yaml.safe_load((ROOT / "metadata.yml").read_text())

REVERSE = compare.REVERSE


class Corpus:
    """A factcheck database filled row by row."""

    def __init__(self, path: Path):
        self.path = path
        self.db = sqlite_utils.Database(path)
        ensure_schema(self.db)

    def article(self, file, title="An article", outlet="An Outlet", published=None):
        return self.db["articles"].insert(
            {"file": file, "title": title, "outlet": outlet, "published": published, "body": "",
             "content_hash": file, "ingested_at": "2024-01-01T00:00:00+00:00"}
        ).last_pk

    def speaker(self, name):
        # as an ingest records it: the name is also an alias
        speaker = self.db["speakers"].insert({"name": name}).last_pk
        self.db["speaker_aliases"].insert({"speaker_id": speaker, "alias": name})
        return speaker

    def quote(self, article, text, speaker=None, kind="quote", location="body", as_printed=None, paragraph=1):
        if as_printed is None and speaker is not None:
            as_printed = self.db["speakers"].get(speaker)["name"]  # the article names the speaker
        return self.db["quotes"].insert(
            {"article_id": article, "text": text, "speaker_id": speaker, "kind": kind, "location": location,
             "speaker_as_printed": as_printed, "start": 0, "end": len(text), "paragraph": paragraph}
        ).last_pk

    def relate(self, a, b, relation, similarity=1.0, differences=None, both=True):
        self.db["quote_matches"].insert(
            {"quote_id": a, "other_quote_id": b, "relation": relation, "similarity": similarity,
             "differences": differences}
        )
        if both:
            self.db["quote_matches"].insert(
                {"quote_id": b, "other_quote_id": a, "relation": REVERSE[relation], "similarity": similarity,
                 "differences": differences}
            )

    def claim(self, article, text, kind="quantity"):
        return self.db["claims"].insert(
            {"article_id": article, "text": text, "kind": kind, "numbers": "[]", "start": 0, "end": len(text),
             "paragraph": 1}
        ).last_pk

    def relate_claims(self, a, b, relation, differences=None, both=True):
        pairs = [(a, b), (b, a)] if both else [(a, b)]
        for x, y in pairs:
            self.db["claim_matches"].insert(
                {"claim_id": x, "other_claim_id": y, "relation": relation, "differences": differences}
            )


@pytest.fixture
def corpus(tmp_path):
    return Corpus(tmp_path / "factcheck.db")


def datasette_for(corpus, **settings):
    # The corpus writes quote_matches by hand; group them as matching would.
    relations.refresh_remarks(corpus.db)
    return Datasette([str(corpus.path)], metadata=METADATA, settings=settings or None)


async def rows(corpus, query, **settings):
    ds = datasette_for(corpus, **settings)
    response = await ds.client.get(f"/factcheck/{query}.json?_shape=array")
    assert response.status_code == 200, response.text
    return response.json()


def link(cell):
    """A link cell's (label, href)."""
    data = json.loads(cell)
    return data["label"], data["href"]


def links(cell):
    return [(d["label"], d["href"]) for d in json.loads(cell)]


def ids(cell, table):
    return sorted(int(h.rsplit("/", 1)[1]) for _, h in links(cell) if f"/{table}/" in h)


# -- corpora ----------------------------------------------------------------


def water_rates(c):
    """Three outlets on a council vote; one reporter cut, one altered, one
    spliced the mayor's words; one outlet has no name and no headline."""
    a = c.article("river-gazette.txt", "Council votes on water rates", "River Gazette")
    b = c.article("valley-news.txt", None, None)  # no title, no outlet: falls back to the file name
    d = c.article("hill-times.txt", "Mayor defends rates rise", "Hill Times")
    mayor = c.speaker("Maria Okafor")
    q = {
        "full": c.quote(a, "We will not let the pipes fail on our watch. Every household deserves clean water.", mayor),
        "verbatim": c.quote(b, "We will not let the pipes fail on our watch. Every household deserves clean water.", mayor),
        "excerpt": c.quote(d, "We will not let the pipes fail on our watch", mayor, location="headline", paragraph=0),
        "altered": c.quote(d, "Every single household deserves clean water.", mayor),
        "part1": c.quote(a, "The rise is modest and it is overdue.", mayor),
        "splice": c.quote(b, "The rise is modest. Every household deserves clean water.", None, as_printed="she"),
        "alone": c.quote(a, "I have spoken to every ward councillor about this.", mayor),
        "alone_nobody": c.quote(b, "Nobody asked the tenants what they could pay.", None),
        "scare": c.quote(a, "modest", None, kind="scare"),
        "removed": c.quote(a, "An old remark that left the article.", mayor, location="removed"),
    }
    c.relate(q["full"], q["verbatim"], "verbatim")
    c.relate(q["excerpt"], q["full"], "excerpt", 1.0)
    c.relate(q["excerpt"], q["verbatim"], "excerpt", 1.0)
    c.relate(q["altered"], q["full"], "altered", 0.83, "added 'single'")
    c.relate(q["splice"], q["part1"], "spliced", 0.62, "joins 2 passages; dropped 'and it is overdue'")
    c.relate(q["splice"], q["full"], "spliced", 0.55, "joins 2 passages")
    return {"articles": (a, b, d), "quotes": q, "mayor": mayor}


# -- the hook ---------------------------------------------------------------


@pytest.mark.asyncio
async def test_queries_offered_only_for_factcheck_databases(corpus, tmp_path):
    other = sqlite_utils.Database(tmp_path / "other.db")
    other["quotes"].insert({"id": 1, "text": "x"})
    ds = Datasette([str(corpus.path), str(tmp_path / "other.db")], metadata=METADATA)
    assert set(await listed_queries(ds, "factcheck")) == set(queries.QUERIES)
    assert await listed_queries(ds, "other") == []


@pytest.mark.parametrize("name", sorted(queries.QUERIES))
def test_query_definitions(name):
    q = queries.QUERIES[name]
    assert q["title"] and q["description"] and q["sql"]
    assert not q.get("write")
    # links are built from the database path only: no request input reaches the SQL
    assert queries.BASE in q["sql"]


@pytest.mark.parametrize(
    "base_url,database,expected",
    [
        ("/", "factcheck", "/factcheck"),
        ("/news/", "factcheck", "/news/factcheck"),
        ("/", "o'brien", "/o~27brien"),
    ],
)
def test_database_base_path(tmp_path, base_url, database, expected):
    path = tmp_path / f"{database}.db"
    sqlite_utils.Database(path)["t"].insert({"x": 1})
    ds = Datasette([str(path)], settings={"base_url": base_url})
    assert queries.database_base_path(ds, database) == expected


@pytest.mark.parametrize("value", ["/x", "/it's", "/a''b"])
def test_sql_string_literal_round_trips(value):
    conn = sqlite3.connect(":memory:")
    assert conn.execute("select " + queries.sql_string_literal(value)).fetchone()[0] == value


# -- each query -------------------------------------------------------------


@pytest.mark.asyncio
async def test_quotes_across_sources_groups_each_remark(corpus):
    w = water_rates(corpus)
    q = w["quotes"]
    result = await rows(corpus, "quotes_across_sources")
    # Every relation chains the mayor's remark together: one row for it.
    assert len(result) == 1
    row = result[0]
    label, href = link(row["remark"])
    # The words most outlets printed as they are, not the splice or the alteration.
    assert label == "We will not let the pipes fail on our watch. Every household deserves clean water."
    assert href in (f"/factcheck/quotes/{q['full']}", f"/factcheck/quotes/{q['verbatim']}")
    assert row["outlets"] == 3
    assert ids(row["versions"], "quotes") == sorted(
        [q["full"], q["verbatim"], q["excerpt"], q["altered"], q["part1"], q["splice"]]
    )
    labels = dict((h, l) for l, h in links(row["versions"]))
    assert labels[f"/factcheck/quotes/{q['splice']}"] == "valley-news.txt: spliced"
    assert labels[f"/factcheck/quotes/{q['excerpt']}"] == "Hill Times: excerpt"
    assert "part of splice" in labels[f"/factcheck/quotes/{q['part1']}"]
    # An article without a title is listed by its file name.
    assert {l for l, _ in links(row["articles"])} == {"Council votes on water rates", "valley-news.txt", "Mayor defends rates rise"}
    assert row["speakers"] == "Maria Okafor"


@pytest.mark.asyncio
async def test_quotes_across_sources_keeps_separate_remarks_apart(corpus):
    a = corpus.article("a.txt", outlet="Alpha")
    b = corpus.article("b.txt", outlet="Beta")
    c = corpus.article("c.txt", outlet="Gamma")
    coach = corpus.speaker("Tom Reyes")
    one = [corpus.quote(x, "We played for each other and the fans carried us home.", coach) for x in (a, b, c)]
    two = [corpus.quote(x, "The referee had a difficult afternoon.", coach) for x in (a, b)]
    corpus.quote(c, "Nobody else printed this sentence anywhere.", coach)
    corpus.relate(one[0], one[1], "verbatim")
    corpus.relate(one[0], one[2], "verbatim")
    corpus.relate(one[1], one[2], "verbatim")
    corpus.relate(two[0], two[1], "verbatim")
    result = await rows(corpus, "quotes_across_sources")
    assert [(link(r["remark"])[0], r["outlets"]) for r in result] == [
        ("We played for each other and the fans carried us home.", 3),
        ("The referee had a difficult afternoon.", 2),
    ]
    assert ids(result[0]["versions"], "quotes") == sorted(one)


@pytest.mark.asyncio
async def test_altered_quotes_lists_altered_and_spliced_beside_closest_version(corpus):
    w = water_rates(corpus)
    q = w["quotes"]
    result = await rows(corpus, "altered_quotes")
    by_quote = {link(r["quote"])[1].rsplit("/", 1)[1]: r for r in result}
    # Altered is symmetric: both versions differ from each other. Verbatim and
    # excerpt quotes are faithful and not listed (except as the altered one's partner).
    assert set(map(int, by_quote)) == {q["altered"], q["full"], q["splice"]}
    splice = by_quote[str(q["splice"])]
    assert splice["relation"] == "spliced"
    assert link(splice["closest_version"]) == ("The rise is modest and it is overdue.", f"/factcheck/quotes/{q['part1']}")
    assert splice["similarity"] == pytest.approx(0.62)
    assert "dropped 'and it is overdue'" in splice["differences"]
    assert ids(splice["all_versions"], "quotes") == sorted([q["part1"], q["full"]])
    # The quote names nobody resolved: the speaker cell is text, not a link.
    assert splice["speaker"] == "she (not resolved)"
    altered = by_quote[str(q["altered"])]
    assert altered["differences"] == "added 'single'"
    assert link(altered["closest_outlet"])[0] == "River Gazette"
    assert link(altered["speaker"]) == ("Maria Okafor", f"/factcheck/speakers/{w['mayor']}")


@pytest.mark.asyncio
async def test_single_source_quotes(corpus):
    w = water_rates(corpus)
    w["quotes"]
    result = await rows(corpus, "single_source_quotes")
    # Scare quotes and removed quotes are not matched, so not "single source" either.
    assert [link(r["quote"])[0] for r in result] == [
        "I have spoken to every ward councillor about this.",
        "Nobody asked the tenants what they could pay.",
    ]
    nobody = result[1]
    assert nobody["speaker"] == "—"
    assert nobody["outlet"] == "valley-news.txt"
    assert link(nobody["article"]) == ("valley-news.txt", f"/factcheck/articles/{w['articles'][1]}")


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "relation,speakers,expected",
    [
        ("verbatim", ("Ana Silva", "Rui Costa"), 1),  # once, not once per side
        ("excerpt", ("Ana Silva", "Rui Costa"), 1),
        ("verbatim", ("Ana Silva", "Ana Silva"), 0),  # same person: no conflict
        ("verbatim", ("Ana Silva", None), 0),  # one outlet names nobody: not a conflict
        ("altered", ("Ana Silva", "Rui Costa"), 0),  # different words: maybe different remarks
    ],
)
async def test_speaker_conflicts(corpus, relation, speakers, expected):
    a = corpus.article("port-daily.txt", outlet="Port Daily")
    b = corpus.article("coast-post.txt", title="Harbour row", outlet=None)
    ana = corpus.speaker("Ana Silva")
    other = {"Ana Silva": ana, "Rui Costa": corpus.speaker("Rui Costa"), None: None}[speakers[1]]
    qa = corpus.quote(a, "The harbour will reopen before the summer season", ana)
    qb = corpus.quote(b, "The harbour will reopen before the summer season, whatever it costs", other)
    corpus.relate(qa, qb, relation, 0.8)
    result = await rows(corpus, "speaker_conflicts")
    assert len(result) == expected
    if expected:
        row = result[0]
        assert {link(row["speaker"])[0], link(row["other_speaker"])[0]} == {"Ana Silva", "Rui Costa"}
        # An article without an outlet is named by its headline, not its file.
        assert {link(row["outlet"])[0], link(row["other_outlet"])[0]} == {"Port Daily", "Harbour row"}
        assert row["relation"] == relation


@pytest.mark.asyncio
async def test_speaker_conflicts_follow_speaker_changes(corpus):
    """The kept pairs change with the quotes' speakers, without matching
    again: merging two speakers ends their conflict; giving a quote another
    speaker starts one."""
    a = corpus.article("port-daily.txt")
    b = corpus.article("coast-post.txt")
    ana, rui = corpus.speaker("Ana Silva"), corpus.speaker("Rui Costa")
    qa = corpus.quote(a, "The harbour will reopen before the summer season", ana)
    qb = corpus.quote(b, "The harbour will reopen before the summer season", rui)
    corpus.relate(qa, qb, "verbatim")
    ds = datasette_for(corpus)

    async def count():
        response = await ds.client.get("/factcheck/speaker_conflicts.json?_shape=array")
        return len(response.json())

    assert await count() == 1
    speakers.merge_speakers(corpus.db, ana, rui)
    assert await count() == 0
    corpus.db["quotes"].update(qb, {"speaker_id": corpus.speaker("Rita Lobo"), "speaker_as_printed": "Rita Lobo"})
    assert await count() == 1


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "relation,both,expected",
    [("conflicts", True, 1), ("conflicts", False, 1), ("corroborates", True, 0)],
)
async def test_numeric_conflicts_each_pair_once(corpus, relation, both, expected):
    a = corpus.article("metro.txt", outlet="Metro Ledger")
    b = corpus.article("evening.txt", outlet=None, title=None)
    ca = corpus.claim(a, "The new bridge cost 42 million pounds.")
    cb = corpus.claim(b, "The bridge, which cost 48 million pounds, opened on Friday.")
    corpus.relate_claims(ca, cb, relation, "42 million pounds vs 48 million pounds", both=both)
    result = await rows(corpus, "numeric_conflicts")
    assert len(result) == expected
    if expected:
        row = result[0]
        assert {link(row["claim"])[0], link(row["other_claim"])[0]} == {
            "The new bridge cost 42 million pounds.",
            "The bridge, which cost 48 million pounds, opened on Friday.",
        }
        assert {link(row["outlet"])[0], link(row["other_outlet"])[0]} == {"Metro Ledger", "evening.txt"}
        assert row["differences"] == "42 million pounds vs 48 million pounds"


@pytest.mark.asyncio
async def test_coverage(corpus):
    w = water_rates(corpus)
    a, b, d = w["articles"]
    ca = corpus.claim(a, "Rates rise by 4 per cent in April.")
    cd = corpus.claim(d, "Rates rise by 6 per cent in April.")
    corpus.claim(d, "The council has 40 members.")
    corpus.relate_claims(ca, cd, "conflicts")
    result = {link(r["article"])[0]: r for r in await rows(corpus, "coverage")}
    gazette = result["Council votes on water rates"]
    # 3 quotations (the scare quote and the removed one do not count), 2 shared.
    assert (gazette["quotes"], gazette["quotes_shared"], gazette["quotes_alone"]) == (3, 2, 1)
    assert (gazette["claims"], gazette["claims_shared"], gazette["claims_alone"]) == (1, 1, 0)
    assert {l for l, _ in links(gazette["shared_with"])} == {"valley-news.txt", "Hill Times"}
    times = result["Mayor defends rates rise"]
    assert (times["quotes"], times["quotes_shared"], times["quotes_alone"]) == (2, 2, 0)
    assert (times["claims"], times["claims_shared"], times["claims_alone"]) == (2, 1, 1)
    valley = result["valley-news.txt"]
    assert valley["outlet"] == "valley-news.txt"


@pytest.mark.asyncio
async def test_coverage_of_an_article_nobody_shares(corpus):
    corpus.article("lonely.txt", "Alone", "Solo")
    (row,) = await rows(corpus, "coverage")
    assert (row["quotes"], row["quotes_shared"], row["claims"]) == (0, 0, 0)
    assert row["shared_with"] is None  # plain empty cell, never a link without href


# -- pages and links --------------------------------------------------------

HREF = re.compile(r'<a href="([^"]*)"')


@pytest.mark.asyncio
@pytest.mark.parametrize("name", sorted(queries.QUERIES))
@pytest.mark.parametrize("base_url", ["/", "/desk/"])
async def test_query_pages_render_links(corpus, name, base_url):
    w = water_rates(corpus)
    a, b, d = w["articles"]
    ca = corpus.claim(b, "Rates rise by 4 per cent.")
    cb = corpus.claim(d, "Rates rise by 6 per cent.")
    corpus.relate_claims(ca, cb, "conflicts")
    other = corpus.speaker("Lee Park")
    qa = corpus.quote(a, "Clean water is a right, not a privilege.", w["mayor"])
    qb = corpus.quote(b, "Clean water is a right, not a privilege.", other)
    corpus.relate(qa, qb, "verbatim")
    # a change of meaning, for meaning_changes
    corpus.db.execute("insert into quote_change_classes values (?, ?, 'meaning', '[\"negation dropped\"]', null)", [qa, qb])
    corpus.db.conn.commit()
    ds = datasette_for(corpus, base_url=base_url)
    response = await ds.client.get(f"/factcheck/{name}")
    assert response.status_code == 200, response.text
    html = response.text
    hrefs = [h for h in HREF.findall(html) if "/factcheck/" in h and re.search(r"/(quotes|articles|claims|speakers)/\d+$", h)]
    assert hrefs, "no row links rendered"
    prefix = base_url.rstrip("/") + "/factcheck/"
    assert all(h.startswith(prefix) for h in hrefs), hrefs
    assert not any(h.startswith("//") for h in HREF.findall(html))
    # every link cell was rendered by datasette-json-html, none left as raw JSON
    assert "&#34;href&#34;" not in html and '"href":' not in html


@pytest.mark.asyncio
async def test_article_text_is_escaped_and_cannot_become_a_link(corpus):
    a = corpus.article("x.txt", "<b>Bold</b> headline", "Outlet & Co")
    b = corpus.article("y.txt", "Other", "Other")
    # text that looks like datasette-json-html link JSON, and markup
    tricky = '{"href": "//evil.example/x", "label": "click"}'
    q1 = corpus.quote(a, tricky)
    q2 = corpus.quote(b, tricky)
    corpus.relate(q1, q2, "verbatim")
    corpus.quote(a, "<script>alert(1)</script> said nothing")
    ds = datasette_for(corpus)
    for name in ("quotes_across_sources", "single_source_quotes", "coverage"):
        html = (await ds.client.get(f"/factcheck/{name}")).text
        assert "<script>alert" not in html
        assert "<b>Bold</b>" not in html
        assert 'href="//' not in html
        assert "evil.example" not in "".join(HREF.findall(html))


# -- indexes ----------------------------------------------------------------

# The only tables (or CTEs) each query may read in full: the one it reports on.
DRIVING = {
    "quotes_across_sources": {"remark_versions", "v"},
    "altered_quotes": {"closest_changes", "r"},  # each changed quote's closest version, kept in order
    "single_source_quotes": {"q"},
    "speaker_conflicts": {"c"},  # c: the pairs kept by matching
    "numeric_conflicts": {"m"},
    "coverage": {"a", "j"},  # j: one article's own list of sharing articles
    "stories": {"story_summaries", "st"},  # each story's summary, kept in order
    "meaning_changes": {"pc", "k", "j"},  # the changes kept by ingest; j: one row's reasons
}


@pytest.mark.parametrize("name", sorted(queries.QUERIES))
def test_queries_use_indexes(corpus, name):
    water_rates(corpus)
    plan = corpus.db.execute("explain query plan " + queries.sql_for(name, "/factcheck")).fetchall()
    scanned = {m.group(1) for row in plan for m in [re.match(r"SCAN (\w+)", row[3])] if m}
    assert scanned <= DRIVING[name], plan


@pytest.mark.parametrize("name", ["altered_quotes", "stories", "quotes_across_sources"])
def test_queries_read_rows_in_display_order(corpus, name):
    """No sort of every row before the first is shown: a page costs the same
    however many rows the query has."""
    water_rates(corpus)
    plan = corpus.db.execute("explain query plan " + queries.sql_for(name, "/factcheck")).fetchall()
    # the outer query and the subqueries in its FROM clause (its driving rows)
    outer = {0} | {row[0] for row in plan if row[1] == 0 and row[3].startswith("CO-ROUTINE")}
    assert not [row for row in plan if row[1] in outer and "TEMP B-TREE" in row[3]], plan


@pytest.mark.asyncio
async def test_a_splice_is_one_meaning_change_per_other_article(corpus):
    w = water_rates(corpus)
    a, b, _ = w["articles"]
    spliced = corpus.quote(a, "We will fix the pipes. Rates will not rise this year.", w["mayor"])
    parts = [corpus.quote(b, "We will fix the pipes.", w["mayor"]), corpus.quote(b, "Rates will not rise.", w["mayor"])]
    for part in parts:
        corpus.relate(spliced, part, "spliced")
        corpus.db.execute("insert into quote_change_classes values (?, ?, 'meaning', '[\"passages joined\"]', null)", [spliced, part])
    corpus.db.conn.commit()
    ds = datasette_for(corpus)
    rows = (await ds.client.get("/factcheck/meaning_changes.json?_shape=array")).json()
    assert len([r for r in rows if "fix the pipes" in json.dumps(r)]) == 1
