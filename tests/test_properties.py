"""Property tests: every text stage and the matcher take any text without
raising, and every offset they return points at the text they report."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from datasette_factcheck.matching import candidates, claim_candidates
from datasette_factcheck.extract import article, claims
from datasette_factcheck.matching import compare, words
from datasette_factcheck.extract import segment
from datasette_factcheck.model import Claim, Number

# Slow (hundreds of generated examples a property): left out by make test-quick.
pytestmark = pytest.mark.slow

# Pieces news pages are made of, and the characters that trip parsers:
# every kind of quote mark, line ends, bullets, ellipses, digits, dashes.
PIECES = [
    "“", "”", "‘", "’", '"', "'", "«", "»", "„", "‹", "›", "``", "''",
    "\n", "\n\n", "\r\n", "\r", "\t", " ", "  ",
    "•", "* ", "- ", "– ", "— ", "1. ", "…", "...", ". . .",
    "0", "7", "42", "1,000", "3.5", "$", "€", "%", "million", "billion", "2024", "1990s",
    "said", "told", "says", "added", "according to", "he", "she", "they", ":", ",", ".", "?", "!", ";",
    "Jens Stoltenberg", "Ana Ruiz", "Mr", "Dr.", "the mayor", "NATO", "Reply", "LEAVE A REPLY",
    "6 months ago", "Comments", "Subscribe", "Related:", "By Jane Doe", "(", ")", "[", "]",
    "We will", "stand", "with", "partners", "as long as it takes", "é", "中文", "\u200b", "\ufeff", "\x0c",
]

news_text = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=12)),
    max_size=80,
).map("".join)

any_text = st.one_of(news_text, st.text(max_size=300))

# Sized to keep this file well under a minute.
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def analyse(text: str):
    seg = segment.segment(text)
    found = article.quotes_of(seg)
    return seg, found, claims.extract_claims(seg, found)


@SETTINGS
@given(any_text)
def test_segment_paragraphs_point_into_the_body(text):
    seg = segment.segment(text)
    assert isinstance(seg.title, str) and isinstance(seg.body, str)
    numbers = [p.number for p in seg.paragraphs]
    assert numbers == sorted(set(numbers))
    assert all(n >= 1 for n in numbers)
    for p in seg.paragraphs:
        assert 0 <= p.start <= p.end <= len(seg.body)
        assert seg.body[p.start : p.end] == p.text
    parents = {c.index for c in seg.comments}
    for c in seg.comments:
        assert c.parent is None or c.parent in parents
        assert c.depth >= 0


@SETTINGS
@given(any_text)
# A tab between a closing mark and a speech verb, once read as a word.
@example("“‹“\tsaid")
# A cue whose first word is all marks, before a colon: no title in it to look up.
@example("““\tRelated:“““‹")
def test_quotes_and_speakers_point_at_their_text(text):
    seg, found, _ = analyse(text)
    numbers = {p.number for p in seg.paragraphs}
    for q in found:
        source = seg.title if q.paragraph == 0 else seg.body
        assert 0 <= q.start <= q.end <= len(source)
        assert source[q.start : q.end] == q.text
        assert q.paragraph == 0 or q.paragraph in numbers
        assert q.kind in ("quote", "scare", "title")
        if q.speaker is not None:
            assert isinstance(q.speaker, str) and q.speaker.strip()


@SETTINGS
@given(any_text)
def test_claims_point_at_their_text(text):
    seg, found, found_claims = analyse(text)
    numbers = {p.number for p in seg.paragraphs}
    for c in found_claims:
        assert 0 <= c.start <= c.end <= len(seg.body)
        assert seg.body[c.start : c.end] == c.text
        assert c.paragraph in numbers
        assert c.quote_index is None or 0 <= c.quote_index < len(found)
        for n in c.numbers:
            assert isinstance(n.value, float) and n.value == n.value  # not NaN


@SETTINGS
@given(any_text, any_text)
def test_match_functions_never_raise(a, b):
    sim = words.similarity(a, b)
    assert 0.0 <= sim <= 1.0
    assert words.similarity(a, a) in (0.0, 1.0)
    relation = compare.relate(a, b)
    if relation is not None:
        assert 0.0 <= relation.similarity <= 1.0
        assert isinstance(relation.differences, str)
    ops = words.diff_ops(a, b)
    assert all(op in ("equal", "insert", "delete") for op, _ in ops)
    # Read one way the ops spell a's words, the other way b's (equal words
    # are shown as a printed them): no word lost or invented.
    a_words = [w for op, w in words.diff_ops(a, "") if op == "delete"]
    b_words = [w for op, w in words.diff_ops("", b) if op == "insert"]
    assert [w for op, w in ops if op != "insert"] == a_words
    assert len([w for op, w in ops if op != "delete"]) == len(b_words)
    assert isinstance(compare.diff_text(a, b), str)


@SETTINGS
@given(st.lists(any_text, min_size=1, max_size=6))
def test_quote_index_never_raises_and_relates_only_across_articles(texts):
    index = candidates.QuoteIndex()
    new = [(i, i % 3, text) for i, text in enumerate(texts)]
    group = {key: g for key, g, _ in new}
    for a, b, relation in index.match_new(new):
        assert group[a] != group[b]
        assert relation.relation


@SETTINGS
@given(st.lists(any_text, min_size=1, max_size=5), st.lists(st.floats(0, 1e12, allow_nan=False), max_size=5))
def test_claim_index_never_raises(texts, values):
    index = claim_candidates.ClaimIndex()
    new = []
    for i, text in enumerate(texts):
        nums = [Number(printed=str(v), value=float(v), kind="count") for v in values[i % (len(values) or 1) :][:2]]
        new.append((i, i % 2, Claim(text=text, start=0, end=len(text), paragraph=1, kind="count", numbers=nums)))
    for a, b, relation, differences in index.match_new(new):
        assert a != b and relation in ("corroborates", "conflicts") and isinstance(differences, str)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(['"', "“", "”", "‘", "’", "'", "\n", " ", "x", "said"]), min_size=1, max_size=3000).map("".join))
def test_long_runs_of_quote_marks(text):
    seg, found, _ = analyse("Headline here\n\n" + text)
    for q in found:
        source = seg.title if q.paragraph == 0 else seg.body
        assert source[q.start : q.end] == q.text
