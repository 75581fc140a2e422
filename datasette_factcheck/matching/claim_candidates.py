"""Candidate generation for claims: a claim's keys (its figures' units and the
words around them) and the index that finds the stored claims a new one may
relate to (see ``candidates`` for the keys and posting lists they share with
quotes)."""

from __future__ import annotations

from typing import Callable, Optional, Sequence

from ..model import Claim
from .candidates import (
    KEY_MASK,
    MAX_CANDIDATES,
    MAX_DF,
    MemoryPostings,
    Postings,
    best_candidates,
    combine_keys,
    combine_keys_head,
    strong_key,
    weak_key,
    word_key,
)
from .claims import Figures, claim_figures, claim_words, relate_claims, unit_key


def _unit_words(claim: Claim, words: Optional[set[str]] = None) -> tuple[list[int], list[int]]:
    units = {unit_key(n) for n in claim.numbers} - {None}
    if claim.kind == "event":
        units.add("event:")
    words = claim_words(claim.text) if words is None else words
    return sorted(word_key("\x00" + str(u)) for u in units), sorted(word_key(w) for w in words)


def claim_key_parts(claim: Claim) -> list[tuple[int, int, int]]:
    """(strong key, its two weak keys) for each figure unit and pair of the
    claim's content words, and (0, weak key, 0) for each unit and word.
    Every claim relation needs a figure of the same kind/unit and two shared
    content words, or one when a claim has no more than two (_may_relate)."""
    units, words = _unit_words(claim)
    parts = []
    for u in units:
        weak = [weak_key(combine_keys(u, w)) for w in words]
        parts += [(0, k, 0) for k in weak]
        for i, w1 in enumerate(words):
            for j in range(i + 1, len(words)):
                parts.append((strong_key(combine_keys(u, w1, words[j])), weak[i], weak[j]))
    return parts


def claim_key_sets(claim: Claim) -> tuple[frozenset[int], frozenset[int]]:
    """A claim's (unit, two words) and (unit, one word) keys: the keys of
    ``claim_key_parts``, each (unit, word) head worked out once (a long
    sentence has hundreds of word pairs)."""
    units, words = _unit_words(claim)
    strong: set[int] = set()
    weak: set[int] = set()
    for u in units:
        weak.update(weak_key(combine_keys(u, w)) for w in words)
        for i, w1 in enumerate(words):
            head = combine_keys_head(u, w1)
            strong.update(((head ^ w2) & KEY_MASK) & ~1 for w2 in words[i + 1 :])
    strong.discard(0)  # as claim_key_parts marks a (unit, word) key
    return frozenset(strong), frozenset(weak)


def claim_keys(claim: Claim) -> set[int]:
    """Every key of a claim (what ``claim_keys.key`` stores)."""
    strong, weak = claim_key_sets(claim)
    return set(strong | weak)


def short_claim(strong: int, weak: int) -> bool:
    """A claim of at most two content words: with n words and u units it has
    u*n weak and u*n*(n-1)/2 strong keys, so n <= 2 exactly when 2*strong <= weak."""
    return weak > 0 and 2 * strong <= weak


class ClaimIndex:
    """Candidates and relations of claims over ``postings`` (see QuoteIndex)."""

    def __init__(
        self,
        postings: Optional[Postings] = None,
        claim_of: Optional[Callable[[int], Optional[Claim]]] = None,
        max_df: int = MAX_DF,
        max_candidates: int = MAX_CANDIDATES,
        words: Optional[dict[int, set[str]]] = None,
        described: Optional[dict[int, Optional[tuple[Figures, frozenset]]]] = None,
        text_of: Optional[Callable[[int], Optional[str]]] = None,
        read_ahead: Optional[Callable[[Sequence[int]], None]] = None,
    ):
        self._memory: Optional[MemoryPostings] = None
        self.postings: Postings
        if postings is None:
            self._memory = MemoryPostings(short_claim, max_df)
            self.postings = self._memory
        else:
            self.postings = postings
        self._claims: dict[int, Claim] = {}
        self._claim_of = claim_of or self._claims.get
        # item -> its content words; a caller may share it between indexes
        self._words: dict[int, set[str]] = {} if words is None else words
        # item -> its figures (``claims.claim_figures``), shared the same way
        self._described: dict[int, Optional[tuple[Figures, frozenset]]] = {} if described is None else described
        self.max_candidates = max_candidates
        # A candidate's sentence alone (``text_of``) tells whether it shares
        # enough words to be compared (``_may_relate``, which most fail), so
        # its figures are read from it only when it does. ``read_ahead`` is
        # told the candidates of a batch of items before they are compared
        # (see QuoteIndex).
        self._text_of = text_of
        self._read_ahead = read_ahead

    def add(self, item: int, group: int, claim: Claim) -> None:
        if self._memory is None:
            raise TypeError("this index reads stored postings")
        self._claims.setdefault(item, claim)
        self._memory.add(item, group, claim_key_sets(claim))

    def candidates(self, claim: Claim, exclude_group: Optional[int] = None) -> set[int]:
        return self._candidates(claim, exclude_group)

    def _candidates(self, claim: Claim, exclude: Optional[int], claim_words: Optional[set[str]] = None) -> set[int]:
        post = self.postings
        units, words = _unit_words(claim, claim_words)
        weak_keys = {weak_key(combine_keys(u, w)) for u in units for w in words}
        found: set[int] = set()  # share a unit and two words
        hits: dict[int, int] = {}  # shared (unit, word) keys
        rank_keys: set[int] = set()
        if len(words) <= 2:
            lists = [post.full(k) for k in weak_keys]
        else:
            for u in units:
                # A word that more than MAX_DF claims with this unit share
                # is boilerplate, as their (unit, word) key is: no evidence.
                # One that no other claim has with this unit is in no
                # shared (unit, two words) key either: nothing to look up.
                weak = [weak_key(combine_keys(u, w)) for w in words]
                rare = [w for w, k in zip(words, weak) if not post.common(k) and post.df(k) >= 2]
                for i, w1 in enumerate(rare):
                    # combine_keys(u, w1, w2) with the part for (u, w1) worked out once
                    head = combine_keys_head(u, w1)
                    for w2 in rare[i + 1 :]:
                        key = strong_key((head ^ w2) & KEY_MASK)
                        rank_keys.add(key)
                        found.update(post.full(key))
            # A long claim looks in weak posting lists for short claims only.
            lists = [post.short(k) for k in weak_keys]
        for items in lists:
            for i in items:
                hits[i] = hits.get(i, 0) + 1
        # Every relation needs two shared words beside a figure of the same
        # kind: two shared keys, unless either claim has no more than two
        # (a long claim's lists hold only short claims).
        need = 2 if len(weak_keys) > 2 and len(words) <= 2 else 1
        kept = {i for i in found if post.group(i) not in (None, exclude)}
        kept |= {i for i, n in hits.items() if n >= need and post.group(i) not in (None, exclude)}
        if len(kept) > self.max_candidates:
            if len(words) <= 2:
                return best_candidates(post, weak_keys, (), kept, self.max_candidates)
            return best_candidates(post, rank_keys, weak_keys, kept, self.max_candidates)
        return kept

    def _words_of(self, item: int, claim: Claim) -> set[str]:
        got = self._words.get(item)
        if got is None:
            got = self._words[item] = claim_words(claim.text)
        return got

    def relate(self, items: Sequence[int]) -> dict[tuple[int, int], tuple[str, str]]:
        """(claim, other claim) -> (relation, differences) for ``items``, in
        both directions."""
        found: dict[tuple[int, int], tuple[str, str]] = {}
        done: set[tuple[int, int]] = set()
        work = []
        for item in items:
            claim = self._claim_of(item)
            if claim is None:
                continue
            words = self._words_of(item, claim)
            work.append((item, claim, words, sorted(self._candidates(claim, self.postings.group(item), words))))
        if self._read_ahead is not None:
            self._read_ahead(sorted({o for *_, others in work for o in others if o not in self._words}))
        for item, claim, words, others in work:
            for other in others:
                pair = (item, other) if item < other else (other, item)
                if pair in done:
                    continue
                done.add(pair)
                other_words = self._stored_words(other)
                if other_words is None or not _may_relate(words, other_words):
                    continue
                other_claim = self._claim_of(other)
                if other_claim is None:
                    continue
                mine, theirs = self._figures_of(item, claim), self._figures_of(other, other_claim)
                if mine is None or theirs is None:
                    continue  # a sentence that cannot be read relates to nothing
                if not (mine[1] & theirs[1]) and not (claim.kind == "event" and other_claim.kind == "event"):
                    continue  # no figure of one quantity, and not two events
                rel = relate_claims(claim, other_claim, (words, other_words), (mine[0], theirs[0]))
                back = relate_claims(other_claim, claim, (other_words, words), (theirs[0], mine[0]))
                if rel:
                    found[(item, other)] = rel
                if back:
                    found[(other, item)] = back
        return found

    def _stored_words(self, item: int) -> Optional[set[str]]:
        """A candidate's content words, None when there is no such claim."""
        got = self._words.get(item)
        if got is not None:
            return got
        if self._text_of is None:
            claim = self._claim_of(item)
            return None if claim is None else self._words_of(item, claim)
        text = self._text_of(item)
        if text is None:
            return None
        got = self._words[item] = claim_words(text)
        return got

    def _figures_of(self, item: int, claim: Claim) -> Optional[tuple[Figures, frozenset]]:
        if item not in self._described:
            self._described[item] = claim_figures(claim)
        return self._described[item]

    def match_keys(self, new: Sequence[int]) -> list[tuple[int, int, str, str]]:
        found = self.relate(sorted(new))
        return [(x, y, r, d) for (x, y), (r, d) in sorted(found.items())]

    def match_new(self, new: Sequence[tuple[int, int, Claim]]) -> list[tuple[int, int, str, str]]:
        """(claim_id, other_claim_id, relation, differences) in both directions."""
        for item, group, claim in new:
            self.add(item, group, claim)
        return self.match_keys([item for item, _, _ in new])


def _may_relate(wa: set[str], wb: set[str]) -> bool:
    """What every relation of ``relate_claims`` needs: two shared words, or
    one that is half of the shorter claim. Checked first because it is
    cheap and most candidates fail it."""
    shared = len(wa & wb)
    return shared >= 2 or (shared == 1 and min(len(wa), len(wb)) <= 2)
