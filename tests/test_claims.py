"""Numbers and check-worthy claims (pure functions)."""

import pytest

from datasette_factcheck.extract.claims import extract_claims, is_furniture, numbers_text, parse_numbers, split_sentences
from datasette_factcheck.model import Paragraph, Quote, Segmented


def one(text):
    found = parse_numbers(text)
    assert len(found) == 1, found
    n = found[0]
    return n.value, n.unit, n.qualifier, n.kind


@pytest.mark.parametrize(
    "text,expected",
    [
        ("the US pledged $60bn", (60e9, "USD", None, "money")),
        ("providing over 60 billion dollars’ worth of aid", (60e9, "USD", "over", "money")),
        ("a $60 billion package", (60e9, "USD", None, "money")),
        ("a £3.2m grant", (3.2e6, "GBP", None, "money")),
        ("a cost of €48 million", (48e6, "EUR", None, "money")),
        ("giving 3Billion to Ukraine", (3e9, None, None, "money")),
        ("a border of 1,215 km", (1215, "km", None, "quantity")),
        ("155mm shells", (155, "mm", None, "quantity")),
        ("staying 30 miles from Belarus", (30, "mile", None, "quantity")),
        ("with over 50 countries contributing", (50, "country", "over", "count")),
        ("140 nations advocating", (140, "nation", None, "count")),
        ("the plant will create 120 jobs", (120, "job", None, "count")),
        ("noted three pivotal decisions", (3, "decision", None, "count")),
        ("a dozen villages", (12, "village", None, "count")),
        ("nearly 2,000 troops", (2000, "troop", "nearly", "count")),
        ("at least 20 people died", (20, "person", "at least", "count")),
        ("up to 30% of the grain", (30, "%", "up to", "percent")),
        ("inflation of 2.5 per cent", (2.5, "%", None, "percent")),
        ("This marked his fifth trip to Ukraine", (5, "trip", None, "ordinal")),
        ("in Ukraine for the first time since", (1, "time", None, "ordinal")),
        ("the 3rd brigade", (3, "brigade", None, "ordinal")),
        ("applied to join in September 2022, citing", (20220900, None, None, "date")),
        ("a summit in Washington on July 9-11.", (709, None, None, "date")),
        ("On May 27th, Russia said", (527, None, None, "date")),
        ("Since 2023, Ukraine has signed", (20230000, None, "since", "date")),
        ("a 2/3rds majority", (66.67, "%", None, "percent")),
    ],
)
def test_parse_numbers(text, expected):
    value, unit, qualifier, kind = one(text)
    assert value == pytest.approx(expected[0])
    assert (unit, qualifier, kind) == expected[1:]


@pytest.mark.parametrize(
    "text,printed,value,kind,unit,precision,qualifier",
    [
        # dates are intervals of their precision, never counts
        ("the summit opens on 1 March 2027 in Velo", "1 March 2027", 20270301, "date", None, "day", None),
        ("signed on 21st May, 2024 by both", "21st May, 2024", 20240521, "date", None, "day", None),
        ("the vote is due in May 2027", "May 2027", 20270500, "date", None, "month", None),
        ("the vote is due in 2027", "2027", 20270000, "date", None, "year", None),
        ("a fashion of the 1980s", "1980s", 19800000, "date", None, "decade", None),
        ("the attack on 2/26/2012 was filmed", "2/26/2012", 20120226, "date", None, "day", None),
        ("the attack on 26/2/2012 was filmed", "26/2/2012", 20120226, "date", None, "day", None),
        # lengths of time, and times relative to the article
        ("she served for eight years in the senate", "eight years", 8, "duration", "year", None, None),
        ("the plant closed four years ago", "four years ago", 4, "duration", "year", None, "ago"),
        # rates of pay are not amounts
        ("cleaners earn $12 an hour there", "$12 an hour", 12, "money", "USD/hour", None, None),
        ("a salary of £40,000 a year", "£40,000 a year", 40000, "money", "GBP/year", None, None),
        # percentage points are not percent
        ("a margin of three percentage points", "three percentage points", 3, "percent", "pp", None, None),
    ],
)
def test_typed_values(text, printed, value, kind, unit, precision, qualifier):
    (n,) = parse_numbers(text)
    assert (n.printed, n.value, n.kind, n.unit, n.precision, n.qualifier) == (printed, value, kind, unit, precision, qualifier)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a score printed once for a pair: both shares
        ("the mayor led 46 to 40 percent", [(46, "%"), (40, "%")]),
        ("the mayor led 55-41% in the poll", [(55, "%"), (41, "%")]),
        # a date or a name written with a slash is no share
        ("the anniversary of 9/11 passed", []),
        ("the desk is open 24/7 for readers", []),
        ("a 2/3 of the seats", [(66.67, "%")]),
    ],
)
def test_pairs_and_slashes(text, expected):
    assert [(pytest.approx(n.value), n.unit) for n in parse_numbers(text)] == expected


@pytest.mark.parametrize(
    "numbers,text",
    [
        ("the council gave £12 million", "£12 million (money: 12,000,000 GBP)"),
        ("due on 1 March 2027", "1 March 2027 (date: 2027-03-01, day)"),
        ("due in May 2027", "May 2027 (date: 2027-05, month)"),
        ("due by July 9", "July 9 (date: --07-09, day)"),
        ("since 2023", "since 2023 (date: since 2023, year)"),
        ("up 5.5 percent", "5.5 percent (percent: 5.5%)"),
        ("over 50 countries", "over 50 countries (count: over 50 country)"),
        ("his fifth trip", "fifth trip (ordinal: 5 trip)"),
        ("four years ago", "four years ago (duration: 4 year ago)"),
        ("a rise of 3 percentage points and 2 bridges", "3 percentage points (percent: 3 percentage points); 2 bridges (count: 2 bridge)"),
    ],
)
def test_numbers_read_as_text(numbers, text):
    assert numbers_text(parse_numbers(numbers)) == text


@pytest.mark.parametrize("forms", [("$60bn", "60 billion dollars", "$60 billion", "US$60 billion", "$60,000,000,000")])
def test_equal_amounts_compare_equal(forms):
    values = {(parse_numbers(f"they sent {f} in aid")[0].value, parse_numbers(f"they sent {f} in aid")[0].unit) for f in forms}
    assert values == {(60e9, "USD")}


@pytest.mark.parametrize(
    "text",
    [
        "Stoltenberg visited Kyiv on Monday for talks",
        "First, we shortened your path to membership",
        "the T90's and F16s and a WW3 scare",
        "Article 5 of the NATO Charter",
        "one of the root causes of the conflict",
        "it may well happen",
    ],
)
def test_not_numbers(text):
    assert parse_numbers(text) == []


def test_printed_keeps_the_text_and_qualifier():
    found = parse_numbers("He also emphasised support with over 50 countries contributing and more than 140 nations")
    assert [(n.printed, n.qualifier) for n in found] == [("over 50 countries", "over"), ("more than 140 nations", "more than")]


@pytest.mark.parametrize(
    "text,sentences",
    [
        ("The U.S. State Department said so. Mr. Smith agreed.", ["The U.S. State Department said so.", "Mr. Smith agreed."]),
        ("Growth was 2.5 per cent. Dr. Jones left early.", ["Growth was 2.5 per cent.", "Dr. Jones left early."]),
        ("“It is over.” He left. Was it? Yes!", ["“It is over.”", "He left.", "Was it?", "Yes!"]),
        ("on the front line…But it is not too late", ["on the front line…", "But it is not too late"]),
        ("“Is it done?” she asked. It was.", ["“Is it done?” she asked.", "It was."]),
    ],
)
def test_split_sentences(text, sentences):
    assert [text[s:e] for s, e in split_sentences(text)] == sentences


def make_seg(paragraphs):
    body = "\n\n".join(paragraphs)
    paras, pos = [], 0
    for number, text in enumerate(paragraphs, 1):
        paras.append(Paragraph(number, pos, pos + len(text), text))
        pos += len(text) + 2
    return Segmented("Title", body, paras)


def make_quotes(seg):
    """Quotes between curly double quotes, as the quotes stage gives them."""
    import re

    out = []
    for m in re.finditer(r"“([^”]+)”", seg.body):
        para = next(p.number for p in seg.paragraphs if p.start <= m.start() < p.end)
        out.append(Quote(m.group(1), m.start(1), m.end(1), para))
    return out


SEED_002 = [
    "Secretary General Jens Stoltenberg has visited Kyiv, emphasising NATO’s backing for Ukraine during discussions with its President, Volodymyr Zelenskyy.",
    "In a statement that contrasted Ukraine’s objectives with those of Moscow, the Secretary General stated, “Ukrainians are fighting for their families, their future, their freedom; Moscow is fighting for imperial delusions”. He also emphasised the global support for Ukraine with over 50 countries contributing resources and over 140 nations advocating for Ukraine’s sovereignty in the UN.",
    "He stressed, “these three decisions mean that Ukraine is now closer to NATO than ever before.”",
    "During his visit, the Secretary-General paid his respects at Kyiv’s Wall of Remembrance of the Fallen for Ukraine. This marked his fifth trip to Ukraine in his capacity as NATO Secretary General.",
]
SEED_003 = [
    "Kiev must prevail during its conflict with Moscow if it wants to become a member of NATO, the alliance’s secretary general, Jens Stoltenberg, said on Wednesday. He made the comments as NATO countries are set to meet for an annual summit in Washington on July 9-11.",
    "Ukraine formally applied to join the US-led alliance in September 2022, citing its ongoing armed conflict with Russia.",
    "Since 2023, Ukraine has signed bilateral security pacts with several NATO members, including the UK, France and Germany. These agreements do not have the same power as Article 5 of the NATO Charter, however, which stipulates that an attack against one member must be treated as an attack against the alliance as a whole.",
]
COUNCIL = [
    "The city council voted on Tuesday to close the library. Is this the end of reading in the town?",
    "“We had no choice. The repairs would cost £3.2m and we lost 40% of our grant,” said the council leader, Ann Reid.",
    "Residents think the decision is a mistake. The Library Act of 1964 requires councils to provide a service.",
]


@pytest.mark.parametrize(
    "paragraphs,expected",
    [
        (
            SEED_002,
            [
                (2, "count", "He also emphasised the global support for Ukraine with over 50 countries"),
                (3, "count", "He stressed, “these three decisions mean"),
                (4, "ordinal", "This marked his fifth trip to Ukraine"),
            ],
        ),
        (
            SEED_003,
            [
                (1, "date", "He made the comments as NATO countries are set to meet"),
                (2, "date", "Ukraine formally applied to join the US-led alliance in September 2022"),
                (3, "date", "Since 2023, Ukraine has signed"),
                (3, "event", "These agreements do not have the same power as Article 5"),
            ],
        ),
        (
            COUNCIL,
            [
                (2, "money", "The repairs would cost £3.2m"),
                (3, "event", "The Library Act of 1964 requires"),
            ],
        ),
    ],
)
def test_extract_claims(paragraphs, expected):
    seg = make_seg(paragraphs)
    claims = extract_claims(seg, make_quotes(seg))
    assert [(c.paragraph, c.kind, c.text[: len(t)]) for c, (_, _, t) in zip(claims, expected)] == expected
    assert len(claims) == len(expected)
    for c in claims:
        assert seg.body[c.start : c.end] == c.text


def test_claims_inside_quotes_point_at_their_quote():
    seg = make_seg(COUNCIL)
    quotes = [Quote("Headline words that cost £3.2m", 0, 10, 0)] + make_quotes(seg)
    claims = extract_claims(seg, quotes)
    repairs = next(c for c in claims if "£3.2m" in c.text)
    assert quotes[repairs.quote_index].text.startswith("We had no choice.")
    act = next(c for c in claims if "1964" in c.text)
    assert act.quote_index is None


def test_questions_and_opinions_are_not_claims():
    seg = make_seg(["Is the bridge worth $48 million? I think the town deserves better than this."])
    assert extract_claims(seg, []) == []


@pytest.mark.parametrize("body", ["", "   ", "\u2026\u2026", "$", "1,2,3,4.5.6 ... ?!"])
def test_never_raises(body):
    seg = Segmented("t", body, [Paragraph(1, 0, len(body), body)] if body else [])
    assert isinstance(extract_claims(seg, []), list)
    assert isinstance(parse_numbers(body), list)


@pytest.mark.parametrize(
    "sentence",
    [
        "Editor\u2019s note: The mayor has promised 300 homes and 40 parks since 2019.",
        "Correction: An earlier version gave the cost as $4 million.",
        "Pat Lane contributed to this report from 3 cities.",
        "(Reporting by Kim Hale; editing by 2 desks)",
        "Jo Marsh is a senior reporter for the Valley Times covering 12 towns.",
        "Follow Jo Marsh on Twitter for 5 updates a day.",
        '<post id="17" author="someone">We counted 40 boats</post>.',
        "The latest on the harbour vote (all times local):",
    ],
)
def test_furniture_is_not_a_claim(sentence):
    assert is_furniture(sentence)
    seg = make_seg([sentence])
    assert extract_claims(seg, []) == []


@pytest.mark.parametrize(
    "paragraph,claim",
    [
        ("KELSO (Wire) \u2014 The council approved a \u00a312 million grant.", "The council approved a \u00a312 million grant."),
        ("PORT ELLEN, N.S. -- Ferries carried 4,000 cars in May.", "Ferries carried 4,000 cars in May."),
        ("NEW HAVEN \u2015 The mayor promised 300 homes.", "The mayor promised 300 homes."),
    ],
)
def test_datelines_are_not_part_of_a_claim(paragraph, claim):
    seg = make_seg([paragraph])
    (found,) = extract_claims(seg, [])
    assert found.text == claim
    assert seg.body[found.start : found.end] == claim
