"""The matching stage over stored keys: one article added to a database,
and the same relations whether the work is split over processes or not."""

import sqlite3
import textwrap

import pytest

import bench_corpus
from datasette_factcheck import ingest
from datasette_factcheck.matching import stage as matching
from datasette_factcheck.db import migrations


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("matching")
    truth = bench_corpus.generate(root / "corpus", 40, seed=3, extra=2, extra_folder=root / "more")
    return root, truth


def _relations(db_path):
    conn = sqlite3.connect(str(db_path))
    quotes = set(conn.execute("select quote_id, other_quote_id, relation, similarity, differences from quote_matches"))
    claims = set(conn.execute("select claim_id, other_claim_id, relation, differences from claim_matches"))
    pending = conn.execute("select count(*) from pending_matches").fetchone()[0]
    conn.close()
    return quotes, claims, pending


def test_adding_articles_matches_them_against_the_stored_ones(corpus, tmp_path):
    root, _ = corpus
    db = tmp_path / "added.db"
    ingest.run(str(db), [root / "corpus"], jobs=1)
    before, _, _ = _relations(db)
    summary = ingest.run(str(db), [root / "more"], jobs=1)
    after, after_claims, pending = _relations(db)
    assert pending == 0
    # the new articles quote the first ones: relations to stored quotes appear
    assert summary.quote_matches > 0 and len(after) > len(before)
    assert before <= after
    # the same as matching everything at once
    whole = tmp_path / "whole.db"
    ingest.run(str(whole), [root / "corpus", root / "more"], jobs=1)
    assert _relations(whole)[:2] == (after, after_claims)


def test_work_split_over_processes_finds_the_same_relations(corpus, tmp_path, monkeypatch):
    root, _ = corpus
    one = tmp_path / "one.db"
    ingest.run(str(one), [root / "corpus"], jobs=1)
    monkeypatch.setattr(matching, "CHUNK", 25)
    monkeypatch.setattr(matching, "PARALLEL_MIN", 50)
    # copies of quotes are related in several tasks of the workers too
    monkeypatch.setattr(matching, "COPIES_CHUNK", 3)
    two = tmp_path / "two.db"
    ingest.run(str(two), [root / "corpus"], jobs=2)
    quotes, claims, pending = _relations(two)
    assert pending == 0 and quotes and claims
    copies = sqlite3.connect(str(two)).execute("select count(*) from quotes where version_of is not null").fetchone()[0]
    assert copies > 3
    assert (quotes, claims) == _relations(one)[:2]


def test_keys_in_an_older_format_are_computed_again(corpus, tmp_path):
    root, _ = corpus
    db = tmp_path / "old.db"
    ingest.run(str(db), [root / "corpus"], jobs=1)
    expected = _relations(db)
    conn = sqlite3.connect(str(db))
    conn.execute("update quote_shingles set shingle = shingle + 7")
    conn.execute("delete from quote_matches")
    conn.execute("pragma user_version = 1")
    conn.commit()
    conn.close()
    opened = migrations.open_db(str(db))
    assert opened.conn.execute("select count(*) from pending_matches").fetchone()[0] > 0
    ingest.rematch_pending(opened)
    opened.close()
    assert _relations(db) == expected


def _named_relations(db_path):
    """Relations by (file, text) of both sides, so that databases built in
    different orders compare."""
    conn = sqlite3.connect(str(db_path))
    quotes = set(
        conn.execute(
            """select aa.file, qa.text, ab.file, qb.text, m.relation from quote_matches m
               join quotes qa on qa.id = m.quote_id join articles aa on aa.id = qa.article_id
               join quotes qb on qb.id = m.other_quote_id join articles ab on ab.id = qb.article_id"""
        )
    )
    claims = set(
        conn.execute(
            """select aa.file, ca.text, ab.file, cb.text, m.relation from claim_matches m
               join claims ca on ca.id = m.claim_id join articles aa on aa.id = ca.article_id
               join claims cb on cb.id = m.other_claim_id join articles ab on ab.id = cb.article_id"""
        )
    )
    conn.close()
    return quotes, claims


def _remarks_and_claims(db_path):
    """Each remark as the (file, text) of every quote in it, and the claim
    relations by (file, text). Quote relations themselves depend on the
    order articles arrive in: a quote printed word for word by several
    articles is stored as a copy of the first one stored (db/versions.py),
    and only that one is related to the other versions; the remarks, which
    the queries and pages count outlets by, do not."""
    conn = sqlite3.connect(str(db_path))
    groups: dict[int, set] = {}
    for remark, file, text in conn.execute(
        "select r.remark_id, a.file, q.text from remarks r join quotes q on q.id = r.quote_id "
        "join articles a on a.id = q.article_id"
    ):
        groups.setdefault(remark, set()).add((file, text))
    conn.close()
    return {frozenset(g) for g in groups.values()}, _named_relations(db_path)[1]


# The rail link's cost beside the claims it corroborates and contradicts,
# and a claim of one content word (cost), too short to name what it is about.
BRIEF = """\
    Rail brief

    Ministers met in Leeds on Tuesday to discuss the consultation, which opens next month and runs through the summer across the region.

    The Leeds rail link will cost £4.8 billion.

    It will cost £4.8 billion.

    Officials did not say when the first trains would run on the new line, or which company would operate them.
    """


@pytest.mark.parametrize("order", ["as listed", "reversed"])
def test_articles_added_one_by_one_match_as_all_at_once(tmp_path, monkeypatch, order):
    """The lookup of stored postings (used when few items are new) finds what
    the full scan finds, whichever side is the short quote: the headline's
    “on time and on budget” is stored before or after the sentence it is cut
    from, and so is the brief's short claim."""
    from tests.test_cross_source import RAIL

    files = dict(RAIL, **{"brief.txt": BRIEF})
    folder = tmp_path / "rail"
    folder.mkdir()
    names = list(files)
    for name in names:
        (folder / name).write_text(textwrap.dedent(files[name]), encoding="utf-8")
    whole = tmp_path / "whole.db"
    ingest.run(str(whole), [folder], jobs=1)
    expected = _named_relations(whole)
    assert any("on time and on budget" == q[1] and q[4] == "excerpt" for q in expected[0])
    assert any(c[0] == "brief.txt" and c[4] == "conflicts" for c in expected[1])

    monkeypatch.setattr(matching, "FULL_SCAN_SHARE", 1e9)  # always look up
    one_by_one = tmp_path / "one_by_one.db"
    for name in names if order == "as listed" else names[::-1]:
        ingest.run(str(one_by_one), [folder / name], jobs=1)
    if order == "as listed":
        assert _named_relations(one_by_one) == expected
    # the same remarks, each of every article that prints a version of it
    # (whichever copy of a word-for-word quote was stored first)
    assert _remarks_and_claims(one_by_one) == _remarks_and_claims(whole)


def test_short_items_are_filled_in_a_database_keyed_before_they_were_kept(tmp_path):
    from tests.test_cross_source import RAIL

    folder = tmp_path / "rail"
    folder.mkdir()
    for name, text in dict(RAIL, **{"brief.txt": BRIEF}).items():
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    db = tmp_path / "f.db"
    ingest.run(str(db), [folder], jobs=1)
    conn = sqlite3.connect(str(db))
    kept = set(conn.execute("select item_type, item_id from short_items"))
    # the headline's "on time and on budget" and the brief's one-word claim
    assert {t for t, _ in kept} == {"quote", "claim"}
    conn.execute("delete from short_items")
    conn.execute("pragma user_version = 3")
    conn.commit()
    conn.close()
    migrations.open_db(str(db)).close()
    conn = sqlite3.connect(str(db))
    assert set(conn.execute("select item_type, item_id from short_items")) == kept
    conn.close()


def test_claims_of_an_older_version_get_figures_as_text_and_new_relations(tmp_path):
    """A database whose claims.numbers is JSON and whose claim relations
    were made by the old rules: opening it writes the figures as text and
    drops the old relations; the next match relates claims by quantity."""
    from tests.test_cross_source import RAIL

    folder = tmp_path / "rail"
    folder.mkdir()
    for name, text in dict(RAIL, **{"brief.txt": BRIEF}).items():
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    db = tmp_path / "old.db"
    ingest.run(str(db), [folder], jobs=1)
    expected = _named_relations(db)[1]
    assert any(rel == "conflicts" for *_, rel in expected)
    conn = sqlite3.connect(str(db))
    conn.execute("""update claims set numbers = '[{"printed": "£4.8 billion", "value": 4800000000.0, "unit": "GBP",'
                 || ' "qualifier": null, "kind": "money"}]'""")
    # an old rule's conflict between claims about different things
    ids = [r[0] for r in conn.execute("select id from claims order by id limit 2")]
    conn.execute("delete from claim_matches")
    conn.execute("insert into claim_matches values (?, ?, 'conflicts', 'old rule')", ids)
    conn.execute("pragma user_version = 4")
    conn.commit()
    conn.close()
    opened = migrations.open_db(str(db))
    numbers = [r[0] for r in opened.conn.execute("select numbers from claims")]
    assert all(not n.startswith("[") for n in numbers)
    assert "£4.8 billion (money: 4,800,000,000 GBP)" in numbers
    assert opened.conn.execute("select count(*) from claim_matches").fetchone()[0] == 0
    ingest.rematch_pending(opened)
    opened.close()
    assert _named_relations(db)[1] == expected


# A slogan that two articles print for one person (then it relates them) and
# two more for other people (then it is a slogan and relates nothing).
SLOGAN_ARTICLES = {
    "lee.txt": "Dockers rally at the quay\n\nThe fisherman Ann Lee led the march on Monday.\n\n“Keep the Harbour Working,” said Ann Lee.\n",
    "lee2.txt": "A second march at the quay\n\nThe marchers returned on Thursday.\n\n“Keep the Harbour Working,” said Ann Lee, who organised both marches.\n",
    "ortiz.txt": "Council hears the dockers\n\nThe councillor spoke after the vote.\n\n“Keep the Harbour Working,” said Ben Ortiz, the councillor.\n",
    "varga.txt": "Ferry strike ends\n\nThe strike ended on Friday.\n\n“Keep the Harbour Working,” said Clara Varga, a ferry captain.\n",
}


@pytest.mark.parametrize("order", ["as listed", "reversed"])
def test_a_phrase_that_becomes_a_slogan_relates_as_all_at_once(tmp_path, monkeypatch, order):
    folder = tmp_path / "slogan"
    folder.mkdir()
    for name, text in SLOGAN_ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    whole = tmp_path / "whole.db"
    ingest.run(str(whole), [folder], jobs=1)
    expected = _named_relations(whole)
    assert expected[0] == set()  # a slogan: no relation at all

    monkeypatch.setattr(matching, "FULL_SCAN_SHARE", 1e9)  # always look up
    one_by_one = tmp_path / "one_by_one.db"
    names = list(SLOGAN_ARTICLES)
    for n, name in enumerate(names if order == "as listed" else names[::-1]):
        ingest.run(str(one_by_one), [folder / name], jobs=1)
        if order == "as listed" and n == 1:
            # two articles, one speaker: her words, related
            assert {(r[0], r[2], r[4]) for r in _named_relations(one_by_one)[0]} == {
                ("lee.txt", "lee2.txt", "verbatim"), ("lee2.txt", "lee.txt", "verbatim")
            }
    assert _named_relations(one_by_one) == expected


@pytest.mark.parametrize(
    "first,last",
    [
        (("money:GBP", "bridge"), "grant"),
        (("percent", "turnout"), "voters"),
        (("count:delegate",), "nomination"),
        (("date", "summit", "harbour"), "opening"),
    ],
)
def test_a_key_worked_out_from_its_shared_head_is_the_same_key(first, last):
    """Claim keys share their first parts (a unit and a word) across many
    pairs of words; computing that part once gives the stored keys."""
    from datasette_factcheck.matching.candidates import KEY_MASK, combine_keys, combine_keys_head, word_key

    parts = [word_key(p) for p in first]
    assert (combine_keys_head(*parts) ^ word_key(last)) & KEY_MASK == combine_keys(*parts, word_key(last))


@pytest.mark.parametrize(
    "text",
    [
        "The harbour bridge will reopen in the spring, the council said.",
        "Don't tell me the well-known budget gap is closed",
        "on time and on budget",
        "cuts",
        "",
    ],
)
def test_quote_keys_are_the_shingles_of_their_content_words(text):
    """The stored keys of a quote: each run of three content words and of
    two (salted apart), as ``combine_keys`` makes them."""
    from datasette_factcheck.matching.candidates import PAIR_SALT, combine_keys, shingle_sets, strong_key, weak_key, word_key
    from datasette_factcheck.matching.words import is_content, tokens

    ids = [word_key(w) for w in tokens(text) if is_content(w)]
    triples = {strong_key(combine_keys(a, b, c)) for a, b, c in zip(ids, ids[1:], ids[2:])}
    pairs = {weak_key(combine_keys(PAIR_SALT, a, b)) for a, b in zip(ids, ids[1:])}
    assert shingle_sets(text) == (triples, pairs)


@pytest.mark.parametrize(
    "text",
    [
        "The council spent £4.2 million on the harbour bridge in 2023, up 12% on the year before.",
        "Turnout among young voters rose to 61 percent in the city elections.",
        "Three hundred delegates voted for the nomination.",
        "The summit opens on 4 May.",
        "Nobody counted anything here.",
    ],
)
def test_claim_keys_are_those_of_their_parts(text):
    """A claim's keys: one per (unit, word) and per (unit, two words), the
    same whether each pair is combined whole or from its shared head."""
    from datasette_factcheck.extract.claims import parse_numbers
    from datasette_factcheck.matching.claim_candidates import claim_key_parts, claim_key_sets
    from datasette_factcheck.model import Claim

    claim = Claim(text=text, start=0, end=len(text), paragraph=1, kind="figure", numbers=parse_numbers(text))
    parts = claim_key_parts(claim)
    assert claim_key_sets(claim) == ({s for s, _, _ in parts if s}, {w for s, w, _ in parts if not s})


def test_profile_matching_says_whether_a_run_found_the_same_relations(tmp_path):
    import json
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "profile_matching.py"
    line = "“The ferry timetable will be rewritten before the summer season begins,” said Ana Silva."
    (tmp_path / "in").mkdir()
    for name in ("port.txt", "coast.txt"):
        (tmp_path / "in" / name).write_text(f"Ferries\n\n{line}\n\nThe harbour cost £4 million to repair last year.\n", encoding="utf-8")
    db = tmp_path / "f.db"
    ingest.run(str(db), [tmp_path / "in"], jobs=1)

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, str(script), str(db), *args], capture_output=True, text=True)

    saved = tmp_path / "run.json"
    first = run("--save", str(saved))
    assert first.returncode == 0, first.stderr
    assert "quotes: 2, 2 relations" in first.stdout
    again = run("--compare", str(saved))
    assert again.returncode == 0 and "the same as the saved run" in again.stdout
    found = json.loads(saved.read_text())
    found["quotes"][0][2] = "altered"
    saved.write_text(json.dumps(found))
    changed = run("--compare", str(saved))
    assert changed.returncode == 1 and "DIFFERENT" in changed.stdout


def test_compare_relations_says_whether_two_ingests_hold_the_same(tmp_path):
    import sqlite3
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "compare_relations.py"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "port.txt").write_text(
        "Ferries\n\n“The ferry timetable will be rewritten before the summer season begins,” said Ana Silva.\n\n"
        "The harbour cost £4 million to repair last year.\n", encoding="utf-8")
    (tmp_path / "in" / "coast.txt").write_text(
        "Timetable change\n\nAna Silva said the ferry timetable “will be rewritten before the summer season”.\n\n"
        "Repairs to the harbour cost £5 million last year, the council said.\n", encoding="utf-8")
    # the same files stored in another order: other ids, the same items
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    ingest.run(str(first), [tmp_path / "in"], jobs=1)
    ingest.run(str(second), [tmp_path / "in" / "port.txt"], jobs=1)
    ingest.run(str(second), [tmp_path / "in" / "coast.txt"], jobs=1)

    def run() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, str(script), str(first), str(second)], capture_output=True, text=True)

    same = run()
    assert same.returncode == 0, same.stdout + same.stderr
    assert "quote_matches: 2 rows, the same" in same.stdout
    with sqlite3.connect(second) as conn:
        conn.execute("update quote_matches set relation = 'altered'")
    changed = run()
    assert changed.returncode == 1
    assert "quote_matches: DIFFERENT" in changed.stdout and changed.stdout.rstrip().endswith("DIFFERENT")
