"""How much a difference between two versions matters, on sentences written for these tests."""

import pytest

from datasette_factcheck.matching.significance import assess, assess_differences, canonical, classify_edit, spelling

ORIGINAL = "We will reopen the north pier in May and we will not raise the fares this year."


@pytest.mark.parametrize(
    "printed, original, significance, reason",
    [
        # cosmetic
        ("We'll reopen the north pier in May and we won't raise the fares this year.", ORIGINAL, "cosmetic", None),
        ("we will reopen the North Pier in May, and we will not raise the fares this year", ORIGINAL, "cosmetic", None),
        ("The organisation will honour the agreement on the harbour centre.",
         "The organization will honor the agreement on the harbor center.", "cosmetic", None),
        ("We hired 4 crews for the harbour repairs this spring.",
         "We hired four crews for the harbour repairs this spring.", "cosmetic", None),
        ("We will, uh, reopen the north pier in May, you know, before the summer.",
         "We will reopen the north pier in May before the summer.", "cosmetic", None),
        # wording
        ("We will reopen the northern jetty in May and we will not raise the fares this year.", ORIGINAL, "wording", None),
        ("We will not raise the fares this year and we will reopen the north pier in May.", ORIGINAL, "wording", None),
        ("The council approved the new harbour plan on a quiet evening.",
         "The council approved the new harbour plan on a rainy evening.", "wording", None),
        # meaning
        ("We will reopen the north pier in May and we will raise the fares this year.", ORIGINAL, "meaning", "negation dropped"),
        ("The council never approved the new harbour plan for the town.",
         "The council approved the new harbour plan for the town.", "meaning", "negation added"),
        ("We will reopen the north pier in June and we will not raise the fares this year.", ORIGINAL, "meaning", "date changed"),
        ("We hired five crews for the harbour repairs this spring.",
         "We hired four crews for the harbour repairs this spring.", "meaning", "number changed"),
        ("The budget grows by 7 percent over the coming decade.",
         "The budget grows by 4 percent over the coming decade.", "meaning", "number changed"),
        ("We may reopen the north pier in May and we will not raise the fares this year.", ORIGINAL, "meaning", "modal changed"),
        ("All of the crews will be paid before the winter storms arrive.",
         "Some of the crews will be paid before the winter storms arrive.", "meaning", "quantifier changed"),
        ("The new bridge will cut the journey for commuters from the valley.",
         "The new bridge will only cut the journey for commuters from the valley.", "meaning", "qualifier dropped"),
        ("The tunnel is finished and the trains run on time every morning.",
         "The tunnel is nearly finished and the trains run on time every morning.", "meaning", "qualifier dropped"),
        ("Mayor Okafor signed the harbour agreement with the port authority.",
         "Mayor Lindqvist signed the harbour agreement with the port authority.", "meaning", "name changed"),
    ],
)
def test_assess(printed, original, significance, reason):
    found = assess(printed, original)
    assert found.significance == significance, found.differences
    if reason:
        assert reason in found.reasons


@pytest.mark.parametrize(
    "word, expected",
    [("organisation", "organization"), ("colour", "color"), ("centre", "center"), ("travelled", "traveled"),
     ("analysed", "analyzed"), ("catalogue", "catalog"), ("four", "four"), ("hour", "hour"), ("defence", "defense")],
)
def test_spelling(word, expected):
    assert spelling(word) == expected


@pytest.mark.parametrize(
    "words, expected",
    [
        (["We'll", "go"], ["we", "will", "go"]),
        (["won't"], ["will", "not"]),
        (["can't"], ["can", "not"]),
        (["cannot"], ["can", "not"]),
        (["twenty", "five", "crews"], ["#25", "crews"]),
        (["1,000", "homes"], ["#1000", "homes"]),
        (["two", "million"], ["#2e+06"]),
        (["um,", "you", "know,", "the", "pier"], ["the", "pier"]),
    ],
)
def test_canonical(words, expected):
    assert canonical(words) == expected


@pytest.mark.parametrize(
    "printed, original, where, expected",
    [
        ([], ["unless", "fuel", "prices", "rise"], "at the end", "meaning"),
        ([], ["before", "the", "summer"], "at the end", "wording"),
        (["quickly"], [], "", "wording"),
        (["Well,"], [], "at the start", "cosmetic"),
    ],
)
def test_classify_edit(printed, original, where, expected):
    assert classify_edit(printed, original, where)[0] == expected


def test_identical_texts_have_no_differences():
    assert assess(ORIGINAL, ORIGINAL).significance == "none"


@pytest.mark.parametrize(
    "differences, significance, reason",
    [
        ("dropped 'not'", "meaning", "negation dropped"),
        ("'may' → 'will'", "meaning", "modal changed"),
        ("'stone bridge' → 'granite bridge'", "wording", "other words"),
        ("'We will' → 'We'll' at the start", "cosmetic", "contraction"),
        ("joins 2 separate passages of the other quote without marking the cuts ('the bridge', 'we asked')", "meaning", "passages joined"),
        ("dropped 'straightaway' at the end; the other article is 6 months later: the same words reused from another occasion?",
         "wording", "words dropped"),
        ("the other quotes only part of this (leaves out 8 words after)", "none", None),
    ],
)
def test_assess_differences_reads_a_relations_text(differences, significance, reason):
    found = assess_differences(differences)
    assert found is not None and found.significance == significance
    if reason:
        assert reason in found.reasons


def test_assess_differences_refuses_text_it_cannot_read():
    assert assess_differences("something else entirely") is None
