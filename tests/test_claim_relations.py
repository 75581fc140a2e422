"""Claims compare like with like: what each figure measures, and which
pairs of claims corroborate or conflict (pure functions)."""

import pytest

from datasette_factcheck.extract import figures
from datasette_factcheck.extract.claims import parse_numbers
from datasette_factcheck.matching.claim_candidates import ClaimIndex
from datasette_factcheck.matching.claims import relate_claims
from datasette_factcheck.model import Claim


def claim(text: str, kind: str = "count") -> Claim:
    return Claim(text, 0, len(text), 1, kind, parse_numbers(text))


def figure(text: str) -> figures.Figure:
    (f,) = figures.describe(text)
    return f


# -- what a figure measures ------------------------------------------------------------


@pytest.mark.parametrize(
    "text,entities",
    [
        ("Sen. Lina Holt of Kelso raised $21 million.", {"holt", "kelso"}),
        ("The council approved a grant of £12 million.", set()),
        # the first word of a sentence is a name unless it is a function word
        ("Marden spent $4 million on the harbour.", {"marden"}),
        # a weekday in a name is part of it, alone it is a time
        ("In 12 states, voters go to the polls on Super Tuesday.", {"super tuesday"}),
        ("In 12 states, voters go to the polls on Tuesday.", set()),
    ],
)
def test_the_names_a_figure_is_about(text, entities):
    assert set(figure(text).entities) == entities


@pytest.mark.parametrize(
    "text,whole",
    [
        ("In Velo, 52 percent of registered farmers backed the plan.", "registered farmer"),
        ("Holt won 27 percent of that vote.", "?"),
        ("Holt won 27 percent in Velo.", None),
    ],
)
def test_what_a_share_is_of(text, whole):
    assert figure(text).whole == whole


@pytest.mark.parametrize(
    "text,purpose,key",
    [
        ("Kelso approved a £12 million grant for the harbour bridge.", "harbour bridge", "money:GBP"),
        ("Kelso spent $4 million on the village school.", "village school", "money:USD"),
        ("The Kelso fee rose by $5 last year.", None, "money:USD:by"),
        ("Kelso raised the fee to $15.", None, "money:USD:to"),
        ("Kelso raised the fee from the current $7.25.", None, "money:USD:from"),
    ],
)
def test_what_an_amount_is_for_and_its_role(text, purpose, key):
    f = figure(text)
    assert (f.purpose, f.key) == (purpose, key)


@pytest.mark.parametrize(
    "text",
    [
        "Holt won the Kelso race four years ago.",  # a time, not a quantity
        "Holt made her fifth visit to Kelso.",  # ordinals are compared like counts...
    ],
)
def test_times_ago_are_not_figures(text):
    kinds = [f.key for f in figures.describe(text)]
    assert all(not k.startswith("duration") for k in kinds)


@pytest.mark.parametrize(
    "a,b,overlap",
    [
        ("in 2027", "in May 2027", True),
        ("in May 2027", "in March 2027", False),
        ("on 1 March 2027", "on 1 March 2025", False),
        ("on 1 March 2027", "in March 2027", True),
        ("in the 1980s", "in 1984", True),
        ("on July 9-11", "on July 10", True),
        ("on July 9-11", "on July 12", False),
    ],
)
def test_dates_are_intervals(a, b, overlap):
    (x,) = parse_numbers(a)
    (y,) = parse_numbers(b)
    lo_x, hi_x = figures.date_interval(x)
    lo_y, hi_y = figures.date_interval(y)
    assert (lo_x <= hi_y and lo_y <= hi_x) is overlap


# -- pairs of claims -----------------------------------------------------------------------

# The same grant for the same bridge, worded differently in two outlets.
GRANT_12 = "The council of Kelso approved a £12 million grant for the harbour bridge."
GRANT_21_WORDED = "The harbour bridge grant from the council of Kelso, worth £21 million, was approved."
GRANT_12_POUNDS = "The council of Kelso approved a grant of 12 million pounds for the harbour bridge."
SUMMIT = "The summit of Tarn leaders in Velo will be held {when}, the foreign ministry said."


@pytest.mark.parametrize(
    "a,b,relation,differences",
    [
        (GRANT_12, GRANT_21_WORDED, "conflicts", "£12 million vs £21 million"),
        (GRANT_12, GRANT_12_POUNDS, "corroborates", "same figures: £12 million vs 12 million pounds (consistent)"),
        (SUMMIT.format(when="on 1 March 2027"), SUMMIT.format(when="on 1 March 2025"), "conflicts", "1 March 2027 vs 1 March 2025"),
        (SUMMIT.format(when="in May 2027"), SUMMIT.format(when="in March 2027"), "conflicts", "May 2027 vs March 2027"),
        (SUMMIT.format(when="in 2027"), SUMMIT.format(when="in May 2027"), "corroborates", "same figures: 2027 vs May 2027 (consistent)"),
        (
            "The Tarn factory in Velo will create 120 jobs, the company said.",
            "The Tarn factory in Velo is expected to create 200 jobs, the company said.",
            "conflicts",
            "120 jobs vs 200 jobs",
        ),
        (
            "Over 50 countries joined the Velo pact on grain trade, diplomats said.",
            "About 40 countries joined the Velo pact on grain trade, diplomats said.",
            "conflicts",
            "Over 50 countries vs About 40 countries",
        ),
        (
            "Over 50 countries joined the Velo pact on grain trade, diplomats said.",
            "Some 55 countries joined the Velo pact on grain trade, diplomats said.",
            "corroborates",
            "same figures: Over 50 countries vs Some 55 countries (consistent)",
        ),
        # a month both print is evidence of the same figure
        (
            "The Kelso campaign of Lina Holt raised more than $34 million in March.",
            "The Kelso campaign of Lina Holt said she raised $33 million in March alone.",
            "conflicts",
            "more than $34 million vs $33 million",
        ),
        (
            "The Velo bridge was opened in 2013, the harbour board said.",
            "The Velo bridge was opened in 2009, the harbour board said.",
            "conflicts",
            "2013 vs 2009",
        ),
        # the agreeing figures of two are paired: "from $7.25 to $12" and "$12"
        (
            "Mayor Holt of Kelso backs a minimum wage for harbour staff of $12, up from the current $7.25.",
            "Mayor Holt of Kelso backs a minimum wage for harbour staff of $12 next year.",
            None,
            None,
        ),
    ],
)
def test_claim_relations(a, b, relation, differences):
    found = relate_claims(claim(a), claim(b))
    if relation is None:
        assert found is None or found[0] == "corroborates"
        return
    assert found == (relation, differences)
    assert relate_claims(claim(b), claim(a))[0] == relation


@pytest.mark.parametrize(
    "a,b",
    [
        # the same words about another place
        (GRANT_12, "The council of Marden approved a £21 million grant for the harbour bridge."),
        # the same council, a grant for something else
        (GRANT_12, "The council of Kelso approved a £21 million grant for the village school."),
        # a rate of something else that shares "rate"
        (
            "The poverty rate in Velo was 14 percent when Mayor Holt took office.",
            "The unemployment rate in Velo was 8 percent when Mayor Holt took office.",
        ),
        # shares of different wholes
        (
            "In Velo, 52 percent of farmers backed the Tarn plan in the vote.",
            "In Velo, 31 percent of teachers backed the Tarn plan in the vote.",
        ),
        # a clause that names nothing is about something only its article knows
        ("The margin of error of the poll is three percentage points.", "The margin of error of the poll is four percentage points."),
        # running totals are of their article's day
        ("Holt has won 100 delegates so far in the Kelso race.", "Holt has won 758 delegates so far in the Kelso race."),
        (
            "Holt leads Marsh by 46 percent to 41 percent among likely voters in the latest Kelso poll.",
            "Holt leads Marsh by 48 percent to 43 percent among likely voters in the latest Kelso poll.",
        ),
        (
            "Holt led Marsh 46 percent to 41 percent among likely voters in the latest Kelso poll.",
            "Holt led Marsh 48 percent to 43 percent among likely voters in the latest Kelso poll.",
        ),
        # different days
        (
            "Kelso officials counted 4,000 voters at the harbour polls on Tuesday.",
            "Kelso officials counted 5,000 voters at the harbour polls on Saturday.",
        ),
        # different months: different figures, not a conflict
        (
            "The Kelso campaign of Lina Holt raised $21 million in January.",
            "The Kelso campaign of Lina Holt raised $12 million in March.",
        ),
        # two open bounds can both be true
        (
            "More than 500 Kelso volunteers joined the harbour clean-up, organisers said.",
            "More than 700 Kelso volunteers joined the harbour clean-up, organisers said.",
        ),
        # a difference and a level
        ("The Kelso harbour fee rose by $5 in 2026, the council said.", "The Kelso harbour fee rose to $5 in 2026, the council said."),
        # times before the article are not quantities
        ("Holt won the Kelso race four years ago, aides said.", "Holt won the Kelso race eight years ago, aides said."),
        # different kinds of figure
        ("Kelso will spend $48 million on the harbour bridge.", "Kelso will hire 48 teachers for the harbour school."),
        # wages of different people are different rates
        ("Cleaners at the Kelso harbour earn $12 an hour, the union said.", "Cleaners at the Kelso harbour earn $12 a year in bonuses, the union said."),
        ("No figures here at all.", "None here either."),
    ],
)
def test_claims_about_different_quantities_are_unrelated(a, b):
    assert relate_claims(claim(a), claim(b)) is None
    assert relate_claims(claim(b), claim(a)) is None


def test_claim_index_finds_conflict_both_ways():
    index = ClaimIndex()
    index.add(1, 1, claim(GRANT_12, "money"))
    index.add(2, 2, claim("The Tarn factory in Velo will create 120 jobs, the company said."))
    found = {(a, b): (rel, diff) for a, b, rel, diff in index.match_new([
        (3, 3, claim(GRANT_21_WORDED, "money")),
        (4, 4, claim("The Tarn factory in Velo is expected to create 200 jobs, the company said.")),
    ])}
    assert found[(3, 1)] == ("conflicts", "£21 million vs £12 million")
    assert found[(1, 3)] == ("conflicts", "£12 million vs £21 million")
    assert found[(4, 2)][0] == "conflicts"
    assert (3, 2) not in found and (4, 1) not in found
