"""Cross-source quote and claim matching (pure functions)."""

import pytest

from datasette_factcheck.matching.candidates import QuoteIndex
from datasette_factcheck.matching.compare import diff_text, published_note, relate, relate_to_article
from datasette_factcheck.matching.sql import sql_diff, sql_normalize, sql_similarity
from datasette_factcheck.matching.words import diff_ops, normalize, similarity, tokens

# -- the seeds: one press conference as printed by two outlets --------------

Q000_ARMS = (
    "Leadership and bravery alone cannot repel the Russian forces; you also need arms and ammunition… Ukraine has "
    "been outgunned for months… fewer Russian missiles and drones have been shot down, and Russia has been able to "
    "push forward on the front line…But it is not too late for Ukraine to prevail. More support is on the way…I "
    "expect further announcements soon."
)
Q000_ALLIES = (
    "Allies have already agreed to plan for a greater NATO role in coordinating security assistance and training "
    "for Ukraine…I believe we also need a major, multi-year financial commitment to sustain our support. To "
    "demonstrate that our support to Ukraine is not short term and ad hoc, but long term and predictable. Moscow "
    "must understand: they cannot win. And they cannot wait us out…Ukraine’s rightful place is in NATO. Ukraine will "
    "become a member of NATO. The work we are undertaking now puts you on an irreversible path towards NATO "
    "membership, so that when the time is right, Ukraine can become a NATO member."
)
Q001 = [
    "leadership and bravery alone cannot repel the Russian forces; you also need arms and ammunition.",
    "Ukraine has been outgunned for months… fewer Russian missiles and drones have been shot down, and Russia has "
    "been able to push forward on the front line,",
    "But it is not too late for Ukraine to prevail. More support is on the way.",
    "and they agreed to step up our support,",
    "I expect further announcements soon.",
    "Allies have already agreed to plan for a greater NATO role in coordinating security assistance and training "
    "for Ukraine,",
    "I believe we also need a major, multi-year financial commitment to sustain our support. To demonstrate that our "
    "support to Ukraine is not short term and ad hoc, but long term and predictable. Moscow must understand: they "
    "cannot win. And they cannot wait us out.",
    "Ukraine’s rightful place is in NATO. Ukraine will become a member of NATO. The work we are undertaking now puts "
    "you on an irreversible path towards NATO membership, so that when the time is right, Ukraine can become a NATO "
    "member straightaway.",
]
H004 = "Ukraine's rightful place is in NATO,"
B004 = (
    "Let me be clear, Ukraine’s rightful place is in the Euro-Atlantic family. Ukraine’s rightful place is in NATO, "
    "and over time our support will help you make this possible,"
)
Q003 = (
    "I expect that allies will actually make important announcements between now and the summit and also at the "
    "summit for more military equipment … which is urgently needed to ensure that Ukraine prevails as a sovereign "
    "independent nation,"
)

# -- other topics, in the same styles -----------------------------------------

FLOOD_LONG = (
    "The river rose faster than anyone predicted. We evacuated 300 homes in two hours, and I want to thank every "
    "volunteer who came out in the rain. The damage will take months to repair."
)
FLOOD_PARTS = [
    "The river rose faster than anyone predicted.",
    "We evacuated 300 homes in two hours, and I want to thank every volunteer who came out in the rain.",
    "The damage will take months to repair.",
]


@pytest.mark.parametrize(
    "a,b,relation",
    [
        # same words, typography aside
        ("“We will not back down,” she said", '"We will not back down," she said', "verbatim"),
        ("The plan is dead… we start again", "the plan is dead... we start again", "verbatim"),
        # faithful partial quotes
        (H004, Q001[7], "excerpt"),
        (H004, Q000_ALLIES, "excerpt"),
        (H004, B004, "excerpt"),
        ("evacuated 300 homes in two hours", FLOOD_PARTS[1], "excerpt"),
        ("The river rose faster than anyone predicted.", FLOOD_LONG, "excerpt"),
        # the reverse direction
        (Q001[7], H004, "contains"),
        (FLOOD_LONG, "The damage will take months to repair.", "contains"),
        # a full stop where the other's sentence goes on: a silent cut
        ("so that when the time is right, Ukraine can become a NATO member.", Q001[7], "altered"),
        ("The council will approve the budget.", "The council will approve the budget next spring, the mayor said.", "altered"),
        # words changed
        ("the threat comes from Moscow and its allies", "the threat is coming from Moscow and its allies", "altered"),
        ("We will rebuild every school that was destroyed", "We will rebuild every single school that was destroyed", "altered"),
        # several passages of one quote joined together
        ("The river rose faster than anyone predicted. The damage will take months to repair.", FLOOD_LONG, "spliced"),
        ("The river rose faster than anyone predicted… The damage will take months to repair.", FLOOD_LONG, "spliced"),
        (FLOOD_LONG, "The river rose faster than anyone predicted. The damage will take months to repair.", "part_of_splice"),
        # two cuts of one remark
        (
            "The river rose faster than anyone predicted. We evacuated 300 homes in two hours",
            "We evacuated 300 homes in two hours, and I want to thank every volunteer who came out in the rain.",
            "overlaps",
        ),
    ],
)
def test_relation_kinds(a, b, relation):
    found = relate(a, b)
    assert found is not None
    assert found.relation == relation
    assert 0.0 <= found.similarity <= 1.0


@pytest.mark.parametrize(
    "a,b",
    [
        # only common words in common
        (Q003, Q001[4]),
        ("I expect further announcements soon.", "I expect the talks to be difficult."),
        ("We need to ensure that Ukraine prevails", "We need to ensure that the budget is balanced"),
        ("The stronger Ukraine becomes, the closer we come to ending Russia’s aggression.", "Ukraine’s future is in NATO."),
        ("It is what it is and that is that", "that is what it is, and it is over"),
        # too short, empty, missing
        ("in NATO", "Ukraine’s rightful place is in NATO."),
        ("", "anything at all here"),
        (None, "anything at all here"),
    ],
)
def test_unrelated_quotes_have_no_relation(a, b):
    assert relate(a, b) is None


def test_seed_splice_across_four_quotes():
    found = dict(relate_to_article(Q000_ARMS, Q001))
    assert set(found) == {0, 1, 2, 4}
    for rel in found.values():
        assert rel.relation == "spliced"
        assert "joins 4 remarks that the other article prints separately" in rel.differences
        assert "'leadership and bravery alone" in rel.differences  # says which


def test_seed_splice_drops_straightaway():
    found = dict(relate_to_article(Q000_ALLIES, Q001))
    assert set(found) == {5, 6, 7}
    assert all(r.relation == "spliced" for r in found.values())
    assert "joins 3 remarks" in found[5].differences
    assert "dropped 'straightaway' at the end" in found[7].differences
    assert "straightaway" not in found[5].differences


def test_seed_silent_cut_is_reported():
    rel = relate(Q000_ALLIES.split("…")[-1], Q001[7])
    assert rel.relation == "altered"
    assert rel.differences == "dropped 'straightaway' at the end"
    back = relate(Q001[7], Q000_ALLIES.split("…")[-1])
    assert back.relation == "altered"
    assert "added 'straightaway' at the end" in back.differences


def test_seed_excerpt_is_not_a_splice_of_one_article():
    # the headline of 004 against 001's quotes: one excerpt, no splice
    found = relate_to_article(H004, Q001)
    assert [(i, r.relation) for i, r in found] == [(7, "excerpt")]


def test_splice_of_another_topic():
    found = dict(relate_to_article(FLOOD_LONG, FLOOD_PARTS))
    assert {i: r.relation for i, r in found.items()} == {0: "spliced", 1: "spliced", 2: "spliced"}
    assert "joins 3 remarks" in found[1].differences
    assert "without marking the cuts" in found[1].differences


@pytest.mark.parametrize(
    "a,b,expected",
    [
        ("the threat comes from Moscow and its allies", "the threat is coming from Moscow and its allies", "'is coming from' → 'comes from'"),
        ("We will rebuild every school that was destroyed", "We will rebuild every single school that was destroyed", "dropped 'single'"),
        ("We will rebuild every single school that was destroyed", "We will rebuild every school that was destroyed", "added 'single'"),
    ],
)
def test_differences_in_words_a_person_reads(a, b, expected):
    assert expected in relate(a, b).differences
    assert expected in diff_text(a, b)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("“Ukraine’s rightful place is in NATO,”", "ukraine rightful place is in nato"),
        ("Ukraine has been outgunned for months… fewer   missiles", "ukraine has been outgunned for months fewer missiles"),
        ("prevails – that’s an absolute minimum", "prevails that is an absolute minimum"),
        ("front line...But", "front line but"),
        ("a $3.2 billion, 1,215 km", "a 3.2 billion 1215 km"),
        ("", ""),
    ],
)
def test_normalize(text, expected):
    assert normalize(text) == expected
    assert tokens(text) == expected.split()


def test_similarity_and_diff_ops():
    assert similarity("We will win.", "“we will WIN”") == 1.0
    assert similarity("We will win", "Nothing alike here") == 0.0
    assert 0.5 < similarity("We will win this war", "We will win the war") < 1.0
    ops = diff_ops("we will surely win", "We will win now.")
    assert ("delete", "surely") in ops and ("insert", "now.") in ops
    assert [w for op, w in ops if op == "equal"] == ["we", "will", "win"]


@pytest.mark.parametrize(
    "fn,args,expected",
    [
        (sql_normalize, (None,), None),
        (sql_normalize, ("“Hello,” World",), "hello world"),
        (sql_similarity, (None, "x"), None),
        (sql_similarity, ("a b c", "a b c"), 1.0),
        (sql_diff, ("x", None), None),
        (sql_diff, ("we will win", "we will win"), "same words"),
    ],
)
def test_sql_wrappers_never_raise(fn, args, expected):
    assert fn(*args) == expected


@pytest.mark.parametrize(
    "a,b,expected",
    [
        ("2024-04-29", "2024-05-10", None),
        ("2024-04-29", "2023-04-28", "the other article is 12 months earlier: the same words reused from another occasion?"),
        ("2023-01-01", "2023-03-15", "the other article is 2 months later: the same words reused from another occasion?"),
        (None, "2023-03-15", None),
        ("not a date", "2023-03-15", None),
    ],
)
def test_published_note(a, b, expected):
    assert published_note(a, b) == expected


# -- the quote index ------------------------------------------------------------


def test_quote_index_candidates():
    index = QuoteIndex()
    for key, text in enumerate(Q001):
        index.add(100 + key, 1, text)
    index.add(200, 2, "The council will approve the budget next spring, the mayor said.")
    assert 107 in index.candidates(H004, exclude_group=4)
    assert index.candidates(Q003, exclude_group=3) == set()  # only common words shared
    # its own article is never a candidate
    assert index.candidates(Q001[7], exclude_group=1) == set()
    assert index.candidates("budget next spring, the mayor", exclude_group=9) == {200}


def test_quote_index_match_new_both_directions_and_splices():
    index = QuoteIndex()
    # every quote is the Secretary General's (speaker 7) but Q003
    for key, text in enumerate(Q001):
        index.add(100 + key, 1, text, 7)
    index.add(300, 3, Q003, 8)
    found = {(a, b): rel for a, b, rel in index.match_new([(1, 0, Q000_ARMS, 7), (2, 0, Q000_ALLIES, 7), (5, 4, H004, 7)])}
    assert found[(1, 100)].relation == "spliced"
    assert found[(100, 1)].relation == "part_of_splice"
    assert found[(2, 107)].relation == "spliced"
    assert "dropped 'straightaway' at the end" in found[(2, 107)].differences
    assert found[(5, 107)].relation == "excerpt"
    assert found[(107, 5)].relation == "contains"
    # among the new ones too: 004's headline is an excerpt of 000's quote
    assert found[(5, 2)].relation == "excerpt"
    assert not any(300 in pair for pair in found)
    # never a pair inside one article
    assert (1, 2) not in found and (2, 1) not in found


def test_quote_index_finds_a_splice_of_new_quotes_by_an_old_one():
    index = QuoteIndex()
    index.add(1, 0, FLOOD_LONG)
    found = {(a, b): rel.relation for a, b, rel in index.match_new([(10 + i, 5, t) for i, t in enumerate(FLOOD_PARTS)])}
    assert found[(1, 11)] == "spliced" and found[(11, 1)] == "part_of_splice"


# A phrase that four articles print with no one named for it is a stock
# phrase: quotes that share only it are no relation, and are not compared.
_STOCK = "we will leave no stone unturned"


def _stock_index(read_ahead=None):
    texts: dict[int, str] = {}
    read: list[int] = []

    def text_of(item):
        read.append(item)
        return texts.get(item)

    index = QuoteIndex(text_of=text_of, read_ahead=read_ahead)
    entries = [
        (1, 1, f"{_STOCK} in the search for the missing hikers"),
        (2, 2, f"{_STOCK} until the harbour bridge is open again"),
        (3, 3, f"{_STOCK} before the flood barrier season"),
        (4, 4, f"{_STOCK} while the ferry strike goes on"),
        # another version of article 1's remark: a real relation
        (5, 5, "we will leave no stone unturned in the search for the missing hikers, the chief said"),
    ]
    for item, group, text in entries:
        texts[item] = text
        index.add(item, group, text)
    return index, read


def test_quotes_sharing_only_a_stock_phrase_are_not_compared():
    index, read = _stock_index()
    found = {(a, b): rel.relation for a, b, rel in index.match_keys([1, 2, 3, 4, 5])}
    assert found == {(1, 5): "excerpt", (5, 1): "contains"}
    # the texts of 2, 3 and 4 were never needed: they share only the phrase
    assert set(read) == {1, 5}


def test_read_ahead_is_told_every_quote_compared_and_changes_nothing():
    told: list[int] = []
    index, read = _stock_index(read_ahead=told.extend)
    plain, _ = _stock_index()
    assert index.match_keys([1, 2, 3, 4, 5]) == plain.match_keys([1, 2, 3, 4, 5])
    assert set(read) <= set(told)


def test_quote_index_skips_boilerplate_shingles():
    index = QuoteIndex(max_df=3)
    for key in range(10):
        index.add(key, key, f"we will stand with them for as long as it takes said speaker {key}")
    assert index.candidates("stand with them for as long as it takes", exclude_group=-1) == set()


@pytest.mark.parametrize(
    "a, b, ops",
    [
        # a compound matched in part is one changed word, not a kept one too
        ("million", "billion-million", [("delete", "million"), ("insert", "billion-million")]),
        ("pay-to-play deals", "pay-to-play deals", [("equal", "pay-to-play"), ("equal", "deals")]),
        ("the well-known case", "the case", [("equal", "the"), ("delete", "well-known"), ("equal", "case")]),
    ],
)
def test_diff_ops_compare_printed_words(a, b, ops):
    assert diff_ops(a, b) == ops
