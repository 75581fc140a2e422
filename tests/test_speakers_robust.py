"""Attribution never reads past its token lists: every noun-phrase and cue
helper takes any token sequence and any bounds, and ``attribute`` takes any
article built from the pieces attribution keys on, without raising."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datasette_factcheck.extract import quotes, segment
from datasette_factcheck.extract.speakers import attribute, descriptors, names, phrases, subjects, text

# The words and marks that steer attribution: verbs, pronouns, titles,
# determiners, possessives, commas and colons in every position.
WORDS = [
    ",", ",", ":", ";", "(", ")", "—", "–", ".", "?", " ", "\n\n", '"', "“", "”", "''", "'", "’",
    "said", "says", "told", "added", "according to", "saying", "called", "statement", "read",
    "he", "she", "it", "they", "his", "her", "its", "the", "a", "an", "and", "but", "of", "for", "from",
    "Mr.", "Ms", "Sen.", "Rep.", "Gov.", "President", "spokesman", "director", "company", "Council",
    "Ana", "Ruiz", "Tom", "Becker", "Okafor", "Md.", "Va.", "R-Ky.", "(D-Wis.)", "Jr.", "J.", "al-Sabah",
    "Following", "Already", "Eighteen", "Partial", "transcript", "GOVERNOR", "WALLACE", "Reuters",
    "Halden", "Therapeutics", "the", "governor", "Her", "colleague", "22-year-old", "winger", "in", "a",
    # the words of asides, documents, datelines, passives and closing attributions
    "Adding", "as", "being", "by", "letter", "email", "DAYTON", "(AFP)", "I.B.W.U.", "Shri", "Smt.", "Says",
    "Then", "When", "deemed", "him", "known", "el", "van", "wrote", "opined", "After", "that", "54",
    # pronoun antecedents, issued documents, places and bodies named before
    "He’s", "often", "wryly", "Kelly", "Sterling", "81-year-old", "Secretary", "State", "supporters",
    "sent", "out", "issued", "report", "paper", "Times", "week", "Dover", "Kent", "Ngozi", "Quaye",
    # descriptions that refer to the subject before, opening phrases, credits
    "minority", "leader", "nominee", "billionaire", "senator", "Oregon", "52-year-old", "host", "On",
    "delivered", "gave", "via", "Images", "former", "They’re", "Don’t", "notes", "testified", "campaign",
    "MP", "First", "Minister", "Ann", "Endorses", "Newspaper", "quoted", "Tuesday", "last",
    # titles with "of", initials of titles, nicknames, kin, bodies with "for", headline labels
    "Leader", "Opposition", "CM", "PM", "MLA", "per", "urged", "citing", "wife", "Pablo", "‘", "Chispa",
    "Friends", "Justice", "executive", "grandmother-of-five", "residents'", "Jane",
    # abbreviated ranks, "the Hon.", a role and a name after a description, an age
    "Cpl.", "Brig.", "Hon.", "advocate", "counsel", "61", "slams", "asked", "by", "goes", "recess", "KILEY:", "CM",
    # opening participles, bracketed honorifics, plain role nouns after the verb
    "Conceding", "Describing", "Engr.", "(Mrs.)", "(", ")", "farmer", "according", "to",
]

token_soup = st.lists(st.sampled_from(WORDS), min_size=0, max_size=40).map(" ".join)
# Short sequences of the structural words alone reach the edge cases (a
# comma as the last token, a phrase cut after its determiner) quickly.
STRUCTURE = [",", ":", "(", ")", "—", "said", "saying", "he", "the", "his", "and", "of", "Mr.", "Ana", "Ruiz", "Following", "Eighteen", "spokesman"]
short_soup = st.lists(st.sampled_from(STRUCTURE), min_size=1, max_size=6).map(" ".join)
quoted = st.tuples(token_soup, token_soup, token_soup).map(lambda t: f'{t[0]} "{t[1]}," {t[2]}')
article = st.lists(st.one_of(token_soup, quoted), min_size=1, max_size=6).map(lambda ps: "Title\n\n" + "\n\n".join(ps))

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.one_of(short_soup, token_soup), st.integers(0, 400), st.integers(0, 400))
def test_noun_phrase_helpers_take_any_tokens_and_bounds(words, a, b):
    masked = words
    a, b = a % (len(masked) + 1), b % (len(masked) + 1)
    lo, hi = (0, len(masked)) if a == b else (min(a, b), max(a, b))
    toks = text.tokens(masked, lo, hi)
    for span in (
        subjects.sentence_subject(masked, lo, hi),
        phrases.np_before(masked, lo, hi),
        phrases.np_after(masked, lo, hi),
    ):
        assert span is None or lo <= span[0] <= span[1] <= hi
    for i in range(len(toks)):
        assert i <= names.run_end(toks, i) < len(toks)
        for j in range(i, min(len(toks), i + 3)):
            assert isinstance(descriptors.org_descriptors(toks, i, j, masked), set)
    names.name_from_tokens(names.join_initials(toks))


@SETTINGS
@given(article)
def test_attribute_takes_any_article(raw):
    seg = segment.segment(raw)
    found = attribute(seg, quotes.extract_quotes(seg))
    for q in found:
        assert q.speaker is None or q.speaker.strip()


@pytest.mark.parametrize(
    "raw",
    [
        # An introductory phrase whose comma is the last token before the quote.
        'Title\n\nSeveral groups agreed, saying his "start-up capital was low."',
        'Title\n\nMeanwhile, "the plan was never costed," aides said.',
        'Title\n\nFollowing, "a reply that came too late,"',
        "Title\n\nAnd, 'we will see,' but.",
    ],
)
def test_introductory_comma_at_the_end_of_the_tokens(raw):
    seg = segment.segment(raw)
    assert attribute(seg, quotes.extract_quotes(seg)) is not None


@SETTINGS
@given(st.one_of(short_soup, token_soup, article), st.integers(0, 400), st.integers(0, 400))
def test_a_span_reads_as_the_text_cut_there(words, a, b):
    # Spans are sliced from the whole text's tokens when their ends fall
    # between tokens: whatever the ends, the words are those of the span
    # printed alone, at the same places.
    lo, hi = sorted((a % (len(words) + 1), b % (len(words) + 1)))
    alone = [(s + lo, e + lo, w) for s, e, w in text.tokens(words[lo:hi])]
    assert text.tokens(words) == text.tokens(words, 0, len(words))
    assert text.tokens(words, lo, hi) == alone


LONG = " ".join(f"Mr. Ruiz's aide, J.K. Roe, didn't say “{n} times”; she said so." for n in range(400))


@pytest.mark.parametrize("lo, hi", [(0, len(LONG)), (3, 5000), (17, 12345), (1001, len(LONG) - 2), (20000, 20000)])
def test_a_span_of_a_long_paragraph_reads_as_the_text_cut_there(lo, hi):
    # A paragraph past the cached length is read span by span: same words.
    assert len(LONG) > text.MAX_CACHED_TEXT
    assert text.tokens(LONG, lo, hi) == [(s + lo, e + lo, w) for s, e, w in text.tokens(LONG[lo:hi])]
