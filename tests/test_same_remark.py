"""A relation needs the same remark: faithful versions that differ only in
how words are printed, changed versions that cover the shorter quote,
splices of separate passages, and no relation for a shared stock phrase,
a slogan or a title (all sentences here are made up for the tests)."""

import pytest

from datasette_factcheck.matching.candidates import QuoteIndex
from datasette_factcheck.matching.compare import relate, relate_to_article
from datasette_factcheck.matching.remarks import continues_of, continues_previous
from datasette_factcheck.matching.words import normalize

# -- the same words, printed differently -----------------------------------------------


@pytest.mark.parametrize(
    "a,b",
    [
        # possessives: with and without the s after the apostrophe
        ("The council is becoming the harbour’s best friend", "The council is becoming the harbour's best friend"),
        ("The plan is Hastings’ best hope for the pier", "The plan is Hastings's best hope for the pier"),
        # hyphens and spacing
        ("This is pay-to-play politics at the port authority", "This is pay to play politics at the port authority"),
        ("a well-known figure on the harbour board", "a well known figure on the harbour board"),
        # contractions
        ("We don’t accept the ferry timetable and we won’t sign it", "We do not accept the ferry timetable and we will not sign it"),
        ("I’m sure it’s the right decision for the valley", "I am sure it is the right decision for the valley"),
        ("We cannot build the bridge before the winter floods", "We can't build the bridge before the winter floods"),
    ],
)
def test_faithful_versions_are_the_same_words(a, b):
    assert normalize(a) == normalize(b)
    assert relate(a, b).relation == "verbatim"


@pytest.mark.parametrize(
    "a,b,relation",
    [
        ("the harbour’s best friend on the council", "The council is becoming the harbour's best friend on the council today", "excerpt"),
        ("we won’t sign the ferry timetable", "I said that we will not sign the ferry timetable, and I meant it.", "excerpt"),
    ],
)
def test_faithful_excerpts_printed_differently(a, b, relation):
    assert relate(a, b).relation == relation


# -- a changed version covers the shorter quote ------------------------------------------


@pytest.mark.parametrize(
    "a,b",
    [
        # a short quote that is mostly a stock phrase, inside a longer remark
        ("doing the sensible thing,", "We asked the board to do the sensible thing and reopen the lido before summer."),
        ("no conflict of interest.", "The auditor found an obvious conflict of interest over the harbour contract."),
        ("Not going to comment on that.", "We are not going to comment on what the ferry company is doing."),
        # two different remarks that share one phrase
        (
            "There is a special place in the archive for letters nobody answers.",
            "There is a special place in the archive for maps of the old canal.",
        ),
    ],
)
def test_a_shared_phrase_is_not_a_changed_version(a, b):
    assert relate(a, b) is None


@pytest.mark.parametrize(
    "a,b,dropped",
    [
        (
            "The ferry will run every hour from the old pier to the island.",
            "The ferry will run every hour from the old pier to the island and back.",
            "dropped 'and back' at the end",
        ),
        (
            "We will repair the sea wall before the storms of October arrive.",
            "We will repair the whole sea wall before the storms of October arrive.",
            "dropped 'whole'",
        ),
    ],
)
def test_changed_versions_still_relate(a, b, dropped):
    found = relate(a, b)
    assert found.relation == "altered"
    assert dropped in found.differences


def test_similarity_describes_both_whole_quotes():
    long = "The ferry will run every hour from the old pier to the island, and the fares will not rise this year."
    short = "every hour from the old pier"
    found = relate(short, long)
    assert found.relation == "excerpt"
    # faithful, but six words of twenty-one: not "similar" as a whole
    assert found.similarity < 0.5
    assert relate(long, long).similarity == 1.0


# -- words left out, and splices --------------------------------------------------------

LONG = (
    "There has never been a mayor, not me, not my deputy, nobody, who cared more about this town. "
    "The harbour is safe because of her. We will miss her every single day."
)


@pytest.mark.parametrize(
    "a,relation,words",
    [
        # words left out inside one sentence, silently: an alteration
        ("There has never been a mayor who cared more about this town.", "altered", "dropped 'not me not my deputy nobody'"),
        # the same cut marked with an ellipsis: a faithful excerpt
        ("There has never been a mayor … who cared more about this town.", "excerpt", "leaves out 'not me not my deputy nobody'"),
        # two sentences that are apart in the remark, joined: a splice
        ("There has never been a mayor, not me, not my deputy, nobody, who cared more about this town. We will miss her every single day.",
         "spliced", "joins 2 separate passages"),
    ],
)
def test_words_left_out_of_one_remark(a, relation, words):
    found = relate(a, LONG)
    assert found.relation == relation
    assert words in found.differences


@pytest.mark.parametrize(
    "between,expected",
    [
        ("\u201d Ms Hale said. \u201c", True),
        (',\u201d he said, \u201c', True),
        ('," the mayor told reporters on Friday. "', True),
        ("\u201d she continued. \u201c", True),
        # a new paragraph: the outlet prints two remarks
        ("\u201d Ms Hale said.\n\n\u201c", False),
        ("\u201d Ms Hale said.\n\nOn the lido, she said: \u201c", False),
        # unless it says that she went on
        ("\u201d Ms Hale said in a statement.\n\nShe added, \u201c", True),
        ("\u201d Ms Hale said.\n\nThe council has not met since. She added, \u201c", False),
        # narrative between them
        ("\u201d The council voted on the plan an hour later, and Ms Hale, who had opposed it, said: \u201c", False),
        # a partial quote inside the narrative, not a new sentence of the remark
        ("\u201d she said, adding that the \u201c", False),
        ('" and "', False),
    ],
)
def test_what_separates_two_quotes_of_one_remark(between, expected):
    assert continues_previous(between) is expected


def test_continues_of_names_the_quote_continued():
    body = "\u201cThe pier is safe,\u201d Ms Hale said. \u201cThe lido is next.\u201d\n\nLater she told reporters: \u201cWe are done.\u201d"
    spans = []
    for text in ("The pier is safe,", "The lido is next.", "We are done."):
        start = body.index(text)
        paragraph = 1 if start < body.index("\n\n") else 2
        spans.append((start, start + len(text), paragraph, "quote"))
    assert continues_of(spans, "", body) == [None, 0, None]


PARTS = ["The pier is safe now,", "The lido will open in May, and the fares will not rise."]
JOINED = "The pier is safe now. The lido will open in May, and the fares will not rise."


def test_quotes_joined_across_an_attribution_are_one_remark():
    # the other article: '"The pier is safe now," she said. "The lido will ..."'
    found = dict(relate_to_article(JOINED, PARTS, joined=[False, True]))
    assert {r.relation for r in found.values()} == {"contains"}


def test_quotes_printed_apart_and_joined_are_a_splice():
    found = dict(relate_to_article(JOINED, PARTS, joined=[False, False]))
    assert {r.relation for r in found.values()} == {"spliced"}
    assert "joins 2 remarks" in found[1].differences


# -- stock phrases, slogans and titles across a corpus -----------------------------------

SLOGAN = "Keep the Harbour Working"


def _index_with_slogan(speakers):
    """One article per speaker, each printing the slogan inside a remark of
    its own (different remarks: they share only the slogan)."""
    index = QuoteIndex()
    remarks = [
        f"We marched on the town hall because we believe in {SLOGAN} for our children",
        f"The signs said {SLOGAN} but the council had already voted on the ferry",
        f"Nobody here is against {SLOGAN} and the fishermen know it very well",
        f"I have worn the {SLOGAN} badge since the strike of the dockers began",
    ]
    for n, speaker in enumerate(speakers):
        index.add(10 + n, n + 1, remarks[n], speaker)
    return index


def test_a_slogan_printed_by_many_with_different_speakers_relates_nothing():
    # named for the first article's speaker: without the slogan rule, the
    # same speaker would relate them
    index = _index_with_slogan([1, 2, 3])
    found = index.match_new([(99, 50, SLOGAN, 1)])
    assert found == []
    # printed by two articles only, it is somebody's words
    index = _index_with_slogan([1, 2])
    assert {(a, b) for a, b, _ in index.match_new([(99, 50, SLOGAN, 1)])} == {(99, 10), (10, 99)}


def test_a_remark_printed_by_many_with_one_speaker_is_not_a_slogan():
    index = QuoteIndex()
    remark = "The harbour will stay open for every boat that needs it this winter"
    for n in range(4):
        index.add(10 + n, n + 1, remark, 5)
    found = {(a, b): r.relation for a, b, r in index.match_new([(99, 50, "will stay open for every boat that needs it", 5)])}
    assert {found[(99, 10 + n)] for n in range(4)} == {"excerpt"}


LONG_REMARK = "We will rebuild the sea wall at Gull Point before the October storms, whatever the ministry decides to pay"


@pytest.mark.parametrize(
    "other_speaker,second_remark,expected",
    [
        # a short excerpt with the same speaker is found on its own
        (5, False, "excerpt"),
        # nobody named for it: only between reports that share another remark
        (None, False, None),
        (None, True, "excerpt"),
        # someone else named for it: another remark that shares a phrase
        (6, True, None),
    ],
)
def test_a_short_excerpt_needs_the_same_speaker_or_the_same_story(other_speaker, second_remark, expected):
    index = QuoteIndex()
    index.add(1, 1, LONG_REMARK, 5)
    index.add(2, 1, "The ferry timetable for the islands will be published by the harbour office next week", 7)
    new = [(10, 2, "the sea wall at Gull Point", other_speaker)]
    if second_remark:
        new.append((11, 2, "The ferry timetable for the islands will be published by the harbour office next week", 7))
    found = {(a, b): r.relation for a, b, r in index.match_new(new)}
    assert found.get((10, 1)) == expected


def test_the_same_words_at_length_from_two_speakers_relate():
    """A speaker conflict: the long remark is kept whoever is named."""
    index = QuoteIndex()
    index.add(1, 1, LONG_REMARK, 5)
    found = {(a, b): r.relation for a, b, r in index.match_new([(10, 2, LONG_REMARK, 6)])}
    assert found == {(10, 1): "verbatim", (1, 10): "verbatim"}


def test_a_changed_version_needs_compatible_speakers():
    changed = LONG_REMARK.replace("rebuild", "repair")
    for speaker, expected in ((5, "altered"), (None, "altered"), (6, None)):
        index = QuoteIndex()
        index.add(1, 1, LONG_REMARK, 5)
        found = {(a, b): r.relation for a, b, r in index.match_new([(10, 2, changed, speaker)])}
        assert found.get((10, 1)) == expected


def test_continues_of_across_a_paragraph_that_says_the_speaker_went_on():
    body = "\u201cThe pier is safe,\u201d Ms Hale said in a statement.\n\nShe added, \u201cThe lido is next.\u201d"
    spans = [(body.index(t), body.index(t) + len(t), p, "quote") for t, p in (("The pier is safe,", 1), ("The lido is next.", 2))]
    assert continues_of(spans, "", body) == [None, 0]
